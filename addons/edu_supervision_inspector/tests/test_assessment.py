from unittest.mock import patch

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestAssessment(EduInspectorCase):
    def _assessment(self, employee=None, year=2025, **vals):
        return self.env["edu.inspector.assessment"].create(
            {"employee_id": (employee or self.employee_insp).id, "year": year, **vals}
        )

    @freeze_time("2026-03-01")
    def test_default_year_is_last_year(self):
        assessment = self.env["edu.inspector.assessment"].create(
            {"employee_id": self.employee_insp.id}
        )
        self.assertEqual(assessment.year, 2025)

    def test_grade_and_outcome_from_score(self):
        assessment = self._assessment()
        expected = [
            (95, "excellent", "commendation"),
            (90, "excellent", "commendation"),
            (89.9, "pass", "none"),
            (75, "pass", "none"),
            (74, "basic_pass", "warning"),
            (60, "basic_pass", "warning"),
            (59, "fail", "exit_proposal"),
        ]
        for score, grade, outcome in expected:
            assessment.score = score
            self.assertEqual((assessment.grade, assessment.outcome), (grade, outcome), score)
        assessment.grade = "excellent"  # the reviewer may override
        self.assertEqual(assessment.outcome, "commendation")

    def test_score_range(self):
        with self.assertRaises(ValidationError):
            self._assessment(score=101)
        with self.assertRaises(ValidationError):
            self._assessment(year=1990)

    def test_one_per_inspector_and_year(self):
        self._assessment()
        with self.assertRaises(ValidationError):
            self._assessment()
        self._assessment(year=2024)
        self._assessment(employee=self.employee_insp2)

    def test_workflow(self):
        assessment = self._assessment()
        with self.assertRaises(UserError):
            assessment.action_submit()  # no grade yet
        assessment.score = 88
        with self.assertRaises(UserError):
            assessment.action_approve()  # not submitted
        assessment.action_submit()
        self.assertEqual(assessment.state, "submitted")
        with self.assertRaises(UserError):
            assessment.action_submit()
        assessment.with_user(self.user_hr).action_approve()
        self.assertEqual(assessment.state, "approved")
        self.assertEqual(assessment.reviewer_id, self.user_hr)
        self.assertTrue(assessment.approve_date)
        with self.assertRaises(UserError):
            assessment.score = 50
        with self.assertRaises(UserError):
            assessment.action_refresh_figures()
        assessment.with_user(self.user_hr).action_reset_draft()
        self.assertEqual(assessment.state, "draft")
        self.assertFalse(assessment.reviewer_id)
        with self.assertRaises(UserError):
            assessment.action_reset_draft()
        assessment.score = 50
        self.assertEqual(assessment.grade, "fail")

    def test_approve_requires_inspector_hr(self):
        assessment = self._assessment(score=80)
        assessment.action_submit()
        for user in (self.user_manager, self.user_office, self.user_inspector):
            with self.assertRaises(AccessError):
                assessment.with_user(user).action_approve()
        self.assertEqual(assessment.state, "submitted")
        with self.assertRaises(AccessError):
            assessment.with_user(self.user_manager).action_reset_draft()

    def test_refresh_figures_calls_the_figures_hook(self):
        assessment = self._assessment()
        Assessment = type(self.env["edu.inspector.assessment"])
        with patch.object(Assessment, "_edu_compute_figures", autospec=True) as figures:
            assessment.action_refresh_figures()
        figures.assert_called_once()
