from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestEscalation(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.Suggestion = self.env["edu.escalation.suggestion"]
        self.problems = self.env["edu.problem"]
        for index in range(3):
            self.problems |= self._create_problem(
                self.target_a1, name=f"Late {index}", deadline="2026-03-01"
            )

    def _issue_orders(self):
        with freeze_time("2026-03-25"):
            self.Suggestion._cron_escalate()
            orders = self.problems.order_line_ids.order_id.with_user(self.user_office)
            orders.action_issue()
        return orders

    def _suggestions(self, kind):
        return self.Suggestion.search([("kind", "=", kind), ("partner_id", "=", self.unit_a1.id)])

    def test_overdue_again_after_order_suggests_interview(self):
        self.company.edu_circular_failure_threshold = 99
        orders = self._issue_orders()
        with freeze_time("2026-04-05"):
            self.Suggestion._cron_escalate()
        self.assertFalse(self._suggestions("interview"), "new deadline not passed yet")
        with freeze_time("2026-04-20"):
            self.Suggestion._cron_escalate()
            self.Suggestion._cron_escalate()
        suggestion = self._suggestions("interview")
        self.assertEqual(len(suggestion), 1)
        self.assertEqual(suggestion.problem_ids, self.problems)
        self.assertEqual(suggestion.state, "pending")
        self.assertEqual(orders.state, "issued")

    def test_accept_creates_action(self):
        self._issue_orders()
        with freeze_time("2026-04-20"):
            self.Suggestion._cron_escalate()
        suggestion = self._suggestions("interview").with_user(self.user_manager)
        with self.assertRaises(UserError):
            suggestion.with_user(self.user_office).action_accept()
        suggestion.action_accept()
        self.assertEqual(suggestion.state, "accepted")
        action = suggestion.action_id
        self.assertEqual(action.kind, "interview")
        self.assertEqual(action.partner_id, self.unit_a1)
        self.assertEqual(action.problem_ids, self.problems)
        self.assertEqual(action.state, "draft")
        with self.assertRaises(UserError):
            suggestion.action_dismiss()  # already decided
        # Accepted problems are not suggested again.
        with freeze_time("2026-04-21"):
            self.Suggestion._cron_escalate()
        self.assertEqual(len(self._suggestions("interview")), 1)

    def test_dismiss_needs_reason(self):
        self._issue_orders()
        with freeze_time("2026-04-20"):
            self.Suggestion._cron_escalate()
        suggestion = self._suggestions("interview").with_user(self.user_manager)
        with self.assertRaises(UserError):
            suggestion.action_dismiss()
        suggestion.dismiss_reason = "The district already intervened."
        suggestion.action_dismiss()
        self.assertEqual(suggestion.state, "dismissed")
        self.assertFalse(suggestion.action_id)

    def test_repeated_failures_suggest_circular(self):
        self.company.edu_circular_failure_threshold = 4
        self._issue_orders()
        with freeze_time("2026-03-26"):
            self.Suggestion._cron_escalate()
        self.assertFalse(self._suggestions("circular"), "3 failures < 4")
        self.company.edu_circular_failure_threshold = 3
        with freeze_time("2026-03-26"):
            self.Suggestion._cron_escalate()
            self.Suggestion._cron_escalate()
        circular = self._suggestions("circular")
        self.assertEqual(len(circular), 1)
        self.assertEqual(circular.year, 2026)
        self.assertEqual(circular.problem_ids, self.problems)

    def test_switches_off(self):
        self.company.write({"edu_escalation_interview": False, "edu_escalation_circular": False})
        self._issue_orders()
        with freeze_time("2026-04-20"):
            self.Suggestion._cron_escalate()
        self.assertFalse(self._suggestions("interview") | self._suggestions("circular"))

    def test_access(self):
        self._issue_orders()
        with freeze_time("2026-04-20"):
            self.Suggestion._cron_escalate()
        suggestion = self._suggestions("interview")
        suggestion.with_user(self.user_office).read(["name"])
        with self.assertRaises(AccessError):
            suggestion.with_user(self.user_viewer).read(["name"])
        with self.assertRaises(AccessError):
            suggestion.with_user(self.user_office).write({"dismiss_reason": "x"})
