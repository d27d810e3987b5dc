from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestAccess(EduTrainingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.record_a = cls._record(cls.employee_insp, cls.course_national)
        cls.record_b = cls._record(cls.employee_insp2, cls.course_national)

    def test_inspector_sees_only_own_records(self):
        Record = self.Record.with_user(self.user_inspector)
        self.assertEqual(Record.search([]), self.record_a)
        self.record_a.with_user(self.user_inspector).read(["hours", "course_name"])
        with self.assertRaises(AccessError):
            self.record_b.with_user(self.user_inspector).read(["hours"])
        Compliance = self.env["edu.training.compliance"].with_user(self.user_inspector)
        self.env.flush_all()
        rows = Compliance.search([("year", "=", 2025)])
        self.assertEqual(rows.employee_id, self.employee_insp)
        self.assertEqual(rows.centralized_hours, 24.0)

    def test_inspector_cannot_write(self):
        with self.assertRaises(AccessError):
            self.record_a.with_user(self.user_inspector).hours = 20
        with self.assertRaises(AccessError):
            self.Record.with_user(self.user_inspector).create(
                {"employee_id": self.employee_insp.id, "course_id": self.course_city.id, "hours": 8}
            )
        with self.assertRaises(AccessError):
            self.course_city.with_user(self.user_inspector).name = "Renamed"
        with self.assertRaises(AccessError):
            self.Course.with_user(self.user_inspector).create(
                {"name": "Mine", "hours": 4, "date_start": "2025-01-01", "date_end": "2025-01-01"}
            )
        # courses are readable by every supervision user
        self.assertTrue(self.course_city.with_user(self.user_inspector).name)

    def test_viewer_sees_no_personal_records(self):
        self.assertFalse(self.Record.with_user(self.user_viewer).search([]))
        self.env.flush_all()
        self.assertFalse(self.env["edu.training.compliance"].with_user(self.user_viewer).search([]))
        with self.assertRaises(AccessError):
            self.record_a.with_user(self.user_viewer).read(["hours"])

    def test_office_and_hr_manage(self):
        course = self.Course.with_user(self.user_office).create(
            {
                "name": "Office course",
                "hours": 4,
                "date_start": "2025-01-01",
                "date_end": "2025-01-01",
            }
        )
        record = self.Record.with_user(self.user_office).create(
            {"employee_id": self.employee_insp.id, "course_id": course.id, "hours": 4}
        )
        record.hours = 3
        self.assertEqual(
            self.Record.with_user(self.user_office).search(
                [("course_id", "=", self.course_national.id)]
            ),
            self.record_a | self.record_b,
        )
        hr_record = self.Record.with_user(self.user_hr).create(
            {"employee_id": self.employee_insp2.id, "course_id": course.id, "hours": 4}
        )
        hr_record.unlink()
        self.Course.with_user(self.user_hr).browse(self.course_school.id).unlink()

    def test_district_office_limited_to_its_region(self):
        Record = self.Record.with_user(self.user_district_office)
        self.assertEqual(
            Record.search([("course_id", "=", self.course_national.id)]), self.record_a
        )
        with self.assertRaises(AccessError):
            self.record_b.with_user(self.user_district_office).hours = 1
        with self.assertRaises(AccessError):
            Record.create(
                {
                    "employee_id": self.employee_insp2.id,
                    "course_id": self.course_city.id,
                    "hours": 1,
                }
            )
        self.env.flush_all()
        rows = (
            self.env["edu.training.compliance"]
            .with_user(self.user_district_office)
            .search([("year", "=", 2025)])
        )
        self.assertIn(self.employee_insp, rows.employee_id)
        self.assertNotIn(self.employee_insp2, rows.employee_id)

    def test_inspector_cannot_import(self):
        with self.assertRaises(AccessError):
            self.env["edu.training.import.wizard"].with_user(self.user_inspector).create(
                {"year": 2025}
            )
