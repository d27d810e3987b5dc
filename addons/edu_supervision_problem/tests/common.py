from odoo.addons.edu_supervision_inspector.tests.common import EduInspectorCase


class EduProblemCase(EduInspectorCase):
    """Adds a problem category to the inspectors' set-up, and problems found at a
    school outside any inspection, visit or complaint."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.category = cls.env["edu.problem.category"].create(
            {"name": "Test category", "code": "TEST"}
        )

    @classmethod
    def _create_problem(cls, school, **vals):
        return cls.env["edu.problem"].create(
            {
                "name": vals.pop("name", "Test problem"),
                "school_id": school.id,
                "source": "other",
                "category_id": cls.category.id,
                **vals,
            }
        )
