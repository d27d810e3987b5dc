from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision_inspector.models.edu_authority import EDU_OFFICE, edu_check_groups

#: Schools in the scope from which the report is written by a background job (the system
#: parameter ``edu_supervision.job_threshold.annual_report`` overrides it).
ANNUAL_REPORT_JOB_THRESHOLD = 200


class EduAnnualReportWizard(models.TransientModel):
    """Choose the year and the scope (the city or a district) of an annual
    supervision report; the report is created, rendered and opened."""

    _name = "edu.annual.report.wizard"
    _description = "Annual Supervision Report Wizard"

    def _default_year(self):
        return self.env.company._edu_today().year - 1

    def _default_region_id(self):
        return self.env.user.edu_region_id or self.env["edu.region"].search(
            [("parent_id", "=", False)], limit=1
        )

    year = fields.Integer(required=True, default=_default_year)
    region_id = fields.Many2one(
        "edu.region",
        string="Scope",
        required=True,
        default=_default_region_id,
        help="The city (every district) or one district.",
    )
    issuer = fields.Char(required=True, default=lambda self: self.env.company.name)
    issue_date = fields.Date(required=True, default=lambda self: self.env.company._edu_today())
    summary = fields.Text(string="Foreword")

    @api.model
    def _edu_allowed_regions(self):
        """A district office reports on its district (or below); the city office on any region."""
        region = self.env.user.edu_region_id
        if not region:
            return self.env["edu.region"].search([])
        return self.env["edu.region"].search([("id", "child_of", region.id)])

    def action_generate(self):
        self.ensure_one()
        edu_check_groups(
            self.env,
            (EDU_OFFICE,),
            self.env._("Only the supervision office writes annual reports."),
        )
        if self.region_id not in self._edu_allowed_regions():
            raise UserError(self.env._("You can only write the annual report of your own region."))
        if self.year < 2000 or self.year > self.env.company._edu_today().year:
            raise UserError(self.env._("Choose a past or the current year."))
        Report = self.env["edu.annual.report"]
        report = Report.create(
            {
                "name": Report._edu_default_name(self.year, self.region_id),
                "year": self.year,
                "region_id": self.region_id.id,
                "issuer": self.issuer,
                "issue_date": self.issue_date,
                "summary": self.summary,
            }
        )
        schools = self.env["edu.school"].search_count(
            [("region_id", "child_of", self.region_id.id)]
        )
        Job = self.env["edu.job"]
        if Job._edu_in_background("annual_report", schools, ANNUAL_REPORT_JOB_THRESHOLD):
            action = Job._edu_start(
                self.env._("Annual report: %s", report.name),
                report,
                "_edu_job_generate",
                size=schools,
            )
            action["params"]["next"] = {
                "type": "ir.actions.act_window",
                "res_model": report._name,
                "res_id": report.id,
                "views": [(False, "form")],
                "target": "current",
            }
            return action
        report.action_generate()
        return {
            "type": "ir.actions.act_window",
            "res_model": report._name,
            "res_id": report.id,
            "view_mode": "form",
            "target": "current",
        }
