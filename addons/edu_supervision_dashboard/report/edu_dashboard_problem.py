from odoo import fields, models, tools
from odoo.tools import SQL


class EduDashboardProblem(models.Model):
    """Every problem of the library with the figures of the rectification
    dashboard: open, overdue (deadline passed, not closed out, today in the
    office's time zone), closed on time (0/100 for the problems closed out
    with a deadline: its average is the on-time rectification rate of any
    group), rebound, supervision orders. A row follows the access to its
    problem: every rule of every addon applies."""

    _name = "edu.dashboard.problem"
    _inherit = "edu.dashboard.source.mixin"
    _description = "Dashboard: Problems and Rectification"
    _auto = False
    _order = "year desc, region_id, id"
    _rec_name = "problem_id"
    _edu_source_model = "edu.problem"
    _edu_source_field = "problem_id"

    problem_id = fields.Many2one("edu.problem", string="Problem", readonly=True)
    inspection_id = fields.Many2one("edu.inspection", string="Inspection", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Unit", readonly=True)
    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    category_id = fields.Many2one("edu.problem.category", string="Category", readonly=True)
    severity = fields.Selection(
        lambda self: self.env["edu.problem"]._fields["severity"].selection,
        string="Severity",
        readonly=True,
    )
    state = fields.Selection(
        lambda self: self.env["edu.problem"]._fields["state"].selection,
        string="Status",
        readonly=True,
    )
    function = fields.Selection(
        lambda self: self.env["edu.inspection"]._fields["function"].selection,
        string="Function",
        readonly=True,
    )
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    year = fields.Integer(readonly=True, aggregator=None)
    date = fields.Date(string="Year Start", readonly=True)
    deadline = fields.Date(string="Rectification Deadline", readonly=True)
    closed_date = fields.Date(string="Close-out Date", readonly=True)
    problem_count = fields.Integer(string="Problems", readonly=True)
    open_count = fields.Integer(string="Open", readonly=True)
    closed_count = fields.Integer(string="Closed Out", readonly=True)
    overdue_count = fields.Integer(string="Overdue", readonly=True)
    on_time_rate = fields.Float(
        string="Closed Out on Time (%)",
        digits=(5, 1),
        readonly=True,
        aggregator="avg",
        help="Share of the problems closed out (with a deadline) that were closed out by it.",
    )
    rebound_count = fields.Integer(string="Rebounds", readonly=True)
    order_count = fields.Integer(string="Supervision Orders", readonly=True)

    def _query(self):
        return SQL(
            """
            WITH today AS (SELECT rc.id AS company_id, %s AS d FROM res_company rc),
            orders AS (
                SELECT l.problem_id, COUNT(DISTINCT l.order_id)::integer AS orders
                  FROM edu_supervision_order_line l
                  JOIN edu_supervision_order o ON o.id = l.order_id
                 WHERE o.state != 'cancelled'
              GROUP BY l.problem_id
            )
            SELECT p.id,
                   p.id AS problem_id,
                   p.inspection_id,
                   p.partner_id,
                   p.region_id,
                   p.category_id,
                   p.severity,
                   p.state,
                   i.function,
                   p.company_id,
                   p.year,
                   CASE WHEN p.year > 0 THEN make_date(p.year, 1, 1) END AS date,
                   p.deadline,
                   p.closed_date,
                   1 AS problem_count,
                   (p.state != 'closed')::integer AS open_count,
                   (p.state = 'closed')::integer AS closed_count,
                   (p.state != 'closed' AND p.deadline < today.d)::integer AS overdue_count,
                   CASE WHEN p.state = 'closed' AND p.deadline IS NOT NULL
                        THEN CASE WHEN p.closed_date <= p.deadline THEN 100.0 ELSE 0.0 END
                   END AS on_time_rate,
                   COALESCE(p.rebound, FALSE)::integer AS rebound_count,
                   COALESCE(o.orders, 0)::integer AS order_count
              FROM edu_problem p
              JOIN today ON today.company_id = p.company_id
         LEFT JOIN edu_inspection i ON i.id = p.inspection_id
         LEFT JOIN orders o ON o.problem_id = p.id
            """,
            self.env["res.company"]._edu_today_sql("rc"),
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL("CREATE OR REPLACE VIEW %s AS (%s)", SQL.identifier(self._table), self._query())
        )
