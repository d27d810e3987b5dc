from datetime import timedelta

from freezegun import freeze_time

from odoo import Command
from odoo.tests import tagged

from .common import EduPortalCase


@tagged("post_install", "-at_install")
class TestNotifications(EduPortalCase):
    """Mail to the units' portal contacts, in their language: new inspection, deadline
    in 7 days, overdue, new supervision order, returned submission."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env.ref("base.lang_zh_CN").sudo().active = True
        cls.user_portal_a1.partner_id.lang = "zh_CN"

    def _mails(self, partner, template_xmlid=None):
        mails = self.env["mail.mail"].search([("recipient_ids", "in", partner.ids)])
        if template_xmlid:
            template = self.env.ref(template_xmlid)
            mails = mails.filtered(lambda m: m.mail_message_id.model == template.model)
        return mails

    def test_inspection_announced(self):
        inspection = self._inspection(self.school_a1, "draft")
        contact = self.user_portal_a1.partner_id
        before = self._mails(contact)
        inspection.with_user(self.user_office).action_schedule()
        mail = self._mails(contact) - before
        self.assertEqual(len(mail), 1)
        self.assertIn(inspection.name, mail.subject)
        self.assertIn(f"/my/supervision/inspections/{inspection.id}", mail.body_html)
        # unannounced inspections are not announced
        secret = self._inspection(self.school_a1, "draft", method="unannounced")
        before = self._mails(contact)
        secret.with_user(self.user_office).action_schedule()
        self.assertFalse(self._mails(contact) - before)

    def test_order_issued_and_answer_returned(self):
        problem = self._problem_of(self.school_a1)
        order = self.env["edu.supervision.order"].create(
            {
                "partner_id": self.unit_a1.id,
                "reason": "Overdue",
                "new_deadline": self.today + timedelta(days=15),
                "line_ids": [Command.create({"problem_id": problem.id})],
            }
        )
        contact = self.user_portal_a1.partner_id
        before = self._mails(contact)
        order.with_user(self.user_office).action_issue()
        mail = self._mails(contact) - before
        self.assertEqual(len(mail), 1)
        self.assertIn(order.name, mail.subject)
        order.with_user(self.user_portal_a1).write({"answer": "Done."})
        order.with_user(self.user_portal_a1).action_answer()
        before = self._mails(contact)
        order.answer_review_comment = "Attach the check sheet."
        order.with_user(self.user_office).action_return_answer()
        mail = self._mails(contact) - before
        self.assertEqual(len(mail), 1, "one mail: the returned answer, not a new order")
        self.assertIn("Attach the check sheet.", mail.body_html)

    def test_report_returned(self):
        problem = self._problem_of(self.school_a1)
        report = self.env["edu.rectification.report"].create(
            {"kind": "plan", "partner_id": self.unit_a1.id, "problem_ids": problem.ids}
        )
        report.with_user(self.user_portal_a1).action_submit()
        contact = self.user_portal_a1.partner_id
        before = self._mails(contact)
        report.review_comment = "Name a responsible person."
        report.with_user(self.user_office).action_return()
        mail = self._mails(contact) - before
        self.assertEqual(len(mail), 1)
        self.assertIn("Name a responsible person.", mail.body_html)

    def test_chinese_mail_for_chinese_contacts(self):
        contact = self.user_portal_a1.partner_id
        inspection = self._inspection(self.school_a1, "draft")
        before = self._mails(contact)
        inspection.with_user(self.user_office).action_schedule()
        mail = self._mails(contact) - before
        self.assertIn("督导", mail.subject + mail.body_html)

    def test_deadline_reminders_once(self):
        Problem = self.env["edu.problem"]
        soon = self._problem_of(self.school_a1, deadline=self.today + timedelta(days=7))
        later = self._problem_of(self.school_a1, deadline=self.today + timedelta(days=8))
        overdue = self._problem_of(self.school_a1, deadline=self.today - timedelta(days=1))
        closed = self._problem_of(self.school_a1, deadline=self.today - timedelta(days=1))
        closed.write({"state": "closed"})
        no_portal = self._problem_of(self.school_b1, deadline=self.today + timedelta(days=3))
        self.user_portal_b1.partner_id.edu_unit_partner_id = False
        self.user_portal_b1.partner_id.flush_recordset()
        with freeze_time(self.today):
            reminded, overdue_notified = Problem._cron_edu_portal_deadline_notices()
        self.assertIn(soon, reminded)
        self.assertNotIn(later, reminded)
        self.assertNotIn(no_portal, reminded, "no portal contact: the office informs the unit")
        self.assertIn(overdue, overdue_notified)
        self.assertNotIn(closed, overdue_notified)
        contact = self.user_portal_a1.partner_id
        self.assertTrue(self._mails(contact).filtered(lambda m: soon.name in m.subject))
        with freeze_time(self.today):
            reminded, overdue_notified = Problem._cron_edu_portal_deadline_notices()
        self.assertNotIn(soon, reminded, "reminded once per deadline")
        self.assertNotIn(overdue, overdue_notified)
        # a new deadline, a new reminder
        soon.deadline = self.today + timedelta(days=5)
        with freeze_time(self.today + timedelta(days=1)):
            reminded, _overdue = Problem._cron_edu_portal_deadline_notices()
        self.assertIn(soon, reminded)
        self.assertIn(later, reminded)

    def test_cron_is_scheduled(self):
        cron = self.env.ref("edu_supervision_portal.ir_cron_edu_portal_deadline_notices")
        self.assertTrue(cron.active)
        self.assertEqual(cron.interval_type, "days")
