from unittest.mock import patch

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import EduPortalCase


@tagged("post_install", "-at_install")
class TestBinding(EduPortalCase):
    """Portal users bound to one inspected unit, invited from the school or the region."""

    def _invite(self, user, record, lines):
        action = record.with_user(user).action_edu_portal_invite()
        wizard = (
            self.env["edu.portal.invite.wizard"]
            .with_user(user)
            .with_context(**action["context"])
            .create({"line_ids": [(0, 0, line) for line in lines]})
        )
        return wizard.action_invite()

    def test_unit_kinds(self):
        self.assertEqual(self.unit_a1.edu_unit_kind, "school")
        self.assertEqual(self.gov_a.edu_unit_kind, "government")
        self.assertEqual(self.gov_a.edu_governed_region_id, self.region_a)
        self.assertFalse(self.unit_a1.edu_governed_region_id)
        self.assertFalse(self.env["res.partner"].create({"name": "Shop"}).edu_unit_kind)

    def test_invite_from_school(self):
        """The district office invites the principal and the liaison of a school of its
        district: each becomes a contact of the school, bound to it, with a portal user
        in the unit's language and an invitation e-mail."""
        WizardUser = type(self.env["portal.wizard.user"])
        with patch.object(WizardUser, "_send_email", autospec=True) as send_email:
            self._invite(
                self.user_district_office,
                self.school_a1,
                [
                    {
                        "name": "Principal Wang",
                        "function": "Principal",
                        "email": "wang@a1.example.com",
                    },
                    {"name": "Liaison Li", "email": "Li@A1.example.com"},
                ],
            )
        self.assertEqual(send_email.call_count, 2, "one invitation e-mail per contact")
        contacts = self.unit_a1.edu_portal_contact_ids.filtered(
            lambda c: c.email in ("wang@a1.example.com", "li@a1.example.com")
        )
        self.assertEqual(len(contacts), 2)
        self.assertEqual(contacts.parent_id, self.unit_a1)
        users = contacts.user_ids
        self.assertEqual(len(users), 2)
        self.assertTrue(all(user._is_portal() for user in users))
        self.assertEqual(set(users.mapped("login")), {"wang@a1.example.com", "li@a1.example.com"})
        self.assertEqual(self.school_a1.portal_contact_count, 3)  # with the set-up's user

    def test_invite_government(self):
        self._invite(
            self.user_office,
            self.region_a,
            [{"name": "Education office", "email": "edu@gov-a.example.com"}],
        )
        contact = self.gov_a.edu_portal_contact_ids.filtered(
            lambda c: c.email == "edu@gov-a.example.com"
        )
        self.assertTrue(contact.user_ids._is_portal())
        self.assertEqual(self.region_a.portal_contact_count, 2)

    def test_invite_reuses_contact_and_refuses_internal(self):
        existing = self.env["res.partner"].create(
            {"name": "Teacher", "parent_id": self.unit_a1.id, "email": "teacher@a1.example.com"}
        )
        self._invite(
            self.user_office,
            self.school_a1,
            [{"name": "Teacher", "email": "teacher@a1.example.com"}],
        )
        self.assertEqual(existing.edu_unit_partner_id, self.unit_a1)
        self.assertTrue(existing.user_ids._is_portal())
        internal_contact = self.user_viewer.partner_id
        internal_contact.write({"parent_id": self.unit_a1.id})
        with self.assertRaises(UserError):
            self._invite(
                self.user_office,
                self.school_a1,
                [{"name": "Viewer", "email": internal_contact.email}],
            )

    def test_invite_authority(self):
        """A district office invites the units of its district only; below the office,
        nobody invites."""
        with self.assertRaises(AccessError):
            self.school_b1.with_user(self.user_district_office).action_edu_portal_invite()
        with self.assertRaises(AccessError):
            self.region_b.with_user(self.user_district_office).action_edu_portal_invite()
        for user in (self.user_viewer, self.user_inspector, self.user_portal_a1):
            with self.assertRaises(AccessError):
                self.school_a1.with_user(user).action_edu_portal_invite()
        with self.assertRaises(UserError):
            self._invite(self.user_office, self.school_a1, [{"name": "X", "email": "not-an-email"}])

    def test_binding_constraints(self):
        """A contact acts for an inspected unit it belongs to, and only one."""
        shop = self.env["res.partner"].create({"name": "Shop", "is_company": True})
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create(
                {"name": "Clerk", "parent_id": shop.id, "edu_unit_partner_id": shop.id}
            )
        with self.assertRaises(ValidationError):
            self.env["res.partner"].create(
                {
                    "name": "Stranger",
                    "parent_id": self.unit_b1.id,
                    "edu_unit_partner_id": self.unit_a1.id,
                }
            )
        contact = self.user_portal_a1.partner_id
        with self.assertRaises(AccessError):
            contact.with_user(self.user_portal_a1).write({"edu_unit_partner_id": self.unit_b1.id})

    def test_unbound_portal_user_sees_nothing(self):
        user = (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Customer",
                    "login": "t_customer",
                    "groups_id": [(6, 0, [self.env.ref("base.group_portal").id])],
                }
            )
        )
        for model in (
            "edu.inspection",
            "edu.problem",
            "edu.rectification.report",
            "edu.supervision.order",
            "edu.self.assessment",
            "edu.school",
        ):
            self.assertFalse(self.env[model].with_user(user).search([]), model)

    def test_rebinding_refreshes_rules(self):
        """The record rules read the unit at query time: a contact moved to another
        unit sees the other unit's records at once."""
        problem_b1 = self._problem_of(self.school_b1)
        Problem = self.env["edu.problem"].with_user(self.user_portal_a1)
        self.assertNotIn(problem_b1, Problem.search([]))
        contact = self.user_portal_a1.partner_id
        contact.write({"parent_id": self.unit_b1.id, "edu_unit_partner_id": self.unit_b1.id})
        self.assertIn(problem_b1, Problem.search([]))

    def test_government_rules_name_the_governed_regions(self):
        """A government's contacts read the schools of the region it governs, named
        by id in the rules; another region's government is set at once."""
        School = self.env["edu.school"].with_user(self.user_portal_gov_a)
        self.assertEqual(self.user_portal_gov_a.edu_governed_region_ids, self.region_a)
        domain = (
            self.env["ir.rule"]
            .with_user(self.user_portal_gov_a)
            ._compute_domain("edu.problem", "read")
        )
        self.assertNotIn("child_of", str(domain))
        self.assertIn(self.school_a1, School.search([]))
        self.assertNotIn(self.school_b1, School.search([]))
        self.region_a.government_partner_id = False
        self.region_b.government_partner_id = self.gov_a
        self.assertIn(self.school_b1, School.search([]))
        self.assertNotIn(self.school_a1, School.search([]))
        # a new school of the governed region: its problems are read at once
        school = self.env["edu.school"].create(
            {"name": "School B9", "code": "B9", "region_id": self.region_b.id, "stage": "primary"}
        )
        problem = self._problem_of(school)
        self.assertEqual(
            self.env["edu.problem"]
            .with_user(self.user_portal_gov_a)
            .search([("id", "=", problem.id)]),
            problem,
        )
