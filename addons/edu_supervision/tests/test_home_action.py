from odoo import Command
from odoo.tests import tagged

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestHomeAction(EduSupervisionCase):
    """The supervision roles land on 总览 after login, unless they chose another home."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.overview = cls.env.ref("edu_supervision.edu_region_action_overview")

    def test_roles_start_on_the_overview(self):
        for user in (
            self.user_viewer,
            self.user_office,
            self.user_district_office,
            self.user_manager,
            self.user_hr,
            self.user_finance,
        ):
            self.assertEqual(user.action_id.id, self.overview.id, user.login)

    def test_other_users_keep_odoo_default(self):
        user = self._create_user("t_plain", [])
        self.assertFalse(user.action_id)

    def test_joining_and_leaving_the_platform(self):
        user = self._create_user("t_plain", [])
        user.groups_id = [Command.link(self.env.ref("edu_supervision.group_edu_viewer").id)]
        self.assertEqual(user.action_id.id, self.overview.id)
        user.groups_id = [Command.set(self.env.ref("base.group_user").ids)]
        self.assertFalse(user.action_id)

    def test_chosen_home_action_is_kept(self):
        chosen = self.env.ref("base.action_res_users")
        user = self._create_user(
            "t_custom", ["edu_supervision.group_edu_office"], action_id=chosen.id
        )
        self.assertEqual(user.action_id.id, chosen.id)
        user.groups_id = [Command.link(self.env.ref("edu_supervision.group_edu_manager").id)]
        self.assertEqual(user.action_id.id, chosen.id)

    def test_existing_users_on_install(self):
        self.user_office.action_id = False
        self.env["res.users"]._edu_update_home_actions()
        self.assertEqual(self.user_office.action_id.id, self.overview.id)
