from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestComplaint(EduVisitCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.complaint = cls.env["edu.complaint"].create(
            {
                "source": "hotline",
                "date": date(2026, 10, 8),
                "school_id": cls.school_a1.id,
                "summary": "Extra paid tutoring organised by teachers",
                "employee_id": cls.employee_insp.id,
            }
        )
        cls.complaint_b = cls.env["edu.complaint"].create(
            {"source": "letter", "school_id": cls.school_b1.id, "summary": "Unsafe school bus"}
        )

    def test_assignment_sets_state_and_region(self):
        self.assertEqual(self.complaint.state, "assigned")
        self.assertEqual(self.complaint.region_id, self.region_a)
        self.assertEqual(self.complaint_b.state, "received")
        self.complaint_b.employee_id = self.employee_insp2
        self.assertEqual(self.complaint_b.state, "assigned")

    @freeze_time("2026-10-12 04:00:00")
    def test_lifecycle_visit_and_finding(self):
        complaint = self.complaint.with_user(self.user_inspector)
        action = complaint.action_create_visit()
        visit = self.env["edu.visit"].browse(action["res_id"])
        self.assertEqual(visit.complaint_id, complaint)
        self.assertEqual(visit.employee_id, self.employee_insp)
        self.assertEqual(visit.announcement, "unannounced")
        self.assertEqual(complaint.visit_count, 1)
        ctx = complaint.action_new_problem()["context"]
        finding = (
            self.env["edu.problem"]
            .with_user(self.user_inspector)
            .with_context(**ctx)
            .create({"name": "Paid tutoring by two teachers"})
        )
        self.assertEqual(finding.complaint_id, complaint)
        self.assertEqual(complaint.problem_count, 1)
        with self.assertRaisesRegex(UserError, "verification result"):
            complaint.action_verify()
        complaint.verification_result = "founded"
        complaint.action_verify()
        complaint.action_reply()
        self.assertEqual(complaint.state, "replied")
        self.assertEqual(complaint.reply_date, date(2026, 10, 12))

    def test_reply_before_verification_refused(self):
        with self.assertRaises(UserError):
            self.complaint.action_reply()

    def test_visibility(self):
        Complaint = self.env["edu.complaint"]
        domain = [("id", "in", (self.complaint | self.complaint_b).ids)]
        self.assertEqual(Complaint.with_user(self.user_inspector).search(domain), self.complaint)
        self.assertFalse(Complaint.with_user(self.user_inspector2).search(domain))
        with self.assertRaises(AccessError):
            self.complaint.with_user(self.user_inspector2).read(["summary"])
        with self.assertRaises(AccessError):
            Complaint.with_user(self.user_viewer).search(domain)
        self.assertEqual(
            Complaint.with_user(self.user_district_office).search(domain), self.complaint
        )
        self.assertEqual(
            Complaint.with_user(self.user_manager).search(domain), self.complaint | self.complaint_b
        )
        with self.assertRaises(AccessError):
            Complaint.with_user(self.user_inspector).create(
                {"summary": "Inspectors do not register"}
            )

    def test_create_visit_needs_school_and_inspector(self):
        with self.assertRaisesRegex(UserError, "assigned inspector"):
            self.complaint_b.action_create_visit()

    def test_assign_asks_for_the_inspector(self):
        """A received complaint shows the next step: assigning it needs the inspector."""
        complaint = self.complaint_b.with_user(self.user_office)
        with self.assertRaisesRegex(UserError, "Assigned Inspector"):
            complaint.action_assign()
        self.assertEqual(complaint.state, "received")
        with self.assertRaises(UserError):
            complaint.with_user(self.user_viewer).action_assign()
        complaint.employee_id = self.employee_insp2
        complaint.action_assign()
        self.assertEqual(complaint.state, "assigned")

    def test_assign_without_inspector_message_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        complaint = self.complaint_b.with_user(self.user_office).with_context(lang="zh_CN")
        with self.assertRaises(UserError) as error:
            complaint.action_assign()
        self.assertEqual(
            str(error.exception), f"举报投诉 {complaint.name}：请先填写“承办督学”，再指派。"
        )
