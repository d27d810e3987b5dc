from datetime import date

from odoo.addons.edu_supervision_inspector.tests.common import EduInspectorCase


class EduVisitCase(EduInspectorCase):
    """Adds assignments and a finding category: ``employee_insp`` (``user_inspector``) is
    responsible for ``school_a1`` and ``school_a2``, ``employee_insp2``
    (``user_inspector2``) for ``school_b1``. Targets: 2 visits per semester, no monthly
    target."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write({"edu_visit_min_per_semester": 2, "edu_visit_min_per_month": 0})
        cls._assign(cls.school_a1, cls.employee_insp)
        cls._assign(cls.school_a2, cls.employee_insp)
        cls._assign(cls.school_b1, cls.employee_insp2)
        cls.schools = cls.school_a1 | cls.school_a2 | cls.school_b1

    @classmethod
    def _create_visit(cls, school, employee=None, day=date(2026, 9, 10), state="draft", **vals):
        return cls.env["edu.visit"].create(
            {
                "school_id": school.id,
                "employee_id": (employee or cls.employee_insp).id,
                "date": day,
                "state": state,
                **vals,
            }
        )

    @classmethod
    def _create_finding(cls, visit, **vals):
        return cls.env["edu.problem"].create(
            {
                "name": "Finding",
                "visit_id": visit.id,
                "source": "visit",
                "school_id": visit.school_id.id,
                "partner_id": visit.school_id.partner_id.id,
                **vals,
            }
        )
