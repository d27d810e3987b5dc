from datetime import date

from odoo import api, fields, models, tools
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL, float_compare


class EduTrainingCompliance(models.Model):
    """Yearly training compliance per inspector (DOMAIN.md §20), as a SQL view.

    The query of the view is the one computation of the compliance: the inspector form,
    the certificate, the reminders and the annual assessment read it too
    (:meth:`_edu_compliance_query`).

    One row per active inspector and year; the years are those of the training records plus
    the current year (in the timezone of the inspector's company's office). Only passed
    records count: centralized hours are those of in-service or backbone centralized courses
    organised at district level or above, online hours those of in-service or backbone online
    courses; pre-service hours are summed over every year up to the row's year. Compliant =
    both yearly thresholds of the inspector's company reached.
    """

    _name = "edu.training.compliance"
    _description = "Inspector Training Compliance"
    _auto = False
    _order = "year desc, compliant, employee_id"
    _rec_name = "employee_id"

    employee_id = fields.Many2one("hr.employee", string="Inspector", readonly=True)
    year = fields.Integer(string="Year", readonly=True, aggregator=None)
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    inspector_type = fields.Selection(
        [("full_time", "Full-time"), ("part_time", "Part-time")],
        string="Inspector Type",
        readonly=True,
    )
    user_id = fields.Many2one("res.users", string="User", readonly=True)
    centralized_hours = fields.Float(string="Centralized Hours", readonly=True)
    online_hours = fields.Float(string="Online Hours", readonly=True)
    preservice_hours = fields.Float(
        string="Pre-service Hours", readonly=True, help="Passed pre-service hours up to this year."
    )
    centralized_required = fields.Float(
        string="Centralized Hours Required", readonly=True, aggregator=None
    )
    online_required = fields.Float(string="Online Hours Required", readonly=True, aggregator=None)
    preservice_required = fields.Float(
        string="Pre-service Hours Required", readonly=True, aggregator=None
    )
    centralized_missing = fields.Float(string="Centralized Hours Missing", readonly=True)
    online_missing = fields.Float(string="Online Hours Missing", readonly=True)
    missing_hours = fields.Float(string="Missing Hours", readonly=True)
    compliant = fields.Boolean(string="Compliant", readonly=True)
    preservice_complete = fields.Boolean(string="Pre-service Complete", readonly=True)
    is_behind = fields.Boolean(
        string="Behind Schedule",
        compute="_compute_is_behind",
        search="_search_is_behind",
        help="Fewer hours than the part of the year already elapsed requires (for a past "
        "year: not compliant).",
    )
    years_ago = fields.Integer(
        string="Years Ago",
        compute="_compute_years_ago",
        search="_search_years_ago",
        help="0 for the current year, 1 for last year (the office's calendar).",
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._edu_compliance_query(),
            )
        )

    @api.model
    def _edu_compliance_query(self, employee_ids=None, year=None):
        """The training compliance of inspectors per year: the one place it is computed.

        Without arguments, the rows of the report: every active inspector for the years of
        the training records and the current year of his company's office. With
        ``employee_ids`` and ``year``, the rows of these employees (any employee, archived or
        not) for that year, which ``hr.employee._edu_get_training_figures()`` reads for the
        inspector form, the certificate, the reminders and the annual assessment.

        Hours are rounded to 2 decimals before they are compared with the thresholds of the
        employee's company.
        """
        if year is None:
            # the current year of each company, in its office's timezone (read from its row)
            years = SQL(
                """
                SELECT c.id AS company_id, ry.year
                  FROM res_company c
            CROSS JOIN (SELECT DISTINCT r.year FROM edu_training_record r WHERE r.year > 0) ry
                 UNION
                SELECT c.id, EXTRACT(YEAR FROM %s)::integer FROM res_company c
                """,
                self.env["res.company"]._edu_today_sql("c"),
            )
        else:
            years = SQL("SELECT c.id AS company_id, %s::integer AS year FROM res_company c", year)
        if employee_ids is None:
            employees = SQL("e.edu_is_inspector AND e.active")
            records = SQL("TRUE")
        else:
            employees = SQL("e.id = ANY(%s)", list(employee_ids))
            records = SQL("r.employee_id = ANY(%s)", list(employee_ids))
        return SQL(
            """
            WITH years AS (%(years)s),
            yearly AS (
                SELECT r.employee_id,
                       r.year,
                       COALESCE(SUM(r.hours) FILTER (WHERE r.category = 'centralized'), 0)
                           AS centralized_hours,
                       COALESCE(SUM(r.hours) FILTER (WHERE r.category = 'online'), 0)
                           AS online_hours
                  FROM edu_training_record r
                 WHERE r.result = 'passed' AND r.category IN ('centralized', 'online')
                   AND %(records)s
              GROUP BY r.employee_id, r.year
            ),
            preservice AS (
                SELECT r.employee_id, r.year, SUM(r.hours) AS hours
                  FROM edu_training_record r
                 WHERE r.result = 'passed' AND r.category = 'preservice'
                   AND %(records)s
              GROUP BY r.employee_id, r.year
            ),
            base AS (
                SELECT e.id::bigint * 10000 + y.year AS id,
                       e.id AS employee_id,
                       y.year AS year,
                       e.company_id AS company_id,
                       e.edu_region_id AS region_id,
                       e.edu_inspector_type AS inspector_type,
                       e.user_id AS user_id,
                       ROUND(COALESCE(yr.centralized_hours, 0)::numeric, 2)
                           AS centralized_hours,
                       ROUND(COALESCE(yr.online_hours, 0)::numeric, 2) AS online_hours,
                       ROUND(COALESCE((SELECT SUM(p.hours) FROM preservice p
                                        WHERE p.employee_id = e.id AND p.year <= y.year),
                                      0)::numeric, 2) AS preservice_hours,
                       ROUND(COALESCE(c.edu_centralized_hours, 0)::numeric, 2)
                           AS centralized_required,
                       ROUND(COALESCE(c.edu_online_hours, 0)::numeric, 2) AS online_required,
                       ROUND(COALESCE(c.edu_preservice_hours, 0)::numeric, 2)
                           AS preservice_required
                  FROM hr_employee e
                  JOIN years y ON y.company_id = e.company_id
                  JOIN res_company c ON c.id = e.company_id
             LEFT JOIN yearly yr ON yr.employee_id = e.id AND yr.year = y.year
                 WHERE %(employees)s
            )
            SELECT b.id,
                   b.employee_id,
                   b.year,
                   b.company_id,
                   b.region_id,
                   b.inspector_type,
                   b.user_id,
                   b.centralized_hours::float8 AS centralized_hours,
                   b.online_hours::float8 AS online_hours,
                   b.preservice_hours::float8 AS preservice_hours,
                   b.centralized_required::float8 AS centralized_required,
                   b.online_required::float8 AS online_required,
                   b.preservice_required::float8 AS preservice_required,
                   GREATEST(b.centralized_required - b.centralized_hours, 0)::float8
                       AS centralized_missing,
                   GREATEST(b.online_required - b.online_hours, 0)::float8 AS online_missing,
                   (GREATEST(b.centralized_required - b.centralized_hours, 0)
                    + GREATEST(b.online_required - b.online_hours, 0))::float8
                       AS missing_hours,
                   (b.centralized_hours >= b.centralized_required
                    AND b.online_hours >= b.online_required) AS compliant,
                   (b.preservice_hours >= b.preservice_required) AS preservice_complete
              FROM base b
            """,
            years=years,
            records=records,
            employees=employees,
        )

    @staticmethod
    def _edu_elapsed_share(year, today):
        """Share of ``year`` elapsed on ``today``: 0 before it, 1 after it."""
        if year != today.year:
            return 1.0 if year < today.year else 0.0
        first = date(year, 1, 1)
        return ((today - first).days + 1) / ((date(year, 12, 31) - first).days + 1)

    def _compute_is_behind(self):
        today = self.env.company._edu_today()
        for row in self:
            share = self._edu_elapsed_share(row.year, today)
            row.is_behind = not row.compliant and (
                float_compare(row.centralized_hours, row.centralized_required * share, 2) < 0
                or float_compare(row.online_hours, row.online_required * share, 2) < 0
            )

    def _search_is_behind(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the training schedule."))
        rows = self.search(
            [("compliant", "=", False), ("year", "<=", self.env.company._edu_today().year)]
        )
        behind = rows.filtered("is_behind")
        return [("id", "in" if (operator == "=") == value else "not in", behind.ids)]

    def _compute_years_ago(self):
        year = self.env.company._edu_today().year
        for row in self:
            row.years_ago = year - row.year

    def _search_years_ago(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, int) or isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the training schedule."))
        return [("year", operator, self.env.company._edu_today().year - value)]

    def action_send_reminder(self):
        """Remind the selected inspectors who miss hours this year, and their managers."""
        # The reminders are activities on the inspectors' employee records: inspector HR's.
        if not self.env.su and not self.env.user.has_group(
            "edu_supervision.group_edu_inspector_hr"
        ):
            raise AccessError(self.env._("Only inspector HR can send training reminders."))
        year = self.env.company._edu_today().year
        rows = self.filtered(lambda r: r.year == year and not r.compliant)
        if not rows:
            raise UserError(
                self.env._(
                    "No reminder to send: none of the selected rows is an inspector missing "
                    "training hours in %s.",
                    year,
                )
            )
        activity_type = self.env.ref(
            "edu_supervision_training.mail_activity_type_training_reminder"
        )
        late = rows.employee_id._edu_send_training_reminders(year, activity_type, again=True)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "Reminders sent for %(count)s inspector(s) missing training hours in %(year)s.",
                    count=len(late),
                    year=year,
                ),
            },
        }
