from datetime import date

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestAccess(EduInspectorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.assignment_insp = cls._assign(cls.school_a1, cls.employee_insp)
        cls.assignment_insp2 = cls._assign(cls.school_b1, cls.employee_insp2)
        Assessment = cls.env["edu.inspector.assessment"]
        cls.assessment_insp = Assessment.create({"employee_id": cls.employee_insp.id, "year": 2025})
        cls.assessment_insp2 = Assessment.create(
            {"employee_id": cls.employee_insp2.id, "year": 2025}
        )
        Appointment = cls.env["edu.inspector.appointment"]
        cls.appointment_insp = Appointment.create(
            {"employee_id": cls.employee_insp.id, "kind": "appoint", "date": date(2024, 1, 1)}
        )
        cls.appointment_insp2 = Appointment.create(
            {"employee_id": cls.employee_insp2.id, "kind": "appoint", "date": date(2024, 1, 1)}
        )
        cls.zone = cls.env["edu.responsibility.zone"].create(
            {"name": "Zone", "region_id": cls.region_a.id}
        )

    def _own_and_other(self):
        return [
            (self.certificate_insp, self.certificate_insp2),
            (self.assignment_insp, self.assignment_insp2),
            (self.assessment_insp, self.assessment_insp2),
            (self.appointment_insp, self.appointment_insp2),
        ]

    def test_inspector_reads_only_his_own(self):
        for own, other in self._own_and_other():
            model = self.env[own._name].with_user(self.user_inspector)
            self.assertEqual(model.search([]), own.with_user(self.user_inspector), own._name)
            own.with_user(self.user_inspector).read(["employee_id"])
            with self.assertRaises(AccessError, msg=own._name):
                other.with_user(self.user_inspector).read(["employee_id"])
            with self.assertRaises(AccessError, msg=own._name):
                own.with_user(self.user_inspector).write({"employee_id": own.employee_id.id})
        # the second inspector sees his own only too
        certificates = self.env["edu.inspector.certificate"].with_user(self.user_inspector2)
        self.assertEqual(certificates.search([]).ids, self.certificate_insp2.ids)

    def test_inspector_cannot_create(self):
        with self.assertRaises(AccessError):
            self.env["edu.inspector.certificate"].with_user(self.user_inspector).create(
                {"name": "X-1", "employee_id": self.employee_insp.id}
            )
        with self.assertRaises(AccessError):
            self.env["edu.school.assignment"].with_user(self.user_inspector).create(
                {"school_id": self.school_a2.id, "employee_id": self.employee_insp.id}
            )

    def test_inspector_profile(self):
        """An inspector reads the public inspector profile (as any employee
        of Odoo), not the private records of a colleague."""
        own = self.employee_insp.with_user(self.user_inspector)
        self.assertEqual(own.edu_inspector_type, "full_time")
        self.assertTrue(own.edu_certificate_valid)
        other = self.employee_insp2.with_user(self.user_inspector)
        with self.assertRaises(AccessError):
            other.read(["edu_certificate_ids"])
        with self.assertRaises(AccessError):
            other.write({"edu_inspector_type": "full_time"})

    def test_office_reads_all_writes_nothing(self):
        for own, other in self._own_and_other():
            records = (own | other).with_user(self.user_office)
            records.read(["employee_id"])
            with self.assertRaises(AccessError, msg=own._name):
                records.write({"employee_id": own.employee_id.id})
        employees = self.env["hr.employee"].with_user(self.user_office)
        self.assertIn(self.employee_nocert, employees.search([("edu_is_inspector", "=", True)]))
        employees.browse(self.employee_insp2.id).read(["edu_certificate_ids", "edu_assignment_ids"])
        with self.assertRaises(AccessError):
            self.employee_insp2.with_user(self.user_office).write({"edu_title": "X"})

    def test_viewer_has_no_access_to_personnel_records(self):
        for own, _other in self._own_and_other():
            with self.assertRaises(AccessError, msg=own._name):
                own.with_user(self.user_viewer).read(["employee_id"])
        self.zone.with_user(self.user_viewer).read(["name"])
        with self.assertRaises(AccessError):
            self.zone.with_user(self.user_viewer).write({"name": "X"})

    def test_inspector_hr_manages(self):
        for user in (self.user_hr,):
            env = self.env(user=user)
            employee = env["hr.employee"].create(
                {
                    "name": f"Created by {user.login}",
                    "edu_is_inspector": True,
                    "edu_inspector_type": "part_time",
                    "edu_region_id": self.region_a.id,
                }
            )
            self._complete_preservice(employee)
            env["edu.inspector.certificate"].create(
                {"name": f"HR-{user.login}", "employee_id": employee.id}
            )
            self.assertTrue(employee.edu_certificate_valid)
            appointment = env["edu.inspector.appointment"].create(
                {"employee_id": employee.id, "kind": "appoint", "date": date(2025, 1, 1)}
            )
            appointment.action_confirm()
            env["edu.inspector.assessment"].create({"employee_id": employee.id, "year": 2025})
            self.zone.with_user(user).inspector_ids = [Command.link(employee.id)]
            school = self.env["edu.school"].create(
                {
                    "name": f"S {user.login}",
                    "code": f"S{user.id}",
                    "region_id": self.region_a.id,
                    "stage": "primary",
                }
            )
            env["edu.school.assignment"].create(
                {"school_id": school.id, "employee_id": employee.id}
            )
            self.assertEqual(school.responsible_employee_id, employee)

    def test_staffing_report_access(self):
        with self.assertRaises(AccessError):
            self.env["edu.staffing.report"].with_user(self.user_inspector).action_open_report()
        with self.assertRaises(AccessError):
            self.env["edu.staffing.report"].with_user(self.user_viewer).action_open_report()
        for user in (self.user_office, self.user_hr):
            action = self.env["edu.staffing.report"].with_user(user).action_open_report()
            self.assertTrue(action["domain"])

    def test_district_office_figures_limited_to_its_region(self):
        """Record rules on schools apply to the figures: a district office counts
        the schools of its district only."""
        Region = self.env["edu.region"]
        full = Region._edu_staffing_figures(self.region_city)[self.region_city.id]
        self.assertEqual(full["school_count"], 3)
        limited = Region.with_user(self.user_district_office)._edu_staffing_figures(
            self.region_city.with_user(self.user_district_office)
        )[self.region_city.id]
        self.assertEqual(limited["school_count"], 2)
