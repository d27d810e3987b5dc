from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """Supervision finance's day, played in the browser on the demo data."""

    def test_finance_posts_with_override(self):
        """Posting a bill that overspends its budget line is refused; supervision finance
        records an override with its reason and posts it."""
        bill = self._edu_demo("edu_supervision_budget.bill_demo_wuda_overspend")
        self.start_tour(
            f"/odoo/action-account.action_move_in_invoice_type/{bill.id}",
            "edu_finance_override_tour",
            login="finance",
        )
        self.assertEqual(bill.state, "posted")
        self.assertTrue(bill.edu_budget_override)
        budget = self.env.ref("edu_supervision_budget.budget_demo_wuda")
        self.assertIn(bill.name, budget.message_ids[0].body)
