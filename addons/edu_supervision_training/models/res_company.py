from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_preservice_hours = fields.Float(
        string="Pre-service Training Hours",
        default=40.0,
        help="Class hours of pre-service training required before the inspector certificate.",
    )
    edu_centralized_hours = fields.Float(
        string="Yearly Centralized Training Hours",
        default=40.0,
    )
    edu_online_hours = fields.Float(
        string="Yearly Online Training Hours",
        default=50.0,
    )
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

    @api.constrains("edu_preservice_hours", "edu_centralized_hours", "edu_online_hours")
    def _check_edu_training_hours(self):
        for company in self:
            hours = (
                company.edu_preservice_hours,
                company.edu_centralized_hours,
                company.edu_online_hours,
            )
            if min(hours) <= 0:
                raise ValidationError(
                    self.env._("Training hour thresholds must be greater than zero.")
                )
