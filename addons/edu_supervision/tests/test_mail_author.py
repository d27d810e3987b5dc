from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestMailAuthor(EduSupervisionCase):
    """A user without e-mail address posts, notifies and assigns activities: the message
    keeps its author and is sent from the company's address."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_office.partner_id.email = False
        cls.company.partner_id.email = "office@wuhai.example.com"

    def test_post_without_email_uses_company_address(self):
        self.assertFalse(self.user_office.email)
        message = self.school_a1.with_user(self.user_office).message_post(body="Visited.")
        self.assertEqual(message.author_id, self.user_office.partner_id)
        self.assertEqual(message.email_from, '"T Office" <office@wuhai.example.com>')

    def test_own_address_first(self):
        message = self.school_a1.with_user(self.user_manager).message_post(body="Visited.")
        self.assertEqual(message.author_id, self.user_manager.partner_id)
        self.assertEqual(message.email_from, self.user_manager.partner_id.email_formatted)

    def test_catchall_when_the_company_has_no_address(self):
        self.company.partner_id.email = False
        self.company.alias_domain_id = self.env["mail.alias.domain"].create(
            {"name": "wuhai.example.com"}
        )
        message = self.school_a1.with_user(self.user_office).message_post(body="Visited.")
        self.assertEqual(message.email_from, '"T Office" <catchall@wuhai.example.com>')

    def test_no_address_at_all_is_refused(self):
        self.company.partner_id.email = False
        self.company.alias_domain_id = False
        with self.assertRaises(UserError):
            self.school_a1.with_user(self.user_office).message_post(body="Visited.")

    def test_activity_for_another_user(self):
        """Assigning an activity to someone else notifies them in the author's name."""
        activity = self.school_a1.with_user(self.user_office).activity_schedule(
            "mail.mail_activity_data_todo", summary="Check canteen", user_id=self.user_manager.id
        )
        self.assertEqual(activity.user_id, self.user_manager)
        notification = self.env["mail.message"].search(
            [("model", "=", "edu.school"), ("res_id", "=", self.school_a1.id)],
            order="id desc",
            limit=1,
        )
        self.assertEqual(notification.author_id, self.user_office.partner_id)
        self.assertEqual(notification.email_from, '"T Office" <office@wuhai.example.com>')
