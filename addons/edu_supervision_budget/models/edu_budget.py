from datetime import date

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError


class EduBudget(models.Model):
    _name = "edu.budget"
    _description = "Supervision Funding Budget"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "fiscal_year desc, region_id, id"
    _mail_post_access = "read"
    _check_company_auto = True

    name = fields.Char(string="Name", required=True, tracking=True)
    fiscal_year = fields.Integer(
        string="Fiscal Year",
        required=True,
        default=lambda self: self.env.company._edu_today().year,
        tracking=True,
        aggregator=False,
    )
    date_from = fields.Date(string="Start Date", compute="_compute_dates", store=True)
    date_to = fields.Date(string="End Date", compute="_compute_dates", store=True)
    region_id = fields.Many2one(
        "edu.region",
        string="Office",
        required=True,
        tracking=True,
        help="City or district supervision office whose funding this budget is.",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Responsible",
        default=lambda self: self.env.user,
        tracking=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
            ("closed", "Closed"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(
        "res.currency", string="Currency", related="company_id.currency_id"
    )
    line_ids = fields.One2many("edu.budget.line", "budget_id", string="Budget Lines", copy=True)
    adjustment_ids = fields.One2many("edu.budget.adjustment", "budget_id", string="Adjustments")
    adjustment_count = fields.Integer(
        string="Adjustment Count", compute="_compute_adjustment_count"
    )
    approved_date = fields.Date(string="Approval Date", readonly=True, copy=False)
    approved_by_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    note = fields.Html(string="Notes")
    planned_amount = fields.Monetary(string="Planned", compute="_compute_totals")
    actual_amount = fields.Monetary(string="Actual", compute="_compute_totals")
    committed_amount = fields.Monetary(string="Committed", compute="_compute_totals")
    available_amount = fields.Monetary(string="Available", compute="_compute_totals")
    execution_rate = fields.Float(
        string="Execution Rate (%)", compute="_compute_totals", digits=(16, 2)
    )

    _sql_constraints = [
        (
            "region_year_company_uniq",
            "unique(region_id, fiscal_year, company_id)",
            "There is already a budget for this office and fiscal year.",
        ),
    ]

    @api.constrains("fiscal_year")
    def _check_fiscal_year(self):
        for budget in self:
            if not 2000 <= budget.fiscal_year <= 2100:
                raise ValidationError(
                    self.env._("The fiscal year %s is not valid.", budget.fiscal_year)
                )

    @api.depends("fiscal_year")
    def _compute_dates(self):
        for budget in self:
            if budget.fiscal_year and 2000 <= budget.fiscal_year <= 2100:
                budget.date_from = date(budget.fiscal_year, 1, 1)
                budget.date_to = date(budget.fiscal_year, 12, 31)
            else:
                budget.date_from = budget.date_to = False

    def _compute_adjustment_count(self):
        groups = self.env["edu.budget.adjustment"]._read_group(
            [("budget_id", "in", self.ids)], ["budget_id"], ["__count"]
        )
        counts = {budget.id: count for budget, count in groups}
        for budget in self:
            budget.adjustment_count = counts.get(budget.id, 0)

    @api.depends(
        "line_ids.planned_amount",
        "line_ids.actual_amount",
        "line_ids.committed_amount",
    )
    def _compute_totals(self):
        # the figures of all lines of all budgets are computed in one batch
        lines = self.line_ids
        figures = lines._get_execution_figures()
        for budget in self:
            planned = actual = committed = 0.0
            for line in budget.line_ids:
                values = figures.get(line._origin.id or line.id, {})
                planned += line.planned_amount
                actual += values.get("actual", 0.0)
                committed += values.get("committed", 0.0)
            budget.planned_amount = planned
            budget.actual_amount = actual
            budget.committed_amount = committed
            budget.available_amount = planned - actual - committed
            budget.execution_rate = planned and actual / planned * 100.0 or 0.0

    @api.onchange("region_id", "fiscal_year")
    def _onchange_region_year(self):
        if self.region_id and self.fiscal_year and not self.name:
            self.name = self.env._(
                "%(year)s %(office)s supervision funding budget",
                year=self.fiscal_year,
                office=self.region_id.name,
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(budget.state != "draft" for budget in self):
            raise UserError(self.env._("Only draft budgets can be deleted."))

    def _check_finance(self):
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_finance"):
            raise AccessError(
                self.env._("Only supervision finance users can change the status of a budget.")
            )

    def action_submit(self):
        self._check_finance()
        for budget in self:
            if budget.state != "draft":
                raise UserError(self.env._("Only draft budgets can be submitted."))
            if not budget.line_ids:
                raise UserError(
                    self.env._("The budget %s has no lines to submit.", budget.display_name)
                )
        self.write({"state": "submitted"})

    def action_approve(self):
        self._check_finance()
        for budget in self:
            if budget.state != "submitted":
                raise UserError(self.env._("Only submitted budgets can be approved."))
        self.write(
            {
                "state": "approved",
                "approved_date": self.env.company._edu_today(),
                "approved_by_id": self.env.user.id,
            }
        )

    def action_reset_draft(self):
        self._check_finance()
        for budget in self:
            if budget.state != "submitted":
                raise UserError(self.env._("Only submitted budgets can be reset to draft."))
        self.write({"state": "draft"})

    def action_close(self):
        self._check_finance()
        for budget in self:
            if budget.state != "approved":
                raise UserError(self.env._("Only approved budgets can be closed."))
        self.write({"state": "closed"})

    def action_view_adjustments(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_budget.edu_budget_adjustment_action"
        )
        action["domain"] = [("budget_id", "=", self.id)]
        action["context"] = {"default_budget_id": self.id}
        return action

    def action_view_execution(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_budget.edu_budget_execution_report_action"
        )
        action["domain"] = [("budget_id", "=", self.id)]
        return action

    def action_print_xlsx(self):
        self.check_access("read")
        return self.env.ref("edu_supervision_budget.edu_budget_execution_xlsx").report_action(self)

    @api.model
    def _edu_demo_load_chart(self):
        """Demo: the Chinese chart of accounts on the supervision office's company."""
        registry = self.env.registry
        if hasattr(registry, "_auto_install_template"):
            # account was installed in this run: its chart is loaded on the main company
            # at the end of the loading (ir.module.module._register_hook); load it now
            # so that the demo bills below have accounts and are not reloaded over.
            registry._auto_install_template(self.env)
            del registry._auto_install_template
        company = self.env.ref("base.main_company")
        if not company.chart_template:
            self.env["account.chart.template"]._load("cn", company, install_demo=False)

    @api.model
    def _find_budget_lines(self, account_ids, dates):
        """Approved budget lines using one of the analytic accounts in one of the years.

        :param account_ids: iterable of analytic account ids
        :param dates: iterable of dates
        :return: edu.budget.line recordset
        """
        years = {d.year for d in dates if d}
        if not account_ids or not years:
            return self.env["edu.budget.line"]
        return self.env["edu.budget.line"].search(
            [
                ("analytic_account_id", "in", list(account_ids)),
                ("fiscal_year", "in", list(years)),
                ("budget_state", "=", "approved"),
            ]
        )
