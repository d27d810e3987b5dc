from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_parttime_term_years = fields.Integer(
        string="Part-time Term (years)",
        default=3,
        help="Length of one term of a part-time inspector (Regulations on "
        "Education Supervision, Art. 6).",
    )
    edu_parttime_max_terms = fields.Integer(
        string="Max Consecutive Part-time Terms",
        default=3,
        help="A part-time inspector may serve at most this many consecutive terms.",
    )
    edu_zone_max_schools = fields.Integer(
        string="Max Schools per Responsibility Zone",
        default=20,
        help="A responsibility zone holding more schools than this is flagged.",
    )
