import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduTrainingCase

WIZARD_CREATORS = ("office", "office_district", "manager", "hr")


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduTrainingCase):
    """The training addon's cells of the authority matrix, every role both ways."""

    matrix = access_matrix
    matrix_module = "edu_supervision_training"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee_city = cls._create_inspector("Matrix City Inspector", region=cls.region_city)
        cls.employee_city.edu_region_id = False
        # inspectors without records, where records are created
        cls.spare = {
            region: cls._create_inspector(f"Matrix spare {region.code}", region=region)
            for region in (cls.region_a, cls.region_b)
        }
        cls.spare[cls.env["edu.region"]] = cls._create_inspector("Matrix spare city")
        cls.spare[cls.env["edu.region"]].edu_region_id = False
        cls.course_a = cls._create_course(
            "Matrix district course", "centralized", "district", 8, "2025-05-06", "2025-05-06"
        )
        cls.course_a.region_id = cls.region_a
        cls.course_b = cls._create_course(
            "Matrix other district course", "centralized", "district", 8, "2025-05-07", "2025-05-07"
        )
        cls.course_b.region_id = cls.region_b
        cls.course_done = cls._create_course(
            "Matrix done course", "centralized", "district", 8, "2025-05-08", "2025-05-08"
        )
        cls.course_done.region_id = cls.region_a
        cls.records = [
            (cls._record(cls.employee_insp, cls.course_a), {"district", "own:inspector"}),
            (cls._record(cls.employee_insp2, cls.course_a), set()),
            (cls._record(cls.employee_city, cls.course_a), set()),
            (cls._record(cls.employee_insp, cls.course_done), {"district", "own:inspector"}),
        ]
        cls.course_done.write({"state": "done"})
        for index, (record, tags) in enumerate(cls.records):
            cls.records[index] = (record, tags | {f"state:{record.course_id.state}"})

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        if model == "edu.training.course":
            return [
                (self.course_a, {"district", "state:draft"}),
                (self.course_b, {"state:draft"}),
                (self.course_city, {"state:draft"}),
                (self.course_done, {"district", "state:done"}),
            ]
        if model == "edu.training.record":
            return self.records
        if model == "edu.training.compliance":
            return [
                (self._compliance(self.employee_insp, 2025), {"district", "own:inspector"}),
                (self._compliance(self.employee_insp2, 2025), set()),
                (self._compliance(self.employee_city, 2025), set()),
            ]
        return [self._matrix_wizard_as(self.matrix_users[role], model) for role in WIZARD_CREATORS]

    def _matrix_create_vals(self, model, record):
        if model == "edu.training.record":
            return {
                "employee_id": self.spare[record.region_id].id,
                "course_id": record.course_id.id,
                "hours": record.hours,
                "result": "passed",
            }
        if model == "edu.training.import.wizard":
            return {"year": 2025}
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.training.course":
            vals["name"] = f"{record.name} (new)"
        return vals

    def _matrix_write_vals(self, model, record):
        if model == "edu.training.import.wizard":
            return {"year": record.year}
        if model == "edu.training.import.line":
            return {"row": record.row}
        if model == "edu.training.record":
            return {"hours": record.hours}
        return super()._matrix_write_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model == "edu.training.compliance":
            return record  # a SQL view: nobody deletes its rows
        if self.env[model]._transient:
            return self._matrix_wizard_as(record.create_uid, model)[0]
        return super()._matrix_unlink_record(model, record)

    def _matrix_wizard_as(self, user, model="edu.training.import.wizard"):
        """An import wizard (or one of its rows) created by ``user`` when he may,
        else by the superuser; with a valid file of one row for the district's
        inspector."""
        content = f"Inspector,Date,Course,Hours\n{self.employee_insp.name},2025-03-15,Online,2\n"
        vals = {"year": 2025, "file": base64.b64encode(content.encode()), "filename": "h.csv"}
        tags = set()
        try:
            wizard = self.env["edu.training.import.wizard"].with_user(user).create(vals)
            role = next(role for role, role_user in self.matrix_users.items() if role_user == user)
            tags = {f"own:{role}"}
        except AccessError:
            wizard = self.env["edu.training.import.wizard"].create(vals)
        if model == "edu.training.import.line":
            line = (
                self.env[model]
                .with_user(wizard.create_uid)
                .create({"wizard_id": wizard.id, "row": 2, "inspector_ref": "X"})
            )
            return line.with_user(self.env.user), tags
        return wizard.with_user(self.env.user), tags

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_transition_record(self, model, method, user):
        district = {"district"}
        if model == "edu.training.compliance":
            # the current year's row of an inspector without hours
            return self._compliance(
                self.employee_insp, self.env.company._edu_today().year
            ), district
        if model == "hr.employee":
            if method == "action_edu_issue_certificate":
                employee = self._create_inspector(
                    f"Matrix candidate {self.env['hr.employee'].search_count([])}",
                    region=self.region_a,
                    certified=False,
                )
                self._record(employee, self.course_preservice)
                return employee, district
            return self.employee_insp, district
        if model == "edu.inspector.assessment":
            employee = self._create_inspector(
                f"Matrix assessed {self.env['hr.employee'].search_count([])}", region=self.region_a
            )
            assessment = self.env[model].create(
                {"employee_id": employee.id, "year": 2025, "score": 80}
            )
            return assessment, district
        if model == "edu.training.course":
            course = self._create_course(
                "Matrix transition course", "centralized", "district", 4, "2025-09-01", "2025-09-01"
            )
            course.region_id = self.region_a
            state = {
                "action_done": "open",
                "action_reset_draft": "cancelled",
            }.get(method)
            if state:
                course.write({"state": state})
            return course, district
        return self._matrix_wizard_as(user)
