import base64
from datetime import timedelta

from odoo import Command

from odoo.addons.edu_supervision_rectification.tests.common import EduRectificationCase

# The smallest files of each accepted type (their content matches their extension).
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class EduPortalCase(EduRectificationCase):
    """The rectification set-up plus the units' portal users.

    ``inspection`` (comprehensive, announced, district A, schools A1 and A2) is
    scheduled with a small framework (``leaf_1`` and ``leaf_2`` under one dimension,
    ``leaf_3`` under another). Regions A and B have a government unit. Portal users:
    ``user_portal_a1`` (school A1), ``user_portal_a2`` (school A2), ``user_portal_b1``
    (school B1, district B) and ``user_portal_gov_a`` (government of district A).
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.edu_max_inspections_per_school = 1000
        cls.today = cls.env.company._edu_today()
        Partner = cls.env["res.partner"]
        cls.gov_a = Partner.create({"name": "Government A", "is_company": True})
        cls.gov_b = Partner.create({"name": "Government B", "is_company": True})
        cls.region_a.government_partner_id = cls.gov_a
        cls.region_b.government_partner_id = cls.gov_b
        cls.unit_b1 = cls.school_b1.partner_id
        cls.framework = cls.env["edu.indicator.framework"].create(
            {"name": "Portal framework", "function": "school"}
        )
        Indicator = cls.env["edu.indicator"]
        cls.dimension_1 = Indicator.create(
            {"framework_id": cls.framework.id, "name": "Moral education", "code": "1"}
        )
        cls.dimension_2 = Indicator.create(
            {"framework_id": cls.framework.id, "name": "Safety", "code": "2"}
        )
        cls.leaf_1, cls.leaf_2, cls.leaf_3 = Indicator.create(
            [
                {
                    "framework_id": cls.framework.id,
                    "parent_id": cls.dimension_1.id,
                    "name": "Courses",
                    "code": "1.1",
                    "max_score": 10,
                },
                {
                    "framework_id": cls.framework.id,
                    "parent_id": cls.dimension_1.id,
                    "name": "Activities",
                    "code": "1.2",
                    "max_score": 10,
                },
                {
                    "framework_id": cls.framework.id,
                    "parent_id": cls.dimension_2.id,
                    "name": "Drills",
                    "code": "2.1",
                    "max_score": 5,
                },
            ]
        )
        cls.inspection.write(
            {
                "framework_id": cls.framework.id,
                "date_start": cls.today + timedelta(days=10),
                "date_end": cls.today + timedelta(days=12),
                "state": "scheduled",
            }
        )
        cls.user_portal_a1 = cls._portal_user("t_portal_a1", cls.unit_a1)
        cls.user_portal_a2 = cls._portal_user("t_portal_a2", cls.unit_a2)
        cls.user_portal_b1 = cls._portal_user("t_portal_b1", cls.unit_b1)
        cls.user_portal_gov_a = cls._portal_user("t_portal_gov_a", cls.gov_a)

    @classmethod
    def _portal_user(cls, login, unit):
        contact = cls.env["res.partner"].create(
            {
                "name": login.replace("_", " ").title(),
                "parent_id": unit.id,
                "edu_unit_partner_id": unit.id,
                "email": f"{login}@example.com",
            }
        )
        return (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "login": login,
                    "password": f"{login}-pw",
                    "partner_id": contact.id,
                    "company_id": cls.company.id,
                    "company_ids": [Command.set(cls.company.ids)],
                    "groups_id": [Command.set([cls.env.ref("base.group_portal").id])],
                }
            )
        )

    @classmethod
    def _inspection(cls, school, state, **vals):
        """A comprehensive announced inspection of ``school`` in ``state`` (written as
        the superuser), with the portal framework."""
        today = cls.env.company._edu_today()
        inspection = cls.env["edu.inspection"].create(
            {
                "name": f"Inspection of {school.name} ({state})",
                "function": "school",
                "kind": "comprehensive",
                "region_id": school.region_id.id,
                "date_start": today + timedelta(days=5),
                "date_end": today + timedelta(days=6),
                "leader_id": cls.employee_insp.id,
                "framework_id": cls.framework.id,
                "target_ids": [Command.create({"school_id": school.id})],
                **vals,
            }
        )
        if state != "draft":
            inspection.write({"state": state})
        return inspection

    @classmethod
    def _problem_of(cls, school, inspection_state="approved", **vals):
        """A problem of ``school`` found by an inspection in ``inspection_state``
        (``none``: a problem without inspection)."""
        if inspection_state == "none":
            return cls.env["edu.problem"].create(
                {"name": "Finding without inspection", "school_id": school.id, **vals}
            )
        inspection = cls._inspection(school, "reporting")
        problem = cls.env["edu.problem"].create(
            {
                "name": vals.pop("name", f"Problem of {school.name}"),
                "target_id": inspection.target_ids.id,
                "deadline": vals.pop("deadline", cls.today + timedelta(days=30)),
                **vals,
            }
        )
        if inspection_state != "reporting":
            inspection.write({"state": inspection_state})
        return problem
