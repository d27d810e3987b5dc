from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduInspectorCase

# transient models: the roles that may create one (a sample is created by each)
TRANSIENT_CREATORS = {
    "edu.staffing.report": ("office", "office_district", "manager", "hr"),
    "edu.school.reassign.wizard": ("hr",),
}


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduInspectorCase):
    """The inspector addon's cells of the authority matrix, every role both ways."""

    matrix = access_matrix
    matrix_module = "edu_supervision_inspector"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # an inspector of no district: his records are the city's
        cls.employee_city = cls._create_inspector("Matrix City Inspector", region=cls.region_city)
        cls.employee_city.edu_region_id = False
        cls.certificate_city = cls.employee_city.edu_certificate_ids
        cls._complete_preservice(cls.employee_insp | cls.employee_insp2 | cls.employee_city)
        # schools without responsible inspector, where assignments are created
        School = cls.env["edu.school"]
        cls.spare_school = {
            region: School.create(
                {
                    "name": f"Matrix spare {region.code}",
                    "code": f"MS-{region.code}",
                    "region_id": region.id,
                    "stage": "primary",
                }
            )
            for region in (cls.region_a, cls.region_b)
        }
        cls.assignment_a = cls._assign(cls.school_a1, cls.employee_insp)
        cls.assignment_b = cls._assign(cls.school_b1, cls.employee_insp2)
        Appointment = cls.env["edu.inspector.appointment"]
        cls.appointments = [
            (
                Appointment.create(
                    {
                        "employee_id": employee.id,
                        "kind": "appoint",
                        "inspector_type": "full_time",
                        "date": date(2024, 1, 1),
                    }
                ),
                tags,
            )
            for employee, tags in cls._matrix_employee_tags()
        ]
        Assessment = cls.env["edu.inspector.assessment"]
        cls.assessments = [
            (
                Assessment.create({"employee_id": employee.id, "year": 2025, "score": 80}),
                tags | {"state:draft"},
            )
            for employee, tags in cls._matrix_employee_tags()
        ]
        approved = Assessment.create(
            {"employee_id": cls.employee_insp.id, "year": 2024, "score": 92}
        )
        approved.write({"state": "approved"})
        cls.assessments.append((approved, {"district", "own:inspector", "state:approved"}))
        Zone = cls.env["edu.responsibility.zone"]
        cls.zone_a = Zone.create({"name": "Matrix zone A", "region_id": cls.region_a.id})
        cls.zone_b = Zone.create({"name": "Matrix zone B", "region_id": cls.region_b.id})

    @classmethod
    def _matrix_employee_tags(cls):
        return [
            (cls.employee_insp, {"district", "own:inspector"}),
            (cls.employee_insp2, set()),
            (cls.employee_city, set()),
        ]

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_transient_samples(self, model):
        samples = []
        for role in TRANSIENT_CREATORS[model]:
            samples.append(self._matrix_transient_as(self.matrix_users[role], model))
        return samples

    def _matrix_wizard_vals(self):
        return {
            "school_id": self.school_a2.id,
            "employee_id": self.employee_insp.id,
            "date": date(2025, 9, 1),
        }

    def _matrix_samples(self, model):
        if model == "hr.employee":
            return self._matrix_employee_tags()
        if model == "edu.inspector.certificate":
            return [
                (self.certificate_insp, {"district", "own:inspector"}),
                (self.certificate_insp2, set()),
                (self.certificate_city, set()),
            ]
        if model == "edu.inspector.appointment":
            return self.appointments
        if model == "edu.school.assignment":
            return [(self.assignment_a, {"district", "own:inspector"}), (self.assignment_b, set())]
        if model == "edu.inspector.assessment":
            return self.assessments
        if model == "edu.responsibility.zone":
            return [(self.zone_a, {"district"}), (self.zone_b, set())]
        return self._matrix_transient_samples(model)

    def _matrix_create_vals(self, model, record):
        if model == "hr.employee":
            return {
                "name": f"{record.name} (new)",
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time",
                "edu_region_id": record.edu_region_id.id,
            }
        if model == "edu.responsibility.zone":
            return {"name": f"{record.name} (new)", "region_id": record.region_id.id}
        if model == "edu.school.reassign.wizard":
            return self._matrix_wizard_vals()
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.inspector.certificate":
            vals["name"] = f"{record.name}-new"
        elif model == "edu.school.assignment":
            vals["school_id"] = self.spare_school[record.region_id].id
        elif model == "edu.inspector.assessment":
            vals.update(year=2030, state="draft")
        return vals

    def _matrix_write_vals(self, model, record):
        if model == "edu.school.reassign.wizard":
            return {"date": record.date}
        return super()._matrix_write_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if self.env[model]._transient:
            # a wizard of the same user
            return (
                self.env[model]
                .with_user(record.create_uid)
                .create(self._matrix_create_vals(model, record))
                .with_user(self.env.user)
            )
        return super()._matrix_unlink_record(model, record)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_new_inspector(self):
        """A certified inspector of the district."""
        count = self.env["hr.employee"].search_count([])
        return self._create_inspector(f"Matrix inspector {count}", region=self.region_a)

    def _matrix_transition_record(self, model, method, user):
        district = {"district"}
        if model == "hr.employee":
            return self.employee_insp, district
        if model == "edu.inspector.certificate":
            certificate = self._matrix_new_inspector().edu_certificate_ids
            certificate.state_reason = "Matrix reason"
            if method == "action_reinstate":
                certificate.write({"state": "suspended"})
            return certificate, district
        if model == "edu.inspector.appointment":
            appointment = self.env[model].create(
                {
                    "employee_id": self._matrix_new_inspector().id,
                    "kind": "appoint",
                    "inspector_type": "full_time",
                    "date": date(2024, 1, 1),
                }
            )
            if method == "action_draft":
                appointment.write({"state": "cancelled"})
            return appointment, district
        if model == "edu.school.assignment":
            school = self.env["edu.school"].create(
                {
                    "name": "Matrix assigned school",
                    "code": f"MAS-{self.env['edu.school'].search_count([])}",
                    "region_id": self.region_a.id,
                    "stage": "primary",
                }
            )
            return self._assign(school, self.employee_insp), district
        if model == "edu.inspector.assessment":
            assessment = self.env[model].create(
                {"employee_id": self._matrix_new_inspector().id, "year": 2025, "score": 80}
            )
            state = {
                "action_approve": "submitted",
                "action_reset_draft": "approved",
            }.get(method)
            if state:
                assessment.write({"state": state})
            return assessment, district
        if model == "edu.school":
            return self.school_a2, district
        if model == "edu.staffing.report":
            if method == "action_open_report":
                return self.env[model], set()
            return self._matrix_transient_as(user, model)
        return self._matrix_transient_as(user, model)

    def _matrix_transient_as(self, user, model):
        """A report line or wizard created by ``user`` when he may, else by the
        superuser (then nobody else may use it)."""
        try:
            if model == "edu.staffing.report":
                record = self.env[model].with_user(user)._edu_generate(self.region_city)[:1]
            else:
                record = self.env[model].with_user(user).create(self._matrix_wizard_vals())
        except AccessError:
            if model == "edu.staffing.report":
                return self.env[model]._edu_generate(self.region_city)[:1], set()
            return self.env[model].create(self._matrix_wizard_vals()), set()
        role = next(role for role, role_user in self.matrix_users.items() if role_user == user)
        return record.with_user(self.env.user), {f"own:{role}"}
