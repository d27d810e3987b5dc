from datetime import date

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestBurden(EduInspectionCase):
    def _inspection(self, name, user=None, **vals):
        Inspection = self.env["edu.inspection"]
        if user:
            Inspection = Inspection.with_user(user)
        return Inspection.create(
            {
                "name": name,
                "function": "school",
                "kind": "special",
                "region_id": self.region_a.id,
                "date_start": date(2026, 10, 1),
                "date_end": date(2026, 10, 1),
                **vals,
            }
        )

    def test_cap_refused(self):
        self.company.edu_max_inspections_per_school = 2
        self._inspection("Second", target_ids=[(0, 0, {"school_id": self.school_a1.id})])
        with self.assertRaisesRegex(ValidationError, "School A1"):
            self._inspection(
                "Third",
                user=self.user_office,
                target_ids=[(0, 0, {"school_id": self.school_a1.id})],
            )
        third = self._inspection("Third")
        with self.assertRaises(ValidationError):
            third.target_ids = [(0, 0, {"school_id": self.school_a1.id})]
        # Another year is another count.
        self._inspection(
            "Next year",
            date_start=date(2027, 1, 5),
            date_end=date(2027, 1, 5),
            target_ids=[(0, 0, {"school_id": self.school_a1.id})],
        )

    def test_cancelled_inspections_do_not_count(self):
        self.company.edu_max_inspections_per_school = 1
        self.inspection.action_cancel()
        self._inspection("Replacement", target_ids=[(0, 0, {"school_id": self.school_a1.id})])
        with self.assertRaises(ValidationError):
            self.inspection.action_reset_draft()

    def test_manager_justification(self):
        self.company.edu_max_inspections_per_school = 1
        third = self._inspection("Justified")
        with self.assertRaises(AccessError):
            third.with_user(self.user_office).burden_justification = "Urgent complaint"
        third.with_user(self.user_manager).burden_justification = "Urgent complaint"
        self.assertEqual(third.burden_justified_by_id, self.user_manager)
        third.with_user(self.user_office).target_ids = [(0, 0, {"school_id": self.school_a1.id})]
        self.assertEqual(third.target_count, 1)
        with self.assertRaises(AccessError):
            self._inspection(
                "Office justified", user=self.user_office, burden_justification="Because"
            )

    def test_draw_respects_cap(self):
        self.company.edu_max_inspections_per_school = 1
        draw = self.env["edu.random.draw"].create(
            {
                "draw_inspectors": False,
                "target_region_ids": [(6, 0, self.region_a.ids)],
                "target_count": 0,
                "recent_months": 0,
                "date_start": date(2026, 8, 1),
            }
        )
        draw.action_draw()
        reasons = {line.school_id: line.reason for line in draw.exclusion_ids}
        self.assertEqual(reasons[self.school_a1], "burden")
        self.assertEqual(reasons[self.school_a2], "burden")
