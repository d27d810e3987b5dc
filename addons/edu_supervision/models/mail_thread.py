from odoo import models, tools


class MailThread(models.AbstractModel):
    _inherit = "mail.thread"

    def _message_compute_author(self, author_id=None, email_from=None, raise_on_email=True):
        """An internal user without e-mail address writes from the company's address.

        Odoo refuses to post a message, a notification or an activity assignment
        ("Unable to send message, please configure the sender's email address.") when the
        acting user has no e-mail address. Many of the platform's users have none: their
        messages keep them as author and are sent as "Their Name <company address>", the
        company's e-mail or else its catchall. Without either, Odoo's error stands.
        """
        author_id, email_from = super()._message_compute_author(
            author_id=author_id, email_from=email_from, raise_on_email=False
        )
        if not email_from and author_id:
            email_from = self._edu_company_email_from(author_id)
        if not email_from and raise_on_email:
            # Odoo's own refusal (and its translated message)
            return super()._message_compute_author(
                author_id=author_id, email_from=email_from, raise_on_email=True
            )
        return author_id, email_from

    def _edu_company_email_from(self, author_id):
        """``"Name <company address>"`` for the acting internal user, else False."""
        user = self.env.user
        if author_id != user.partner_id.id or user.share:
            return False
        addresses = tools.email_split(self.env.company.email_formatted)
        if not addresses:
            return False
        return tools.formataddr((user.partner_id.name or "", addresses[0]))
