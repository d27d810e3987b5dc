from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_order_overdue_days = fields.Integer(
        string="Overdue Days before a Supervision Order",
        default=7,
        help="A problem overdue by at least this many days gets a draft supervision "
        "order from the scheduled escalation.",
    )
    edu_order_extension_days = fields.Integer(
        string="New Deadline of a Supervision Order (Days)",
        default=15,
        help="Days granted by a supervision order drafted by the scheduled escalation.",
    )
    edu_escalation_order = fields.Boolean(
        string="Escalate Overdue Problems to Supervision Orders",
        default=True,
    )
    edu_escalation_interview = fields.Boolean(
        string="Suggest Interviews",
        default=True,
        help="Suggest an interview (约谈) of a unit whose problems are overdue again "
        "after a supervision order.",
    )
    edu_escalation_circular = fields.Boolean(
        string="Suggest Circulars",
        default=True,
        help="Suggest a circular (通报) on a unit with repeated failures in a year.",
    )
    edu_circular_failure_threshold = fields.Integer(
        string="Failures per Year before a Circular",
        default=3,
        help="Problems of one unit that needed a supervision order or rebounded within "
        "one calendar year before a circular is suggested.",
    )

    @api.constrains(
        "edu_order_overdue_days",
        "edu_order_extension_days",
        "edu_circular_failure_threshold",
    )
    def _check_edu_escalation_settings(self):
        for company in self:
            if company.edu_order_overdue_days < 0:
                raise ValidationError(
                    self.env._("The overdue days before a supervision order cannot be negative.")
                )
            if company.edu_order_extension_days <= 0 or company.edu_circular_failure_threshold <= 0:
                raise ValidationError(
                    self.env._(
                        "The new deadline of a supervision order and the failure threshold "
                        "must be greater than zero."
                    )
                )
