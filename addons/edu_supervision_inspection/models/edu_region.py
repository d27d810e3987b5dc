from odoo import api, fields, models

ACTIVE_INSPECTION_STATES = ("scheduled", "in_progress", "reporting")


class EduRegion(models.Model):
    _inherit = "edu.region"

    edu_active_inspection_count = fields.Integer(
        string="Inspections Under Way", compute="_compute_edu_supervision_figures"
    )
    edu_open_problem_count = fields.Integer(
        string="Open Problems", compute="_compute_edu_supervision_figures"
    )
    edu_overdue_problem_count = fields.Integer(
        string="Overdue Problems", compute="_compute_edu_supervision_figures"
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_edu_supervision_figures(self):
        """Figures of the region and its sub-regions for the overview cards,
        as the current user may see them: three grouped queries in all."""
        regions = self.filtered("id")
        inspections = regions._edu_count_by_region(
            "edu.inspection", [("state", "in", ACTIVE_INSPECTION_STATES)]
        )
        open_problems = regions._edu_count_by_region("edu.problem", [("state", "!=", "closed")])
        overdue = regions._edu_count_by_region("edu.problem", [("is_overdue", "=", True)])
        for region in self:
            region.edu_active_inspection_count = inspections.get(region.id, 0)
            region.edu_open_problem_count = open_problems.get(region.id, 0)
            region.edu_overdue_problem_count = overdue.get(region.id, 0)
