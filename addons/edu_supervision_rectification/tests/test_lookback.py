from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestLookback(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.fixed = self._create_problem(self.target_a1, name="Fixed for good")
        self.relapsed = self._create_problem(self.target_a1, name="Relapsed")
        self.still_open = self._create_problem(self.target_a1, name="Still open")
        problems = self.fixed | self.relapsed
        self._bring_to_reported(problems)
        self._close(problems)
        self.lookback = (
            self.env["edu.lookback"]
            .with_user(self.user_office)
            .create(
                {
                    "partner_id": self.unit_a1.id,
                    "date": "2026-06-01",
                    "employee_ids": [(6, 0, self.employee_insp.ids)],
                }
            )
        )

    def test_load_closed_problems_only(self):
        self.lookback.action_load_problems()
        self.assertEqual(self.lookback.line_ids.problem_id, self.fixed | self.relapsed)
        self.lookback.action_load_problems()
        self.assertEqual(len(self.lookback.line_ids), 2, "no duplicates")

    def test_rebound_reopens_problem(self):
        self.lookback.action_load_problems()
        with self.assertRaises(UserError):
            self.lookback.action_done()  # results pending
        line_fixed = self.lookback.line_ids.filtered(lambda x: x.problem_id == self.fixed)
        line_relapsed = self.lookback.line_ids - line_fixed
        line_fixed.result = "confirmed"
        line_relapsed.result = "rebounded"
        with self.assertRaises(UserError):
            self.lookback.action_done()  # rebound not described
        line_relapsed.note = "Drills stopped in May."
        self.lookback.action_done()
        self.assertEqual(self.lookback.state, "done")
        self.assertEqual(self.fixed.state, "closed")
        self.assertFalse(self.fixed.rebound)
        self.assertEqual(self.relapsed.state, "rectifying")
        self.assertTrue(self.relapsed.rebound)
        self.assertIn("Drills stopped in May.", self.relapsed.last_reopen_reason)
        self.assertEqual(self.lookback.rebound_count, 1)
        with self.assertRaises(UserError):
            self.lookback.action_cancel()

    def test_results_shown_on_next_inspection_target(self):
        self.lookback.action_load_problems()
        self.lookback.line_ids.write({"result": "rebounded", "note": "Back again"})
        self.lookback.action_done()
        next_inspection = self.inspection.copy(
            {"date_start": "2026-09-01", "date_end": "2026-09-03"}
        )
        target = self.env["edu.inspection.target"].create(
            {"inspection_id": next_inspection.id, "school_id": self.school_a1.id}
        )
        self.assertEqual(target.lookback_count, 2)
        self.assertEqual(target.lookback_rebound_count, 2)
        action = target.action_edu_view_lookback_results()
        self.assertEqual(
            self.env["edu.lookback.line"].search(action["domain"]), self.lookback.line_ids
        )
        # Targets of other units do not show them.
        self.assertEqual(self.target_a2.lookback_count, 0)

    def test_inspector_changes_only_his_lookbacks(self):
        self.lookback.with_user(self.user_inspector).write({"note": "<p>ok</p>"})
        with self.assertRaises(AccessError):
            self.lookback.with_user(self.user_inspector2).write({"note": "<p>no</p>"})
        with self.assertRaises(AccessError):
            self.lookback.with_user(self.user_viewer).write({"note": "<p>no</p>"})
