import io

from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestReports(EduBudgetCase):
    def test_execution_report_matches_figures(self):
        self._create_bill(3000.0, self.line_inspection.analytic_account_id, self._date(1, 15))
        self._create_bill(1000.0, self.line_inspection.analytic_account_id, self._date(2, 15))
        contract = self.env["edu.service.contract"].create(
            {
                "name": "Survey",
                "contract_type": "evaluation",
                "partner_id": self.vendor.id,
                "budget_id": self.budget.id,
                "budget_line_id": self.line_evaluation.id,
                "date": self._date(2, 1),
                "amount": 7000.0,
            }
        )
        contract.action_confirm()
        self.env.flush_all()
        Report = self.env["edu.budget.execution.report"]
        rows = Report.search([("budget_line_id", "=", self.line_inspection.id)])
        by_month = {row.date.month: row.actual_amount for row in rows if row.actual_amount}
        self.assertEqual(by_month, {1: 3000.0, 2: 1000.0})
        groups = Report._read_group(
            [("budget_id", "=", self.budget.id)],
            ["budget_line_id"],
            [
                "planned_amount:sum",
                "actual_amount:sum",
                "committed_amount:sum",
                "available_amount:sum",
            ],
        )
        for line, planned, actual, committed, available in groups:
            self.assertEqual(
                (planned, actual, committed, available),
                self._figures(line),
                line.display_name,
            )

    def test_xlsx_report(self):
        self._create_bill(3000.0, self.line_inspection.analytic_account_id)
        content, report_type = self.env["ir.actions.report"]._render(
            "edu_supervision_budget.edu_budget_execution_xlsx", self.budget.ids
        )
        self.assertEqual(report_type, "xlsx")
        try:
            import openpyxl
        except ImportError:
            self.skipTest("openpyxl is not installed")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(min_row=5, values_only=True))
        inspection = next(row for row in rows if row[5] == 10000.0)
        self.assertEqual(inspection[6], 3000.0)  # actual
        self.assertEqual(inspection[8], 7000.0)  # available
        self.assertAlmostEqual(inspection[9], 0.3)  # rate
        self.assertEqual(inspection[10], 3000.0)  # actual of January
        summary = openpyxl.load_workbook(io.BytesIO(content)).worksheets[-1]
        rows = list(summary.iter_rows(min_row=5, values_only=True))
        self.assertEqual(len(rows), 7, "one row per category of the budget")
        inspection = next(row for row in rows if row[1] == 10000.0)
        self.assertEqual(inspection[2:6], (3000.0, 0.0, 7000.0, 0.3))
        self.assertEqual(inspection[6], 3000.0)
