from odoo import fields, models
from odoo.exceptions import AccessError, UserError

from ..tools import in_transition, is_portal_user, notify_units, portal_today, portal_unit

#: Fields the unit's acknowledgement of the feedback writes.
FEEDBACK_ACK_FIELDS = frozenset({"feedback_ack_date", "feedback_ack_user_id"})


class EduInspectionTarget(models.Model):
    _inherit = "edu.inspection.target"

    feedback_ack_date = fields.Date(
        string="Feedback Acknowledged On",
        readonly=True,
        copy=False,
        help="Date the unit acknowledged the feedback (反馈) on the portal.",
    )
    feedback_ack_user_id = fields.Many2one(
        "res.users", string="Feedback Acknowledged By", readonly=True, copy=False
    )
    self_assessment_ids = fields.One2many(
        "edu.self.assessment", "target_id", string="Self-assessment", readonly=True
    )

    def write(self, vals):
        if FEEDBACK_ACK_FIELDS.intersection(vals) and not in_transition(self.env):
            raise AccessError(
                self.env._("The acknowledgement of the feedback is recorded by its button only.")
            )
        return super().write(vals)

    def _edu_portal_notify(self, template_xmlid):
        notify_units(self, template_xmlid)

    def action_acknowledge_feedback(self):
        """The unit acknowledges the feedback it received (dated, by whom)."""
        unit = portal_unit(self.env)
        if not is_portal_user(self.env) or not unit:
            raise AccessError(self.env._("Only the unit itself acknowledges its feedback."))
        self.check_access("read")
        if any(target.partner_id != unit for target in self):
            raise AccessError(self.env._("Only the unit itself acknowledges its feedback."))
        for target in self:
            if not target.feedback_date:
                raise UserError(self.env._("No feedback has been sent to your unit yet."))
            if target.feedback_ack_date:
                raise UserError(self.env._("This feedback has already been acknowledged."))
        # The unit has no write access to the inspected unit (its scores and evaluation):
        # the acknowledgement, checked above, is written by the system.
        self.sudo().write(
            {"feedback_ack_date": portal_today(self.env), "feedback_ack_user_id": self.env.uid}
        )
        self.inspection_id.sudo().message_post(
            body=self.env._(
                "%(unit)s acknowledged the feedback on %(date)s.",
                unit=unit.display_name,
                date=portal_today(self.env),
            ),
            author_id=self.env.user.partner_id.id,
            subtype_xmlid="mail.mt_note",
        )
        return True
