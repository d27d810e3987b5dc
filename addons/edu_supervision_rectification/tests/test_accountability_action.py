from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestAccountabilityAction(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.Action = self.env["edu.accountability.action"].with_user(self.user_manager)
        self.interview = self.Action.create(
            {
                "name": "Interview on campus safety",
                "kind": "interview",
                "partner_id": self.unit_a1.id,
                "public_text": "The principal was interviewed about campus safety.",
            }
        )

    def test_kinds_and_reference(self):
        for kind in ("commendation", "interview", "circular", "accountability"):
            action = self.Action.create({"name": kind, "kind": kind, "partner_id": self.unit_a1.id})
            self.assertNotEqual(action.reference, "/")

    def test_interview_needs_details_to_approve(self):
        with self.assertRaises(UserError):
            self.interview.action_approve()
        self.interview.write(
            {
                "interview_datetime": "2026-05-10 09:00:00",
                "interview_place": "City education bureau, room 301",
                "interviewer_ids": [(6, 0, self.employee_insp.ids)],
                "person_ids": [(0, 0, {"name": "Wang Wei", "post": "Principal"})],
                "cc_partner_ids": [(0, 0, {"name": "District party committee"})],
            }
        )
        self.interview.action_approve()
        self.assertEqual(self.interview.state, "approved")
        self.assertEqual(self.interview.approved_by_id, self.user_manager)

    def test_accountability_needs_authority(self):
        action = self.Action.create(
            {"name": "Recommendation", "kind": "accountability", "partner_id": self.unit_a1.id}
        )
        with self.assertRaises(UserError):
            action.action_approve()
        action.authority_partner_id = self.env["res.partner"].create(
            {"name": "District discipline inspection commission", "is_company": True}
        )
        action.action_approve()
        self.assertEqual(action.state, "approved")

    def test_publish_flow(self):
        action = self.Action.create(
            {"name": "Commendation", "kind": "commendation", "partner_id": self.unit_a1.id}
        )
        with self.assertRaises(UserError):
            action.action_publish()  # not approved
        action.action_approve()
        with self.assertRaises(UserError):
            action.action_publish()  # no public text
        action.public_text = "School A1 is commended."
        action.action_publish()
        self.assertEqual(action.state, "published")
        self.assertTrue(action.is_published)
        action.action_unpublish()
        self.assertEqual(action.state, "approved")
        action.action_cancel()
        self.assertEqual(action.state, "cancelled")
        action.action_reset_draft()
        self.assertEqual(action.state, "draft")

    def test_manager_only_until_published(self):
        for user in (self.user_office, self.user_inspector, self.user_viewer):
            with self.assertRaises(AccessError):
                self.interview.with_user(user).read(["name"])
            self.assertFalse(
                self.env["edu.accountability.action"]
                .with_user(user)
                .search([("id", "=", self.interview.id)])
            )
        with self.assertRaises(AccessError):
            self.env["edu.accountability.action"].with_user(self.user_office).create(
                {"name": "x", "kind": "circular", "partner_id": self.unit_a1.id}
            )
        self.interview.write(
            {
                "interview_datetime": "2026-05-10 09:00:00",
                "interview_place": "Room 301",
                "person_ids": [(0, 0, {"name": "Wang Wei", "post": "Principal"})],
            }
        )
        self.interview.action_approve()
        self.interview.action_publish()
        for user in (self.user_office, self.user_viewer):
            self.interview.with_user(user).read(["name", "public_text"])
            self.interview.person_ids.with_user(user).read(["name"])
            with self.assertRaises(AccessError):
                self.interview.with_user(user).write({"name": "changed"})

    def test_non_manager_cannot_approve(self):
        with self.assertRaises(UserError):
            self.interview.with_user(self.user_office).action_approve()

    def test_pdf_of_each_kind(self):
        for kind in ("commendation", "interview", "circular", "accountability"):
            action = self.Action.create(
                {
                    "name": f"PDF {kind}",
                    "kind": kind,
                    "partner_id": self.unit_a1.id,
                    "person_ids": [(0, 0, {"name": "Wang Wei", "post": "Principal"})],
                    "recommendations": "No promotion for one year",
                }
            )
            html, _kind = self.env["ir.actions.report"]._render_qweb_html(
                "edu_supervision_rectification.edu_accountability_action_pdf_report", action.ids
            )
            self.assertIn(action.reference, html.decode())
            self.assertIn("Wang Wei", html.decode())
