from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestRectificationReport(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.problem = self._create_problem(self.target_a1, name="Canteen hygiene")

    def test_sequence_and_submit_checks(self):
        office = self.env(user=self.user_office)
        empty = office["edu.rectification.report"].create(
            {"kind": "plan", "partner_id": self.unit_a1.id}
        )
        self.assertNotEqual(empty.name, "/")
        with self.assertRaises(UserError):
            empty.action_submit()
        result = self._report("result", self.problem, actual_date=False).with_env(office)
        with self.assertRaises(UserError):
            result.action_submit()
        result.actual_date = "2026-03-01"
        result.action_submit()
        self.assertEqual(result.state, "submitted")
        self.assertEqual(result.submitted_by_id, self.user_office)
        with self.assertRaises(UserError):
            result.action_submit()

    def test_accepted_report_is_final(self):
        office = self.env(user=self.user_office)
        report = self._report("result", self.problem).with_env(office)
        report.action_submit()
        report.write({"measures": "<p>Checked daily.</p>"})  # before the review
        report.action_accept()
        for vals in (
            {"measures": "<p>Rewritten</p>"},
            {"actual_date": "2026-04-01"},
            {"attachment_ids": [(4, self.evidence.id)]},
        ):
            with self.assertRaises(UserError):
                report.write(vals)
        report.with_user(self.user_manager).write({"public_summary": "Rectified."})
        self.assertEqual(report.public_summary, "Rectified.")

    def test_problems_of_the_unit_only(self):
        other = self._create_problem(self.target_a2, name="Other unit")
        with self.assertRaises(ValidationError):
            self.env["edu.rectification.report"].create(
                {
                    "kind": "plan",
                    "partner_id": self.unit_a1.id,
                    "problem_ids": [(6, 0, (self.problem | other).ids)],
                }
            )

    def test_review_by_office_only(self):
        report = self._report("plan", self.problem).with_user(self.user_office)
        report.action_submit()
        with self.assertRaises(UserError):
            report.with_user(self.user_inspector).action_accept()
        report.action_accept()
        self.assertEqual(report.state, "accepted")
        self.assertEqual(report.reviewer_id, self.user_office)

    def test_publish_by_manager_with_summary(self):
        report = self._report("plan", self.problem).with_user(self.user_office)
        report.action_submit()
        with self.assertRaises(UserError):
            report.with_user(self.user_manager).action_publish()  # not accepted yet
        report.action_accept()
        with self.assertRaises(UserError):
            report.action_publish()  # office staff
        with self.assertRaises(UserError):
            report.with_user(self.user_manager).action_publish()  # no summary
        report.public_summary = "Plan accepted, work under way."
        report.with_user(self.user_manager).action_publish()
        self.assertTrue(report.is_published)
        report.with_user(self.user_manager).action_unpublish()
        self.assertFalse(report.is_published)

    def test_viewer_reads_but_cannot_write(self):
        report = self._report("plan", self.problem)
        report.with_user(self.user_viewer).read(["name"])
        with self.assertRaises(AccessError):
            report.with_user(self.user_viewer).write({"responsible_person": "X"})
        with self.assertRaises(AccessError):
            self.env["edu.rectification.report"].with_user(self.user_inspector).create(
                {"kind": "plan", "partner_id": self.unit_a1.id}
            )
