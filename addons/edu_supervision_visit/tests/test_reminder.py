from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestReminder(EduVisitCase):
    def _reminders(self, user):
        return self.env["mail.activity"].search(
            [
                ("activity_type_id", "=", self.activity_type.id),
                ("res_model", "=", "edu.school"),
                ("user_id", "=", user.id),
            ]
        )

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the note is written in the inspector's language
        (cls.user_inspector | cls.user_inspector2).write({"lang": "en_US"})
        cls.activity_type = cls.env.ref("edu_supervision_visit.mail_activity_type_edu_visit_behind")
        # a2 is on target for autumn 2026; a1 has one visit, b1 none
        cls._create_visit(cls.school_a1, day=date(2026, 9, 1), state="submitted")
        cls._create_visit(cls.school_a2, day=date(2026, 9, 2), state="submitted")
        cls._create_visit(cls.school_a2, day=date(2026, 10, 2), state="acknowledged")

    @freeze_time("2026-11-01 02:00:00")
    def test_one_reminder_per_inspector_without_duplicates(self):
        School = self.env["edu.school"]
        School._cron_edu_visit_remind_behind()
        reminder = self._reminders(self.user_inspector)
        self.assertEqual(len(reminder), 1)
        self.assertIn("School A1", reminder.note)
        self.assertNotIn("School A2", reminder.note)
        self.assertIn("1 of 2", reminder.note)
        self.assertEqual(reminder.date_deadline, date(2026, 11, 30))
        self.assertEqual(len(self._reminders(self.user_inspector2)), 1)
        self.assertIn("School B1", self._reminders(self.user_inspector2).note)
        # next month: the same reminder is updated, not duplicated
        with freeze_time("2026-12-01 02:00:00"):
            School._cron_edu_visit_remind_behind()
        self.assertEqual(self._reminders(self.user_inspector), reminder)
        self.assertEqual(reminder.date_deadline, date(2026, 12, 31))

    @freeze_time("2026-11-01 02:00:00")
    def test_reminder_removed_when_back_on_target(self):
        School = self.env["edu.school"]
        School._cron_edu_visit_remind_behind()
        self.assertTrue(self._reminders(self.user_inspector))
        self._create_visit(self.school_a1, day=date(2026, 10, 20), state="submitted")
        self.env["edu.school"].invalidate_model()
        School._cron_edu_visit_remind_behind()
        self.assertFalse(self._reminders(self.user_inspector))
        self.assertTrue(self._reminders(self.user_inspector2))

    @freeze_time("2026-11-01 02:00:00")
    def test_scheduled_action(self):
        cron = self.env.ref("edu_supervision_visit.ir_cron_edu_visit_remind_behind")
        self.assertEqual(cron.interval_type, "months")
        cron.method_direct_trigger()
        self.assertEqual(len(self._reminders(self.user_inspector)), 1)
