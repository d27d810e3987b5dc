from datetime import date

from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestAssessment(EduVisitCase):
    def test_visit_count_feeds_assessment(self):
        self._create_visit(self.school_a1, day=date(2025, 3, 1), state="submitted")
        self._create_visit(self.school_a1, day=date(2025, 12, 31), state="acknowledged")
        self._create_visit(self.school_a2, day=date(2025, 6, 1))  # draft: not counted
        self._create_visit(self.school_a2, day=date(2026, 1, 1), state="submitted")  # next year
        self._create_visit(
            self.school_b1, self.employee_insp2, day=date(2025, 5, 5), state="submitted"
        )
        self.env["edu.complaint"].create(
            {
                "summary": "Complaint",
                "school_id": self.school_a1.id,
                "employee_id": self.employee_insp.id,
                "state": "replied",
                "reply_date": date(2025, 4, 1),
            }
        )
        Assessment = self.env["edu.inspector.assessment"]
        assessments = Assessment.create(
            [
                {"employee_id": self.employee_insp.id, "year": 2025},
                {"employee_id": self.employee_insp.id, "year": 2026},
                {"employee_id": self.employee_insp2.id, "year": 2025},
            ]
        )
        # inspector HR refreshes the figures without reading the visits themselves
        assessments.with_user(self.user_hr).action_refresh_figures()
        self.assertEqual(assessments.mapped("visit_count"), [2, 1, 1])
        self.assertEqual(assessments.mapped("complaints_handled"), [1, 0, 0])
