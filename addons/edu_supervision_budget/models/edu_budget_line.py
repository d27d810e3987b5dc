from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

#: Budget categories (DOMAIN.md §8, §20, §23, §24, §25).
BUDGET_CATEGORY_SELECTION = [
    ("inspection", "Inspection activities"),
    ("training", "Training"),
    ("allowance_communication", "Allowance: communication"),
    ("allowance_transport", "Allowance: transport"),
    ("allowance_meals", "Allowance: meals and lodging"),
    ("allowance_labour", "Allowance: labour"),
    ("evaluation", "Third-party evaluation"),
    ("research", "Research commissions"),
    ("platform", "Information platform"),
    ("other", "Other"),
]


class EduBudgetLine(models.Model):
    _name = "edu.budget.line"
    _description = "Supervision Budget Line"
    _order = "budget_id, sequence, id"
    _check_company_auto = True

    budget_id = fields.Many2one(
        "edu.budget", string="Budget", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(string="Sequence", default=10)
    name = fields.Char(string="Description")
    category = fields.Selection(
        BUDGET_CATEGORY_SELECTION, string="Category", required=True, default="inspection"
    )
    analytic_account_id = fields.Many2one(
        "account.analytic.account",
        string="Analytic Account",
        index=True,
        check_company=True,
        ondelete="restrict",
        domain="[('root_plan_id', '=', analytic_plan_id)]",
        help="Bills, expenses and allowances carrying this analytic account are charged to "
        "this budget line. Left empty, an account is created in the supervision funding plan.",
    )
    analytic_plan_id = fields.Many2one(
        "account.analytic.plan", string="Analytic Plan", compute="_compute_analytic_plan_id"
    )
    original_amount = fields.Monetary(
        string="Original Amount", help="Amount of the line in the budget as approved."
    )
    adjustment_in_ids = fields.One2many(
        "edu.budget.adjustment", "line_to_id", string="Adjustments In"
    )
    adjustment_out_ids = fields.One2many(
        "edu.budget.adjustment", "line_from_id", string="Adjustments Out"
    )
    adjustment_amount = fields.Monetary(
        string="Adjustments",
        compute="_compute_adjustment_amount",
        store=True,
        help="Net amount of the approved transfers to (+) and from (−) this line.",
    )
    planned_amount = fields.Monetary(
        string="Planned", compute="_compute_planned_amount", store=True
    )
    actual_amount = fields.Monetary(
        string="Actual",
        compute="_compute_execution",
        help="Posted vendor bills, expenses and other analytic items of the fiscal year "
        "carrying the analytic account.",
    )
    committed_amount = fields.Monetary(
        string="Committed",
        compute="_compute_execution",
        help="Approved but unposted allowance sheets and the open part of confirmed "
        "service contracts.",
    )
    available_amount = fields.Monetary(
        string="Available",
        compute="_compute_execution",
        help="Planned − actual − committed.",
    )
    execution_rate = fields.Float(
        string="Execution Rate (%)",
        compute="_compute_execution",
        digits=(16, 2),
        help="Actual / planned × 100.",
    )
    fiscal_year = fields.Integer(
        related="budget_id.fiscal_year", store=True, string="Fiscal Year", aggregator=False
    )
    region_id = fields.Many2one(related="budget_id.region_id", store=True, string="Office")
    budget_state = fields.Selection(related="budget_id.state", store=True, string="Budget Status")
    company_id = fields.Many2one(related="budget_id.company_id", store=True, string="Company")
    currency_id = fields.Many2one(related="budget_id.currency_id", string="Currency")

    _sql_constraints = [
        (
            "original_amount_positive",
            "CHECK(original_amount >= 0)",
            "The original amount of a budget line cannot be negative.",
        ),
    ]

    @api.constrains("analytic_account_id", "budget_id")
    def _check_unique_analytic_account(self):
        lines = self.filtered("analytic_account_id")
        if not lines:
            return
        groups = self._read_group(
            [
                ("analytic_account_id", "in", lines.analytic_account_id.ids),
                ("fiscal_year", "in", list(set(lines.mapped("fiscal_year")))),
            ],
            ["analytic_account_id", "fiscal_year"],
            ["__count"],
        )
        for account, year, count in groups:
            if count > 1:
                raise ValidationError(
                    self.env._(
                        "The analytic account %(account)s is used by several budget lines "
                        "of %(year)s: each analytic account funds one budget line a year.",
                        account=account.display_name,
                        year=year,
                    )
                )

    def _compute_analytic_plan_id(self):
        plan = self.env.ref(
            "edu_supervision_budget.analytic_plan_supervision", raise_if_not_found=False
        )
        for line in self:
            line.analytic_plan_id = plan

    @api.depends(
        "adjustment_in_ids.state",
        "adjustment_in_ids.amount",
        "adjustment_out_ids.state",
        "adjustment_out_ids.amount",
    )
    def _compute_adjustment_amount(self):
        Adjustment = self.env["edu.budget.adjustment"]
        ids = self._origin.ids
        domain = [("state", "=", "approved")]
        amounts = defaultdict(float)
        for line, amount in Adjustment._read_group(
            domain + [("line_to_id", "in", ids)], ["line_to_id"], ["amount:sum"]
        ):
            amounts[line.id] += amount
        for line, amount in Adjustment._read_group(
            domain + [("line_from_id", "in", ids)], ["line_from_id"], ["amount:sum"]
        ):
            amounts[line.id] -= amount
        for line in self:
            line.adjustment_amount = amounts.get(line._origin.id, 0.0)

    @api.depends("original_amount", "adjustment_amount")
    def _compute_planned_amount(self):
        for line in self:
            line.planned_amount = line.original_amount + line.adjustment_amount

    @api.depends("planned_amount", "analytic_account_id", "budget_id.fiscal_year")
    def _compute_execution(self):
        figures = self._get_execution_figures()
        for line in self:
            values = figures.get(line._origin.id, {})
            actual = values.get("actual", 0.0)
            committed = values.get("committed", 0.0)
            line.actual_amount = actual
            line.committed_amount = committed
            line.available_amount = line.planned_amount - actual - committed
            line.execution_rate = (
                line.planned_amount and actual / line.planned_amount * 100.0 or 0.0
            )

    def _get_execution_figures(self):
        """Actual and committed amounts of the lines, in a constant number of queries.

        :return: {line id: {"actual": float, "committed_sheet": float,
                  "committed_contract": float, "committed": float}}
        """
        lines = self.browse([line_id for line_id in self._origin.ids if line_id])
        result = {
            line.id: {
                "actual": 0.0,
                "committed_sheet": 0.0,
                "committed_contract": 0.0,
                "committed": 0.0,
            }
            for line in lines
        }
        if not lines:
            return result
        self.env["edu.budget.line"].flush_model()
        # actual: analytic items of the fiscal year, one query per analytic plan column
        # (all lines of the supervision funding plan share a single column)
        AnalyticLine = self.env["account.analytic.line"]
        lines_by_key = defaultdict(list)
        accounts_by_column = defaultdict(set)
        years = set()
        for line in lines:
            account = line.analytic_account_id
            if not account:
                continue
            column = account.root_plan_id._column_name()
            accounts_by_column[column].add(account.id)
            lines_by_key[(column, account.id, line.fiscal_year)].append(line.id)
            years.add(line.fiscal_year)
        if years:
            date_from = fields.Date.to_date(f"{min(years)}-01-01")
            date_to = fields.Date.to_date(f"{max(years)}-12-31")
        for column, account_ids in accounts_by_column.items():
            if column not in AnalyticLine._fields:
                continue
            groups = AnalyticLine._read_group(
                [
                    (column, "in", list(account_ids)),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                [column, "date:year"],
                ["amount:sum"],
            )
            for account, year_start, amount in groups:
                for line_id in lines_by_key.get((column, account.id, year_start.year), []):
                    # costs are negative analytic amounts
                    result[line_id]["actual"] -= amount
        # committed: approved, not yet posted allowance sheets
        for line, amount in self.env["edu.allowance.sheet.line"]._read_group(
            [("budget_line_id", "in", lines.ids), ("sheet_state", "=", "approved")],
            ["budget_line_id"],
            ["amount:sum"],
        ):
            result[line.id]["committed_sheet"] += amount
        # committed: the part of confirmed service contracts not yet billed
        for line, amount in self.env["edu.service.contract"]._read_group(
            [("budget_line_id", "in", lines.ids), ("state", "=", "confirmed")],
            ["budget_line_id"],
            ["amount_open:sum"],
        ):
            result[line.id]["committed_contract"] += amount
        for values in result.values():
            values["committed"] = values["committed_sheet"] + values["committed_contract"]
        return result

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("analytic_account_id") and vals.get("budget_id"):
                budget = self.env["edu.budget"].browse(vals["budget_id"])
                vals["analytic_account_id"] = self._get_or_create_analytic_account(
                    budget, vals.get("category") or "inspection"
                ).id
        return super().create(vals_list)

    def write(self, vals):
        if "original_amount" in vals or "analytic_account_id" in vals or "category" in vals:
            locked = self.filtered(lambda line: line.budget_state not in (False, "draft"))
            if locked:
                raise UserError(
                    self.env._(
                        "The lines of a submitted or approved budget cannot be changed: "
                        "use a budget adjustment instead."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(line.budget_state not in (False, "draft") for line in self):
            raise UserError(
                self.env._("The lines of a submitted or approved budget cannot be deleted.")
            )

    @api.model
    def _get_or_create_analytic_account(self, budget, category):
        """Analytic account of the supervision funding plan for an office and category."""
        plan = self.env.ref("edu_supervision_budget.analytic_plan_supervision")
        label = dict(self._fields["category"]._description_selection(self.env))[category]
        code = f"{budget.region_id.code or budget.region_id.id}-{category}"
        Account = self.env["account.analytic.account"]
        account = Account.search(
            [
                ("plan_id", "=", plan.id),
                ("code", "=", code),
                ("company_id", "in", [budget.company_id.id, False]),
            ],
            limit=1,
        )
        return account or Account.create(
            {
                "name": f"{budget.region_id.name} - {label}",
                "code": code,
                "plan_id": plan.id,
                "company_id": budget.company_id.id,
            }
        )

    def _get_category_label(self):
        self.ensure_one()
        return dict(self._fields["category"]._description_selection(self.env))[self.category]

    @api.depends("budget_id.name", "category", "name")
    def _compute_display_name(self):
        for line in self:
            label = line.name or (line.category and line._get_category_label()) or ""
            line.display_name = f"{line.budget_id.name or ''} / {label}"
