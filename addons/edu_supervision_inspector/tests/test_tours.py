from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """Inspector HR's day, played in the browser on the demo data."""

    def test_hr_renews_an_appointment(self):
        """Inspector HR records and confirms the renewal of a part-time inspector whose
        term has ended: his second consecutive term starts today."""
        employee = self._edu_demo("edu_supervision_inspector.employee_inspector_term_ended")
        self.assertFalse(employee.edu_is_inspector)
        self.start_tour(
            "/odoo/action-edu_supervision_inspector.edu_inspector_appointment_action",
            "edu_hr_renewal_tour",
            login="hr",
        )
        renewal = self.env["edu.inspector.appointment"].search(
            [("employee_id", "=", employee.id), ("kind", "=", "renew")]
        )
        self.assertEqual(renewal.state, "confirmed")
        self.assertEqual(renewal.inspector_type, "part_time")
        self.assertEqual(renewal.term_number, 2)
        self.assertTrue(employee.edu_is_inspector)

    def test_views_render(self):
        """Every view of the addon opens on the demo data without a JavaScript error."""
        self._edu_demo("edu_supervision_inspector.employee_inspector_01")
        self.start_tour("/odoo", "edu_inspector_views_tour", login="admin", timeout=300)
