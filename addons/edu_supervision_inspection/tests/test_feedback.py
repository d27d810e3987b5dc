from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestFeedback(EduInspectionCase):
    def _to_reporting(self, inspection):
        inspection.action_schedule()
        inspection.action_start()
        self.assertFalse(inspection.target_ids.mapped("feedback_due_date")[0])
        inspection.action_end_onsite()

    def test_due_date_comprehensive(self):
        self._to_reporting(self.inspection)
        # on-site end 2026-05-13 + 30 days
        self.assertEqual(
            set(self.inspection.target_ids.mapped("feedback_due_date")), {date(2026, 6, 12)}
        )

    def test_due_date_special_and_settings(self):
        self.company.edu_feedback_days_special = 10
        self.inspection.kind = "special"
        self._to_reporting(self.inspection)
        self.assertEqual(self.target_a1.feedback_due_date, date(2026, 5, 23))

    def test_overdue_flag_and_search(self):
        self._to_reporting(self.inspection)
        Target = self.env["edu.inspection.target"]
        with freeze_time("2026-06-12 10:00:00"):
            self.target_a1.invalidate_recordset(["feedback_overdue"])
            self.assertFalse(self.target_a1.feedback_overdue)
            self.assertFalse(
                Target.search([("feedback_overdue", "=", True)]) & self.inspection.target_ids
            )
        # 2026-06-12 16:30 UTC is already 2026-06-13 in Asia/Shanghai.
        with freeze_time("2026-06-12 16:30:00"):
            self.target_a1.invalidate_recordset(["feedback_overdue"])
            self.assertTrue(self.target_a1.feedback_overdue)
            overdue = Target.search([("feedback_overdue", "=", True)])
            self.assertEqual(overdue & self.inspection.target_ids, self.inspection.target_ids)
            self.target_a1.action_send_feedback()
            self.assertEqual(self.target_a1.feedback_date, date(2026, 6, 12))
            self.assertFalse(self.target_a1.feedback_overdue)
            overdue = Target.search([("feedback_overdue", "=", True)])
            self.assertNotIn(self.target_a1, overdue)
            self.assertIn(self.target_a2, overdue)
            self.assertIn(self.target_a1, Target.search([("feedback_overdue", "=", False)]))

    def test_feedback_before_end_refused(self):
        with self.assertRaises(UserError):
            self.target_a1.action_send_feedback()

    def test_cron_creates_activity_once(self):
        self._to_reporting(self.inspection)
        with freeze_time("2026-07-01"):
            reminded = self.env["edu.inspection"]._cron_feedback_overdue()
            self.assertIn(self.target_a1, reminded)
            activities = self.env["mail.activity"].search(
                [("res_model", "=", "edu.inspection"), ("res_id", "=", self.inspection.id)]
            )
            self.assertEqual(len(activities), 1)
            self.assertIn("School A2", activities.note)
            self.assertEqual(activities.user_id, self.user_inspector)
            self.env["edu.inspection"]._cron_feedback_overdue()
            self.assertEqual(
                self.env["mail.activity"].search_count(
                    [("res_model", "=", "edu.inspection"), ("res_id", "=", self.inspection.id)]
                ),
                1,
            )
