from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class EduBudgetAdjustment(models.Model):
    _name = "edu.budget.adjustment"
    _description = "Supervision Budget Adjustment"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Reference", required=True, readonly=True, copy=False, default="/")
    budget_id = fields.Many2one(
        "edu.budget",
        string="Budget",
        required=True,
        ondelete="cascade",
        index=True,
        domain="[('state', '=', 'approved')]",
    )
    line_from_id = fields.Many2one(
        "edu.budget.line",
        string="From Line",
        required=True,
        ondelete="restrict",
        domain="[('budget_id', '=', budget_id)]",
        tracking=True,
    )
    line_to_id = fields.Many2one(
        "edu.budget.line",
        string="To Line",
        required=True,
        ondelete="restrict",
        domain="[('budget_id', '=', budget_id)]",
        tracking=True,
    )
    amount = fields.Monetary(string="Amount", required=True, tracking=True)
    date = fields.Date(
        string="Date",
        required=True,
        default=lambda self: self.env.company._edu_today(),
        tracking=True,
    )
    reason = fields.Text(string="Reason", required=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("refused", "Refused"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    requested_by_id = fields.Many2one(
        "res.users", string="Requested By", default=lambda self: self.env.user, readonly=True
    )
    approved_by_id = fields.Many2one("res.users", string="Approved By", readonly=True)
    approved_date = fields.Date(string="Approval Date", readonly=True)
    company_id = fields.Many2one(related="budget_id.company_id", store=True, string="Company")
    currency_id = fields.Many2one(related="budget_id.currency_id", string="Currency")

    _sql_constraints = [
        ("amount_positive", "CHECK(amount > 0)", "The adjusted amount must be positive."),
    ]

    @api.constrains("line_from_id", "line_to_id", "budget_id")
    def _check_lines(self):
        for adjustment in self:
            if adjustment.line_from_id == adjustment.line_to_id:
                raise ValidationError(
                    self.env._("An adjustment moves funds between two different lines.")
                )
            if (adjustment.line_from_id | adjustment.line_to_id).budget_id != (
                adjustment.budget_id
            ):
                raise ValidationError(
                    self.env._("Both lines of an adjustment must belong to its budget.")
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.budget.adjustment")
        return super().create(vals_list)

    def write(self, vals):
        if {"amount", "line_from_id", "line_to_id", "budget_id"} & set(vals) and any(
            adjustment.state not in ("draft", "refused") for adjustment in self
        ):
            raise UserError(self.env._("Submitted or approved adjustments cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(adjustment.state == "approved" for adjustment in self):
            raise UserError(self.env._("Approved adjustments cannot be deleted."))

    def _check_finance(self, message):
        """Adjustments move approved funds: only supervision finance handles them."""
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_finance"):
            raise AccessError(message)

    def action_submit(self):
        self._check_finance(
            self.env._("Only supervision finance users can submit budget adjustments.")
        )
        for adjustment in self:
            if adjustment.state != "draft":
                raise UserError(self.env._("Only draft adjustments can be submitted."))
            if adjustment.budget_id.state != "approved":
                raise UserError(self.env._("Only the lines of an approved budget can be adjusted."))
        self.write({"state": "submitted"})

    def action_approve(self):
        self._check_finance(
            self.env._("Only supervision finance users can approve budget adjustments.")
        )
        for adjustment in self:
            if adjustment.state != "submitted":
                raise UserError(self.env._("Only submitted adjustments can be approved."))
            available = adjustment.line_from_id.available_amount
            currency = adjustment.currency_id
            if currency.compare_amounts(available, adjustment.amount) < 0:
                raise UserError(
                    self.env._(
                        "The line %(line)s has only %(available)s available: it cannot "
                        "give %(amount)s.",
                        line=adjustment.line_from_id.display_name,
                        available=currency.format(available),
                        amount=currency.format(adjustment.amount),
                    )
                )
            adjustment.write(
                {
                    "state": "approved",
                    "approved_by_id": self.env.user.id,
                    "approved_date": self.env.company._edu_today(),
                }
            )
            adjustment.budget_id.message_post(
                body=self.env._(
                    "Adjustment %(ref)s approved: %(amount)s moved from %(from)s to %(to)s. "
                    "Reason: %(reason)s",
                    ref=adjustment.name,
                    amount=currency.format(adjustment.amount),
                    **{
                        "from": adjustment.line_from_id.display_name,
                        "to": adjustment.line_to_id.display_name,
                    },
                    reason=adjustment.reason,
                )
            )

    def action_refuse(self):
        self._check_finance(
            self.env._("Only supervision finance users can refuse budget adjustments.")
        )
        for adjustment in self:
            if adjustment.state != "submitted":
                raise UserError(self.env._("Only submitted adjustments can be refused."))
        self.write({"state": "refused"})

    def action_reset_draft(self):
        self._check_finance(
            self.env._("Only supervision finance users can reset budget adjustments to draft.")
        )
        for adjustment in self:
            if adjustment.state != "refused":
                raise UserError(self.env._("Only refused adjustments can be reset to draft."))
        self.write({"state": "draft"})
