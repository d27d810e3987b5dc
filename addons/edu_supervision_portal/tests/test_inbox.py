from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduPortalCase


@tagged("post_install", "-at_install")
class TestInbox(EduPortalCase):
    """The office's inbox: every incoming submission, accepted or returned from there."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem_a1 = cls._problem_of(cls.school_a1)
        cls.problem_b1 = cls._problem_of(cls.school_b1)
        Report = cls.env["edu.rectification.report"]
        cls.report_a1 = Report.with_user(cls.user_portal_a1).create(
            {"kind": "plan", "partner_id": cls.unit_a1.id, "problem_ids": cls.problem_a1.ids}
        )
        cls.report_a1.action_submit()
        cls.report_b1 = Report.with_user(cls.user_portal_b1).create(
            {"kind": "plan", "partner_id": cls.unit_b1.id, "problem_ids": cls.problem_b1.ids}
        )
        cls.report_b1.action_submit()
        target = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a1)
        cls.assessment = (
            cls.env["edu.self.assessment"]
            .with_user(cls.user_portal_a1)
            .create({"target_id": target.id})
        )
        cls.assessment.line_ids.write({"self_score": 5})
        cls.assessment.action_submit()

    def _row(self, document, user=None):
        self.env.invalidate_all()
        return (
            self.env["edu.portal.submission"]
            .with_user(user or self.user_office)
            .search([("res_model", "=", document._name), ("res_id", "=", document.id)])
        )

    def test_rows(self):
        row = self._row(self.report_a1)
        self.assertEqual(row.kind, "plan")
        self.assertEqual(row.state, "submitted")
        self.assertEqual(row.partner_id, self.unit_a1)
        self.assertEqual(row.submitted_by_id, self.user_portal_a1)
        self.assertEqual(self._row(self.assessment).kind, "self_assessment")
        self.assertEqual(self._row(self.assessment).region_id, self.region_a)
        # a district office sees its district's
        self.assertTrue(self._row(self.report_a1, self.user_district_office))
        self.assertFalse(self._row(self.report_b1, self.user_district_office))
        for user in (self.user_viewer, self.user_inspector, self.user_portal_a1):
            with self.assertRaises(AccessError):
                self._row(self.report_a1, user)

    def test_accept_and_return_from_the_inbox(self):
        self._row(self.report_a1).action_accept()
        self.assertEqual(self.report_a1.state, "accepted")
        self.assertEqual(self._row(self.report_a1).state, "accepted")
        with self.assertRaises(UserError):
            self._row(self.report_a1).action_accept()
        action = self._row(self.assessment).action_return()
        wizard = (
            self.env["edu.portal.return.wizard"]
            .with_user(self.user_office)
            .with_context(**action["context"])
            .create({"comment": "Score 2.1 with the drill records."})
        )
        wizard.action_confirm()
        self.assertEqual(self.assessment.state, "returned")
        self.assertEqual(self.assessment.review_comment, "Score 2.1 with the drill records.")
        self.assertEqual(self._row(self.assessment).state, "returned")
        # the district office cannot accept another district's submission
        with self.assertRaises(AccessError):
            self._row(self.report_b1).with_user(self.user_district_office).action_accept()

    def test_order_answers(self):
        order = self.env["edu.supervision.order"].create(
            {
                "partner_id": self.unit_a1.id,
                "reason": "Overdue",
                "new_deadline": self.today.replace(year=self.today.year + 1),
                "line_ids": [Command.create({"problem_id": self.problem_a1.id})],
            }
        )
        order.with_user(self.user_office).action_issue()
        self.assertFalse(self._row(order))
        portal_order = order.with_user(self.user_portal_a1)
        portal_order.write({"answer": "Done."})
        portal_order.action_answer()
        row = self._row(order)
        self.assertEqual((row.kind, row.state), ("order_answer", "submitted"))
        self.assertEqual(order.sudo().activity_ids.user_id, self.user_office, "the issuer reviews")
        action = row.action_return()
        self.env["edu.portal.return.wizard"].with_user(self.user_office).with_context(
            **action["context"]
        ).create({"comment": "Attach the sheet."}).action_confirm()
        self.assertEqual(order.state, "issued")
        self.assertEqual(self._row(order).state, "returned")
        portal_order.action_answer()
        self._row(order).action_accept()
        self.assertEqual(order.state, "closed")

    def test_open_document(self):
        action = self._row(self.report_a1).action_open_document()
        self.assertEqual(
            (action["res_model"], action["res_id"]), (self.report_a1._name, self.report_a1.id)
        )
