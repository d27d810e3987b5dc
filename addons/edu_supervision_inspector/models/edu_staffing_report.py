from odoo import api, fields, models

from .edu_authority import EDU_INSPECTOR_HR, EDU_OFFICE, edu_check_groups


class EduStaffingReport(models.TransientModel):
    """Staffing ratio and coverage per region, computed live when the report
    is opened (see ``edu.region._edu_staffing_figures``)."""

    _name = "edu.staffing.report"
    _description = "Inspector Staffing Report"
    _order = "region_level, region_id"
    _rec_name = "region_id"

    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    region_level = fields.Selection(
        [("city", "City"), ("district", "District")], string="Level", readonly=True
    )
    school_count = fields.Integer(string="Schools", readonly=True)
    large_school_count = fields.Integer(string="Large Schools", readonly=True)
    ordinary_school_count = fields.Integer(string="Ordinary Schools", readonly=True)
    required_count = fields.Integer(string="Inspectors Required", readonly=True)
    inspector_count = fields.Integer(string="Inspectors", readonly=True)
    available_count = fields.Integer(string="Inspectors with Valid Certificate", readonly=True)
    gap_count = fields.Integer(string="Gap", readonly=True)
    fulltime_count = fields.Integer(string="Full-time Inspectors", readonly=True)
    fulltime_share = fields.Float(
        string="Full-time Share (%)", digits=(5, 1), readonly=True, aggregator=None
    )
    min_fulltime_share = fields.Float(
        string="Minimum Full-time Share (%)", digits=(5, 1), readonly=True, aggregator=None
    )
    fulltime_ok = fields.Boolean(string="Full-time Share Reached", readonly=True)
    covered_school_count = fields.Integer(
        string="Schools with Responsible Inspector", readonly=True
    )
    uncovered_school_count = fields.Integer(string="Uncovered Schools", readonly=True)
    coverage = fields.Float(string="Coverage (%)", digits=(5, 1), readonly=True, aggregator=None)

    @api.model
    def _edu_generate(self, regions=None):
        """Create one report line per region with the live figures."""
        Region = self.env["edu.region"]
        if regions is None:
            regions = Region.search([])
        figures = Region._edu_staffing_figures(regions)
        columns = [name for name in self._fields if name in next(iter(figures.values()), {})]
        return self.create(
            [
                {
                    "region_id": region.id,
                    "region_level": region.level,
                    **{name: figures[region.id][name] for name in columns},
                }
                for region in regions
            ]
        )

    def action_open_report(self):
        """Generate the lines and open them (a model-level action: ``self`` may be
        empty; called by the menu's server action)."""
        self._edu_check_office_or_hr()
        lines = self._edu_generate()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspector.edu_staffing_report_action"
        )
        action["domain"] = [("id", "in", lines.ids)]
        return action

    def action_view_uncovered_schools(self):
        self.ensure_one()
        self._edu_check_office_or_hr()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspector.edu_school_action_uncovered"
        )
        action["domain"] = [
            ("region_id", "child_of", self.region_id.id),
            ("responsible_employee_id", "=", False),
        ]
        return action

    def _edu_check_office_or_hr(self):
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._("Only the supervision office and Inspector HR see the staffing report."),
        )
