from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_parttime_term_years = fields.Integer(
        related="company_id.edu_parttime_term_years", readonly=False
    )
    edu_parttime_max_terms = fields.Integer(
        related="company_id.edu_parttime_max_terms", readonly=False
    )
    edu_zone_max_schools = fields.Integer(related="company_id.edu_zone_max_schools", readonly=False)
