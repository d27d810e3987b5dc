from freezegun import freeze_time

from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestReminder(EduTrainingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_boss = cls._create_user("t_boss", ["edu_supervision.group_edu_office"])
        cls.user_coach = cls._create_user("t_coach", ["edu_supervision.group_edu_office"])
        cls.boss = cls.env["hr.employee"].create({"name": "Boss", "user_id": cls.user_boss.id})
        cls.coach = cls.env["hr.employee"].create({"name": "Coach", "user_id": cls.user_coach.id})
        cls.employee_insp.parent_id = cls.boss
        cls.employee_insp2.write({"parent_id": False, "coach_id": cls.coach.id})
        cls.activity_type = cls.env.ref(
            "edu_supervision_training.mail_activity_type_training_reminder"
        )
        # employee_insp2 is compliant in 2025
        for course in (cls.course_national, cls.course_city, cls.course_online):
            cls._record(cls.employee_insp2, course)
        cls._record(cls.employee_insp2, cls.course_online2, hours=20)
        # employee_insp misses 40 - 24 = 16 centralized and 50 - 30 = 20 online hours
        cls._record(cls.employee_insp, cls.course_national)
        cls._record(cls.employee_insp, cls.course_online)

    def _activities(self, employees=None):
        employees = employees or (self.employee_insp | self.employee_insp2)
        return (
            self.env["mail.activity"]
            .with_context(active_test=False)
            .search(
                [
                    ("res_model", "=", "hr.employee"),
                    ("res_id", "in", employees.ids),
                    ("activity_type_id", "=", self.activity_type.id),
                ]
            )
        )

    def _run_cron(self):
        # the scheduled action counts the days in the office's timezone, whatever the
        # timezone of the context (here still 30 September at 2025-10-01 02:00 UTC)
        self.env["hr.employee"].with_context(
            tz="America/Los_Angeles"
        )._cron_edu_training_reminders()

    def test_no_reminder_before_the_month(self):
        with freeze_time("2025-09-30 12:00:00"):
            self._run_cron()
        self.assertFalse(self._activities())

    def test_reminders_for_inspector_and_manager(self):
        with freeze_time("2025-10-01 02:00:00"):
            self._run_cron()
        activities = self._activities()
        self.assertEqual(activities.mapped("res_id"), [self.employee_insp.id] * 2)
        self.assertEqual(activities.user_id, self.user_inspector | self.user_boss)
        activity = activities[0]
        self.assertEqual(str(activity.date_deadline), "2025-12-31")
        self.assertIn("36.0", activity.summary)
        self.assertIn("16.0", str(activity.note))
        self.assertIn("20.0", str(activity.note))
        # running again creates nothing, even when the reminders were done meanwhile
        activities.filtered(lambda a: a.user_id == self.user_inspector).action_done()
        with freeze_time("2025-10-02 02:00:00"):
            self._run_cron()
        self.assertEqual(len(self._activities()), 2)

    def test_coach_when_no_manager(self):
        self.Record.search([("employee_id", "=", self.employee_insp2.id)]).filtered(
            lambda r: r.course_id == self.course_online2
        ).hours = 19.5
        with freeze_time("2025-11-15 02:00:00"):
            self._run_cron()
        activities = self._activities(self.employee_insp2)
        self.assertEqual(activities.user_id, self.user_inspector2 | self.user_coach)
        self.assertIn("0.5", activities[0].summary)

    def test_configurable_month(self):
        self.company.edu_training_reminder_month = 12
        with freeze_time("2025-11-30 02:00:00"):
            self._run_cron()
        self.assertFalse(self._activities())
        with freeze_time("2025-12-01 02:00:00"):
            self._run_cron()
        self.assertEqual(len(self._activities()), 2)

    def test_timezone(self):
        # 2025-09-30 17:00 UTC is already October 1st in Wuhai
        with freeze_time("2025-09-30 17:00:00"):
            self._run_cron()
        self.assertEqual(len(self._activities()), 2)
