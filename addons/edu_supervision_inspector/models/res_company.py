from odoo import api, fields, models
from odoo.exceptions import ValidationError


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_inspector_school_ratio = fields.Integer(
        string="Schools per Inspector",
        default=5,
        help="Ordinary schools one inspector is responsible for (1:5 in the Wuhai plan).",
    )
    edu_large_school_ratio = fields.Integer(
        string="Large Schools per Inspector",
        default=1,
        help="Large schools one inspector is responsible for (1:1 in the Wuhai plan).",
    )
    edu_min_fulltime_share = fields.Float(
        string="Minimum Full-time Share (%)",
        default=30.0,
        help="Minimum share of full-time inspectors among all inspectors.",
    )
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

    @api.constrains("edu_inspector_school_ratio", "edu_large_school_ratio")
    def _check_edu_staffing_ratios(self):
        self._edu_check_positive_settings(["edu_inspector_school_ratio", "edu_large_school_ratio"])

    @api.constrains("edu_min_fulltime_share")
    def _check_edu_min_fulltime_share(self):
        for company in self:
            if not 0 <= company.edu_min_fulltime_share <= 100:
                raise ValidationError(
                    self.env._("The minimum full-time share must be between 0 and 100 %.")
                )
