from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_principal_term_window_days = fields.Integer(
        related="company_id.edu_principal_term_window_days", readonly=False
    )
    edu_draw_recent_months = fields.Integer(
        related="company_id.edu_draw_recent_months", readonly=False
    )
