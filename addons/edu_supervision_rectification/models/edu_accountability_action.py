from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision.tools import (
    MANAGER_GROUP,
    as_transition,
    check_group,
    check_transition_fields,
)

#: Fields written only by the approval and publication transitions.
TRANSITION_FIELDS = (
    "state",
    "approved_by_id",
    "approval_date",
    "published_date",
    "is_published",
    "reference",
)

ACTION_KINDS = [
    ("commendation", "Commendation"),
    ("interview", "Interview"),
    ("circular", "Circular"),
    ("accountability", "Accountability Recommendation"),
]


class EduAccountabilityAction(models.Model):
    _name = "edu.accountability.action"
    _description = "Accountability Action"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    reference = fields.Char(required=True, readonly=True, copy=False, default="/")
    kind = fields.Selection(ACTION_KINDS, required=True, default="interview", tracking=True)
    date = fields.Date(
        required=True, default=lambda self: self.env.company._edu_today(), tracking=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Target Unit", required=True, index=True, tracking=True
    )
    person_ids = fields.One2many(
        "edu.accountability.person", "action_id", string="Persons Concerned", copy=True
    )
    problem_ids = fields.Many2many("edu.problem", string="Problems")
    inspection_ids = fields.Many2many("edu.inspection", string="Inspections")
    description = fields.Html(string="Facts and Grounds")
    # Commendation (§14)
    reward = fields.Text(string="Commendation / Reward")
    # Interview 约谈 (§15)
    interview_datetime = fields.Datetime(string="Interview Date")
    interview_place = fields.Char(string="Place")
    interviewer_ids = fields.Many2many("hr.employee", string="Interviewers")
    record = fields.Html(string="Written Record")
    cc_partner_ids = fields.Many2many(
        "res.partner",
        "edu_accountability_action_cc_partner_rel",
        "action_id",
        "partner_id",
        string="Copied To",
        help="Bodies the record is copied to: local party committee, government, "
        "superior department.",
    )
    follow_up = fields.Text(string="Follow-up")
    follow_up_date = fields.Date(string="Follow-up Due")
    # Circular 通报 (§16)
    recommend_no_promotion = fields.Boolean(
        string="Recommend No Promotion",
        help="Recommend that the responsible leaders not be promoted or appointed.",
    )
    recommendations = fields.Text()
    # Accountability recommendation 问责建议 (§17)
    authority_partner_id = fields.Many2one("res.partner", string="Accountability Authority")
    authority_reply = fields.Text(string="Authority's Reply")
    reply_date = fields.Date()
    # Workflow
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("published", "Published"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    approval_date = fields.Date(readonly=True, copy=False, tracking=True)
    public_text = fields.Text(
        string="Public Text", help="Text shown on the public page once published.", tracking=True
    )
    is_published = fields.Boolean(
        string="Published", compute="_compute_is_published", store=True, index=True
    )
    published_date = fields.Date(readonly=True, copy=False, tracking=True)
    suggestion_id = fields.Many2one(
        "edu.escalation.suggestion", string="Escalation Suggestion", readonly=True, copy=False
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("state")
    def _compute_is_published(self):
        for action in self:
            action.is_published = action.state == "published"

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        for vals in vals_list:
            if vals.get("reference", "/") == "/":
                vals["reference"] = (
                    self.env["ir.sequence"].next_by_code("edu.accountability.action") or "/"
                )
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if self.filtered(lambda a: a.state not in ("draft", "cancelled")):
            raise UserError(
                self.env._(
                    "An approved or published accountability action cannot be deleted: "
                    "cancel it first."
                )
            )

    def _edu_check_manager(self):
        check_group(
            self.env,
            MANAGER_GROUP,
            self.env._("Only managers approve and publish accountability actions."),
        )

    def _edu_check_action_state(self, allowed):
        if self.filtered(lambda a: a.state not in allowed):
            raise UserError(
                self.env._("This action is not possible in the current state of the record.")
            )

    def _edu_check_complete(self):
        for action in self:
            if action.kind == "interview" and not (
                action.interview_datetime and action.interview_place and action.person_ids
            ):
                raise UserError(
                    self.env._("An interview needs its date, place and the interviewees.")
                )
            if action.kind == "accountability" and not action.authority_partner_id:
                raise UserError(
                    self.env._(
                        "An accountability recommendation needs the authority it is sent to."
                    )
                )

    def action_approve(self):
        self._edu_check_manager()
        self._edu_check_action_state(("draft",))
        self._edu_check_complete()
        as_transition(self).write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approval_date": self.env.company._edu_today(),
            }
        )
        return True

    def action_publish(self):
        self._edu_check_manager()
        self._edu_check_action_state(("approved",))
        if any(not (action.public_text or "").strip() for action in self):
            raise UserError(self.env._("Write the public text before publishing."))
        as_transition(self).write(
            {"state": "published", "published_date": self.env.company._edu_today()}
        )
        return True

    def action_unpublish(self):
        self._edu_check_manager()
        self._edu_check_action_state(("published",))
        as_transition(self).write({"state": "approved", "published_date": False})
        return True

    def action_cancel(self):
        self._edu_check_manager()
        self._edu_check_action_state(("draft", "approved"))
        as_transition(self).write({"state": "cancelled"})
        return True

    def action_reset_draft(self):
        self._edu_check_manager()
        self._edu_check_action_state(("cancelled", "approved"))
        as_transition(self).write(
            {"state": "draft", "approved_by_id": False, "approval_date": False}
        )
        return True
