from odoo import fields, models


class EduIndicatorFramework(models.Model):
    _inherit = "edu.indicator.framework"

    inspection_ids = fields.One2many(
        "edu.inspection", "framework_id", string="Inspections", readonly=True
    )
