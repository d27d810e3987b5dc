from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_portal_upload_max_mb = fields.Integer(
        related="company_id.edu_portal_upload_max_mb", readonly=False
    )
    edu_portal_upload_extensions = fields.Char(
        related="company_id.edu_portal_upload_extensions", readonly=False
    )
