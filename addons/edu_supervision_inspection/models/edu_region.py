from odoo import api, fields, models

ACTIVE_INSPECTION_STATES = ("scheduled", "in_progress", "reporting")


class EduRegion(models.Model):
    _inherit = "edu.region"

    active_inspection_count = fields.Integer(
        string="Inspections Under Way", compute="_compute_supervision_figures"
    )
    open_problem_count = fields.Integer(
        string="Open Problems", compute="_compute_supervision_figures"
    )
    overdue_problem_count = fields.Integer(
        string="Overdue Problems", compute="_compute_supervision_figures"
    )
    overview_scope = fields.Char(
        string="Scope of the Figures",
        compute="_compute_overview_scope",
        help="Which records the figures count when the user may not see them all.",
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_supervision_figures(self):
        """Figures of the region and its sub-regions for the overview cards,
        as the current user may see them: three grouped queries in all."""
        regions = self.filtered("id")
        inspections = regions._edu_count_by_region(
            "edu.inspection", [("state", "in", ACTIVE_INSPECTION_STATES)]
        )
        open_problems = regions._edu_count_by_region("edu.problem", [("state", "!=", "closed")])
        overdue = regions._edu_count_by_region("edu.problem", [("is_overdue", "=", True)])
        for region in self:
            region.active_inspection_count = inspections.get(region.id, 0)
            region.open_problem_count = open_problems.get(region.id, 0)
            region.overdue_problem_count = overdue.get(region.id, 0)

    @api.depends_context("uid", "lang")
    def _compute_overview_scope(self):
        """The figures count what the record rules let the user see: say so when that is
        not everything (district office, inspector, viewer)."""
        user = self.env.user
        if user.has_group("edu_supervision.group_edu_manager"):
            scope = False
        elif user.has_group("edu_supervision.group_edu_office"):
            scope = (
                self.env._(
                    "Only the records you may see are counted: those of %s.",
                    user.edu_region_id.complete_name,
                )
                if user.edu_region_id
                else False
            )
        elif user.has_group("edu_supervision.group_edu_inspector"):
            scope = self.env._(
                "Only the records you may see are counted: the inspections of your teams, "
                "the problems you are responsible for and the published inspections."
            )
        else:
            scope = self.env._(
                "Only the records you may see are counted: the published inspections, their "
                "problems and the problems found outside inspections."
            )
        for region in self:
            region.overview_scope = scope
