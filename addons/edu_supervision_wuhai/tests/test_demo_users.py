from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoUsers(TransactionCase):
    """Every demo user lands on the page of their role: inspectors on "My schools",
    the office and above on 总览."""

    def test_demo_users(self):
        if not self.env.ref("edu_supervision_wuhai.user_edu_office", raise_if_not_found=False):
            self.skipTest("demo data not loaded")
        overview = self.env.ref("edu_supervision.edu_region_action_overview")
        my_schools = self.env.ref("edu_supervision_visit.edu_school_action_edu_visit_my")
        homes = {
            "viewer": overview,
            "inspector": my_schools,
            "inspector2": my_schools,
            "office": overview,
            "office_wuda": overview,
            "manager": overview,
            "hr": overview,
            "finance": overview,
        }
        users = self.env["res.users"].search([("login", "in", list(homes))])
        self.assertEqual(
            {user.login: user.action_id.id for user in users},
            {login: action.id for login, action in homes.items()},
        )
