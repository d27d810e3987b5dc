from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError


class AccountMove(models.Model):
    _inherit = "account.move"

    edu_allowance_sheet_id = fields.Many2one(
        "edu.allowance.sheet",
        string="Allowance Sheet",
        readonly=True,
        groups="account.group_account_invoice",
        copy=False,
        index="btree_not_null",
    )
    edu_service_contract_id = fields.Many2one(
        "edu.service.contract",
        string="Service Contract",
        copy=False,
        index="btree_not_null",
        check_company=True,
        help="Third-party evaluation, research or other commissioned service this bill pays.",
    )
    edu_budget_line_ids = fields.Many2many(
        "edu.budget.line",
        string="Budget Lines",
        compute="_compute_edu_budget_line_ids",
        groups="edu_supervision.group_edu_finance",
        help="Supervision budget lines charged through the analytic distribution.",
    )
    edu_budget_override = fields.Boolean(
        string="Budget Override",
        copy=False,
        tracking=True,
        groups="edu_supervision.group_edu_finance",
        help="Set by supervision finance to post the bill although it takes a supervision "
        "budget line below zero.",
    )
    edu_budget_override_reason = fields.Text(
        string="Budget Override Reason",
        copy=False,
        tracking=True,
        groups="edu_supervision.group_edu_finance",
    )

    @api.depends("line_ids.analytic_distribution", "date")
    def _compute_edu_budget_line_ids(self):
        impacts = self._edu_get_budget_impacts()
        for move in self:
            move.edu_budget_line_ids = self.env["edu.budget.line"].union(*impacts.get(move, {}))

    @api.model_create_multi
    def create(self, vals_list):
        if any(
            vals.get("edu_budget_override") or vals.get("edu_budget_override_reason")
            for vals in vals_list
        ):
            # field groups guard reads and writes of the override, not creation
            self._edu_check_override_rights()
        return super().create(vals_list)

    def _edu_check_override_rights(self):
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_finance"):
            raise AccessError(
                self.env._("Only supervision finance users can record a budget override.")
            )

    def _edu_get_budget_impacts(self):
        """Spending per supervision budget line of each move, from its analytic distribution.

        :return: {move: {edu.budget.line: amount}} (positive amounts are spending)
        """
        account_ids = set()
        for line in self.line_ids:
            for key in line.analytic_distribution or {}:
                account_ids.update(int(account_id) for account_id in key.split(","))
        if not account_ids:
            return {}
        budget_lines = self.env["edu.budget"]._find_budget_lines(account_ids, self.mapped("date"))
        by_key = {(line.analytic_account_id.id, line.fiscal_year): line for line in budget_lines}
        impacts = {}
        for move in self:
            impact = defaultdict(float)
            for line in move.line_ids:
                for key, percentage in (line.analytic_distribution or {}).items():
                    for account_id in key.split(","):
                        budget_line = by_key.get((int(account_id), move.date.year))
                        if budget_line:
                            impact[budget_line] += line.balance * float(percentage) / 100.0
            if impact:
                impacts[move] = impact
        return impacts

    def _edu_get_released_commitments(self, impacts):
        """Part of the spending that only consumes an existing commitment.

        Bills of allowance sheets consume the sheet's commitment; bills of a confirmed
        service contract consume the contract's open amount.
        """
        released = {}
        for move, impact in impacts.items():
            if move.edu_allowance_sheet_id:
                released[move] = dict(impact)
            elif move.edu_service_contract_id.state == "confirmed":
                contract = move.edu_service_contract_id
                amount = impact.get(contract.budget_line_id, 0.0)
                released[move] = {
                    contract.budget_line_id: min(max(amount, 0.0), contract.amount_open)
                }
        return released

    def _post(self, soft=True):
        # The budget control applies to whoever posts (an accountant, an expense manager):
        # it reads the supervision budget lines and commitments the bill charges, which
        # the poster may not read himself.
        impacts = self.sudo()._edu_get_budget_impacts()
        released = self.sudo()._edu_get_released_commitments(impacts)
        posted = super()._post(soft=soft)
        posted.sudo()._edu_check_budget(impacts, released)
        return posted

    def _edu_check_budget(self, impacts, released):
        """Refuse postings that take supervision budget lines below zero (no override)."""
        spending = {}
        for move in self:
            net = {
                budget_line: amount - released.get(move, {}).get(budget_line, 0.0)
                for budget_line, amount in impacts.get(move, {}).items()
            }
            net = {
                budget_line: amount
                for budget_line, amount in net.items()
                if move.currency_id.compare_amounts(amount, 0.0) > 0
            }
            if net:
                spending[move] = net
        if not spending:
            return
        budget_lines = self.env["edu.budget.line"].union(
            *(line for net in spending.values() for line in net)
        )
        self.env.flush_all()
        figures = budget_lines._get_execution_figures()
        for move, net in spending.items():
            overspent = []
            for budget_line in net:
                values = figures[budget_line.id]
                available = budget_line.planned_amount - values["actual"] - values["committed"]
                if budget_line.currency_id.compare_amounts(available, 0.0) < 0:
                    overspent.append((budget_line, available))
            if not overspent:
                continue
            if not (move.edu_budget_override and move.edu_budget_override_reason):
                raise UserError(
                    self.env._(
                        "Posting %(move)s would take supervision budget lines below zero:\n"
                        "%(lines)s\nA supervision finance user can record a budget override "
                        "with a reason on the bill.",
                        move=move.display_name,
                        lines="\n".join(
                            self.env._(
                                "- %(line)s: %(available)s after posting",
                                line=line.display_name,
                                available=line.currency_id.format(available),
                            )
                            for line, available in overspent
                        ),
                    )
                )
            for budget in {line.budget_id for line, _available in overspent}:
                budget.message_post(
                    body=self.env._(
                        "Budget override: %(move)s posted beyond the available funds. "
                        "Reason: %(reason)s",
                        move=move.display_name,
                        reason=move.edu_budget_override_reason,
                    )
                )
