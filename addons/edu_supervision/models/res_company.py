from datetime import datetime

import pytz

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from odoo.addons.base.models.res_partner import _tz_get

#: Default timezone of a supervision office (the platform's only clock, see ``_edu_today``).
EDU_DEFAULT_TIMEZONE = "Asia/Shanghai"


class ResCompany(models.Model):
    _inherit = "res.company"

    edu_timezone = fields.Selection(
        _tz_get,
        string="Supervision Office Timezone",
        required=True,
        default=EDU_DEFAULT_TIMEZONE,
        help='The timezone in which the supervision office counts its days: "today", '
        "deadlines, overdue flags, current terms and the current year are the same for every "
        "user, whatever the timezone of their browser or profile.",
    )
    edu_inspector_school_ratio = fields.Integer(
        string="Schools per Inspector",
        default=5,
        help="Ordinary schools one inspector is responsible for (1:5 in the Wuhai plan).",
    )
    edu_large_school_threshold = fields.Integer(
        string="Large School Threshold (Students)",
        default=2000,
        help="A school with at least this many students is a large school.",
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

    @api.constrains(
        "edu_inspector_school_ratio",
        "edu_large_school_threshold",
        "edu_large_school_ratio",
        "edu_feedback_days_comprehensive",
        "edu_feedback_days_special",
        "edu_max_inspections_per_school",
    )
    def _check_edu_positive_settings(self):
        names = [
            "edu_inspector_school_ratio",
            "edu_large_school_threshold",
            "edu_large_school_ratio",
            "edu_feedback_days_comprehensive",
            "edu_feedback_days_special",
            "edu_max_inspections_per_school",
        ]
        for company in self:
            for name in names:
                if company[name] <= 0:
                    raise ValidationError(
                        self.env._(
                            "The setting “%s” must be greater than zero.",
                            self._fields[name]._description_string(self.env),
                        )
                    )

    @api.constrains(
        "edu_min_fulltime_share",
        "edu_preservice_hours",
        "edu_centralized_hours",
        "edu_online_hours",
    )
    def _check_edu_hours_settings(self):
        for company in self:
            if not 0 <= company.edu_min_fulltime_share <= 100:
                raise ValidationError(
                    self.env._("The minimum full-time share must be between 0 and 100 %.")
                )
            if (
                min(
                    company.edu_preservice_hours,
                    company.edu_centralized_hours,
                    company.edu_online_hours,
                )
                <= 0
            ):
                raise ValidationError(
                    self.env._("Training hour thresholds must be greater than zero.")
                )

    @api.model
    def _edu_setup_main_company(self):
        """Make the main company a Chinese office: China, CNY.

        The currency is left alone when the company already has journal items
        (accounting refuses to change it then). The project's scripts and the
        Docker init create the database with country China (the main company
        already in CNY before any addon), so the install order does not matter.
        """
        company = self.env.ref("base.main_company")
        vals = {"country_id": self.env.ref("base.cn").id}
        cny = self.env.ref("base.CNY")
        has_entries = "account.move.line" in self.env and self.env[
            "account.move.line"
        ].search_count([("company_id", "=", company.id)], limit=1)
        if company.currency_id != cny and not has_entries:
            vals["currency_id"] = cny.id
        company.write(vals)

    # The platform's one clock: every "today" of every addon (computes, searches, crons,
    # defaults, SQL views) comes from here, so that deadlines, overdue flags and current
    # terms are the same for every user whatever the timezone of their browser, profile
    # or server. Defaults: ``default=lambda self: self.env.company._edu_today()``.

    def _edu_today(self):
        """Today's date in the supervision office's timezone (``edu_timezone``) of this
        company, or of the current company when ``self`` is empty."""
        company = self[:1] or self.env.company
        return datetime.now(pytz.timezone(company.edu_timezone or EDU_DEFAULT_TIMEZONE)).date()

    @api.model
    def _edu_today_sql(self, company_alias):
        """SQL expression of ``_edu_today`` for SQL views: today's date in the timezone
        of the ``res_company`` row aliased ``company_alias`` in the query."""
        return SQL("(NOW() AT TIME ZONE %s)::date", SQL.identifier(company_alias, "edu_timezone"))
