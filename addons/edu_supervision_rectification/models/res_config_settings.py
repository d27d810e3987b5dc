from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    edu_order_overdue_days = fields.Integer(
        related="company_id.edu_order_overdue_days", readonly=False
    )
    edu_order_extension_days = fields.Integer(
        related="company_id.edu_order_extension_days", readonly=False
    )
    edu_escalation_order = fields.Boolean(related="company_id.edu_escalation_order", readonly=False)
    edu_escalation_interview = fields.Boolean(
        related="company_id.edu_escalation_interview", readonly=False
    )
    edu_escalation_circular = fields.Boolean(
        related="company_id.edu_escalation_circular", readonly=False
    )
    edu_circular_failure_threshold = fields.Integer(
        related="company_id.edu_circular_failure_threshold", readonly=False
    )
