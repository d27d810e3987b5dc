from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_timezone = fields.Selection(related="company_id.edu_timezone", readonly=False)
    edu_inspector_school_ratio = fields.Integer(
        related="company_id.edu_inspector_school_ratio", readonly=False
    )
    edu_large_school_threshold = fields.Integer(
        related="company_id.edu_large_school_threshold", readonly=False
    )
    edu_large_school_ratio = fields.Integer(
        related="company_id.edu_large_school_ratio", readonly=False
    )
    edu_min_fulltime_share = fields.Float(
        related="company_id.edu_min_fulltime_share", readonly=False
    )
    edu_preservice_hours = fields.Float(related="company_id.edu_preservice_hours", readonly=False)
    edu_centralized_hours = fields.Float(related="company_id.edu_centralized_hours", readonly=False)
    edu_online_hours = fields.Float(related="company_id.edu_online_hours", readonly=False)
    edu_feedback_days_comprehensive = fields.Integer(
        related="company_id.edu_feedback_days_comprehensive", readonly=False
    )
    edu_feedback_days_special = fields.Integer(
        related="company_id.edu_feedback_days_special", readonly=False
    )
    edu_max_inspections_per_school = fields.Integer(
        related="company_id.edu_max_inspections_per_school", readonly=False
    )
