from odoo import fields, models, tools
from odoo.tools import SQL
from odoo.tools.sql import column_exists

from ..models.edu_budget_line import BUDGET_CATEGORY_SELECTION


class EduBudgetExecutionReport(models.Model):
    _name = "edu.budget.execution.report"
    _description = "Supervision Budget Execution Analysis"
    _auto = False
    _order = "date, budget_line_id"
    _rec_name = "budget_line_id"

    budget_id = fields.Many2one("edu.budget", string="Budget", readonly=True)
    budget_line_id = fields.Many2one("edu.budget.line", string="Budget Line", readonly=True)
    region_id = fields.Many2one("edu.region", string="Office", readonly=True)
    category = fields.Selection(BUDGET_CATEGORY_SELECTION, string="Category", readonly=True)
    fiscal_year = fields.Integer(string="Fiscal Year", readonly=True, aggregator=False)
    date = fields.Date(string="Month", readonly=True)
    budget_state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("closed", "Closed"),
        ],
        string="Budget Status",
        readonly=True,
    )
    planned_amount = fields.Monetary(string="Planned", readonly=True)
    actual_amount = fields.Monetary(string="Actual", readonly=True)
    committed_amount = fields.Monetary(string="Committed", readonly=True)
    available_amount = fields.Monetary(string="Available", readonly=True)
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    currency_id = fields.Many2one("res.currency", string="Currency", readonly=True)

    def _get_plan_column(self):
        """Column of the supervision funding plan on the analytic items, if it exists."""
        plan = self.env.ref(
            "edu_supervision_budget.analytic_plan_supervision", raise_if_not_found=False
        )
        if not plan:
            return None
        column = plan._column_name()
        if not column_exists(self.env.cr, "account_analytic_line", column):
            return None
        return column

    def _query_actual(self, column):
        return SQL(
            """
            SELECT bl.id AS budget_line_id,
                   date_trunc('month', aal.date)::date AS date,
                   0.0 AS planned_amount,
                   -SUM(aal.amount) AS actual_amount,
                   0.0 AS committed_amount
              FROM account_analytic_line aal
              JOIN edu_budget_line bl
                ON bl.analytic_account_id = aal.%(column)s
               AND bl.fiscal_year = EXTRACT(YEAR FROM aal.date)::integer
          GROUP BY bl.id, date_trunc('month', aal.date)
            """,
            column=SQL.identifier(column),
        )

    def _query(self):
        parts = [
            SQL(
                """
                SELECT bl.id AS budget_line_id,
                       b.date_from AS date,
                       bl.planned_amount AS planned_amount,
                       0.0 AS actual_amount,
                       0.0 AS committed_amount
                  FROM edu_budget_line bl
                  JOIN edu_budget b ON b.id = bl.budget_id
                """
            ),
            SQL(
                """
                SELECT sl.budget_line_id,
                       date_trunc('month', sl.date)::date AS date,
                       0.0 AS planned_amount,
                       0.0 AS actual_amount,
                       SUM(sl.amount) AS committed_amount
                  FROM edu_allowance_sheet_line sl
                 WHERE sl.sheet_state = 'approved' AND sl.budget_line_id IS NOT NULL
              GROUP BY sl.budget_line_id, date_trunc('month', sl.date)
                """
            ),
            SQL(
                """
                SELECT c.budget_line_id,
                       date_trunc('month', c.date)::date AS date,
                       0.0 AS planned_amount,
                       0.0 AS actual_amount,
                       SUM(c.amount_open) AS committed_amount
                  FROM edu_service_contract c
                 WHERE c.state = 'confirmed'
              GROUP BY c.budget_line_id, date_trunc('month', c.date)
                """
            ),
        ]
        column = self._get_plan_column()
        if column:
            parts.append(self._query_actual(column))
        return SQL(
            """
            SELECT row_number() OVER (ORDER BY f.budget_line_id, f.date) AS id,
                   f.budget_line_id,
                   bl.budget_id,
                   b.region_id,
                   bl.category,
                   b.fiscal_year,
                   b.state AS budget_state,
                   f.date,
                   b.company_id,
                   c.currency_id,
                   SUM(f.planned_amount) AS planned_amount,
                   SUM(f.actual_amount) AS actual_amount,
                   SUM(f.committed_amount) AS committed_amount,
                   SUM(f.planned_amount - f.actual_amount - f.committed_amount)
                       AS available_amount
              FROM (%(union)s) f
              JOIN edu_budget_line bl ON bl.id = f.budget_line_id
              JOIN edu_budget b ON b.id = bl.budget_id
              JOIN res_company c ON c.id = b.company_id
          GROUP BY f.budget_line_id, bl.budget_id, b.region_id, bl.category, b.fiscal_year,
                   b.state, f.date, b.company_id, c.currency_id
            """,
            union=SQL(" UNION ALL ").join(parts),
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                "CREATE OR REPLACE VIEW %s AS (%s)",
                SQL.identifier(self._table),
                self._query(),
            )
        )
