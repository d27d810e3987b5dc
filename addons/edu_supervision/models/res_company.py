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
    edu_large_school_threshold = fields.Integer(
        string="Large School Threshold (Students)",
        default=2000,
        help="A school with at least this many students is a large school.",
    )

    @api.constrains("edu_large_school_threshold")
    def _check_edu_large_school_threshold(self):
        self._edu_check_positive_settings(["edu_large_school_threshold"])

    def _edu_check_positive_settings(self, field_names):
        """Raise when one of the integer settings ``field_names`` is not above zero.

        Each addon declaring such settings calls it from its own constraint.
        """
        for company in self:
            for name in field_names:
                if company[name] <= 0:
                    raise ValidationError(
                        self.env._(
                            "The setting “%s” must be greater than zero.",
                            self._fields[name]._description_string(self.env),
                        )
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
