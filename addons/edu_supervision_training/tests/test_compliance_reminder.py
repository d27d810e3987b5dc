from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestComplianceReminder(EduTrainingCase):
    """The compliance report colours only the inspectors behind schedule and sends the
    reminders of the selected rows."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.activity_type = cls.env.ref(
            "edu_supervision_training.mail_activity_type_training_reminder"
        )
        # on track at the end of June (24 of 40 centralized, 30 of 50 online hours)
        cls._record(cls.employee_insp, cls.course_national)
        cls._record(cls.employee_insp, cls.course_online)
        # behind: 16 of 40 centralized hours, no online hours
        cls._record(cls.employee_insp2, cls.course_city)

    def _rows(self):
        return self._compliance(self.employee_insp, 2025) | self._compliance(
            self.employee_insp2, 2025
        )

    def _activities(self):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "hr.employee"),
                ("res_id", "in", (self.employee_insp | self.employee_insp2).ids),
                ("activity_type_id", "=", self.activity_type.id),
            ]
        )

    @freeze_time("2025-06-30 04:00:00")
    def test_red_only_when_behind_for_the_period(self):
        on_track, behind = self._rows()
        self.assertFalse(on_track.compliant)
        self.assertFalse(on_track.is_behind, "not compliant yet, but on track mid-year")
        self.assertTrue(behind.is_behind)
        Compliance = self.env["edu.training.compliance"]
        domain = [("id", "in", (on_track | behind).ids)]
        self.assertEqual(Compliance.search(domain + [("is_behind", "=", True)]), behind)
        self.assertEqual(Compliance.search(domain + [("is_behind", "=", False)]), on_track)

    @freeze_time("2026-01-05 04:00:00")
    def test_past_year_not_compliant_is_behind(self):
        on_track, behind = self._rows()
        self.assertTrue(on_track.is_behind)
        self.assertTrue(behind.is_behind)

    @freeze_time("2025-06-30 04:00:00")
    def test_send_reminder_from_the_report(self):
        rows = self._rows()
        for user in (self.user_inspector, self.user_office):
            with self.assertRaises(AccessError):
                rows.with_user(user).action_send_reminder()
        action = rows.with_user(self.user_hr).action_send_reminder()
        self.assertEqual(action["tag"], "display_notification")
        activities = self._activities()
        self.assertEqual(activities.user_id, self.user_inspector | self.user_inspector2)
        # an open reminder is not repeated; a done one is
        rows.with_user(self.user_hr).action_send_reminder()
        self.assertEqual(len(self._activities()), 2)
        activities.filtered(lambda a: a.user_id == self.user_inspector2).action_done()
        rows.with_user(self.user_hr).action_send_reminder()
        self.assertEqual(len(self._activities()), 2, "a new reminder for the done one")

    @freeze_time("2025-12-20 04:00:00")
    def test_nothing_to_remind(self):
        for course in (self.course_city, self.course_online2):
            self._record(self.employee_insp, course)
        row = self._compliance(self.employee_insp, 2025)
        self.assertTrue(row.compliant)
        with self.assertRaisesRegex(UserError, "No reminder to send"):
            row.with_user(self.user_hr).action_send_reminder()
