from datetime import timedelta

from odoo import Command
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import PDF, PNG, EduPortalCase


@tagged("post_install", "-at_install")
class TestSubmissions(EduPortalCase):
    """What a unit submits on the portal: plans and reports, answers to supervision
    orders, the acknowledgement of feedback; tracked, and final once accepted."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem = cls._problem_of(cls.school_a1, responsible_employee_id=cls.employee_insp.id)
        cls.problem_a2 = cls._problem_of(cls.school_a2)

    def _report(self, user=None, **vals):
        return (
            self.env["edu.rectification.report"]
            .with_user(user or self.user_portal_a1)
            .with_context(tracking_disable=False)
            .create(
                {
                    "kind": "result",
                    "partner_id": self.unit_a1.id,
                    "problem_ids": [Command.set(self.problem.ids)],
                    "measures": "<p>Drills held monthly.</p>",
                    "actual_date": self.today,
                    **vals,
                }
            )
        )

    def test_report_submitted_by_the_unit(self):
        report = self._report()
        self.assertNotEqual(report.name, "/", "numbered by the office's sequence")
        photo = report._edu_portal_attach("attachment_ids", "drill.png", PNG)
        self.assertEqual(report.attachment_ids, photo)
        report.action_submit()
        self.assertEqual(report.state, "submitted")
        self.assertEqual(report.submitted_by_id, self.user_portal_a1)
        self.assertEqual(self.problem.state, "reported")
        # who and when: stamped on the report, and its chatter speaks in the unit's name
        self.assertTrue(report.submit_date)
        self.assertEqual(report.sudo().message_ids.author_id, self.user_portal_a1.partner_id)
        # the responsible inspector gets an activity
        activity = report.sudo().activity_ids
        self.assertEqual(activity.user_id, self.user_inspector)
        self.assertEqual(
            activity.activity_type_id,
            self.env.ref("edu_supervision_portal.mail_activity_type_portal_review"),
        )
        # submitted: out of the unit's hands
        with self.assertRaises(AccessError):
            report.write({"responsible_person": "Someone else"})
        office = report.with_user(self.user_district_office)
        office.action_accept()
        self.assertFalse(report.sudo().activity_ids, "the review activity is done")
        # accepted: final, for the office too
        with self.assertRaises(UserError):
            office.write({"measures": "<p>Rewritten</p>"})
        with self.assertRaises(UserError):
            photo.with_user(self.user_district_office).unlink()
        with self.assertRaises(UserError):
            photo.with_user(self.user_district_office).write({"raw": b"other"})
        # the office still publishes it
        office.with_user(self.user_manager).write({"public_summary": "Rectified."})

    def test_report_portal_limits(self):
        with self.assertRaises(AccessError):
            self._report(partner_id=self.unit_a2.id, problem_ids=[Command.set(self.problem_a2.ids)])
        with self.assertRaises(AccessError):
            self._report(review_comment="Looks good to me")
        with self.assertRaises(UserError):  # another unit's problem
            self._report(problem_ids=[Command.set(self.problem_a2.ids)])
        report = self._report()
        with self.assertRaises(AccessError):
            report.write({"state": "accepted"})
        with self.assertRaises(AccessError):
            report.with_user(self.user_portal_a2).action_submit()
        with self.assertRaises(AccessError):
            report.with_user(self.user_portal_gov_a).action_submit()
        with self.assertRaises(AccessError):
            report.action_accept()
        report.unlink()

    def test_report_returned_and_resubmitted(self):
        report = self._report()
        report.action_submit()
        office = report.with_user(self.user_office)
        office.write({"review_comment": "Add photos of the drill."})
        office.action_return()
        self.assertEqual(report.state, "returned")
        self.assertEqual(self.problem.state, "rectifying")
        report._edu_portal_attach("attachment_ids", "drill.pdf", PDF)
        report.write({"measures": "<p>Drill held, photos attached.</p>"})
        report.action_submit()
        self.assertEqual(report.state, "submitted")

    def test_uploads_checked(self):
        report = self._report()
        company = self.env.company
        with self.assertRaises(UserError):
            report._edu_portal_attach("attachment_ids", "photo.png", PDF)  # content mismatch
        with self.assertRaises(UserError):
            report._edu_portal_attach("attachment_ids", "script.html", b"<html></html>")
        with self.assertRaises(UserError):
            report._edu_portal_attach("attachment_ids", "empty.pdf", b"")
        company.edu_portal_upload_max_mb = 1
        with self.assertRaises(UserError):
            report._edu_portal_attach("attachment_ids", "big.pdf", PDF + b"0" * (1024 * 1024))
        company.edu_portal_upload_extensions = "pdf"
        with self.assertRaises(UserError):
            report._edu_portal_attach("attachment_ids", "photo.png", PNG)
        self.assertTrue(report._edu_portal_attach("attachment_ids", "plan.pdf", PDF))
        with self.assertRaises(ValidationError):
            company.edu_portal_upload_extensions = "pdf,exe"
        with self.assertRaises(ValidationError):
            company.edu_portal_upload_max_mb = 0
        # the unit cannot link other files directly
        other = self.env["ir.attachment"].create({"name": "secret.pdf", "raw": PDF})
        with self.assertRaises(AccessError):
            report.write({"attachment_ids": [Command.link(other.id)]})

    def _issued_order(self, unit=None, problem=None):
        order = self.env["edu.supervision.order"].create(
            {
                "partner_id": (unit or self.unit_a1).id,
                "reason": "Overdue",
                "new_deadline": self.today + timedelta(days=15),
                "line_ids": [Command.create({"problem_id": (problem or self.problem).id})],
            }
        )
        order.with_user(self.user_office).action_issue()
        return order

    def test_order_acknowledged_and_answered(self):
        order = self._issued_order().with_user(self.user_portal_a1)
        order.action_acknowledge()
        self.assertEqual(order.acknowledge_date, self.today)
        self.assertEqual(order.acknowledged_by_id, self.user_portal_a1)
        with self.assertRaises(UserError):
            order.action_acknowledge()
        with self.assertRaises(UserError):
            order.action_answer()  # no answer yet
        order.write({"answer": "The fire lanes are cleared; checks are daily."})
        order._edu_portal_attach("answer_attachment_ids", "lanes.png", PNG)
        order.action_answer()
        self.assertEqual(order.state, "answered")
        self.assertEqual(order.answered_by_id, self.user_portal_a1)
        self.assertEqual(order.answer_date, self.today)
        with self.assertRaises(UserError):
            order.write({"answer": "Changed my mind"})
        with self.assertRaises(UserError):
            order.with_user(self.user_office).write({"answer": "Rewritten by the office"})
        # the office returns the answer with comments, the unit answers again
        office = order.with_user(self.user_office)
        with self.assertRaises(UserError):
            office.action_return_answer()
        office.write({"answer_review_comment": "Attach the daily check sheet."})
        office.action_return_answer()
        self.assertEqual(order.state, "issued")
        self.assertFalse(order.answer_date)
        order.write({"answer": "Daily check sheet attached."})
        order.action_answer()
        office.action_close()
        self.assertEqual(order.state, "closed")
        with self.assertRaises(UserError):
            order._edu_portal_attach("answer_attachment_ids", "late.png", PNG)

    def test_order_portal_limits(self):
        order = self._issued_order()
        with self.assertRaises(AccessError):
            order.with_user(self.user_portal_a2).action_acknowledge()
        with self.assertRaises(AccessError):
            order.with_user(self.user_portal_a1).write(
                {"new_deadline": self.today + timedelta(days=90)}
            )
        with self.assertRaises(AccessError):
            order.with_user(self.user_portal_a1).write({"acknowledge_date": self.today})
        with self.assertRaises(AccessError):
            order.with_user(self.user_office).write({"acknowledge_date": self.today})
        draft = self.env["edu.supervision.order"].create(
            {
                "partner_id": self.unit_a2.id,
                "reason": "Overdue",
                "new_deadline": self.today + timedelta(days=15),
                "line_ids": [Command.create({"problem_id": self.problem_a2.id})],
            }
        )
        self.assertFalse(
            self.env["edu.supervision.order"]
            .with_user(self.user_portal_a2)
            .search([("id", "=", draft.id)]),
            "a draft order is the office's",
        )
        # the office records the receipt for a unit without portal
        order.with_user(self.user_office).action_acknowledge()
        self.assertEqual(order.acknowledged_by_id, self.user_office)

    def test_feedback_acknowledged(self):
        target = self.inspection.target_ids.filtered(lambda t: t.school_id == self.school_a1)
        with self.assertRaises(UserError):
            target.with_user(self.user_portal_a1).action_acknowledge_feedback()
        target.write({"feedback_date": self.today, "feedback_note": "Rectify within 60 days."})
        with self.assertRaises(AccessError):
            target.with_user(self.user_portal_a2).action_acknowledge_feedback()
        with self.assertRaises(AccessError):
            target.with_user(self.user_office).action_acknowledge_feedback()
        target.with_user(self.user_portal_a1).action_acknowledge_feedback()
        self.assertEqual(target.feedback_ack_date, self.today)
        self.assertEqual(target.feedback_ack_user_id, self.user_portal_a1)
        with self.assertRaises(UserError):
            target.with_user(self.user_portal_a1).action_acknowledge_feedback()
        with self.assertRaises(AccessError):
            target.with_user(self.user_office).write({"feedback_ack_date": False})

    def test_close_out_from_the_evidence(self):
        """The office closes out the problem with the files of the accepted report."""
        report = self._report()
        photo = report._edu_portal_attach("attachment_ids", "drill.png", PNG)
        report.action_submit()
        report.with_user(self.user_office).action_accept()
        wizard_action = self.problem.with_user(self.user_office).action_close()
        wizard = (
            self.env[wizard_action["res_model"]]
            .with_user(self.user_office)
            .with_context(**wizard_action["context"])
            .create({"note": "Checked the drill records."})
        )
        self.assertEqual(wizard.attachment_ids, photo)
        wizard.action_confirm()
        self.assertEqual(self.problem.state, "closed")
        self.assertEqual(self.problem.verification_evidence_ids, photo)

    def test_government_reads_its_schools(self):
        """A district government's user reads the problems, plans and orders of its
        schools but changes none of them, and sees nothing of another district."""
        report = self._report()
        order = self._issued_order()
        problem_b1 = self._problem_of(self.school_b1)
        gov = self.user_portal_gov_a
        self.assertEqual(
            set(self.env["edu.problem"].with_user(gov).search([]).ids),
            {self.problem.id, self.problem_a2.id},
        )
        self.assertIn(report, self.env["edu.rectification.report"].with_user(gov).search([]))
        self.assertIn(order, self.env["edu.supervision.order"].with_user(gov).search([]))
        self.assertNotIn(problem_b1, self.env["edu.problem"].with_user(gov).search([]))
        with self.assertRaises(AccessError):
            report.with_user(gov).write({"responsible_person": "District"})
        with self.assertRaises(AccessError):
            order.with_user(gov).write({"answer": "Answered by the district"})
        # its own (督政) problems it answers like a school
        gov_inspection = self.env["edu.inspection"].create(
            {
                "name": "Government supervision",
                "function": "government",
                "region_id": self.region_city.id,
                "leader_id": self.employee_insp.id,
                "target_ids": [Command.create({"region_id": self.region_a.id})],
            }
        )
        gov_problem = self.env["edu.problem"].create(
            {"name": "Spending fell", "target_id": gov_inspection.target_ids.id}
        )
        gov_inspection.write({"state": "approved"})
        self.assertIn(gov_problem, self.env["edu.problem"].with_user(gov).search([]))
        gov_report = (
            self.env["edu.rectification.report"]
            .with_user(gov)
            .create(
                {
                    "kind": "plan",
                    "partner_id": self.gov_a.id,
                    "problem_ids": [Command.set(gov_problem.ids)],
                }
            )
        )
        gov_report.action_submit()
        self.assertEqual(gov_problem.state, "plan_submitted")

    def test_visibility_of_inspections_and_problems(self):
        """Announced inspections from scheduling, unannounced ones once the on-site phase
        is over; problems once the report is approved."""
        Inspection = self.env["edu.inspection"].with_user(self.user_portal_a1)
        draft = self._inspection(self.school_a1, "draft")
        unannounced = self._inspection(self.school_a1, "in_progress", method="unannounced")
        visible = Inspection.search([])
        self.assertIn(self.inspection, visible)
        self.assertNotIn(draft, visible)
        self.assertNotIn(unannounced, visible)
        unannounced.write({"state": "reporting"})
        self.assertIn(unannounced, Inspection.search([]))
        reporting_problem = self._problem_of(self.school_a1, "reporting")
        problems = self.env["edu.problem"].with_user(self.user_portal_a1).search([])
        self.assertIn(self.problem, problems)
        self.assertNotIn(reporting_problem, problems)
        self.assertNotIn(self.problem_a2, problems)
        # what the office keeps for itself is not readable by the unit
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_portal_a1).read(["burden_justification"])
        self.assertTrue(self.inspection.with_user(self.user_portal_a1).portal_team)
