from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_preservice_hours = fields.Float(related="company_id.edu_preservice_hours", readonly=False)
    edu_centralized_hours = fields.Float(related="company_id.edu_centralized_hours", readonly=False)
    edu_online_hours = fields.Float(related="company_id.edu_online_hours", readonly=False)
    edu_training_reminder_month = fields.Integer(
        related="company_id.edu_training_reminder_month", readonly=False
    )
