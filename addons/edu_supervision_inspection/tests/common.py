from datetime import date

from odoo.addons.edu_supervision_inspector.tests.common import EduInspectorCase


class EduInspectionCase(EduInspectorCase):
    """Adds a school-supervision comprehensive inspection in region_a, led by
    ``employee_insp``, inspecting ``school_a1`` and ``school_a2``."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.inspection = cls.env["edu.inspection"].create(
            {
                "name": "Test comprehensive inspection",
                "function": "school",
                "kind": "comprehensive",
                "region_id": cls.region_a.id,
                "date_start": date(2026, 5, 11),
                "date_end": date(2026, 5, 13),
                "leader_id": cls.employee_insp.id,
                "target_ids": [
                    (0, 0, {"school_id": cls.school_a1.id}),
                    (0, 0, {"school_id": cls.school_a2.id}),
                ],
            }
        )
        cls.target_a1 = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a1)
        cls.target_a2 = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a2)

    @classmethod
    def _create_problem(cls, target, **vals):
        return cls.env["edu.problem"].create(
            {
                "name": vals.pop("name", "Test problem"),
                "target_id": target.id,
                "inspection_id": target.inspection_id.id,
                "severity": vals.pop("severity", "general"),
                **vals,
            }
        )
