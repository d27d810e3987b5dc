from odoo import Command
from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestHomeAction(EduVisitCase):
    """Inspectors land on "My schools" after login, the office and above on 总览."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.overview = cls.env.ref("edu_supervision.edu_region_action_overview")
        cls.my_schools = cls.env.ref("edu_supervision_visit.edu_school_action_edu_visit_my")

    def test_inspectors_start_on_my_schools(self):
        self.assertEqual(self.user_inspector.action_id.id, self.my_schools.id)
        self.assertEqual(self.user_office.action_id.id, self.overview.id)
        self.assertEqual(self.user_manager.action_id.id, self.overview.id)
        self.assertEqual(self.user_viewer.action_id.id, self.overview.id)

    def test_promoted_inspector_moves_to_the_overview(self):
        self.user_inspector.groups_id = [
            Command.link(self.env.ref("edu_supervision.group_edu_office").id)
        ]
        self.assertEqual(self.user_inspector.action_id.id, self.overview.id)
