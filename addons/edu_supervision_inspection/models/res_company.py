from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

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
