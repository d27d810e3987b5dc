import json

from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduApiCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduApiCase):
    """The API's cells of the authority matrix, every role both ways, the integration
    roles included (``api_reader`` and ``api_registry`` limited to district A, the
    district office's region; ``api_training`` city-wide)."""

    matrix = access_matrix
    matrix_module = "edu_supervision_api"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.client_mobile_b = cls.env["edu.api.client"].create(
            {"name": "Mobile app B", "kind": "mobile", "user_id": cls.user_inspector2.id}
        )
        cls.key_record_registry = cls.client_registry.key_ids
        cls.key_record_training = cls.client_training.key_ids
        cls.key_record_mobile = cls.client_mobile.key_ids
        Log = cls.env["edu.api.log"]
        cls.log_registry = Log.create(cls._log_vals(cls.key_record_registry, "school_sync"))
        cls.log_training = Log.create(cls._log_vals(cls.key_record_training, "training_hours"))
        cls.log_mobile = Log.create(cls._log_vals(cls.key_record_mobile, "visit"))
        cls.record_a = cls._training_record(cls.employee_insp)
        cls.record_b = cls._training_record(cls.employee_insp2)
        Wizard = cls.env["edu.api.key.wizard"]
        cls.wizards = [
            (Wizard.with_user(user).create(cls._wizard_vals()), {f"own:{role}"})
            for role, user in cls.matrix_users.items()
            if Wizard.with_user(user).has_access("create")
        ]

    @classmethod
    def _matrix_role_users(cls):
        users = super()._matrix_role_users()
        users.update(
            {
                "api_reader": cls.user_api_reader,
                "api_registry": cls.user_api_registry,
                "api_training": cls.user_api_training,
            }
        )
        return users

    @classmethod
    def _log_vals(cls, key, operation):
        return {
            "key_id": key.id,
            "client_id": key.client_id.id,
            "user_id": key.user_id.id,
            "operation": operation,
            "method": "POST",
            "path": "/edu/api/v1/test",
            "status": 200,
            "record_count": 1,
            "response_body": json.dumps({"ok": True}),
        }

    @classmethod
    def _training_record(cls, employee):
        return cls.env["edu.training.record"].create(
            {
                "employee_id": employee.id,
                "external_course": "Online regulations",
                "date": "2026-03-15",
                "hours": 10,
                "mode": "online",
                "result": "passed",
            }
        )

    @classmethod
    def _wizard_vals(cls):
        return {"client_id": cls.client_registry.id, "name": "New key"}

    # ------------------------------------------------------------------
    # Data cells
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        district = "district"
        if model == "edu.api.key.wizard":
            return self.wizards
        samples = {
            "edu.api.client": [
                (self.client_registry, {district}),
                (self.client_training, set()),
                (self.client_mobile, set()),
            ],
            "edu.api.key": [
                (self.key_record_registry, {district, "state:active"}),
                (self.key_record_training, {"state:active"}),
            ],
            "edu.api.call": [
                (self._api_call(self.key_record_registry), {district}),
                (self._api_call(self.key_record_training), set()),
            ],
            "edu.api.log": [
                (self.log_registry, {district, "own:api_registry"}),
                (self.log_training, {"own:api_training"}),
                (self.log_mobile, {"own:inspector"}),
            ],
            "edu.region": [
                (self.region_a, {district}),
                (self.region_b, set()),
                (self.region_city, set()),
            ],
            "edu.school": [(self.school_a1, {district}), (self.school_b1, set())],
            "hr.employee": [(self.employee_insp, {district}), (self.employee_insp2, set())],
            "edu.school.assignment": [
                (self.assignment_a1, {district}),
                (self.assignment_b1, set()),
            ],
            "edu.training.record": [(self.record_a, {district}), (self.record_b, set())],
            "edu.training.compliance": [
                (self._compliance(self.employee_insp), {district}),
                (self._compliance(self.employee_insp2), set()),
            ],
            "edu.inspection": [
                (self.inspection, {district, "state:published"}),
                (self.inspection_b, {"state:published"}),
                (self.inspection_draft, {district, "state:draft"}),
            ],
            "edu.inspection.target": [
                (self.target_a1, {district, "state:published"}),
                (self.target_b1, {"state:published"}),
                (self.inspection_draft.target_ids, {district, "state:draft"}),
            ],
            "edu.problem": [
                (self.problem_a1, {district, "state:published"}),
                (self.problem_b1, {"state:published"}),
                (self.problem_draft, {district, "state:draft"}),
            ],
            "edu.accountability.action": [
                (self.action_published, {"published", "state:published"}),
                (self.action_draft, {"state:draft"}),
            ],
        }
        return samples[model]

    def _api_call(self, key):
        return self.env["edu.api.call"].create({"key_id": key.id, "at": "2026-03-15 08:00:00"})

    def _compliance(self, employee):
        return self.env["edu.training.compliance"].search(
            [("employee_id", "=", employee.id), ("year", "=", 2026)]
        )

    def _matrix_write_vals(self, model, record):
        if model == "edu.training.compliance":
            return {"year": record.year}
        return {
            "edu.api.client": {"note": "Nightly sync."},
            "edu.api.key": {"name": "Renamed key"},
            "edu.api.log": {"summary": "Changed"},
            "edu.school": {"student_count": 900},
            "edu.api.key.wizard": {"name": "Other label"},
            "edu.training.record": {"note": "Checked."},
            "edu.inspection.target": {"strengths": "Well run."},
        }.get(model) or super()._matrix_write_vals(model, record)

    def _matrix_create_vals(self, model, record):
        if model == "edu.school":
            return {
                "name": "New school",
                "code": f"N{record.id}",
                "national_code": f"29{record.id:08d}",
                "region_id": record.region_id.id,
                "stage": "primary",
            }
        if model == "edu.api.client":
            user = self._create_user(
                f"t_api_new_{record.id}", ["edu_supervision_api.group_edu_api_training"]
            )
            return {"name": "New platform", "kind": "training", "user_id": user.id}
        if model == "edu.api.log":
            return self._log_vals(record.key_id, record.operation)
        if model == "edu.api.key.wizard":
            return self._wizard_vals()
        return super()._matrix_create_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model in access_matrix.OWN_ROLES_ONLY:
            # no integration role deletes the platform's records: the refusal comes
            # before anything is deleted (a SQL view's rows cannot be copied anyway)
            return record
        if model == "edu.api.client":
            return self.env[model].create(self._matrix_create_vals(model, record))
        if model == "edu.api.key.wizard":
            return self.env[model].with_user(record.create_uid).create(self._wizard_vals())
        return super()._matrix_unlink_record(model, record)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def _matrix_transition_record(self, model, method, user):
        if model == "edu.api.client":
            return self.client_registry, {"district"}
        if model == "edu.api.key":
            key = self.env["edu.api.key"]._edu_generate(self.client_registry, "Transition")[0]
            return key, {"district", "state:active"}
        Wizard = self.env[model]
        if Wizard.with_user(user).has_access("create"):
            Wizard = Wizard.with_user(user)
        roles = {f"own:{role}" for role, u in self.matrix_users.items() if u == user}
        return Wizard.create(self._wizard_vals()), roles
