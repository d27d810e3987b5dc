from odoo.tests import tagged

from odoo.addons.edu_supervision.tools import as_transition

from . import access_matrix
from .access_matrix_case import AccessMatrixCase
from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduSupervisionCase):
    """The core's cells of the authority matrix, every role both ways."""

    matrix = access_matrix
    matrix_module = "edu_supervision"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.committee = cls.env["edu.committee"].create(
            {"name": "Matrix committee", "region_id": cls.region_city.id}
        )
        cls.committee_member = cls.env["edu.committee.member"].create(
            {
                "committee_id": cls.committee.id,
                "partner_id": cls.school_b1.partner_id.id,
                "role": "member",
                "duties": "Duty",
            }
        )
        # created by the job machinery (as a transition), then seen without its marker
        Job = as_transition(cls.env["edu.job"])
        cls.job_office = Job.create({"name": "Export", "user_id": cls.user_office.id}).with_env(
            cls.env
        )
        cls.job_inspector = Job.create(
            {"name": "Import", "user_id": cls.user_inspector.id}
        ).with_env(cls.env)

    def _matrix_samples(self, model):
        if model == "edu.region":
            return [(self.region_a, {"district"}), (self.region_b, set())]
        if model == "edu.school":
            return [(self.school_a1, {"district"}), (self.school_b1, set())]
        if model == "edu.committee":
            return [(self.committee, set())]
        if model == "edu.job":
            return [(self.job_office, {"own:office"}), (self.job_inspector, {"own:inspector"})]
        return [(self.committee_member, set())]

    def _matrix_create_vals(self, model, record):
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.region":
            vals["code"] = f"{record.code}-copy"
        elif model == "edu.school":
            vals.update(code=f"{record.code}-copy", partner_id=False)
        elif model == "edu.committee":
            vals["region_id"] = self.region_a.id
        elif model == "edu.committee.member":
            vals["partner_id"] = self.school_a1.partner_id.id
        return vals

    def _matrix_transition_record(self, model, method, user):
        return self.region_a, {"district"}
