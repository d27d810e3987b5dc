from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_api_rate_limit = fields.Integer(related="company_id.edu_api_rate_limit", readonly=False)
    edu_api_max_request_kb = fields.Integer(
        related="company_id.edu_api_max_request_kb", readonly=False
    )
