from odoo import Command
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase
from odoo.addons.edu_supervision_budget.tests.common import EduBudgetCase

from . import access_matrix


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduBudgetCase):
    """The bridge's cells of the authority matrix: the allowance transitions of a course.

    As in the budget addon's matrix, every internal role user also holds Odoo's
    accounting groups: they must not open the allowances of a course.
    """

    matrix = access_matrix
    matrix_module = "edu_supervision_budget_training"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        accounting = cls.env.ref("account.group_account_manager")
        for user in cls.matrix_users.values():
            if not user.share:
                user.groups_id = [Command.link(accounting.id)]
        cls.course = cls.env["edu.training.course"].create(
            {
                "name": "Matrix course",
                "region_id": cls.region_a.id,
                "date_start": cls._date(1, 5),
                "date_end": cls._date(1, 6),
                "hours": 16.0,
            }
        )
        # a part-time inspector of district A attends (district offices see the training
        # records of their district's inspectors)
        cls.env["edu.training.record"].create(
            {"course_id": cls.course.id, "employee_id": cls.employee_nocert.id, "hours": 16.0}
        )

    def _matrix_samples(self, model):
        return []

    def _matrix_transition_record(self, model, method, user):
        # edu.training.course
        return self.course, {"district"}
