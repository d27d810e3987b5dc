from datetime import date

from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestWorkload(EduInspectionCase):
    def test_inspection_days_feed_assessment(self):
        self.inspection.member_ids = self.employee_insp2
        self.env["edu.inspection"].create(
            {
                "name": "Second",
                "function": "school",
                "kind": "special",
                "region_id": self.region_b.id,
                "leader_id": self.employee_insp.id,
                "date_start": date(2026, 9, 1),
                "date_end": date(2026, 9, 2),
                "state": "closed",
            }
        )
        self.env["edu.inspection"].create(
            {
                "name": "Cancelled",
                "function": "school",
                "region_id": self.region_b.id,
                "leader_id": self.employee_insp.id,
                "date_start": date(2026, 10, 1),
                "date_end": date(2026, 10, 9),
                "state": "cancelled",
            }
        )
        self.inspection.action_schedule()
        self.inspection.action_start()
        Assessment = self.env["edu.inspector.assessment"]
        assessments = Assessment.create(
            [
                {"employee_id": self.employee_insp.id, "year": 2026},
                {"employee_id": self.employee_insp2.id, "year": 2026},
                {"employee_id": self.employee_insp.id, "year": 2025},
            ]
        )
        assessments._edu_compute_figures()
        self.assertEqual(assessments[0].inspection_days, 5)  # 3 + 2
        self.assertEqual(assessments[0].inspection_count, 2)
        self.assertEqual(assessments[1].inspection_days, 3)
        self.assertEqual(assessments[1].inspection_count, 1)
        self.assertEqual(assessments[2].inspection_days, 0)

    def test_inspection_count_on_inspector(self):
        self.inspection.member_ids = self.employee_insp2
        self.assertEqual(self.employee_insp.edu_inspection_count, 1)
        self.assertEqual(self.employee_insp2.edu_inspection_count, 1)
        action = self.employee_insp2.action_edu_view_inspections()
        self.assertEqual(self.env["edu.inspection"].search(action["domain"]), self.inspection)
        self.inspection.action_cancel()
        self.employee_insp.invalidate_recordset(["edu_inspection_count"])
        self.assertEqual(self.employee_insp.edu_inspection_count, 0)
