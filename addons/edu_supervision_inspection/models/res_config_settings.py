from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_feedback_days_comprehensive = fields.Integer(
        related="company_id.edu_feedback_days_comprehensive", readonly=False
    )
    edu_feedback_days_special = fields.Integer(
        related="company_id.edu_feedback_days_special", readonly=False
    )
    edu_max_inspections_per_school = fields.Integer(
        related="company_id.edu_max_inspections_per_school", readonly=False
    )
    edu_principal_term_window_days = fields.Integer(
        related="company_id.edu_principal_term_window_days", readonly=False
    )
    edu_draw_recent_months = fields.Integer(
        related="company_id.edu_draw_recent_months", readonly=False
    )
