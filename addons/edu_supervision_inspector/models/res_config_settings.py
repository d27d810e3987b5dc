from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_inspector_school_ratio = fields.Integer(
        related="company_id.edu_inspector_school_ratio", readonly=False
    )
    edu_large_school_ratio = fields.Integer(
        related="company_id.edu_large_school_ratio", readonly=False
    )
    edu_min_fulltime_share = fields.Float(
        related="company_id.edu_min_fulltime_share", readonly=False
    )
    edu_parttime_term_years = fields.Integer(
        related="company_id.edu_parttime_term_years", readonly=False
    )
    edu_parttime_max_terms = fields.Integer(
        related="company_id.edu_parttime_max_terms", readonly=False
    )
    edu_zone_max_schools = fields.Integer(related="company_id.edu_zone_max_schools", readonly=False)
