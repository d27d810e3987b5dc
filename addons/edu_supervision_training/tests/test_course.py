from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestCourse(EduTrainingCase):
    def test_state_transitions(self):
        course = self.course_city
        self.assertEqual(course.state, "draft")
        with self.assertRaises(UserError):
            course.action_done()
        course.action_open()
        self.assertEqual(course.state, "open")
        with self.assertRaises(UserError):
            course.action_open()
        course.action_done()
        self.assertEqual(course.state, "done")
        with self.assertRaises(UserError):
            course.action_cancel()
        course.action_reset_draft()
        self.assertEqual(course.state, "draft")
        course.action_cancel()
        self.assertEqual(course.state, "cancelled")

    def test_done_course_editable_by_manager_only(self):
        course = self.course_city
        record = self._record(self.employee_insp, course)
        course.action_open()
        course.action_done()
        office_course = course.with_user(self.user_office)
        self.assertTrue(office_course.locked)
        self.assertFalse(course.with_user(self.user_manager).locked)
        with self.assertRaisesRegex(UserError, "only a supervision manager"):
            office_course.hours = 20
        with self.assertRaises(UserError):
            record.with_user(self.user_office).hours = 10
        with self.assertRaises(UserError):
            self.Record.with_user(self.user_office).create(
                {"employee_id": self.employee_insp2.id, "course_id": course.id, "hours": 16}
            )
        with self.assertRaises(UserError):
            record.with_user(self.user_office).unlink()
        with self.assertRaises(UserError):
            office_course.action_reset_draft()
        # the manager can still correct it
        course.with_user(self.user_manager).hours = 20
        record.with_user(self.user_manager).hours = 18
        self.assertEqual(course.hours, 20)
        self.assertEqual(record.hours, 18)
        # an open course is editable by the office
        self.course_national.action_open()
        self.course_national.with_user(self.user_office).location = "Beijing"
        self.assertEqual(self.course_national.location, "Beijing")

    def test_hours_not_above_course_hours(self):
        with self.assertRaises(ValidationError) as error:
            self._record(self.employee_insp, self.course_city, hours=16.5)
        self.assertIn("only 16", str(error.exception))
        record = self._record(self.employee_insp, self.course_city, hours=16)
        with self.assertRaises(ValidationError):
            self.course_city.hours = 12
        self.assertEqual(record.hours, 16)

    def test_capacity(self):
        self.course_city.capacity = 1
        self._record(self.employee_insp, self.course_city)
        with self.assertRaisesRegex(ValidationError, "full"):
            self._record(self.employee_insp2, self.course_city)

    def test_external_course_required_without_course(self):
        with self.assertRaises(ValidationError):
            self.Record.create(
                {"employee_id": self.employee_insp.id, "hours": 3, "date": "2025-01-01"}
            )

    @mute_logger("odoo.sql_db")
    def test_one_line_per_inspector_and_course(self):
        self._record(self.employee_insp, self.course_city)
        with self.assertRaises(Exception):  # noqa: B017 - IntegrityError of the SQL constraint
            with self.env.cr.savepoint():
                self._record(self.employee_insp, self.course_city)

    def test_record_defaults_from_course(self):
        record = self._record(self.employee_insp, self.course_district)
        self.assertEqual(record.kind, "inservice")
        self.assertEqual(record.mode, "centralized")
        self.assertEqual(record.organizer_level, "district")
        self.assertEqual(str(record.date), "2025-06-05")
        self.assertEqual(record.year, 2025)
        self.assertEqual(record.course_name, "District training")
        self.assertEqual(self.course_district.attendee_count, 1)
        self.assertEqual(self.course_district.passed_count, 1)

    def test_unlink(self):
        self._record(self.employee_insp, self.course_city)
        with self.assertRaises(UserError):
            self.course_city.unlink()
        self.course_school.unlink()
        self.assertFalse(self.course_school.exists())
