from odoo import fields, models

ALLOWANCE_GROUPS = "edu_supervision.group_edu_inspector,edu_supervision.group_edu_finance"


class EduTrainingCourse(models.Model):
    _inherit = "edu.training.course"

    allowance_sheet_ids = fields.One2many(
        "edu.allowance.sheet",
        "training_course_id",
        string="Allowance Sheets",
        groups=ALLOWANCE_GROUPS,
    )
    allowance_sheet_count = fields.Integer(
        string="Allowance Sheet Count",
        compute="_compute_allowance_sheet_count",
        groups=ALLOWANCE_GROUPS,
    )

    def _compute_allowance_sheet_count(self):
        groups = self.env["edu.allowance.sheet"]._read_group(
            [("training_course_id", "in", self.ids)], ["training_course_id"], ["__count"]
        )
        counts = {course.id: count for course, count in groups}
        for course in self:
            course.allowance_sheet_count = counts.get(course.id, 0)

    def action_create_allowance_sheet(self):
        """Allowance sheet of the part-time inspectors attending the course."""
        self.ensure_one()
        sheet = self.env["edu.allowance.sheet"].create(
            self.env["edu.allowance.sheet"]._prepare_from_training(self)
        )
        return sheet._get_form_action()

    def action_view_allowance_sheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_budget.edu_allowance_sheet_action"
        )
        action["domain"] = [("training_course_id", "=", self.id)]
        action["context"] = {
            "default_training_course_id": self.id,
            "default_source": "training",
        }
        return action
