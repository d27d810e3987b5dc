from odoo import api, fields, models
from odoo.exceptions import UserError

from .edu_allowance_rate import (
    ALLOWANCE_BUDGET_CATEGORY,
    ALLOWANCE_CATEGORY_SELECTION,
    ALLOWANCE_UNIT_SELECTION,
)

#: xml ids of the service products billed for each allowance category
ALLOWANCE_PRODUCTS = {
    "communication": "edu_supervision_budget.product_allowance_communication",
    "transport": "edu_supervision_budget.product_allowance_transport",
    "meals": "edu_supervision_budget.product_allowance_meals",
    "labour": "edu_supervision_budget.product_allowance_labour",
}


class EduAllowanceSheetLine(models.Model):
    _name = "edu.allowance.sheet.line"
    _description = "Inspector Allowance Line"
    _order = "sheet_id, employee_id, category"
    _check_company_auto = True

    sheet_id = fields.Many2one(
        "edu.allowance.sheet",
        string="Allowance Sheet",
        required=True,
        ondelete="cascade",
        index=True,
    )
    employee_id = fields.Many2one(
        "hr.employee", string="Inspector", required=True, index=True, check_company=True
    )
    employee_user_id = fields.Many2one(
        "res.users",
        string="Inspector User",
        related="employee_id.user_id",
        store=True,
        index=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Payee", related="employee_id.work_contact_id"
    )
    category = fields.Selection(ALLOWANCE_CATEGORY_SELECTION, string="Category", required=True)
    unit = fields.Selection(ALLOWANCE_UNIT_SELECTION, string="Unit", required=True, default="day")
    quantity = fields.Float(string="Quantity", default=1.0, digits=(16, 2))
    unit_amount = fields.Monetary(string="Rate")
    amount = fields.Monetary(string="Amount", compute="_compute_amount", store=True)
    budget_line_id = fields.Many2one(
        "edu.budget.line",
        string="Budget Line",
        compute="_compute_budget_line_id",
        store=True,
        readonly=False,
        index=True,
        domain="[('budget_id', '=', budget_id)]",
    )
    budget_id = fields.Many2one(related="sheet_id.budget_id", string="Budget")
    sheet_state = fields.Selection(
        related="sheet_id.state", store=True, string="Sheet Status", index=True
    )
    date = fields.Date(related="sheet_id.date", store=True, string="Activity Date")
    year = fields.Integer(string="Year", compute="_compute_year", store=True, aggregator=False)
    region_id = fields.Many2one(related="sheet_id.region_id", store=True, string="Region")
    inspection_id = fields.Many2one(
        related="sheet_id.inspection_id", store=True, string="Inspection"
    )
    company_id = fields.Many2one(related="sheet_id.company_id", store=True, string="Company")
    currency_id = fields.Many2one(related="sheet_id.currency_id", string="Currency")
    note = fields.Char(string="Note")

    _sql_constraints = [
        ("quantity_positive", "CHECK(quantity >= 0)", "The quantity cannot be negative."),
        ("unit_amount_positive", "CHECK(unit_amount >= 0)", "The rate cannot be negative."),
    ]

    @api.depends("quantity", "unit_amount")
    def _compute_amount(self):
        for line in self:
            line.amount = (
                line.currency_id.round(line.quantity * line.unit_amount)
                if (line.currency_id)
                else line.quantity * line.unit_amount
            )

    @api.depends("date")
    def _compute_year(self):
        for line in self:
            line.year = line.date.year if line.date else 0

    @api.depends("sheet_id.budget_id", "category")
    def _compute_budget_line_id(self):
        budgets = self.sheet_id.budget_id
        by_key = {
            (budget_line.budget_id.id, budget_line.category): budget_line
            for budget_line in budgets.line_ids
        }
        for line in self:
            budget_category = ALLOWANCE_BUDGET_CATEGORY.get(line.category)
            line.budget_line_id = by_key.get((line.sheet_id.budget_id.id, budget_category), False)

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._check_sheet_draft()
        return lines

    def write(self, vals):
        self._check_sheet_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        self._check_sheet_draft()

    def _check_sheet_draft(self):
        if any(line.sheet_id.state not in ("draft", False) for line in self):
            raise UserError(
                self.env._("The lines of an approved or posted allowance sheet cannot be changed.")
            )

    def _get_category_label(self):
        self.ensure_one()
        return dict(self._fields["category"]._description_selection(self.env))[self.category]

    def _prepare_bill_line_vals(self):
        self.ensure_one()
        product = self.env.ref(ALLOWANCE_PRODUCTS[self.category], raise_if_not_found=False)
        vals = {
            "name": f"{self.sheet_id.name} - {self._get_category_label()}",
            "quantity": self.quantity,
            "price_unit": self.unit_amount,
            "tax_ids": [],
            "analytic_distribution": {str(self.budget_line_id.analytic_account_id.id): 100.0},
        }
        if product:
            vals["product_id"] = product.id
        return vals
