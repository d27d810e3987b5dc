from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_training_reminder_month = fields.Integer(
        related="company_id.edu_training_reminder_month", readonly=False
    )
