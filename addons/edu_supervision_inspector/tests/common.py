from datetime import date

from odoo.addons.edu_supervision.tests.common import EduSupervisionCase


class EduInspectorCase(EduSupervisionCase):
    """Adds three inspectors to the core set-up: ``employee_insp`` (user
    ``user_inspector``) and ``employee_insp2`` (user ``user_inspector2``) hold
    a valid certificate, ``employee_nocert`` has none."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Employee = cls.env["hr.employee"]
        cls.employee_insp = Employee.create(
            {
                "name": "Inspector One",
                "user_id": cls.user_inspector.id,
                "edu_is_inspector": True,
                "edu_inspector_type": "full_time",
                "edu_inspector_role": "inspector",
                "edu_specialty": "school",
                "edu_source": "serving_cadre",
                "edu_region_id": cls.region_a.id,
                "mobile_phone": "13900000001",
            }
        )
        cls.employee_insp2 = Employee.create(
            {
                "name": "Inspector Two",
                "user_id": cls.user_inspector2.id,
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time",
                "edu_inspector_role": "inspector",
                "edu_specialty": "school",
                "edu_source": "retired_principal",
                "edu_region_id": cls.region_b.id,
            }
        )
        cls.employee_nocert = Employee.create(
            {
                "name": "Inspector Without Certificate",
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time",
                "edu_region_id": cls.region_a.id,
            }
        )
        cls.certificate_insp = cls._create_certificate(cls.employee_insp, "T-0001")
        cls.certificate_insp2 = cls._create_certificate(cls.employee_insp2, "T-0002")

    @classmethod
    def _create_certificate(cls, employee, number, **vals):
        return cls.env["edu.inspector.certificate"].create(
            {
                "name": number,
                "employee_id": employee.id,
                "issue_date": date(2015, 1, 1),
                "issuing_office": "Test Office",
                **vals,
            }
        )

    @classmethod
    def _complete_preservice(cls, employees):
        """With the training addon installed, a user issues a certificate only to
        an inspector who passed the pre-service training: record it (as the
        superuser). Without it, nothing to do."""
        if "edu.training.record" not in cls.env:
            return
        cls.env["edu.training.record"].create(
            [
                {
                    "employee_id": employee.id,
                    "external_course": "Pre-service training",
                    "date": date(2014, 6, 1),
                    "hours": employee.company_id.edu_preservice_hours,
                    "kind": "preservice",
                    "mode": "centralized",
                    "result": "passed",
                }
                for employee in employees
            ]
        )

    @classmethod
    def _create_inspector(
        cls, name, region=None, inspector_type="part_time", certified=True, **vals
    ):
        employee = cls.env["hr.employee"].create(
            {
                "name": name,
                "edu_is_inspector": True,
                "edu_inspector_type": inspector_type,
                "edu_region_id": (region or cls.region_a).id,
                **vals,
            }
        )
        if certified:
            cls._create_certificate(employee, f"T-{name}")
        return employee

    @classmethod
    def _assign(cls, school, employee, date_from=date(2020, 1, 1), **vals):
        return cls.env["edu.school.assignment"].create(
            {
                "school_id": school.id,
                "employee_id": employee.id,
                "date_from": date_from,
                **vals,
            }
        )
