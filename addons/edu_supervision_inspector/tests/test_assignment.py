from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestAssignment(EduInspectorCase):
    @freeze_time("2026-05-01")
    def test_assign_sets_responsible(self):
        assignment = self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        self.assertTrue(assignment.is_current)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp)
        self.assertEqual(assignment.phone, "13900000001")
        self.assertEqual(assignment.region_id, self.region_a)
        self.assertEqual(self.employee_insp.edu_current_school_count, 1)
        self.assertFalse(self.school_a2.responsible_employee_id)

    @freeze_time("2026-05-01")
    def test_second_current_inspector_refused(self):
        self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        Assignment = self.env["edu.school.assignment"]
        count = Assignment.search_count([])
        with self.assertRaises(ValidationError) as error:
            self._assign(self.school_a1, self.employee_insp2, date(2026, 3, 1))
        self.assertIn("School A1", str(error.exception))
        self.assertEqual(Assignment.search_count([]), count)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp)

    @freeze_time("2026-05-01")
    def test_second_current_inspector_message_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        with self.assertRaises(ValidationError) as error:
            self.env["edu.school.assignment"].with_context(lang="zh_CN").create(
                {
                    "school_id": self.school_a1.id,
                    "employee_id": self.employee_insp2.id,
                    "date_from": date(2026, 3, 1),
                }
            )
        self.assertIn("责任督学", str(error.exception))

    @freeze_time("2026-05-01")
    def test_overlap_with_past_period_refused_and_sequence_allowed(self):
        self._assign(
            self.school_a1, self.employee_insp, date(2024, 1, 1), date_to=date(2025, 12, 31)
        )
        with self.assertRaises(ValidationError):
            self._assign(self.school_a1, self.employee_insp2, date(2025, 6, 1))
        following = self._assign(self.school_a1, self.employee_insp2, date(2026, 1, 1))
        self.assertTrue(following.is_current)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)

    def test_inspector_without_certificate_refused(self):
        Assignment = self.env["edu.school.assignment"]
        count = Assignment.search_count([])
        with self.assertRaises(ValidationError) as error:
            self._assign(self.school_a1, self.employee_nocert)
        self.assertIn("Inspector Without Certificate", str(error.exception))
        self.assertEqual(Assignment.search_count([]), count)
        assignment = self._assign(self.school_a1, self.employee_insp)
        with self.assertRaises(ValidationError):
            assignment.employee_id = self.employee_nocert

    def test_no_certificate_message_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        with self.assertRaises(ValidationError) as error:
            self.env["edu.school.assignment"].with_context(lang="zh_CN").create(
                {"school_id": self.school_a1.id, "employee_id": self.employee_nocert.id}
            )
        self.assertIn("督学证", str(error.exception))

    def test_dates_order(self):
        with self.assertRaises(ValidationError):
            self._assign(
                self.school_a1, self.employee_insp, date(2026, 1, 1), date_to=date(2025, 1, 1)
            )

    @freeze_time("2026-05-01")
    def test_reassign_closes_previous(self):
        previous = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        new = self.env["edu.school.assignment"]._edu_reassign(
            self.school_a1, self.employee_insp2, date(2026, 5, 1)
        )
        self.assertEqual(previous.date_to, date(2026, 4, 30))
        self.assertFalse(previous.is_current)
        self.assertTrue(new.is_current)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)
        with self.assertRaises(UserError):
            self.env["edu.school.assignment"]._edu_reassign(
                self.school_a1, self.employee_insp2, date(2026, 5, 1)
            )

    @freeze_time("2026-05-01")
    def test_reassign_same_day_archives_previous(self):
        previous = self._assign(self.school_a1, self.employee_insp, date(2026, 5, 1))
        self.env["edu.school.assignment"]._edu_reassign(
            self.school_a1, self.employee_insp2, date(2026, 5, 1)
        )
        self.assertFalse(previous.active)
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)

    @freeze_time("2026-05-01")
    def test_reassign_wizard(self):
        self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        action = self.school_a1.action_edu_reassign()
        self.assertEqual(action["res_model"], "edu.school.reassign.wizard")
        with Form(
            self.env["edu.school.reassign.wizard"].with_context(**action["context"])
        ) as wizard:
            self.assertEqual(wizard.current_employee_id, self.employee_insp)
            wizard.employee_id = self.employee_insp2
        wizard.save().action_confirm()
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)
        with self.assertRaises(ValidationError):
            self.env["edu.school.reassign.wizard"].create(
                {"school_id": self.school_a1.id, "employee_id": self.employee_nocert.id}
            ).action_confirm()
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)

    def test_cron_updates_current(self):
        with freeze_time("2026-05-01"):
            ending = self._assign(
                self.school_a1, self.employee_insp, date(2026, 1, 1), date_to=date(2026, 5, 1)
            )
            starting = self._assign(self.school_b1, self.employee_insp2, date(2026, 5, 2))
            self.assertTrue(ending.is_current)
            self.assertFalse(starting.is_current)
            self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp)
            self.assertFalse(self.school_b1.responsible_employee_id)
        with freeze_time("2026-05-02"):
            self.env["edu.school.assignment"]._cron_update_current()
            self.assertFalse(ending.is_current)
            self.assertTrue(starting.is_current)
            self.assertFalse(self.school_a1.responsible_employee_id)
            self.assertEqual(self.school_b1.responsible_employee_id, self.employee_insp2)

    @freeze_time("2026-05-01")
    def test_end_action(self):
        assignment = self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        assignment.action_end()
        self.assertEqual(assignment.date_to, date(2026, 5, 1))
        with self.assertRaises(UserError):
            assignment.action_end()

    @freeze_time("2026-05-01")
    def test_archived_school_keeps_history(self):
        assignment = self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        assignment.active = False
        self.assertFalse(assignment.is_current)
        self.assertFalse(self.school_a1.responsible_employee_id)
        # the archived period no longer blocks a new assignment
        self._assign(self.school_a1, self.employee_insp2, date(2026, 2, 1))
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp2)

    @freeze_time("2026-05-01")
    def test_archiving_ends_assignments(self):
        school_assignment = self._assign(self.school_a1, self.employee_insp, date(2026, 1, 1))
        employee_assignment = self._assign(self.school_b1, self.employee_insp2, date(2026, 1, 1))
        self.school_a1.active = False
        self.assertEqual(school_assignment.date_to, date(2026, 5, 1))
        self.employee_insp2.active = False
        self.assertEqual(employee_assignment.date_to, date(2026, 5, 1))
        with freeze_time("2026-05-02"):
            self.env["edu.school.assignment"]._cron_update_current()
            self.assertFalse(self.school_b1.responsible_employee_id)
