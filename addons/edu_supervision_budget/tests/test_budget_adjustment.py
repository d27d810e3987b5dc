from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestBudgetAdjustment(EduBudgetCase):
    def _adjust(self, amount, line_from=None, line_to=None):
        return self.env["edu.budget.adjustment"].create(
            {
                "budget_id": self.budget.id,
                "line_from_id": (line_from or self.line_evaluation).id,
                "line_to_id": (line_to or self.line_inspection).id,
                "amount": amount,
                "reason": "More school visits",
            }
        )

    def test_transfer_after_approval(self):
        adjustment = self._adjust(5000.0)
        self.assertTrue(adjustment.name.startswith("ADJ/"))
        adjustment.action_submit()
        self.assertEqual(self.line_inspection.planned_amount, 10000.0, "not yet approved")
        with self.assertRaises(UserError):
            adjustment.with_user(self.user_office).action_approve()
        adjustment.with_user(self.user_finance).action_approve()
        self.assertEqual(adjustment.state, "approved")
        self.assertEqual(self.line_inspection.adjustment_amount, 5000.0)
        self.assertEqual(self.line_inspection.planned_amount, 15000.0)
        self.assertEqual(self.line_evaluation.planned_amount, 45000.0)
        self.assertEqual(self.line_inspection.original_amount, 10000.0)
        self.assertEqual(self.budget.planned_amount, 70500.0, "the total is unchanged")
        self.assertEqual(self.budget.adjustment_count, 1)
        with self.assertRaises(UserError):
            adjustment.amount = 1.0
        with self.assertRaises(UserError):
            adjustment.unlink()

    def test_cannot_move_more_than_available(self):
        self._create_bill(9500.0, self.line_inspection.analytic_account_id)
        adjustment = self._adjust(1000.0, self.line_inspection, self.line_training)
        adjustment.action_submit()
        with self.assertRaisesRegex(UserError, "available"), self.cr.savepoint():
            adjustment.with_user(self.user_finance).action_approve()

    def test_refuse_and_same_line(self):
        adjustment = self._adjust(10.0)
        adjustment.action_submit()
        adjustment.with_user(self.user_finance).action_refuse()
        self.assertEqual(self.line_inspection.planned_amount, 10000.0)
        adjustment.action_reset_draft()
        self.assertEqual(adjustment.state, "draft")
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._adjust(10.0, self.line_inspection, self.line_inspection)
