from datetime import timedelta

from odoo import api, fields, models

from ..tools import notify_units, portal_today

#: A reminder goes to the unit this many days before a problem's deadline.
REMINDER_DAYS = 7


class EduProblem(models.Model):
    _inherit = "edu.problem"

    portal_soon_notified = fields.Boolean(
        string="Deadline Reminder Sent",
        readonly=True,
        copy=False,
        help="The unit was reminded that the deadline is near (reset when it changes).",
    )
    portal_overdue_notified = fields.Boolean(
        string="Overdue Notice Sent",
        readonly=True,
        copy=False,
        help="The unit was told that the problem is overdue (reset when the deadline changes).",
    )

    def write(self, vals):
        if "deadline" in vals:
            vals = dict(vals, portal_soon_notified=False, portal_overdue_notified=False)
        return super().write(vals)

    @api.model
    def _edu_portal_notice_domain(self):
        return [
            ("state", "!=", "closed"),
            ("deadline", "!=", False),
            ("partner_id.edu_portal_contact_ids", "!=", False),
        ]

    @api.model
    def _cron_edu_portal_deadline_notices(self):
        """Tell the units on the portal, once per deadline, that a problem's deadline is
        in 7 days or less, and that it has passed."""
        today = portal_today(self.env)
        soon = self.search(
            self._edu_portal_notice_domain()
            + [
                ("deadline", ">=", today),
                ("deadline", "<=", today + timedelta(days=REMINDER_DAYS)),
                ("portal_soon_notified", "=", False),
            ]
        )
        notify_units(soon, "edu_supervision_portal.mail_template_problem_deadline_soon")
        soon.write({"portal_soon_notified": True})
        overdue = self.search(
            self._edu_portal_notice_domain()
            + [("deadline", "<", today), ("portal_overdue_notified", "=", False)]
        )
        notify_units(overdue, "edu_supervision_portal.mail_template_problem_overdue")
        overdue.write({"portal_overdue_notified": True})
        return soon, overdue
