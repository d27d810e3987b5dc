from datetime import date

from odoo import Command
from odoo.tests import HttpCase

from odoo.addons.edu_supervision_inspection.tests.common import EduInspectionCase


class EduApiCase(EduInspectionCase):
    """Adds the API's integrations to the inspection set-up (independent of demo data).

    * 学校标识码 on the three schools; ``employee_insp`` (``user_inspector``) is the
      responsible inspector of A1 and A2, ``employee_insp2`` of B1.
    * ``inspection`` (district A: A1, A2) is published, ``inspection_b`` (district B: B1)
      too, ``inspection_draft`` (district A) is not; one problem in each.
    * a published and a draft accountability action.
    * integrations with a key each (``key_*``: the clear key): the results reader and the
      school registry of district A, a city-wide training platform, and the mobile app
      of ``user_inspector``.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.school_a1.national_code = "2100000001"
        cls.school_a2.national_code = "2100000002"
        cls.school_b1.national_code = "2200000001"
        cls.assignment_a1 = cls._assign(cls.school_a1, cls.employee_insp)
        cls.assignment_a2 = cls._assign(cls.school_a2, cls.employee_insp)
        cls.assignment_b1 = cls._assign(cls.school_b1, cls.employee_insp2)
        cls.inspection_b = cls.env["edu.inspection"].create(
            {
                "name": "Test inspection of district B",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_b.id,
                "date_start": date(2026, 4, 1),
                "date_end": date(2026, 4, 2),
                "leader_id": cls.employee_insp2.id,
                "target_ids": [Command.create({"school_id": cls.school_b1.id})],
            }
        )
        cls.inspection_draft = cls.env["edu.inspection"].create(
            {
                "name": "Draft inspection of district A",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_a.id,
                "date_start": date(2026, 6, 1),
                "date_end": date(2026, 6, 2),
                "leader_id": cls.employee_insp.id,
                "target_ids": [Command.create({"school_id": cls.school_a2.id})],
            }
        )
        cls.target_b1 = cls.inspection_b.target_ids
        cls.problem_a1 = cls._create_problem(cls.target_a1, name="Homework overload")
        cls.problem_b1 = cls._create_problem(cls.target_b1, name="No safety drill")
        cls.problem_draft = cls._create_problem(
            cls.inspection_draft.target_ids, name="Draft finding"
        )
        (cls.inspection | cls.inspection_b).write({"state": "published"})
        Action = cls.env["edu.accountability.action"]
        action_vals = {
            "name": "Commendation of A1",
            "kind": "commendation",
            "partner_id": cls.school_a1.partner_id.id,
            "public_text": "School A1 is commended.",
        }
        cls.action_published = Action.create(dict(action_vals, state="published"))
        cls.action_draft = Action.create(dict(action_vals, name="Interview planned"))

        cls.user_api_reader = cls._create_user(
            "t_api_reader",
            ["edu_supervision_api.group_edu_api_reader"],
            edu_region_id=cls.region_a.id,
        )
        cls.user_api_registry = cls._create_user(
            "t_api_registry",
            ["edu_supervision_api.group_edu_api_registry"],
            edu_region_id=cls.region_a.id,
        )
        cls.user_api_training = cls._create_user(
            "t_api_training", ["edu_supervision_api.group_edu_api_training"]
        )
        Client = cls.env["edu.api.client"]
        cls.client_reader = Client.create(
            {"name": "Province platform", "kind": "results", "user_id": cls.user_api_reader.id}
        )
        cls.client_registry = Client.create(
            {"name": "Registry of A", "kind": "registry", "user_id": cls.user_api_registry.id}
        )
        cls.client_training = Client.create(
            {"name": "Training platform", "kind": "training", "user_id": cls.user_api_training.id}
        )
        cls.client_mobile = Client.create(
            {"name": "Mobile app", "kind": "mobile", "user_id": cls.user_inspector.id}
        )
        Key = cls.env["edu.api.key"].with_user(cls.user_manager)
        cls.key_reader = Key._edu_generate(cls.client_reader, "reader")[1]
        cls.key_registry = Key._edu_generate(cls.client_registry, "registry")[1]
        cls.key_training = Key._edu_generate(cls.client_training, "training")[1]
        cls.key_mobile = Key._edu_generate(cls.client_mobile, "phone")[1]

    @classmethod
    def _create_user(cls, login, group_xmlids, **vals):
        """Integration users have only their integration role (no other group)."""
        if login.startswith("t_api_"):
            groups = [Command.link(cls.env.ref(xmlid).id) for xmlid in group_xmlids]
            return (
                cls.env["res.users"]
                .with_context(no_reset_password=True)
                .create(
                    {
                        "name": login.replace("_", " ").title(),
                        "login": login,
                        "company_id": cls.company.id,
                        "company_ids": [Command.set(cls.company.ids)],
                        "groups_id": [Command.set([])] + groups,
                        **vals,
                    }
                )
            )
        return super()._create_user(login, group_xmlids, **vals)


class EduApiHttpCase(HttpCase, EduApiCase):
    """HTTP calls of the API with a real client (``requests``) against the test server."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # the routes of the endpoint are registered after the commit that follows the
        # install; in the test transaction, register them now
        cls.env.ref("edu_supervision_api.fastapi_endpoint_edu_api")._handle_registry_sync()
        cls.zh_cn = bool(cls.env["res.lang"]._lang_get("zh_CN"))

    def api(self, method, path, key=None, json=None, headers=None, **params):
        headers = dict(headers or {})
        if key:
            headers["Authorization"] = f"Bearer {key}"
        return self.opener.request(
            method,
            f"{self.base_url()}/edu/api/v1{path}",
            json=json,
            params=params or None,
            headers=headers,
            timeout=120,
        )

    def assertError(self, response, status, code, field=None):
        """The response is the API error ``code`` (and ``field``) with ``status``."""
        self.assertEqual(response.status_code, status, response.text)
        detail = response.json()["detail"]
        self.assertEqual(detail["code"], code, detail)
        if field is not None:
            self.assertEqual(detail["field"], field, detail)
        self.assertTrue(detail["message"])
        return detail
