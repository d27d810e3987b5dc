from odoo import Command
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestAllowanceSheet(EduBudgetCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inspection.write(
            {
                "date_start": cls._date(1, 10),
                "date_end": cls._date(1, 12),
                "member_ids": [Command.link(cls.employee_insp2.id)],
            }
        )

    def _generate(self, user=None):
        action = self.inspection.with_user(user or self.user_office).action_create_allowance_sheet()
        return self.env["edu.allowance.sheet"].browse(action["res_id"])

    def test_generation_from_inspection(self):
        sheet = self._generate()
        self.assertEqual(sheet.inspection_id, self.inspection)
        self.assertEqual(sheet.region_id, self.region_a)
        self.assertEqual(sheet.days, 3)
        self.assertEqual(sheet.budget_id, self.budget)
        # only the part-time inspector, one line per category
        self.assertEqual(sheet.line_ids.employee_id, self.employee_insp2)
        lines = {line.category: line for line in sheet.line_ids}
        self.assertEqual(set(lines), {"communication", "transport", "meals", "labour"})
        # 3 days x 50; 3 days x 2 trips x 20; 2 nights x 200; 3 days x 300 (district rate)
        self.assertEqual(
            (lines["communication"].quantity, lines["communication"].amount), (3.0, 150.0)
        )
        self.assertEqual((lines["transport"].quantity, lines["transport"].amount), (6.0, 120.0))
        self.assertEqual((lines["meals"].quantity, lines["meals"].amount), (2.0, 400.0))
        self.assertEqual((lines["labour"].unit_amount, lines["labour"].amount), (300.0, 900.0))
        self.assertEqual(sheet.amount_total, 1570.0)
        self.assertEqual(lines["labour"].budget_line_id, self.line_labour)
        self.assertEqual(self.inspection.allowance_sheet_count, 1)

    def test_generation_needs_part_time_inspectors_and_rates(self):
        self.employee_insp2.edu_inspector_type = "full_time"
        with self.assertRaisesRegex(UserError, "part-time"), self.cr.savepoint():
            self._generate()
        self.employee_insp2.edu_inspector_type = "part_time"
        self.env["edu.allowance.rate"].search([]).unlink()
        with self.assertRaisesRegex(UserError, "rate"), self.cr.savepoint():
            self._generate()

    def test_approve_commit_post(self):
        sheet = self._generate()
        # editable before approval
        sheet.line_ids.filtered(lambda line: line.category == "communication").quantity = 2.0
        self.assertEqual(sheet.amount_total, 1520.0)
        with self.assertRaises(UserError):
            sheet.with_user(self.user_office).action_approve()
        sheet.with_user(self.user_finance).action_approve()
        self.assertEqual(sheet.state, "approved")
        with self.assertRaises(UserError):
            sheet.line_ids[0].quantity = 10.0
        # committed until posted
        self.assertEqual(self._figures(self.line_labour), (3000.0, 0.0, 900.0, 2100.0))
        self.assertEqual(self._figures(self.line_communication), (500.0, 0.0, 100.0, 400.0))
        sheet.with_user(self.user_finance).action_post()
        self.assertEqual(sheet.state, "posted")
        bill = sheet.move_ids
        self.assertEqual(len(bill), 1, "one bill per inspector")
        self.assertEqual(bill.state, "posted")
        self.assertEqual(bill.partner_id, self.employee_insp2.work_contact_id)
        self.assertEqual(bill.amount_total, 1520.0)
        labour = bill.invoice_line_ids.filtered(
            lambda line: (
                line.product_id == self.env.ref("edu_supervision_budget.product_allowance_labour")
            )
        )
        self.assertEqual(
            labour.analytic_distribution,
            {str(self.line_labour.analytic_account_id.id): 100.0},
        )
        # the commitment became actual
        self.assertEqual(self._figures(self.line_labour), (3000.0, 900.0, 0.0, 2100.0))
        self.assertEqual(self._figures(self.line_meals), (2000.0, 400.0, 0.0, 1600.0))

    def test_approval_blocked_then_overridden(self):
        self.line_labour.invalidate_recordset()
        self._create_bill(2500.0, self.line_labour.analytic_account_id)
        sheet = self._generate()
        with self.assertRaisesRegex(UserError, "below zero"), self.cr.savepoint():
            sheet.with_user(self.user_finance).action_approve()
        self.assertEqual(sheet.state, "draft")
        sheet.with_user(self.user_finance).write(
            {"budget_override": True, "budget_override_reason": "Year-end inspection"}
        )
        sheet.with_user(self.user_finance).action_approve()
        self.assertEqual(sheet.state, "approved")
        self.assertEqual(self._figures(self.line_labour)[3], -400.0)
        self.assertTrue(
            any("Year-end inspection" in body for body in self.budget.message_ids.mapped("body"))
        )
        # posting the approved sheet only consumes its commitment: not blocked again
        sheet.with_user(self.user_finance).action_post()
        self.assertEqual(sheet.move_ids.state, "posted")

    def test_cancel_and_reset(self):
        sheet = self._generate()
        sheet.action_cancel()
        self.assertEqual(sheet.state, "cancelled")
        sheet.action_reset_draft()
        self.assertEqual(sheet.state, "draft")
        sheet.unlink()
        self.assertFalse(sheet.exists())
