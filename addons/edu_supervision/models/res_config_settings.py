from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_timezone = fields.Selection(related="company_id.edu_timezone", readonly=False)
    edu_large_school_threshold = fields.Integer(
        related="company_id.edu_large_school_threshold", readonly=False
    )
