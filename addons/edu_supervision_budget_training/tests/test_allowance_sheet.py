from odoo.exceptions import UserError
from odoo.tests import tagged

from odoo.addons.edu_supervision_budget.tests.common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestAllowanceSheet(EduBudgetCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.course = cls.env["edu.training.course"].create(
            {
                "name": "Centralized training",
                "region_id": cls.region_a.id,
                "date_start": cls._date(1, 5),
                "date_end": cls._date(1, 6),
                "hours": 16.0,
            }
        )

    def _attend(self, *employees):
        self.env["edu.training.record"].create(
            [
                {"course_id": self.course.id, "employee_id": employee.id, "hours": 16.0}
                for employee in employees
            ]
        )

    def _generate(self):
        action = self.course.with_user(self.user_office).action_create_allowance_sheet()
        return self.env["edu.allowance.sheet"].browse(action["res_id"])

    def test_generation_from_training(self):
        self._attend(self.employee_insp2, self.employee_insp)
        sheet = self._generate()
        self.assertEqual(sheet.source, "training")
        self.assertEqual(sheet.training_course_id, self.course)
        self.assertEqual(sheet.days, 2)
        self.assertEqual(sheet.line_ids.employee_id, self.employee_insp2)
        # 2 x 50 + 4 x 20 + 1 x 200 + 2 x 300
        self.assertEqual(sheet.amount_total, 980.0)
        self.assertEqual(self.course.allowance_sheet_count, 1)

    def test_generation_needs_part_time_attendees(self):
        self._attend(self.employee_insp)  # full-time
        with self.assertRaisesRegex(UserError, "part-time"):
            self._generate()

    def test_course_of_approved_sheet_locked(self):
        self._attend(self.employee_insp2)
        sheet = self._generate()
        sheet.with_user(self.user_finance).action_approve()
        other = self.course.copy({"name": "Other course"})
        with self.assertRaises(UserError):
            sheet.training_course_id = other
        self.assertEqual(sheet.training_course_id, self.course)
