from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import (
    TWO_ZONES_LA_DAY,
    TWO_ZONES_MOMENT,
    TWO_ZONES_OFFICE_DAY,
)

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
        # 2026-06-12 16:30 UTC is already 2026-06-13 in the office's timezone (UTC+8).
        with freeze_time("2026-06-12 16:30:00"):
            self.target_a1.invalidate_recordset(["feedback_overdue"])
            self.assertTrue(self.target_a1.feedback_overdue)
            overdue = Target.search([("feedback_overdue", "=", True)])
            self.assertEqual(overdue & self.inspection.target_ids, self.inspection.target_ids)
            self.target_a1.action_send_feedback()
            self.assertEqual(self.target_a1.feedback_date, date(2026, 6, 13), "the office's day")
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

    def test_deadlines_are_the_same_for_users_in_two_timezones(self):
        """At 23:30 in Los Angeles it is already the next day for the office: the feedback
        and the problem due on the Los Angeles day are overdue for both users."""
        self._to_reporting(self.inspection)  # feedback due 2026-06-12
        problem = self._create_problem(self.target_a1, deadline=TWO_ZONES_LA_DAY)
        targets = self.inspection.target_ids
        Target = self.env["edu.inspection.target"]
        Problem = self.env["edu.problem"]
        seen = []
        with freeze_time(TWO_ZONES_MOMENT):
            for user in self._create_users_in_two_zones(
                "t_tz", ["edu_supervision.group_edu_office"]
            ):
                targets.invalidate_recordset(["feedback_overdue"])
                problem.invalidate_recordset(["is_overdue"])
                mine = self._as_user(targets, user)
                seen.append(
                    (
                        mine.mapped("feedback_due_date"),
                        mine.mapped("feedback_overdue"),
                        self._as_user(Target, user).search([("feedback_overdue", "=", True)])
                        & targets,
                        self._as_user(problem, user).is_overdue,
                        self._as_user(Problem, user).search([("is_overdue", "=", True)]) & problem,
                        self._as_user(self.env.company, user)._edu_today(),
                    )
                )
        self.assertEqual(
            seen[0],
            (
                [TWO_ZONES_LA_DAY] * 2,
                [True, True],
                targets,
                True,
                problem,
                TWO_ZONES_OFFICE_DAY,
            ),
        )
        self.assertEqual(seen[1], seen[0], "the same for the user in the office's timezone")

    def test_problem_overdue_in_office_time(self):
        problem = self._create_problem(self.target_a1, deadline=date(2026, 6, 12))
        Problem = self.env["edu.problem"]
        with freeze_time("2026-06-12 15:59:00"):  # 23:59 for the office (UTC+8)
            problem.invalidate_recordset(["is_overdue"])
            self.assertFalse(problem.is_overdue)
            self.assertNotIn(problem, Problem.search([("is_overdue", "=", True)]))
        with freeze_time("2026-06-12 16:01:00"):  # 00:01 next day for the office
            problem.invalidate_recordset(["is_overdue"])
            self.assertTrue(problem.is_overdue)
            self.assertIn(problem, Problem.search([("is_overdue", "=", True)]))
            problem.state = "closed"
            self.assertFalse(problem.is_overdue)
            self.assertNotIn(problem, Problem.search([("is_overdue", "=", True)]))
            self.assertIn(problem, Problem.search([("is_overdue", "!=", True)]))
