"""The holes of issue 12 in the training addon, each with its own test."""

from datetime import date

from odoo import Command
from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestAuthority(EduTrainingCase):
    # ------------------------------------------------------------------
    # The certificate gate sits in create/write
    # ------------------------------------------------------------------
    def test_hr_cannot_create_certificate_without_preservice_hours(self):
        """Inspector HR creating a 督学证 directly (form, import, RPC) for an
        inspector with 0 pre-service hours is refused, like the issue button."""
        Certificate = self.env["edu.inspector.certificate"].with_user(self.user_hr)
        vals = {"name": "HR-1", "employee_id": self.employee_nocert.id}
        with self.assertRaises(ValidationError) as error:
            Certificate.create(vals)
        self.assertIn("0.0 hours of pre-service training", str(error.exception))
        self.assertIn("40.0 of the 40.0 required hours are missing", str(error.exception))
        self._record(self.employee_nocert, self.course_preservice, hours=39.5)
        with self.assertRaises(ValidationError) as error:
            Certificate.create(vals)
        self.assertIn("0.5 of the 40.0 required hours are missing", str(error.exception))
        self.Record.search([("employee_id", "=", self.employee_nocert.id)]).hours = 40
        certificate = Certificate.create(vals)
        self.assertTrue(self.employee_nocert.edu_certificate_valid)
        # nor moved onto an inspector without the hours
        other = self._create_inspector("Untrained", certified=False)
        with self.assertRaises(ValidationError) as error:
            certificate.employee_id = other
        self.assertIn("Untrained", str(error.exception))
        self.assertEqual(certificate.employee_id, self.employee_nocert)

    def test_gate_counts_the_hours_passed_by_the_year_of_issue(self):
        self._record(self.employee_nocert, self.course_preservice)  # 2024
        Certificate = self.env["edu.inspector.certificate"].with_user(self.user_hr)
        with self.assertRaises(ValidationError) as error:
            Certificate.create(
                {
                    "name": "HR-2023",
                    "employee_id": self.employee_nocert.id,
                    "issue_date": date(2023, 6, 1),
                }
            )
        self.assertIn("by 2023", str(error.exception))
        certificate = Certificate.create(
            {"name": "HR-2024", "employee_id": self.employee_nocert.id, "issue_date": "2024-06-01"}
        )
        with self.assertRaises(ValidationError):
            certificate.issue_date = date(2023, 6, 1)

    def test_certificate_from_the_employee_form_is_gated(self):
        employee = self.employee_nocert.with_user(self.user_hr)
        with self.assertRaises(ValidationError):
            employee.write({"edu_certificate_ids": [Command.create({"name": "HR-FORM"})]})
        self.assertFalse(self.employee_nocert.edu_certificate_ids)

    def test_gate_message_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        Certificate = (
            self.env["edu.inspector.certificate"].with_user(self.user_hr).with_context(lang="zh_CN")
        )
        with self.assertRaises(ValidationError) as error:
            Certificate.create({"name": "HR-ZH", "employee_id": self.employee_nocert.id})
        message = str(error.exception)
        self.assertIn("岗前培训", message)
        self.assertIn("40.0", message)
        self.assertIn("Inspector Without Certificate", message)

    def test_only_hr_issues_certificates(self):
        self._record(self.employee_nocert, self.course_preservice)
        with self.assertRaises(AccessError):
            self.employee_nocert.with_user(self.user_office).action_edu_issue_certificate()
        self.employee_nocert.with_user(self.user_hr).action_edu_issue_certificate()
        self.assertTrue(self.employee_nocert.edu_certificate_valid)

    # ------------------------------------------------------------------
    # Transitions check who calls them
    # ------------------------------------------------------------------
    def test_only_manager_resets_a_course(self):
        self.course_city.with_user(self.user_office).action_cancel()
        with self.assertRaises(AccessError):
            self.course_city.with_user(self.user_office).action_reset_draft()
        self.assertEqual(self.course_city.state, "cancelled")
        self.course_city.with_user(self.user_manager).action_reset_draft()
        self.assertEqual(self.course_city.state, "draft")

    def test_inspector_cannot_run_courses_or_read_others_training(self):
        with self.assertRaises(AccessError):
            self.course_city.with_user(self.user_inspector).action_open()
        with self.assertRaises(AccessError):
            self.employee_insp.with_user(self.user_inspector).action_edu_view_training_records()

    # ------------------------------------------------------------------
    # District walls
    # ------------------------------------------------------------------
    def test_district_office_runs_the_courses_of_its_region(self):
        course_a = self._create_course("A", "online", "district", 4, "2025-09-01", "2025-09-01")
        course_a.region_id = self.region_a
        course_b = self._create_course("B", "online", "district", 4, "2025-09-02", "2025-09-02")
        course_b.region_id = self.region_b
        district = self.user_district_office
        course_a.with_user(district).action_open()
        self.assertEqual(course_a.state, "open")
        for course in (course_b, self.course_city):
            with self.subTest(course=course.name), self.assertRaises(AccessError):
                course.with_user(district).action_open()
            # every supervision user still reads the courses
            course.with_user(district).read(["name"])
        self.course_city.with_user(self.user_office).action_open()

    def test_records_without_region_are_city_only(self):
        nowhere = self._create_inspector("Inspector Of No District")
        nowhere.edu_region_id = False
        record = self._record(nowhere, self.course_national)
        self.assertNotIn(record, self.Record.with_user(self.user_district_office).search([]))
        with self.assertRaises(AccessError):
            record.with_user(self.user_district_office).read(["hours"])
        self.assertIn(record, self.Record.with_user(self.user_office).search([]))
        self.env.flush_all()
        Compliance = self.env["edu.training.compliance"]
        self.assertFalse(
            Compliance.with_user(self.user_district_office).search(
                [("employee_id", "=", nowhere.id)]
            )
        )

    def test_import_of_another_user_is_hidden(self):
        Wizard = self.env["edu.training.import.wizard"]
        wizard = Wizard.with_user(self.user_hr).create({"year": 2025})
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_office).read(["year"])
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_office).action_check()
