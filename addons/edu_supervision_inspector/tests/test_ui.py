from datetime import date

from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestUi(HttpCase):
    """Open the views of the addon in the web client: they must render
    without any JavaScript error."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        region = cls.env["edu.region"].create({"name": "UI City", "code": "UI1", "level": "city"})
        cls.school = cls.env["edu.school"].create(
            {"name": "UI School", "code": "UI1", "region_id": region.id, "stage": "primary"}
        )
        cls.employee = cls.env["hr.employee"].create(
            {
                "name": "UI Inspector",
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time",
                "edu_region_id": region.id,
            }
        )
        cls.certificate = cls.env["edu.inspector.certificate"].create(
            {"name": "UI-1", "employee_id": cls.employee.id, "issue_date": date(2020, 1, 1)}
        )
        cls.appointment = cls.env["edu.inspector.appointment"].create(
            {"employee_id": cls.employee.id, "kind": "appoint", "date": date(2024, 1, 1)}
        )
        cls.assignment = cls.env["edu.school.assignment"].create(
            {"school_id": cls.school.id, "employee_id": cls.employee.id}
        )
        cls.zone = cls.env["edu.responsibility.zone"].create(
            {"name": "UI Zone", "region_id": region.id, "school_ids": [(4, cls.school.id)]}
        )
        cls.assessment = cls.env["edu.inspector.assessment"].create(
            {"employee_id": cls.employee.id, "year": 2025, "score": 91}
        )

    def _open(self, path):
        self.browser_js(
            path,
            "console.log('test successful')",
            ready="!!document.querySelector('.o_action_manager .o_view_controller')",
            login="admin",
        )

    def test_views_render(self):
        prefix = "/odoo/action-edu_supervision_inspector."
        self._open(f"{prefix}hr_employee_action_inspector")
        self._open(f"{prefix}hr_employee_action_inspector?view_type=list")
        self._open(f"{prefix}hr_employee_action_inspector/{self.employee.id}")
        self._open(f"{prefix}edu_inspector_certificate_action/{self.certificate.id}")
        self._open(f"{prefix}edu_inspector_appointment_action/{self.appointment.id}")
        self._open(f"{prefix}edu_school_assignment_action")
        self._open(f"{prefix}edu_responsibility_zone_action/{self.zone.id}")
        self._open(f"{prefix}edu_inspector_assessment_action/{self.assessment.id}")
        self._open(f"{prefix}edu_staffing_report_action_server")
        self._open(f"/odoo/action-edu_supervision.edu_school_action/{self.school.id}")
