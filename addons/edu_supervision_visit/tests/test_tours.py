from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """The responsible inspector's day, played in the browser on the demo data, on a
    390 px wide phone screen."""

    browser_size = "390x844"
    touch_enabled = True

    def test_inspector_records_a_visit_on_a_phone(self):
        """The inspector opens "My schools", taps "New Visit", rates an item as a problem,
        records the finding and submits the visit."""
        self._edu_demo("edu_supervision_visit.visit_demo_01_a")
        inspector = self.env.ref("edu_supervision.user_edu_inspector")
        before = self.env["edu.visit"].search([("user_id", "=", inspector.id)])
        self.start_tour(
            "/odoo/action-edu_supervision_visit.edu_school_action_edu_visit_my",
            "edu_inspector_visit_tour",
            login="inspector",
        )
        visit = self.env["edu.visit"].search([("user_id", "=", inspector.id)]) - before
        self.assertEqual(visit.state, "submitted")
        self.assertEqual(visit.problem_item_count, 1)
        self.assertEqual(visit.problem_ids.name, "消防通道堆放杂物")
        self.assertEqual(visit.problem_ids.school_id, visit.school_id)
