from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestBudgetFigures(EduBudgetCase):
    def test_actual_from_posted_bills_and_analytic_items(self):
        account = self.line_inspection.analytic_account_id
        self._create_bill(3000.0, account)
        self._create_bill(1200.0, account, post=False)  # draft: not counted
        self._create_bill(500.0, account, distribution=50.0)  # half of it: 250
        self._create_bill(300.0, account, move_type="in_refund")  # refund: -300
        self._create_bill(
            700.0, account, bill_date=self._date(1, 1).replace(year=self.year - 1)
        )  # previous fiscal year: not counted
        # an expense or other cost recorded directly as an analytic item
        plan_column = account.root_plan_id._column_name()
        self.env["account.analytic.line"].create(
            {"name": "Taxi", "amount": -100.0, "date": self._date(2, 1), plan_column: account.id}
        )
        # hand-computed: 3000 + 250 - 300 + 100 = 3050
        planned, actual, committed, available = self._figures(self.line_inspection)
        self.assertEqual(planned, 10000.0)
        self.assertAlmostEqual(actual, 3050.0)
        self.assertAlmostEqual(committed, 0.0)
        self.assertAlmostEqual(available, 6950.0)
        self.assertAlmostEqual(self.line_inspection.execution_rate, 30.5)
        # other lines untouched
        self.assertEqual(self._figures(self.line_training), (4000.0, 0.0, 0.0, 4000.0))

    def test_budget_totals(self):
        self._create_bill(3000.0, self.line_inspection.analytic_account_id)
        self._create_bill(1000.0, self.line_training.analytic_account_id)
        self.budget.invalidate_recordset()
        self.assertEqual(self.budget.planned_amount, 70500.0)
        self.assertAlmostEqual(self.budget.actual_amount, 4000.0)
        self.assertAlmostEqual(self.budget.available_amount, 66500.0)
        self.assertAlmostEqual(self.budget.execution_rate, 4000.0 / 70500.0 * 100.0, places=2)

    def test_constant_query_count(self):
        """The figures of many lines cost as many queries as those of one line."""
        for line in self.budget.line_ids:
            self._create_bill(10.0, line.analytic_account_id)
        one = self.budget.line_ids[:1]
        all_lines = self.budget.line_ids
        self.env.flush_all()

        def count(lines):
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            lines.browse(lines.ids)._get_execution_figures()
            return self.env.cr.sql_log_count - before

        self.assertEqual(count(one), count(all_lines))

    def test_budget_workflow(self):
        budget = self.env["edu.budget"].create(
            {"name": "City", "fiscal_year": self.year, "region_id": self.region_city.id}
        )
        with self.assertRaises(UserError):
            budget.with_user(self.user_finance).action_submit()  # no line
        budget.line_ids = [(0, 0, {"category": "other", "original_amount": 100.0})]
        self.assertTrue(budget.line_ids.analytic_account_id, "analytic account created")
        self.assertEqual(
            budget.line_ids.analytic_account_id.plan_id,
            self.env.ref("edu_supervision_budget.analytic_plan_supervision"),
        )
        with self.assertRaises(UserError):
            budget.with_user(self.user_office).action_submit()
        budget.with_user(self.user_finance).action_submit()
        with self.assertRaises(UserError):
            budget.line_ids.original_amount = 200.0
        with self.assertRaises(UserError):
            budget.with_user(self.user_finance).action_close()
        budget.with_user(self.user_finance).action_approve()
        self.assertEqual(budget.state, "approved")
        self.assertEqual(budget.approved_by_id, self.user_finance)
        budget.with_user(self.user_finance).action_close()
        self.assertEqual(budget.state, "closed")
        with self.assertRaises(UserError):
            budget.unlink()

    def test_analytic_account_once_per_year(self):
        budget = self.env["edu.budget"].create(
            {"name": "City", "fiscal_year": self.year, "region_id": self.region_city.id}
        )
        with self.assertRaises(ValidationError):
            budget.line_ids = [
                (
                    0,
                    0,
                    {
                        "category": "other",
                        "analytic_account_id": self.line_inspection.analytic_account_id.id,
                    },
                )
            ]

    def test_one_budget_per_office_and_year(self):
        with self.assertRaises(IntegrityError), mute_logger("odoo.sql_db"), self.cr.savepoint():
            self.env["edu.budget"].create(
                {"name": "Dup", "fiscal_year": self.year, "region_id": self.region_a.id}
            )

    def test_actual_from_posted_expense(self):
        """An inspector's expense report paid back by the company counts as actual."""
        account = self.line_training.analytic_account_id
        expense = self.env["hr.expense"].create(
            {
                "name": "Train tickets to the training",
                "employee_id": self.employee_insp2.id,
                "total_amount_currency": 600.0,
                "tax_ids": [(5, 0, 0)],
                "payment_mode": "own_account",
                "date": self._date(1, 8),
                "analytic_distribution": {str(account.id): 100.0},
            }
        )
        sheet = self.env["hr.expense.sheet"].create(
            {
                "name": "Training travel",
                "employee_id": self.employee_insp2.id,
                "expense_line_ids": [(6, 0, expense.ids)],
                "accounting_date": self._date(1, 9),
            }
        )
        sheet.action_submit_sheet()
        sheet.action_approve_expense_sheets()
        self.assertEqual(self._figures(self.line_training)[1], 0.0, "not posted yet")
        sheet.action_sheet_move_post()
        self.assertEqual(sheet.account_move_ids.state, "posted")
        self.assertEqual(self._figures(self.line_training), (4000.0, 600.0, 0.0, 3400.0))
