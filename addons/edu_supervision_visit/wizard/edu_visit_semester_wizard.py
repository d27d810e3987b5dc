from odoo import api, fields, models
from odoo.exceptions import AccessError


class EduVisitSemesterWizard(models.TransientModel):
    _name = "edu.visit.semester.wizard"
    _description = "Print the Semester Visit Summary"

    @api.model
    def _default_region_ids(self):
        region = self.env.user.edu_region_id
        if region:
            return region
        return self.env["edu.region"].search([("level", "=", "district")]) or self.env[
            "edu.region"
        ].search([], limit=1)

    date = fields.Date(
        string="Semester of",
        required=True,
        default=lambda self: self.env.company._edu_today(),
        help="Any date in the semester to summarise "
        "(spring: 1 Feb - 31 Jul; autumn: 1 Aug - 31 Jan).",
    )
    semester_label = fields.Char(string="Semester", compute="_compute_semester_label")
    region_ids = fields.Many2many(
        "edu.region",
        string="Regions",
        required=True,
        default=lambda self: self._default_region_ids(),
    )

    @api.depends("date")
    def _compute_semester_label(self):
        for wizard in self:
            wizard.semester_label = (
                self.env.company._edu_visit_semester_label(wizard.date) if wizard.date else False
            )

    def action_print(self):
        self.ensure_one()
        if not self.env.user.has_group("edu_supervision.group_edu_office"):
            raise AccessError(
                self.env._("Only the supervision office prints the semester visit summary.")
            )
        return self.env.ref("edu_supervision_visit.action_report_edu_visit_semester").report_action(
            self.region_ids,
            data={"date": fields.Date.to_string(self.date), "region_ids": self.region_ids.ids},
        )
