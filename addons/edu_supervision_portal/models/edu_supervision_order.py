from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools import (
    as_transition,
    in_transition,
    is_portal_user,
    notify_units,
    portal_today,
    portal_unit,
)

#: Written only by the acknowledgement and the answer's transitions.
TRANSITION_FIELDS = frozenset({"acknowledge_date", "acknowledged_by_id", "answered_by_id"})
#: The unit's answer: final once the office closed the order on it.
ANSWER_FIELDS = frozenset({"answer", "answer_attachment_ids"})
REVIEW_ACTIVITY = "edu_supervision_portal.mail_activity_type_portal_review"


class EduSupervisionOrder(models.Model):
    _name = "edu.supervision.order"
    _inherit = ["edu.supervision.order", "edu.portal.mixin"]

    _edu_portal_fields = frozenset({"answer"})
    _edu_portal_attachment_fields = frozenset({"answer_attachment_ids"})

    # The name of the issuing office, read by the unit too (the committees are not).
    issuing_office = fields.Char(compute_sudo=True)
    acknowledge_date = fields.Date(
        string="Receipt Acknowledged On",
        readonly=True,
        copy=False,
        tracking=True,
        help="Date the unit acknowledged receipt of the order on the portal.",
    )
    acknowledged_by_id = fields.Many2one(
        "res.users", string="Receipt Acknowledged By", readonly=True, copy=False
    )
    answered_by_id = fields.Many2one("res.users", string="Answered By", readonly=True, copy=False)
    answer_attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_supervision_order_answer_attachment_rel",
        "order_id",
        "attachment_id",
        string="Evidence of the Answer",
    )
    answer_review_comment = fields.Text(
        string="Comments on the Answer",
        tracking=True,
        help="Why the office returned the unit's answer.",
    )

    def _edu_is_accepted(self):
        return self.state == "closed"

    @api.model_create_multi
    def create(self, vals_list):
        self._edu_portal_check_vals(vals_list)
        if not in_transition(self.env) and any(
            TRANSITION_FIELDS.intersection(vals) for vals in vals_list
        ):
            raise AccessError(self.env._("Acknowledgements are recorded by their buttons only."))
        return super().create(vals_list)

    def write(self, vals):
        self._edu_portal_check_vals([vals])
        if TRANSITION_FIELDS.intersection(vals) and not in_transition(self.env):
            raise AccessError(self.env._("Acknowledgements are recorded by their buttons only."))
        if ANSWER_FIELDS.intersection(vals) and not in_transition(self.env) and not self.env.su:
            if any(order.state in ("answered", "closed") for order in self):
                raise UserError(
                    self.env._(
                        "The unit's answer is final once given: return it to the unit to "
                        "have it changed."
                    )
                )
        res = super().write(vals)
        if vals.get("state") == "issued" and vals.get("issue_date"):
            notify_units(self, "edu_supervision_portal.mail_template_order_issued")
        if vals.get("state") in ("closed", "cancelled", "issued"):
            self.activity_feedback([REVIEW_ACTIVITY])
        return res

    # ------------------------------------------------------------------
    # The unit on the portal
    # ------------------------------------------------------------------
    def _edu_check_unit_or_office(self, message):
        """The unit's own portal users, or office staff on its behalf."""
        if not is_portal_user(self.env):
            self._edu_check_office()
            return
        unit = portal_unit(self.env)
        if not unit or any(order.partner_id != unit for order in self):
            raise AccessError(message)
        if not self.has_access("write"):
            raise AccessError(message)

    def _edu_check_answer_authority(self):
        """The unit's own portal users answer its orders too."""
        self._edu_check_unit_or_office(
            self.env._("You can only answer the supervision orders of your own unit.")
        )

    def action_acknowledge(self):
        """The unit acknowledges receipt of the order (dated, by whom)."""
        self._edu_check_unit_or_office(
            self.env._("You can only acknowledge the supervision orders of your own unit.")
        )
        self._edu_check_order_state(("issued",))
        if self.filtered("acknowledge_date"):
            raise UserError(self.env._("Receipt of this order has already been acknowledged."))
        as_transition(self).write(
            {"acknowledge_date": portal_today(self.env), "acknowledged_by_id": self.env.uid}
        )
        return True

    def action_answer(self):
        self._edu_check_answer_authority()
        self._edu_check_order_state(("issued",))
        # stamped while the order is still open to the unit (its write access ends with it)
        as_transition(self).write({"answered_by_id": self.env.uid})
        res = super().action_answer()
        if is_portal_user(self.env):
            for order in self:
                issuer = order.sudo().issuer_id
                if issuer.active and not issuer.share:
                    # portal users cannot assign activities: the system does, for the issuer
                    order.sudo().activity_schedule(
                        REVIEW_ACTIVITY,
                        user_id=issuer.id,
                        summary=self.env._("Answer received: %s", order.display_name),
                    )
        return res

    def action_return_answer(self):
        """The office returns the unit's answer with comments: the order is open again."""
        self._edu_check_office()
        self._edu_check_order_state(("answered",))
        if any(not (order.answer_review_comment or "").strip() for order in self):
            raise UserError(self.env._("Write the comments on the answer before returning it."))
        as_transition(self).write(
            {"state": "issued", "answer_date": False, "answered_by_id": False}
        )
        notify_units(self, "edu_supervision_portal.mail_template_order_answer_returned")
        return True

    def _edu_portal_return(self, comment):
        self._edu_check_office()
        self.write({"answer_review_comment": comment})
        return self.action_return_answer()
