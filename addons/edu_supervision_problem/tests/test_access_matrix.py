from itertools import count

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduProblemCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduProblemCase):
    """The problem library's cells of the authority matrix, every role both ways.

    ``user_inspector`` (``employee_insp``) is the responsible inspector of the
    sample problem in the district office's region (district A)."""

    matrix = access_matrix
    matrix_module = "edu_supervision_problem"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if cls.env["ir.module.module"]._get("edu_supervision_rectification").state == "installed":
            # the close-out and reopening of problems are then rectification's transitions
            cls.matrix_superseded = frozenset(
                {("edu.problem", "action_close"), ("edu.problem", "action_reopen")}
            )
        cls.seq = count(1)
        cls.problem_own = cls._create_problem(
            cls.school_a1, name="In his charge", responsible_employee_id=cls.employee_insp.id
        )
        cls.problem_other = cls._create_problem(cls.school_b1, name="Elsewhere")

    def _matrix_samples(self, model):
        if model == "edu.problem":
            return [
                (self.problem_own, {"district", "own:inspector"}),
                (self.problem_other, set()),
            ]
        if model == "edu.problem.category":
            return [(self.category, set())]
        raise AssertionError(f"no samples for {model}")

    def _matrix_create_vals(self, model, record):
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.problem.category":
            vals["code"] = f"{record.code}-{next(self.seq)}"
        return vals

    def _matrix_write_vals(self, model, record):
        if model == "edu.problem":
            return {"description": "Matrix"}
        return super()._matrix_write_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        # every operation is rolled back: the sample itself shows what unlink does
        return record

    def _matrix_transition_record(self, model, method, user):
        problem = self._create_problem(
            self.school_a1, name="Matrix", responsible_employee_id=self.employee_insp.id
        )
        if method == "action_reopen":
            problem.write({"state": "closed"})
        return problem, {"district", "own:inspector"}
