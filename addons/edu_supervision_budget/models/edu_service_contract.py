from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError


class EduServiceContract(models.Model):
    _name = "edu.service.contract"
    _description = "Commissioned Service Contract"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Title", required=True, tracking=True)
    reference = fields.Char(string="Reference", readonly=True, copy=False, default="/")
    contract_type = fields.Selection(
        [
            ("evaluation", "Third-party evaluation"),
            ("research", "Research commission"),
            ("platform", "Information platform"),
            ("other", "Other service"),
        ],
        string="Type",
        required=True,
        default="evaluation",
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Provider", required=True, tracking=True, check_company=True
    )
    inspection_id = fields.Many2one(
        "edu.inspection",
        string="Monitoring Inspection",
        domain="[('function', '=', 'monitoring')]",
        check_company=True,
        help="Evaluation and monitoring commissioned to a third party (DOMAIN.md §8).",
    )
    budget_id = fields.Many2one(
        "edu.budget",
        string="Budget",
        required=True,
        check_company=True,
        domain="[('state', '=', 'approved')]",
        tracking=True,
    )
    budget_line_id = fields.Many2one(
        "edu.budget.line",
        string="Budget Line",
        required=True,
        check_company=True,
        domain="[('budget_id', '=', budget_id)]",
        tracking=True,
    )
    date = fields.Date(
        string="Contract Date", required=True, default=lambda self: self.env.company._edu_today()
    )
    amount = fields.Monetary(string="Contract Amount", required=True, tracking=True)
    move_ids = fields.One2many("account.move", "edu_service_contract_id", string="Vendor Bills")
    amount_billed = fields.Monetary(
        string="Billed",
        compute="_compute_amount_billed",
        store=True,
        help="Untaxed amount of the posted vendor bills of the contract.",
    )
    amount_open = fields.Monetary(
        string="Open Commitment",
        compute="_compute_amount_billed",
        store=True,
        help="Contract amount not billed yet: committed on the budget line while the "
        "contract is confirmed.",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("confirmed", "Confirmed"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    description = fields.Text(string="Scope")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id", string="Currency")

    _sql_constraints = [
        ("amount_positive", "CHECK(amount >= 0)", "The contract amount cannot be negative."),
    ]

    @api.depends("amount", "move_ids.state", "move_ids.amount_untaxed_signed")
    def _compute_amount_billed(self):
        groups = self.env["account.move"]._read_group(
            [("edu_service_contract_id", "in", self._origin.ids), ("state", "=", "posted")],
            ["edu_service_contract_id"],
            ["amount_untaxed_signed:sum"],
        )
        # vendor bills have negative signed amounts, refunds positive ones
        billed = {contract.id: -amount for contract, amount in groups}
        for contract in self:
            contract.amount_billed = billed.get(contract._origin.id, 0.0)
            contract.amount_open = max(contract.amount - contract.amount_billed, 0.0)

    @api.onchange("inspection_id")
    def _onchange_inspection_id(self):
        inspection = self.inspection_id
        if inspection:
            if inspection.third_party_partner_id:
                self.partner_id = inspection.third_party_partner_id
            if inspection.contract_amount and not self.amount:
                self.amount = inspection.contract_amount
            if not self.name:
                self.name = inspection.name

    @api.onchange("budget_id", "contract_type")
    def _onchange_budget_type(self):
        if self.budget_id and (
            not self.budget_line_id or self.budget_line_id.budget_id != self.budget_id
        ):
            self.budget_line_id = self.budget_id.line_ids.filtered(
                lambda line: line.category == self.contract_type
            )[:1]

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("reference", "/") == "/":
                vals["reference"] = self.env["ir.sequence"].next_by_code("edu.service.contract")
        return super().create(vals_list)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_confirmed(self):
        if any(contract.state not in ("draft", "cancelled") for contract in self):
            raise UserError(self.env._("Only draft or cancelled contracts can be deleted."))

    def _check_finance(self):
        """Contracts commit and spend budget funds: supervision finance handles them."""
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_finance"):
            raise AccessError(
                self.env._(
                    "Only supervision finance users can confirm, bill, close, cancel or reset "
                    "service contracts."
                )
            )

    def action_confirm(self):
        self._check_finance()
        for contract in self:
            if contract.state != "draft":
                raise UserError(self.env._("Only draft contracts can be confirmed."))
            line = contract.budget_line_id
            if contract.currency_id.compare_amounts(line.available_amount, contract.amount) < 0:
                raise UserError(
                    self.env._(
                        "The budget line %(line)s has only %(available)s available for a "
                        "contract of %(amount)s: adjust the budget first.",
                        line=line.display_name,
                        available=contract.currency_id.format(line.available_amount),
                        amount=contract.currency_id.format(contract.amount),
                    )
                )
        self.write({"state": "confirmed"})

    def action_done(self):
        self._check_finance()
        for contract in self:
            if contract.state != "confirmed":
                raise UserError(self.env._("Only confirmed contracts can be closed."))
        self.write({"state": "done"})

    def action_cancel(self):
        self._check_finance()
        for contract in self:
            if contract.state not in ("draft", "confirmed"):
                raise UserError(self.env._("Only draft or confirmed contracts can be cancelled."))
        self.write({"state": "cancelled"})

    def action_reset_draft(self):
        self._check_finance()
        for contract in self:
            if contract.state != "cancelled":
                raise UserError(self.env._("Only cancelled contracts can be reset to draft."))
        self.write({"state": "draft"})

    def _prepare_bill_vals(self):
        self.ensure_one()
        journal = self.env["edu.allowance.sheet"].with_company(self.company_id)._default_journal()
        return {
            "move_type": "in_invoice",
            "partner_id": self.partner_id.id,
            "company_id": self.company_id.id,
            "journal_id": journal.id,
            "invoice_date": self.env.company._edu_today(),
            "ref": self.reference,
            "edu_service_contract_id": self.id,
            "invoice_line_ids": [
                Command.create(
                    {
                        "name": self.name,
                        "quantity": 1.0,
                        "price_unit": self.amount_open,
                        "analytic_distribution": {
                            str(self.budget_line_id.analytic_account_id.id): 100.0
                        },
                    }
                )
            ],
        }

    def action_create_bill(self):
        """Draft vendor bill for the open amount, charged to the budget line."""
        self.ensure_one()
        self._check_finance()
        if self.state != "confirmed":
            raise UserError(self.env._("Only confirmed contracts can be billed."))
        if self.currency_id.is_zero(self.amount_open):
            raise UserError(self.env._("The contract %s is fully billed.", self.name))
        move = self.env["account.move"].create(self._prepare_bill_vals())
        return {
            "type": "ir.actions.act_window",
            "res_model": "account.move",
            "res_id": move.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    def action_view_bills(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_in_invoice_type"
        )
        action["domain"] = [("edu_service_contract_id", "=", self.id)]
        action["context"] = {"default_move_type": "in_invoice", "create": False}
        return action
