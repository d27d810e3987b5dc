from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import Form, tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestProblemLifecycle(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.problem = self._create_problem(
            self.target_a1, name="No fire drill", deadline="2026-03-31"
        )

    def test_full_lifecycle(self):
        problem = self.problem
        self.assertEqual(problem.state, "open")
        office = self.env(user=self.user_office)
        plan = self._report("plan", problem).with_env(office)
        plan.action_submit()
        self.assertEqual(problem.state, "plan_submitted")
        plan.action_accept()
        self.assertEqual(problem.state, "rectifying")
        result = self._report("result", problem).with_env(office)
        result.action_submit()
        self.assertEqual(problem.state, "reported")
        self._close(problem)
        self.assertEqual(problem.state, "closed")
        self.assertEqual(problem.verified_by_id, self.user_inspector)
        self.assertEqual(problem.verification_evidence_ids, self.evidence)
        self.assertTrue(problem.closed_date)
        self.assertFalse(problem.rebound)

    def test_plan_returned_goes_back_to_open(self):
        office = self.env(user=self.user_office)
        plan = self._report("plan", self.problem).with_env(office)
        plan.action_submit()
        with self.assertRaises(UserError):
            plan.action_return()  # comments are required
        plan.review_comment = "Measures are too vague."
        plan.action_return()
        self.assertEqual(plan.state, "returned")
        self.assertEqual(self.problem.state, "open")
        plan.action_submit()
        self.assertEqual(self.problem.state, "plan_submitted")

    def test_result_returned_goes_back_to_rectifying(self):
        plan, result = self._bring_to_reported(self.problem)
        result.review_comment = "Evidence missing."
        result.action_return()
        self.assertEqual(self.problem.state, "rectifying")

    def test_start_rectification_without_plan(self):
        self.problem.with_user(self.user_office).action_edu_start_rectification()
        self.assertEqual(self.problem.state, "rectifying")
        with self.assertRaises(UserError):
            self.problem.with_user(self.user_office).action_edu_start_rectification()

    def test_close_requires_reported_note_and_evidence(self):
        problem = self.problem.with_user(self.user_inspector)
        with self.assertRaises(UserError):
            problem._edu_close("note", self.evidence)  # still open
        self._bring_to_reported(self.problem)
        with self.assertRaises(UserError):
            problem._edu_close("  ", self.evidence)
        with self.assertRaises(UserError):
            problem._edu_close("note", self.env["ir.attachment"])
        self.assertEqual(self.problem.state, "reported")

    def test_close_wizard_from_upstream_button(self):
        self._bring_to_reported(self.problem)
        action = self.problem.with_user(self.user_inspector).action_close()
        self.assertEqual(action["res_model"], "edu.problem.close.wizard")
        wizard = Form(
            self.env["edu.problem.close.wizard"]
            .with_user(self.user_inspector)
            .with_context(**action["context"])
        )
        wizard.note = "Verified with photos."
        wizard = wizard.save()
        wizard.attachment_ids = self.evidence
        wizard.action_confirm()
        self.assertEqual(self.problem.state, "closed")

    def test_only_team_inspector_or_office_closes(self):
        self._bring_to_reported(self.problem)
        with self.assertRaises(AccessError):
            self._close(self.problem, user=self.user_inspector2)
        with self.assertRaises(UserError):
            self._close(self.problem, user=self.user_viewer)
        self.assertEqual(self.problem.state, "reported")
        self._close(self.problem, user=self.user_office)
        self.assertEqual(self.problem.state, "closed")

    def test_closed_problem_is_read_only(self):
        self._bring_to_reported(self.problem)
        self._close(self.problem)
        with self.assertRaises(UserError):
            self.problem.with_user(self.user_office).write({"name": "Changed"})
        with self.assertRaises(UserError):
            self.problem.unlink()
        # The chatter stays usable.
        self.problem.with_user(self.user_office).message_post(body="Still visible")

    def test_reopen_sets_rebound(self):
        self._bring_to_reported(self.problem)
        self._close(self.problem)
        problem = self.problem.with_user(self.user_office)
        with self.assertRaises(UserError):
            problem._edu_reopen("")
        action = problem.action_reopen()
        self.assertEqual(action["res_model"], "edu.problem.reopen.wizard")
        wizard = (
            self.env["edu.problem.reopen.wizard"]
            .with_user(self.user_office)
            .create({"problem_ids": [(6, 0, problem.ids)], "reason": "Drills stopped again."})
        )
        wizard.action_confirm()
        self.assertEqual(problem.state, "rectifying")
        self.assertTrue(problem.rebound)
        self.assertEqual(problem.reopen_count, 1)
        self.assertEqual(problem.last_reopen_reason, "Drills stopped again.")
        self.assertFalse(problem.closed_date)
        self.assertIn("Drills stopped again.", problem.message_ids[0].body)
        with self.assertRaises(UserError):
            problem._edu_reopen("again")  # not closed any more

    def test_overdue_days(self):
        with freeze_time("2026-04-10"):
            self.problem.invalidate_recordset(["overdue_days", "is_overdue"])
            self.assertTrue(self.problem.is_overdue)
            self.assertEqual(self.problem.overdue_days, 10)
        with freeze_time("2026-03-30"):
            self.problem.invalidate_recordset(["overdue_days", "is_overdue"])
            self.assertEqual(self.problem.overdue_days, 0)

    def test_year_from_inspection(self):
        self.assertEqual(self.problem.year, self.inspection.year)
