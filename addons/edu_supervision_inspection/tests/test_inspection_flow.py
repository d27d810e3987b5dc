from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestInspectionFlow(EduInspectionCase):
    def test_interface(self):
        self.assertEqual(self.inspection.team_employee_ids, self.employee_insp)
        self.assertEqual(self.target_a1.partner_id, self.school_a1.partner_id)
        self.assertEqual(self.inspection._edu_onsite_days(), 3)
        problem = self._create_problem(self.target_a1)
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)
        self.assertEqual(problem.state, "open")
