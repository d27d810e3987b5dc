import logging
from datetime import timedelta

import psycopg2.errors

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision.tools import (
    OFFICE_GROUP,
    as_transition,
    check_group,
    check_scope,
    check_transition_fields,
)

_logger = logging.getLogger(__name__)

OPEN_ORDER_STATES = ("draft", "issued", "answered")

#: Fields written only by the transitions of the order.
TRANSITION_FIELDS = ("state", "name", "issue_date", "answer_date", "is_auto")


class EduSupervisionOrder(models.Model):
    _name = "edu.supervision.order"
    _description = "Supervision Order"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "issue_date desc, id desc"

    name = fields.Char(
        string="Number",
        required=True,
        readonly=True,
        copy=False,
        default="/",
        help="Numbered from the sequence when the order is issued.",
    )
    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        default=lambda self: self._default_region_id(),
        tracking=True,
        help="Region whose supervision office issues the order.",
    )
    issuing_office = fields.Char(
        compute="_compute_issuing_office",
        help="The supervision office in whose name the order is issued: the office of the "
        "region's supervision committee, else the company.",
    )
    issuer_id = fields.Many2one(
        "res.users",
        string="Issued By",
        tracking=True,
        help="The person who signs the order; set to the user who issues it when left empty.",
    )
    partner_id = fields.Many2one(
        "res.partner", string="Inspected Unit", required=True, index=True, tracking=True
    )
    unit_region_id = fields.Many2one(
        "edu.region",
        string="Unit's Region",
        compute="_compute_unit_region_id",
        store=True,
        index=True,
        help="Region of the inspected unit: district offices see the orders to the units "
        "of their district; orders to units without region are seen by the city office only.",
    )
    line_ids = fields.One2many("edu.supervision.order.line", "order_id", string="Problems")
    problem_count = fields.Integer(compute="_compute_problem_count")
    reason = fields.Text(required=True, help="Why the supervision order is issued.")
    requirement = fields.Text(string="Requirements")
    new_deadline = fields.Date(tracking=True)
    issue_date = fields.Date(readonly=True, copy=False, tracking=True)
    answer = fields.Text(string="Unit's Answer", tracking=True)
    answer_date = fields.Date(readonly=True, copy=False)
    closing_note = fields.Text(tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("issued", "Issued"),
            ("answered", "Answered"),
            ("closed", "Closed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    is_auto = fields.Boolean(
        string="Drafted by Escalation",
        readonly=True,
        copy=False,
        help="Drafted by the scheduled escalation of overdue problems.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    def _default_region_id(self):
        region = self.env.user.edu_region_id
        if region:
            return region
        return self.env["edu.region"].search([("parent_id", "=", False)], limit=1)

    @api.depends("region_id", "company_id")
    def _compute_issuing_office(self):
        ancestors = self.env["edu.region"].search([("id", "parent_of", self.region_id.ids)])
        committees = self.env["edu.committee"].search(
            [("region_id", "in", ancestors.ids), ("office_partner_id", "!=", False)]
        )
        office_by_region = {c.region_id.id: c.office_partner_id.name for c in committees}
        for order in self:
            region, office = order.region_id, False
            while region and not office:
                office = office_by_region.get(region.id)
                region = region.parent_id
            order.issuing_office = office or order.company_id.name

    @api.depends("partner_id")
    def _compute_unit_region_id(self):
        regions = self.partner_id._edu_unit_regions()
        for order in self:
            order.unit_region_id = regions.get(order.partner_id.id, False)

    @api.depends("line_ids")
    def _compute_problem_count(self):
        for order in self:
            order.problem_count = len(order.line_ids)

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        return super().write(vals)

    def _edu_check_office(self):
        """Supervision orders are handled by office staff of the unit's region."""
        check_group(
            self.env, OFFICE_GROUP, self.env._("Only office staff handle supervision orders.")
        )
        check_scope(
            self,
            "write",
            self.env._("You can only handle the supervision orders of the units of your region."),
        )

    def _edu_check_order_state(self, allowed):
        if self.filtered(lambda o: o.state not in allowed):
            raise UserError(
                self.env._("This action is not possible in the current state of the order.")
            )

    def action_issue(self):
        self._edu_check_office()
        self._edu_check_order_state(("draft",))
        today = self.env.company._edu_today()
        for order in self:
            if not order.line_ids:
                raise UserError(self.env._("A supervision order needs at least one problem."))
            if not order.new_deadline or order.new_deadline <= today:
                raise UserError(self.env._("Set a new deadline after today before issuing."))
            as_transition(order).write(
                {
                    "state": "issued",
                    "issue_date": today,
                    "issuer_id": order.issuer_id.id or self.env.user.id,
                    "name": self.env["ir.sequence"].next_by_code("edu.supervision.order") or "/",
                }
            )
            # The order grants a new deadline to its open problems.
            order.line_ids.problem_id.filtered(lambda p: p.state != "closed")._edu_write_lifecycle(
                {"deadline": order.new_deadline}
            )
        return True

    def _edu_check_answer_authority(self):
        """Who may record the unit's answer: office staff of the unit's region (the
        portal addon lets the unit's own portal users answer too)."""
        self._edu_check_office()

    def action_answer(self):
        self._edu_check_answer_authority()
        self._edu_check_order_state(("issued",))
        if any(not (order.answer or "").strip() for order in self):
            raise UserError(self.env._("Record the unit's answer first."))
        as_transition(self).write(
            {"state": "answered", "answer_date": self.env.company._edu_today()}
        )
        return True

    def action_close(self):
        self._edu_check_office()
        self._edu_check_order_state(("answered",))
        as_transition(self).write({"state": "closed"})
        return True

    def action_cancel(self):
        self._edu_check_office()
        self._edu_check_order_state(("draft", "issued"))
        as_transition(self).write({"state": "cancelled"})
        return True

    def action_reset_draft(self):
        self._edu_check_office()
        self._edu_check_order_state(("cancelled",))
        self.env["edu.supervision.order.line"]._edu_check_no_open_order(
            self.line_ids.problem_id.ids
        )
        as_transition(self).write({"state": "draft"})
        return True

    def action_edu_run_escalation(self):
        """The escalation of overdue problems, from the list of orders."""
        return self.env["edu.escalation.suggestion"].action_edu_run_escalation()

    @api.ondelete(at_uninstall=False)
    def _unlink_except_issued(self):
        if self.filtered(lambda o: o.state not in ("draft", "cancelled")):
            raise UserError(
                self.env._("Only draft or cancelled supervision orders can be deleted.")
            )

    # ------------------------------------------------------------------
    # Escalation: overdue problems -> draft supervision orders
    # ------------------------------------------------------------------
    @api.model
    def _edu_overdue_problem_domain(self):
        """Problems overdue by the company's N days and without an open order."""
        companies = self.env["res.company"].search([("edu_escalation_order", "=", True)])
        if not companies:
            return [("id", "=", False)]
        company_domains = []
        for company in companies:
            cutoff = company._edu_today() - timedelta(days=company.edu_order_overdue_days)
            company_domains.append(
                ["&", ("company_id", "=", company.id), ("deadline", "<", cutoff)]
            )
        company_domain = ["|"] * (len(company_domains) - 1) + [
            leaf for domain in company_domains for leaf in domain
        ]
        return [("escalation_candidate", "=", True), ("deadline", "!=", False)] + company_domain

    @api.model
    def _edu_prepare_auto_order_vals(self, partner, company, problems, region):
        today = company._edu_today()
        return {
            "partner_id": partner.id,
            "region_id": region.id,
            "company_id": company.id,
            "is_auto": True,
            "issuer_id": False,
            "reason": self.env._(
                "Rectification of %(count)s problem(s) is overdue by more than %(days)s days.",
                count=len(problems),
                days=company.edu_order_overdue_days,
            ),
            "new_deadline": today + timedelta(days=company.edu_order_extension_days),
            "line_ids": [fields.Command.create({"problem_id": p.id}) for p in problems],
        }

    @api.model
    def _edu_draft_overdue_orders(self, limit=1000):
        """Draft one order per unit for a batch of overdue problems without open order.

        Returns ``(done, remaining)`` where ``remaining`` is 1 when more problems
        wait for the next call, else 0. The number of queries per batch does not
        depend on the batch size. The partial unique index on the order lines
        guarantees that a problem never has two open orders even when two runs
        overlap: a concurrent run loses on the index and stops quietly.
        """
        Problem = self.env["edu.problem"]
        problems = Problem.search_fetch(
            self._edu_overdue_problem_domain(),
            ["partner_id", "company_id"],
            # one more than the batch tells whether problems remain
            limit=limit + 1,
            # by unit (raw id, no join): one order gathers the unit's overdue problems
            order="partner_id.id, id",
        )
        if not problems:
            return 0, 0
        remaining = len(problems) > limit
        problems = problems[:limit]
        grouped = {}
        for problem in problems:
            grouped.setdefault((problem.partner_id, problem.company_id), []).append(problem)
        # Issued in the name of the city office (computed once, not per order).
        region = self._default_region_id()
        vals_list = [
            self._edu_prepare_auto_order_vals(partner, company, batch, region)
            for (partner, company), batch in grouped.items()
        ]
        orders = as_transition(self).with_context(
            tracking_disable=True, mail_create_nolog=True, mail_create_nosubscribe=True
        )
        try:
            with self.env.cr.savepoint():
                orders.create(vals_list)
                self.env.flush_all()
        except psycopg2.errors.UniqueViolation:
            _logger.info("Another escalation run drafted orders for these problems; stopping.")
            self.env.invalidate_all()
            return 0, 0
        self.env.invalidate_all()
        return len(problems), int(remaining)
