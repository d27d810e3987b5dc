from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestCertificate(EduInspectorCase):
    @freeze_time("2026-06-01")
    def test_validity_states_and_expiry(self):
        Certificate = self.env["edu.inspector.certificate"]
        self.assertTrue(self.certificate_insp.is_valid)
        self.assertTrue(self.employee_insp.edu_certificate_valid)
        self.assertEqual(self.employee_insp.edu_certificate_id, self.certificate_insp)
        self.assertFalse(self.employee_nocert.edu_certificate_valid)

        expiring = self._create_certificate(
            self.employee_nocert, "T-EXP", expiry_date=date(2026, 6, 1)
        )
        self.assertTrue(expiring.is_valid, "valid on its expiry date")
        self.assertTrue(self.employee_nocert.edu_certificate_valid)
        future = self._create_certificate(
            self._create_inspector("Future", certified=False), "T-FUT", issue_date=date(2026, 7, 1)
        )
        self.assertFalse(future.is_valid, "not yet issued")
        with freeze_time("2026-06-02"):
            expiring.invalidate_recordset()
            self.employee_nocert.invalidate_recordset()
            self.assertFalse(expiring.is_valid)
            self.assertTrue(expiring.is_expired)
            self.assertFalse(self.employee_nocert.edu_certificate_valid)
            self.assertNotIn(expiring, Certificate.search([("is_valid", "=", True)]))
            self.assertIn(expiring, Certificate.search([("is_valid", "=", False)]))

    def test_search_employee_valid(self):
        Employee = self.env["hr.employee"]
        valid = Employee.search([("edu_certificate_valid", "=", True)])
        invalid = Employee.search([("edu_certificate_valid", "=", False)])
        self.assertIn(self.employee_insp, valid)
        self.assertIn(self.employee_insp2, valid)
        self.assertNotIn(self.employee_nocert, valid)
        self.assertIn(self.employee_nocert, invalid)
        self.assertNotIn(self.employee_insp, invalid)
        self.assertIn(
            self.employee_nocert, Employee.search([("edu_certificate_valid", "!=", True)])
        )

    def test_suspend_revoke_reinstate(self):
        certificate = self.certificate_insp
        with self.assertRaises(UserError):
            certificate.action_suspend()  # no reason given
        certificate.state_reason = "Under investigation"
        certificate.action_suspend()
        self.assertEqual(certificate.state, "suspended")
        self.assertFalse(self.employee_insp.edu_certificate_valid)
        certificate.action_reinstate()
        self.assertEqual(certificate.state, "valid")
        self.assertFalse(certificate.state_reason)
        self.assertTrue(self.employee_insp.edu_certificate_valid)
        with self.assertRaises(UserError):
            certificate.action_reinstate()  # not suspended
        certificate.state_reason = "Misconduct"
        certificate.action_revoke()
        self.assertEqual(certificate.state, "revoked")
        with self.assertRaises(UserError):
            certificate.action_suspend()
        with self.assertRaises(UserError):
            certificate.action_revoke()

    def test_reason_required(self):
        with self.assertRaises(ValidationError):
            self._create_certificate(self.employee_nocert, "T-R", state="revoked")

    def test_expiry_before_issue(self):
        with self.assertRaises(ValidationError):
            self._create_certificate(
                self.employee_nocert,
                "T-D",
                issue_date=date(2020, 1, 1),
                expiry_date=date(2019, 1, 1),
            )

    @mute_logger("odoo.sql_db")
    def test_number_unique(self):
        with self.assertRaises(IntegrityError), self.env.cr.savepoint():
            self._create_certificate(self.employee_nocert, "T-0001")

    def test_check_certificate_valid(self):
        (self.employee_insp | self.employee_insp2)._edu_check_certificate_valid()
        with self.assertRaises(ValidationError) as error:
            (self.employee_insp | self.employee_nocert)._edu_check_certificate_valid()
        message = str(error.exception)
        self.assertIn("Inspector Without Certificate", message)
        self.assertNotIn("Inspector One", message)

    def test_check_certificate_message_in_chinese(self):
        employees = self.employee_nocert.with_context(lang="zh_CN")
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        with self.assertRaises(ValidationError) as error:
            employees._edu_check_certificate_valid()
        self.assertIn("督学证", str(error.exception))
        self.assertIn("Inspector Without Certificate", str(error.exception))

    @freeze_time("2026-06-01")
    def test_expiry_reminder(self):
        soon = self._create_certificate(
            self.employee_nocert, "T-SOON", expiry_date=date(2026, 7, 15)
        )
        later = self._create_certificate(
            self._create_inspector("Later", certified=False),
            "T-LATER",
            expiry_date=date(2026, 12, 1),
        )
        Certificate = self.env["edu.inspector.certificate"]
        Certificate._cron_expiry_reminder()
        self.assertEqual(len(soon.activity_ids), 1)
        self.assertEqual(soon.activity_ids.date_deadline, date(2026, 7, 15))
        self.assertFalse(later.activity_ids)
        self.assertFalse(self.certificate_insp.activity_ids, "no expiry date")
        Certificate._cron_expiry_reminder()
        self.assertEqual(len(soon.activity_ids), 1, "reminded once")
