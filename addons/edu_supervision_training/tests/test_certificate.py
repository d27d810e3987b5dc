from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestCertificate(EduTrainingCase):
    def test_not_eligible_shows_missing_hours(self):
        employee = self.employee_nocert.with_user(self.user_hr)
        self._record(self.employee_nocert, self.course_preservice, hours=15.5)
        self._record(self.employee_nocert, self.course_preservice_online, result="failed")
        self._record(self.employee_nocert, self.course_national)  # not pre-service
        with self.assertRaisesRegex(UserError, "24.5 hours are missing"):
            employee.action_edu_issue_certificate()
        self.assertFalse(self.employee_nocert.edu_certificate_ids)

    def test_edge_39_5_then_40(self):
        employee = self.employee_nocert.with_user(self.user_hr)
        self._record(self.employee_nocert, self.course_preservice, hours=15.5)
        record = self._record(self.employee_nocert, self.course_preservice_online)
        with self.assertRaisesRegex(UserError, "0.5 hours are missing"):
            employee.action_edu_issue_certificate()
        self.assertEqual(record.hours, 24)
        # 16 + 24 = 40: eligible
        self.Record.search(
            [("employee_id", "=", self.employee_nocert.id), ("hours", "=", 15.5)]
        ).hours = 16
        action = employee.action_edu_issue_certificate()
        certificate = self.env["edu.inspector.certificate"].browse(action["res_id"])
        self.assertEqual(certificate.employee_id, self.employee_nocert)
        self.assertTrue(certificate.name)
        employee.invalidate_recordset()
        self.assertTrue(employee.edu_certificate_valid)
        # a second certificate is refused
        with self.assertRaisesRegex(UserError, "already holds"):
            employee.action_edu_issue_certificate()

    def test_pending_record_does_not_count(self):
        self._record(self.employee_nocert, self.course_preservice, result="pending")
        with self.assertRaisesRegex(UserError, "40.0 hours are missing"):
            self.employee_nocert.action_edu_issue_certificate()

    def test_threshold_from_settings(self):
        self._record(self.employee_nocert, self.course_preservice_online)  # 24
        self.company.edu_preservice_hours = 24
        self.employee_nocert.action_edu_issue_certificate()
        self.assertTrue(self.employee_nocert.edu_certificate_ids)
