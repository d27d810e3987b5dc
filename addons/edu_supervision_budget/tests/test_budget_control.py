from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestBudgetControl(EduBudgetCase):
    def test_bill_within_budget_posts(self):
        bill = self._create_bill(10000.0, self.line_inspection.analytic_account_id)
        self.assertEqual(bill.state, "posted")
        self.assertEqual(bill.edu_budget_line_ids, self.line_inspection)
        self.assertAlmostEqual(self.line_inspection.available_amount, 0.0)

    def test_overspending_bill_is_refused(self):
        account = self.line_inspection.analytic_account_id
        self._create_bill(9000.0, account)
        bill = self._create_bill(1500.0, account, post=False)
        with self.assertRaisesRegex(UserError, "below zero"), self.cr.savepoint():
            bill.with_user(self.user_accountant).action_post()
        self.env.invalidate_all()
        self.assertEqual(bill.state, "draft")
        self.assertAlmostEqual(self._figures(self.line_inspection)[1], 9000.0)
        # an accountant who is not supervision finance cannot override
        with self.assertRaises(AccessError):
            bill.with_user(self.user_accountant).write(
                {"edu_budget_override": True, "edu_budget_override_reason": "Urgent"}
            )
        # an override without a reason does not count
        bill.with_user(self.user_finance).edu_budget_override = True
        with self.assertRaises(UserError):
            bill.with_user(self.user_finance).action_post()

    def test_override_with_reason_posts_and_is_tracked(self):
        account = self.line_inspection.analytic_account_id
        bill = self._create_bill(12000.0, account, post=False)
        bill.with_user(self.user_finance).write(
            {
                "edu_budget_override": True,
                "edu_budget_override_reason": "Emergency inspection ordered by the city",
            }
        )
        bill.with_user(self.user_finance).action_post()
        self.assertEqual(bill.state, "posted")
        self.assertAlmostEqual(self._figures(self.line_inspection)[3], -2000.0)
        messages = self.budget.message_ids.mapped("body")
        self.assertTrue(
            any("Emergency inspection ordered by the city" in body for body in messages),
            "the override is tracked in the budget's chatter",
        )

    def test_override_by_finance_without_email(self):
        self.user_finance.partner_id.email = False
        self.company.partner_id.email = "office@wuhai.example.com"
        bill = self._create_bill(12000.0, self.line_inspection.analytic_account_id, post=False)
        bill = bill.with_user(self.user_finance)
        bill.write({"edu_budget_override": True, "edu_budget_override_reason": "Flood repairs"})
        bill.action_post()
        self.assertEqual(bill.state, "posted")
        override = self.budget.message_ids.filtered(lambda m: "Flood repairs" in (m.body or ""))
        self.assertEqual(override.author_id, self.user_finance.partner_id)

    def test_uncontrolled_accounts_and_refunds(self):
        # a refund never blocks, even on an exhausted line
        account = self.line_inspection.analytic_account_id
        self._create_bill(10000.0, account)
        refund = self._create_bill(100.0, account, move_type="in_refund")
        self.assertEqual(refund.state, "posted")
        # a bill without a supervision analytic account is not controlled
        other_plan = self.env["account.analytic.plan"].create({"name": "Projects X"})
        other = self.env["account.analytic.account"].create(
            {"name": "Other", "plan_id": other_plan.id}
        )
        self.assertEqual(self._create_bill(999999.0, other).state, "posted")

    def test_draft_budget_is_not_controlled(self):
        budget = self.env["edu.budget"].create(
            {
                "name": "B",
                "fiscal_year": self.year,
                "region_id": self.region_b.id,
                "line_ids": [(0, 0, {"category": "inspection", "original_amount": 10.0})],
            }
        )
        bill = self._create_bill(100.0, budget.line_ids.analytic_account_id)
        self.assertEqual(bill.state, "posted")
