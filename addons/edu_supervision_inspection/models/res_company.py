from odoo import api, fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_feedback_days_comprehensive = fields.Integer(
        string="Feedback Days (Comprehensive)",
        default=30,
        help="Days after the end of a comprehensive inspection within which feedback is due.",
    )
    edu_feedback_days_special = fields.Integer(
        string="Feedback Days (Special)",
        default=15,
        help="Days after the end of a special inspection within which feedback is due.",
    )
    edu_max_inspections_per_school = fields.Integer(
        string="Maximum Inspections per School per Year",
        default=2,
        help="Burden cap: inspections a school may receive in one calendar year.",
    )
    edu_principal_term_window_days = fields.Integer(
        string="Principal Term Window (days)",
        default=180,
        help="Schools whose principal's term ends within this many days appear in the "
        "end-of-term inspection list.",
    )
    edu_draw_recent_months = fields.Integer(
        string="Recently Inspected (months)",
        default=12,
        help="Default for random draws: schools inspected within this many months are "
        "excluded from the target pool.",
    )

    @api.constrains(
        "edu_feedback_days_comprehensive",
        "edu_feedback_days_special",
        "edu_max_inspections_per_school",
    )
    def _check_edu_inspection_settings(self):
        self._edu_check_positive_settings(
            [
                "edu_feedback_days_comprehensive",
                "edu_feedback_days_special",
                "edu_max_inspections_per_school",
            ]
        )
