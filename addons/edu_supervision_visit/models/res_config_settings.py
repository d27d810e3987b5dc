from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_visit_min_per_semester = fields.Integer(
        related="company_id.edu_visit_min_per_semester", readonly=False
    )
    edu_visit_min_per_month = fields.Integer(
        related="company_id.edu_visit_min_per_month", readonly=False
    )
