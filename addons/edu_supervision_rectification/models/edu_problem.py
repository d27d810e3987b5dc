from markupsafe import Markup

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import (
    INSPECTOR_GROUP,
    MAIL_FIELD_PREFIXES,
    OFFICE_GROUP,
    check_group,
    check_scope,
    check_transition_fields,
)

#: Fields written only by the close-out / reopen / rectification transitions.
LIFECYCLE_FIELDS = (
    "state",
    "rebound",
    "reopen_count",
    "last_reopen_reason",
    "verification_note",
    "verification_evidence_ids",
    "verified_by_id",
    "closed_date",
)


class EduProblem(models.Model):
    _inherit = "edu.problem"

    state = fields.Selection(
        selection_add=[
            ("plan_submitted", "Plan Submitted"),
            ("rectifying", "Rectifying"),
            ("reported", "Rectification Reported"),
            ("closed",),
        ],
        ondelete={
            "plan_submitted": "set default",
            "rectifying": "set default",
            "reported": "set default",
        },
        tracking=True,
    )
    year = fields.Integer(
        compute="_compute_year",
        store=True,
        aggregator=False,
        help="Year the problem was found (inspection start, else creation).",
    )
    rebound = fields.Boolean(
        readonly=True,
        copy=False,
        tracking=True,
        help="The problem was closed out and later reopened (rebound, 反弹).",
    )
    reopen_count = fields.Integer(readonly=True, copy=False)
    last_reopen_reason = fields.Text(readonly=True, copy=False, tracking=True)
    verification_note = fields.Text(
        string="Close-out Note", readonly=True, copy=False, tracking=True
    )
    verification_evidence_ids = fields.Many2many(
        "ir.attachment",
        "edu_problem_evidence_attachment_rel",
        "problem_id",
        "attachment_id",
        string="Verification Evidence",
        readonly=True,
        copy=False,
    )
    verified_by_id = fields.Many2one(
        "res.users", string="Verified By", readonly=True, copy=False, tracking=True
    )
    closed_date = fields.Date(string="Close-out Date", readonly=True, copy=False, tracking=True)
    rectification_report_ids = fields.Many2many(
        "edu.rectification.report",
        "edu_problem_rectification_report_rel",
        "problem_id",
        "report_id",
        string="Rectification Reports",
        readonly=True,
        copy=False,
    )
    order_line_ids = fields.One2many(
        "edu.supervision.order.line", "problem_id", string="Supervision Orders", readonly=True
    )
    order_count = fields.Integer(compute="_compute_order_count", string="Order Count")
    escalation_candidate = fields.Boolean(
        string="Open without Open Order",
        compute="_compute_escalation_candidate",
        store=True,
        help="Not closed out and without open supervision order: the scheduled escalation "
        "looks only at these problems (partial indexes).",
    )
    lookback_line_ids = fields.One2many(
        "edu.lookback.line", "problem_id", string="Look-back Results", readonly=True
    )
    escalation_suggestion_ids = fields.Many2many(
        "edu.escalation.suggestion",
        "edu_escalation_suggestion_problem_rel",
        "problem_id",
        "suggestion_id",
        string="Escalation Suggestions",
        readonly=True,
        copy=False,
    )
    overdue_days = fields.Integer(compute="_compute_overdue_days")

    def init(self):
        res = super().init()
        # The escalation scans only candidates: processed problems leave the indexes,
        # so a batch does not re-read the problems that already have an order.
        self.env.cr.execute(
            "CREATE INDEX IF NOT EXISTS edu_problem_escalation_deadline_idx "
            "ON edu_problem (deadline) WHERE escalation_candidate = true"
        )
        self.env.cr.execute(
            "CREATE INDEX IF NOT EXISTS edu_problem_escalation_partner_idx "
            "ON edu_problem (partner_id, id) WHERE escalation_candidate = true"
        )
        return res

    @api.depends("state", "order_line_ids.is_open")
    def _compute_escalation_candidate(self):
        for problem in self:
            problem.escalation_candidate = problem.state != "closed" and not any(
                problem.order_line_ids.mapped("is_open")
            )

    @api.depends("inspection_id.year", "create_date")
    def _compute_year(self):
        for problem in self:
            problem.year = (
                problem.inspection_id.year or (problem.create_date or fields.Datetime.now()).year
            )

    def _compute_order_count(self):
        groups = self.env["edu.supervision.order.line"]._read_group(
            [("problem_id", "in", self.ids), ("order_id.state", "!=", "cancelled")],
            ["problem_id"],
            ["__count"],
        )
        counts = {problem.id: count for problem, count in groups}
        for problem in self:
            problem.order_count = counts.get(problem.id, 0)

    @api.depends("deadline", "state")
    def _compute_overdue_days(self):
        today = self.env.company._edu_today()
        for problem in self:
            if problem.deadline and problem.state != "closed" and problem.deadline < today:
                problem.overdue_days = (today - problem.deadline).days
            else:
                problem.overdue_days = 0

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, LIFECYCLE_FIELDS, create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], LIFECYCLE_FIELDS)
        if not self.env.su:
            locked = [name for name in vals if not name.startswith(MAIL_FIELD_PREFIXES)]
            if locked and any(problem.state == "closed" for problem in self):
                raise UserError(
                    self.env._(
                        "A closed-out problem is read-only. Reopen it (with a reason) to change it."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_closed(self):
        if any(problem.state == "closed" for problem in self):
            raise UserError(self.env._("A closed-out problem cannot be deleted."))
        ordered = self.filtered("order_line_ids")
        if ordered:
            raise UserError(
                self.env._(
                    "Problem “%s” is on a supervision order and cannot be deleted.",
                    ordered[0].display_name,
                )
            )

    # ------------------------------------------------------------------
    # Lifecycle
    # ------------------------------------------------------------------
    def _edu_check_state(self, allowed, action_label):
        wrong = self.filtered(lambda p: p.state not in allowed)
        if wrong:
            raise UserError(
                self.env._(
                    "“%(action)s” is not possible for these problems in their current state: "
                    "%(problems)s",
                    action=action_label,
                    problems=", ".join(wrong.mapped("display_name")),
                )
            )

    def _edu_write_lifecycle(self, vals):
        """Write what a transition changes on the problems.

        Only called by transition methods that checked the user's authority
        first (``_edu_check_*_authority``, the office checks of reports and
        orders, the look-back's inspectors). The write itself runs as superuser:
        the record rules lock the problems of an approved inspection against
        edits, not against their close-out management (销号), which comes after.
        """
        return self.sudo().write(vals)

    def _edu_check_close_authority(self):
        """Close-out (销号): the inspectors of the inspection team or the
        problem's responsible inspector, office staff of the problem's region,
        managers."""
        env = self.env
        check_group(
            env,
            INSPECTOR_GROUP,
            env._("Only inspectors and office staff can close out problems."),
        )
        check_scope(
            self,
            "read",
            env._("You cannot close out problems you do not have access to."),
        )
        if env.user.has_group(OFFICE_GROUP):
            return
        # Team and responsible inspector are employees, which inspectors do not
        # read: the membership is checked as superuser (the check, not data shown).
        outsiders = (
            self.sudo()
            .filtered(
                lambda p: (
                    env.user not in p.inspection_id.team_employee_ids.user_id
                    and p.responsible_employee_id.user_id != env.user
                )
            )
            .with_env(env)
        )
        if outsiders:
            raise AccessError(
                env._(
                    "Only the inspectors of the inspection team, the problem's responsible "
                    "inspector and office staff can close out: %s",
                    ", ".join(outsiders.mapped("display_name")),
                )
            )

    def _edu_check_reopen_authority(self):
        """Reopening a closed-out problem is decided by the office (a rebound
        found at a look-back reopens it through the look-back)."""
        env = self.env
        check_group(
            env,
            OFFICE_GROUP,
            env._(
                "Only office staff can reopen closed-out problems; a rebound found at a "
                "look-back reopens them when the look-back is completed."
            ),
        )
        check_scope(self, "read", env._("You cannot reopen problems you do not have access to."))

    def _edu_check_office_authority(self):
        env = self.env
        check_group(
            env,
            OFFICE_GROUP,
            env._("Only office staff manage the rectification of problems."),
        )
        check_scope(self, "read", env._("You cannot manage problems you do not have access to."))

    def _edu_mark_plan_submitted(self):
        """A rectification plan covering the problems was submitted."""
        self.filtered(lambda p: p.state == "open")._edu_write_lifecycle({"state": "plan_submitted"})

    def _edu_mark_plan_returned(self):
        self.filtered(lambda p: p.state == "plan_submitted")._edu_write_lifecycle({"state": "open"})

    def action_edu_start_rectification(self):
        """The plan is accepted (or none is needed): the unit is rectifying."""
        self._edu_check_office_authority()
        self._edu_check_state(("open", "plan_submitted"), self.env._("Start rectification"))
        self._edu_write_lifecycle({"state": "rectifying"})
        return True

    def _edu_mark_reported(self):
        """A rectification (result) report covering the problems was submitted."""
        self.filtered(
            lambda p: p.state in ("open", "plan_submitted", "rectifying")
        )._edu_write_lifecycle({"state": "reported"})

    def _edu_mark_report_returned(self):
        self.filtered(lambda p: p.state == "reported")._edu_write_lifecycle({"state": "rectifying"})

    def _edu_close(self, note, attachments):
        """Verify and close out (销号) the problems, with a verification note and
        evidence (see :meth:`_edu_check_close_authority` for who may)."""
        if not self:
            raise UserError(self.env._("Select the problems to close out."))
        self._edu_check_close_authority()
        if not (note or "").strip():
            raise UserError(self.env._("A verification note is required to close out a problem."))
        if not attachments:
            raise UserError(self.env._("Evidence is required to close out a problem."))
        self._edu_check_state(("reported",), self.env._("Close out"))
        self._edu_write_lifecycle(
            {
                "state": "closed",
                "verification_note": note,
                "verification_evidence_ids": [fields.Command.set(attachments.ids)],
                "verified_by_id": self.env.user.id,
                "closed_date": self.env.company._edu_today(),
            }
        )
        body = Markup("<p>%s</p>") % self.env._("Closed out (销号). Verification: %s", note)
        self._message_log_batch(dict.fromkeys(self.ids, body))
        return True

    def _edu_reopen(self, reason):
        """Reopen closed-out problems: they rebounded (反弹).

        The callers check the authority: the reopen wizard (office) and the
        completion of a look-back (its inspectors)."""
        if not (reason or "").strip():
            raise UserError(self.env._("A reason is required to reopen a problem."))
        self._edu_check_state(("closed",), self.env._("Reopen"))
        for problem in self:
            problem._edu_write_lifecycle(
                {
                    "state": "rectifying",
                    "rebound": True,
                    "reopen_count": problem.reopen_count + 1,
                    "last_reopen_reason": reason,
                    "closed_date": False,
                }
            )
        body = Markup("<p>%s</p>") % self.env._("Reopened (rebound). Reason: %s", reason)
        self._message_log_batch(dict.fromkeys(self.ids, body))
        return True

    def _edu_wizard_action(self, res_model, name):
        return {
            "type": "ir.actions.act_window",
            "name": name,
            "res_model": res_model,
            "view_mode": "form",
            "target": "new",
            "context": {"default_problem_ids": self.ids},
        }

    def action_close(self):
        """Close-out goes through the verification wizard (note + evidence)."""
        self._edu_check_close_authority()
        self._edu_check_state(("reported",), self.env._("Close out"))
        return self._edu_wizard_action(
            "edu.problem.close.wizard", self.env._("Verify and Close Out")
        )

    def action_reopen(self):
        """Reopening goes through the wizard asking for the reason."""
        self._edu_check_reopen_authority()
        self._edu_check_state(("closed",), self.env._("Reopen"))
        return self._edu_wizard_action("edu.problem.reopen.wizard", self.env._("Reopen Problem"))

    def action_edu_view_orders(self):
        check_scope(self, "read", self.env._("You cannot open problems you do not have access to."))
        orders = self.order_line_ids.order_id
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_rectification.edu_supervision_order_action"
        )
        action["domain"] = [("id", "in", orders.ids)]
        action["context"] = {"create": False}
        return action
