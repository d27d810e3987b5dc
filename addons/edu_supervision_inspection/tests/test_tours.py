from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase

INSPECTIONS = "/odoo/action-edu_supervision_inspection.edu_inspection_action"


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """The office's and the chief inspector's day, played in the browser on the demo data."""

    def test_office_draws_and_schedules(self):
        """The office draws the units and inspectors of a draft inspection, confirms the
        draw and schedules the inspection."""
        inspection = self._edu_demo("edu_supervision_inspection.inspection_demo_to_draw")
        self.start_tour(f"{INSPECTIONS}/{inspection.id}", "edu_office_draw_tour", login="office")
        draw = inspection.draw_ids
        self.assertEqual(inspection.state, "scheduled")
        self.assertEqual(draw.state, "confirmed")
        self.assertEqual(draw.drawn_by_id, self.env.ref("edu_supervision.user_edu_office"))
        self.assertEqual(len(inspection.target_ids), 2)
        self.assertEqual(inspection.target_ids.school_id, draw.result_school_ids)
        self.assertEqual(inspection.team_employee_ids, draw.result_employee_ids)

    def test_manager_approves_and_publishes(self):
        """The chief inspector approves the report of an inspection and publishes it."""
        inspection = self._edu_demo("edu_supervision_inspection.inspection_demo_reporting")
        self.start_tour(
            f"{INSPECTIONS}/{inspection.id}", "edu_manager_publish_tour", login="manager"
        )
        manager = self.env.ref("edu_supervision.user_edu_manager")
        self.assertEqual(inspection.state, "published")
        self.assertEqual(inspection.approved_by_id, manager)
        self.assertTrue(inspection.publish_date)
        self.assertIn("作业管理", inspection.public_summary)

    def test_views_render(self):
        """Every view of the addon opens on the demo data without a JavaScript error."""
        self._edu_demo("edu_supervision_inspection.inspection_demo_reporting")
        self.start_tour("/odoo", "edu_inspection_views_tour", login="admin", timeout=300)
