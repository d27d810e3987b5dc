from odoo import fields, models

from odoo.addons.edu_supervision_budget.models.edu_allowance_source_mixin import ALLOWANCE_GROUPS


class EduTrainingCourse(models.Model):
    _name = "edu.training.course"
    _inherit = ["edu.training.course", "edu.allowance.source.mixin"]
    _allowance_sheet_field = "training_course_id"
    _allowance_source = "training"
    _allowance_prepare_method = "_prepare_from_training"

    allowance_sheet_ids = fields.One2many(
        "edu.allowance.sheet",
        "training_course_id",
        string="Allowance Sheets",
        groups=ALLOWANCE_GROUPS,
    )
