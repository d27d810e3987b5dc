from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_training_reminder_month = fields.Integer(
        string="Training Reminder Month",
        default=10,
        help="From this month of the year (1-12) on, a daily scheduled action reminds every "
        "inspector who has not yet reached the yearly training hours, and his manager.",
    )

    _sql_constraints = [
        (
            "edu_training_reminder_month_range",
            "CHECK(edu_training_reminder_month >= 1 AND edu_training_reminder_month <= 12)",
            "The training reminder month must be between 1 and 12.",
        ),
    ]
