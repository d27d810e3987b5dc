from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import (
    MANAGER_GROUP,
    OFFICE_GROUP,
    as_transition,
    check_transition_fields,
)

ESCALATION_BATCH_SIZE = 1000
#: Overdue problems from which a run started from the web client is a background job
#: (the system parameter ``edu_supervision.job_threshold.escalation`` overrides it).
ESCALATION_JOB_THRESHOLD = 2000
FAILED_ORDER_STATES = ("issued", "answered", "closed")

#: Fields written only by the decisions (accept, dismiss).
TRANSITION_FIELDS = ("state", "action_id", "decided_by_id")


class EduEscalationSuggestion(models.Model):
    _name = "edu.escalation.suggestion"
    _description = "Escalation Suggestion"
    _inherit = ["mail.thread"]
    _order = "create_date desc, id desc"

    name = fields.Char(compute="_compute_name", store=True)
    kind = fields.Selection(
        [("interview", "Interview"), ("circular", "Circular")], required=True, readonly=True
    )
    partner_id = fields.Many2one(
        "res.partner", string="Unit", required=True, readonly=True, index=True
    )
    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        compute="_compute_region_id",
        store=True,
        index=True,
        help="Region of the unit: district offices see the suggestions about the units "
        "of their district; units without region are seen by the city office only.",
    )
    year = fields.Integer(required=True, readonly=True, aggregator=False)
    problem_ids = fields.Many2many(
        "edu.problem",
        "edu_escalation_suggestion_problem_rel",
        "suggestion_id",
        "problem_id",
        string="Problems",
        readonly=True,
    )
    reason = fields.Text(readonly=True)
    state = fields.Selection(
        [("pending", "Pending"), ("accepted", "Accepted"), ("dismissed", "Dismissed")],
        default="pending",
        required=True,
        readonly=True,
        tracking=True,
        index=True,
    )
    dismiss_reason = fields.Text(tracking=True)
    action_id = fields.Many2one(
        "edu.accountability.action", string="Accountability Action", readonly=True
    )
    decided_by_id = fields.Many2one("res.users", string="Decided By", readonly=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    def init(self):
        # One pending suggestion per unit and kind; one circular suggestion per unit
        # and year, even when escalation runs overlap.
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS edu_escalation_suggestion_pending_uniq "
            "ON edu_escalation_suggestion (partner_id, kind) WHERE state = 'pending'"
        )
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS edu_escalation_suggestion_circular_uniq "
            "ON edu_escalation_suggestion (partner_id, year) WHERE kind = 'circular'"
        )

    @api.depends("partner_id")
    def _compute_region_id(self):
        regions = self.partner_id._edu_unit_regions()
        for suggestion in self:
            suggestion.region_id = regions.get(suggestion.partner_id.id, False)

    @api.depends("kind", "partner_id", "year")
    def _compute_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for suggestion in self:
            kind = kinds.get(suggestion.kind, "")
            suggestion.name = f"{kind} - {suggestion.partner_id.name or ''} ({suggestion.year})"

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        return super().write(vals)

    # ------------------------------------------------------------------
    # Decisions
    # ------------------------------------------------------------------
    def _edu_check_pending_manager(self):
        if not self.env.user.has_group(MANAGER_GROUP):
            raise AccessError(self.env._("Only managers decide on escalation suggestions."))
        if self.filtered(lambda s: s.state != "pending"):
            raise UserError(self.env._("This suggestion was already decided."))

    def _edu_prepare_action_vals(self):
        self.ensure_one()
        return {
            "name": self.name,
            "kind": self.kind,
            "partner_id": self.partner_id.id,
            "problem_ids": [fields.Command.set(self.problem_ids.ids)],
            "inspection_ids": [fields.Command.set(self.problem_ids.inspection_id.ids)],
            "description": self.reason,
            "suggestion_id": self.id,
            "company_id": self.company_id.id,
        }

    def action_accept(self):
        """Accept: create the (draft) accountability action."""
        self._edu_check_pending_manager()
        actions = self.env["edu.accountability.action"]
        for suggestion in self:
            action = actions.create(suggestion._edu_prepare_action_vals())
            as_transition(suggestion).write(
                {"state": "accepted", "action_id": action.id, "decided_by_id": self.env.user.id}
            )
            actions |= action
        if len(actions) == 1:
            return {
                "type": "ir.actions.act_window",
                "res_model": "edu.accountability.action",
                "res_id": actions.id,
                "view_mode": "form",
            }
        return True

    def action_dismiss(self):
        self._edu_check_pending_manager()
        if any(not (s.dismiss_reason or "").strip() for s in self):
            raise UserError(self.env._("Give the reason for dismissing the suggestion."))
        as_transition(self).write({"state": "dismissed", "decided_by_id": self.env.user.id})
        return True

    # ------------------------------------------------------------------
    # Escalation run from the web client
    # ------------------------------------------------------------------
    def _edu_check_run_escalation(self):
        """The escalation covers the whole city and drafts the orders in the name
        of the city office: the city office staff and the managers run it."""
        user = self.env.user
        city_office = user.has_group(OFFICE_GROUP) and not user.edu_region_id.parent_id
        if not (city_office or user.has_group(MANAGER_GROUP)):
            raise AccessError(
                self.env._(
                    "Only the city supervision office and the managers can run the escalation "
                    "of overdue problems; it also runs by itself every day."
                )
            )

    def action_edu_run_escalation(self):
        """Run the escalation of overdue problems now (the scheduled action runs
        it every day): draft supervision orders, then suggestions.

        Works on no record in particular (a button of the lists). After the
        authority check, it runs the scheduled action's code as the scheduled
        action does (as superuser): it reads the overdue problems of the whole
        city and creates suggestions, which no user creates by hand. The records
        it creates keep the user as their creator. Over the threshold (system
        parameter ``edu_supervision.job_threshold.escalation``) of overdue problems
        it runs as a background job of the user and returns at once.
        """
        self._edu_check_run_escalation()
        escalation = self.browse().sudo()
        Order = self.env["edu.supervision.order"].sudo()
        total = self.env["edu.problem"].sudo().search_count(Order._edu_overdue_problem_domain())
        Job = self.env["edu.job"]
        if Job._edu_in_background("escalation", total, ESCALATION_JOB_THRESHOLD):
            return Job._edu_start(
                self.env._("Escalation of %s overdue problem(s)", total),
                self.browse(),
                "_edu_job_escalate",
                total,
                size=total,
            )
        drafted, suggestions = escalation._edu_escalate()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Escalation done"),
                "message": self._edu_escalation_message(drafted, suggestions),
                "type": "success",
                "sticky": False,
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def _edu_escalation_message(self, drafted, suggestions):
        return self.env._(
            "%(problems)s overdue problem(s) put on draft supervision orders, "
            "%(suggestions)s new escalation suggestion(s).",
            problems=drafted,
            suggestions=suggestions,
        )

    def _edu_escalate(self, job=None, total=0):
        """The whole escalation in one transaction: every batch of overdue problems,
        then the suggestions. Returns ``(problems drafted, suggestions created)``;
        reports its progress to ``job`` after each batch."""
        Order = self.env["edu.supervision.order"]
        drafted, remaining = Order._edu_draft_overdue_orders()
        while remaining:
            if job:
                job._edu_progress(drafted, total)
            done, remaining = Order._edu_draft_overdue_orders()
            drafted += done
        suggestions = self._edu_suggest_interviews() | self._edu_suggest_circulars()
        return drafted, len(suggestions)

    def _edu_job_escalate(self, job, total):
        """The escalation as a background job (run as the user who started it)."""
        self._edu_check_run_escalation()
        drafted, suggestions = self.browse().sudo()._edu_escalate(job, total)
        return self._edu_escalation_message(drafted, suggestions)

    # ------------------------------------------------------------------
    # Scheduled escalation
    # ------------------------------------------------------------------
    @api.model
    def _cron_escalate(self, batch_size=ESCALATION_BATCH_SIZE):
        """Overdue problems -> supervision orders, then suggestions.

        One batch of problems per call; the cron framework calls again while
        ``remaining`` is not zero (committing between calls).
        """
        done, remaining = self.env["edu.supervision.order"]._edu_draft_overdue_orders(
            limit=batch_size
        )
        if not remaining:
            self._edu_suggest_interviews()
            self._edu_suggest_circulars()
        self.env["ir.cron"]._notify_progress(done=done, remaining=remaining)

    @api.model
    def _edu_create_suggestions(self, vals_list):
        return (
            as_transition(self)
            .with_context(
                tracking_disable=True, mail_create_nolog=True, mail_create_nosubscribe=True
            )
            .create(vals_list)
        )

    @api.model
    def _edu_suggest_interviews(self):
        """Problems overdue again after a supervision order -> suggest an interview."""
        today = self.env.company._edu_today()
        companies = self.env["res.company"].search([("edu_escalation_interview", "=", True)])
        if not companies:
            return self
        groups = self.env["edu.supervision.order.line"]._read_group(
            [
                ("company_id", "in", companies.ids),
                ("order_id.state", "in", FAILED_ORDER_STATES),
                ("order_id.new_deadline", "<", today),
                ("problem_id.state", "!=", "closed"),
                ("problem_id.deadline", "<", today),
                (
                    "problem_id.escalation_suggestion_ids",
                    "not any",
                    [("kind", "=", "interview")],
                ),
            ],
            ["partner_id", "company_id"],
            ["problem_id:array_agg"],
        )
        pending = self.search_fetch(
            [("kind", "=", "interview"), ("state", "=", "pending")], ["partner_id"]
        ).partner_id
        vals_list = [
            {
                "kind": "interview",
                "partner_id": partner.id,
                "company_id": company.id,
                "year": today.year,
                "problem_ids": [fields.Command.set(list(set(problem_ids)))],
                "reason": self.env._(
                    "%s problem(s) are overdue again after a supervision order.",
                    len(set(problem_ids)),
                ),
            }
            for partner, company, problem_ids in groups
            if partner not in pending
        ]
        return self._edu_create_suggestions(vals_list)

    @api.model
    def _edu_suggest_circulars(self):
        """Repeated failures of a unit within the year -> suggest a circular."""
        today = self.env.company._edu_today()
        year_start = today.replace(month=1, day=1)
        companies = self.env["res.company"].search([("edu_escalation_circular", "=", True)])
        if not companies:
            return self
        failures = {}
        order_groups = self.env["edu.supervision.order.line"]._read_group(
            [
                ("company_id", "in", companies.ids),
                ("order_id.state", "in", FAILED_ORDER_STATES),
                ("order_id.issue_date", ">=", year_start),
            ],
            ["partner_id", "company_id"],
            ["problem_id:array_agg"],
        )
        rebound_groups = self.env["edu.lookback.line"]._read_group(
            [
                ("company_id", "in", companies.ids),
                ("lookback_state", "=", "done"),
                ("result", "=", "rebounded"),
                ("date", ">=", year_start),
            ],
            ["partner_id", "company_id"],
            ["problem_id:array_agg"],
        )
        for partner, company, problem_ids in order_groups + rebound_groups:
            failures.setdefault((partner, company), []).extend(problem_ids)
        existing = self.search_fetch(
            [("kind", "=", "circular"), ("year", "=", today.year)], ["partner_id"]
        ).partner_id
        vals_list = []
        for (partner, company), problem_ids in failures.items():
            if partner in existing or len(problem_ids) < company.edu_circular_failure_threshold:
                continue
            vals_list.append(
                {
                    "kind": "circular",
                    "partner_id": partner.id,
                    "company_id": company.id,
                    "year": today.year,
                    "problem_ids": [fields.Command.set(list(set(problem_ids)))],
                    "reason": self.env._(
                        "%(count)s failures in %(year)s (supervision orders and rebounds).",
                        count=len(problem_ids),
                        year=today.year,
                    ),
                }
            )
        return self._edu_create_suggestions(vals_list)
