from collections import defaultdict

from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError

from .edu_allowance_rate import ALLOWANCE_BUDGET_CATEGORY

#: what an approved, posted or cancelled sheet keeps as approved (see ``_get_locked_fields``)
LOCKED_FIELDS = {
    "source",
    "inspection_id",
    "region_id",
    "date",
    "days",
    "budget_id",
    "company_id",
    "budget_override",
    "budget_override_reason",
}
OVERRIDE_FIELDS = {"budget_override", "budget_override_reason"}


class EduAllowanceSheet(models.Model):
    _name = "edu.allowance.sheet"
    _description = "Inspector Allowance Sheet"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    name = fields.Char(string="Reference", required=True, readonly=True, copy=False, default="/")
    source = fields.Selection(
        [
            ("inspection", "Inspection"),
            ("other", "Other"),
        ],
        string="Source",
        required=True,
        default="other",
    )
    inspection_id = fields.Many2one(
        "edu.inspection", string="Inspection", index=True, check_company=True
    )
    region_id = fields.Many2one("edu.region", string="Region", required=True, tracking=True)
    date = fields.Date(
        string="Activity Date",
        required=True,
        default=lambda self: self.env.company._edu_today(),
        tracking=True,
        help="First day of the activity; the bills are dated on it and charged to the "
        "budget of its year.",
    )
    days = fields.Integer(string="Days", help="On-site or training days.")
    budget_id = fields.Many2one(
        "edu.budget",
        string="Budget",
        compute="_compute_budget_id",
        store=True,
        readonly=False,
        check_company=True,
        domain="[('state', '=', 'approved')]",
        tracking=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("approved", "Approved"),
            ("posted", "Posted"),
            ("cancelled", "Cancelled"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    line_ids = fields.One2many(
        "edu.allowance.sheet.line", "sheet_id", string="Allowance Lines", copy=True
    )
    amount_total = fields.Monetary(
        string="Total", compute="_compute_amount_total", store=True, tracking=True
    )
    move_ids = fields.One2many(
        "account.move",
        "edu_allowance_sheet_id",
        string="Vendor Bills",
        groups="account.group_account_invoice",
    )
    move_count = fields.Integer(
        string="Bill Count", compute="_compute_move_count", groups="account.group_account_invoice"
    )
    journal_id = fields.Many2one(
        "account.journal",
        string="Journal",
        check_company=True,
        domain="[('type', '=', 'purchase')]",
        default=lambda self: self._default_journal(),
    )
    budget_override = fields.Boolean(
        string="Budget Override",
        copy=False,
        tracking=True,
        groups="edu_supervision.group_edu_finance",
        help="Set by supervision finance to approve the sheet although it takes a budget "
        "line below zero.",
    )
    budget_override_reason = fields.Text(
        string="Override Reason",
        copy=False,
        tracking=True,
        groups="edu_supervision.group_edu_finance",
    )
    approved_by_id = fields.Many2one("res.users", string="Approved By", readonly=True, copy=False)
    approved_date = fields.Date(string="Approval Date", readonly=True, copy=False)
    note = fields.Text(string="Notes")
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id", string="Currency")

    @api.model
    def _default_journal(self):
        return self.env["account.journal"].search(
            [
                *self.env["account.journal"]._check_company_domain(self.env.company),
                ("type", "=", "purchase"),
            ],
            limit=1,
        )

    @api.model
    def _get_locked_fields(self):
        """Fields an approved, posted or cancelled sheet keeps as approved: the source of
        the sheet and what its amounts are charged to (the addons adding a source add its
        field)."""
        return set(LOCKED_FIELDS)

    @api.depends("region_id", "date", "company_id")
    def _compute_budget_id(self):
        Budget = self.env["edu.budget"]
        for sheet in self:
            if sheet.state not in ("draft", False) or not (sheet.region_id and sheet.date):
                sheet.budget_id = sheet.budget_id
                continue
            sheet.budget_id = Budget.search(
                [
                    ("region_id", "=", sheet.region_id.id),
                    ("fiscal_year", "=", sheet.date.year),
                    ("company_id", "=", sheet.company_id.id),
                    ("state", "=", "approved"),
                ],
                limit=1,
            )

    @api.depends("line_ids.amount")
    def _compute_amount_total(self):
        for sheet in self:
            sheet.amount_total = sum(sheet.line_ids.mapped("amount"))

    def _compute_move_count(self):
        groups = self.env["account.move"]._read_group(
            [("edu_allowance_sheet_id", "in", self.ids)], ["edu_allowance_sheet_id"], ["__count"]
        )
        counts = {sheet.id: count for sheet, count in groups}
        for sheet in self:
            sheet.move_count = counts.get(sheet.id, 0)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if any(vals.get(field) for field in OVERRIDE_FIELDS):
                self._check_override_rights()
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.allowance.sheet")
        return super().create(vals_list)

    def write(self, vals):
        locked = self._get_locked_fields() & set(vals)
        if locked and any(sheet.state != "draft" for sheet in self):
            raise UserError(
                self.env._(
                    "Only draft allowance sheets can be changed (%s): cancel the sheet and "
                    "reset it to draft first.",
                    ", ".join(
                        sorted(self._fields[f]._description_string(self.env) for f in locked)
                    ),
                )
            )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(sheet.state not in ("draft", "cancelled") for sheet in self):
            raise UserError(self.env._("Only draft or cancelled allowance sheets can be deleted."))

    # ------------------------------------------------------------------
    # generation
    # ------------------------------------------------------------------

    @api.model
    def _prepare_lines(self, employees, region, days):
        """One line per part-time inspector and allowance category."""
        rates = self.env["edu.allowance.rate"]._get_rates(region)
        if not rates:
            raise UserError(
                self.env._(
                    "No allowance rate is defined for %s or its city: define the rates first.",
                    region.display_name,
                )
            )
        commands = []
        for employee in employees:
            for category in ALLOWANCE_BUDGET_CATEGORY:
                rate = rates.get(category)
                if not rate:
                    continue
                commands.append(
                    Command.create(
                        {
                            "employee_id": employee.id,
                            "category": category,
                            "unit": rate.unit,
                            "quantity": rate._get_quantity(days),
                            "unit_amount": rate.amount,
                        }
                    )
                )
        return commands

    @api.model
    def _get_allowance_employees(self, employees):
        """Inspectors entitled to allowances: the part-time ones (DOMAIN.md §23)."""
        return employees.filtered(lambda e: e.edu_inspector_type == "part_time")

    @api.model
    def _prepare_from_inspection(self, inspection):
        if not (inspection.date_start and inspection.date_end):
            raise UserError(
                self.env._("Set the on-site dates of the inspection %s first.", inspection.name)
            )
        employees = self._get_allowance_employees(inspection.team_employee_ids)
        if not employees:
            raise UserError(
                self.env._(
                    "The team of the inspection %s has no part-time inspector.",
                    inspection.display_name,
                )
            )
        days = inspection._edu_onsite_days()
        return {
            "source": "inspection",
            "inspection_id": inspection.id,
            "region_id": inspection.region_id.id,
            "date": inspection.date_start,
            "days": days,
            "company_id": inspection.company_id.id,
            "line_ids": self._prepare_lines(employees, inspection.region_id, days),
        }

    # ------------------------------------------------------------------
    # workflow
    # ------------------------------------------------------------------

    def _is_finance(self):
        return self.env.su or self.env.user.has_group("edu_supervision.group_edu_finance")

    def _check_finance(self):
        if not self._is_finance():
            raise AccessError(
                self.env._("Only supervision finance users can approve or post allowances.")
            )

    def _check_override_rights(self):
        """Field groups guard reads and writes of the override; creation too."""
        if not self._is_finance():
            raise AccessError(
                self.env._("Only supervision finance users can record a budget override.")
            )

    def _check_office_or_finance(self):
        """Office staff prepare the sheets of their region (record rules), finance all."""
        if not self._is_finance() and not self.env.user.has_group(
            "edu_supervision.group_edu_office"
        ):
            raise AccessError(
                self.env._(
                    "Only office staff and supervision finance users can cancel or reset "
                    "allowance sheets."
                )
            )

    def _get_budget_impact(self):
        """Amount per budget line this sheet commits."""
        impact = defaultdict(float)
        for line in self.line_ids:
            impact[line.budget_line_id] += line.amount
        return impact

    def action_approve(self):
        self._check_finance()
        for sheet in self:
            if sheet.state != "draft":
                raise UserError(self.env._("Only draft allowance sheets can be approved."))
            if not sheet.line_ids:
                raise UserError(self.env._("The allowance sheet %s has no line.", sheet.name))
            missing = sheet.line_ids.filtered(lambda line: not line.budget_line_id)
            if missing:
                raise UserError(
                    self.env._(
                        "No budget line funds the allowances of %(sheet)s (%(categories)s): "
                        "choose an approved budget with allowance lines.",
                        sheet=sheet.name,
                        categories=", ".join(
                            sorted(set(missing.mapped(lambda line: line._get_category_label())))
                        ),
                    )
                )
            sheet._check_budget_available()
        self.write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approved_date": self.env.company._edu_today(),
            }
        )

    def _check_budget_available(self):
        """Refuse to commit more than a budget line has left, unless overridden."""
        self.ensure_one()
        impact = self._get_budget_impact()
        budget_lines = self.env["edu.budget.line"].union(*impact)
        figures = budget_lines._get_execution_figures()
        overspent = []
        for budget_line, amount in impact.items():
            values = figures.get(budget_line.id, {})
            available = (
                budget_line.planned_amount
                - values.get("actual", 0.0)
                - values.get("committed", 0.0)
            )
            if self.currency_id.compare_amounts(available - amount, 0.0) < 0:
                overspent.append((budget_line, available, amount))
        if not overspent:
            return
        if not self.budget_override or not self.budget_override_reason:
            raise UserError(
                self.env._(
                    "Approving %(sheet)s would take budget lines below zero:\n%(lines)s\n"
                    "A supervision finance user can record a budget override with a reason "
                    "on the sheet.",
                    sheet=self.name,
                    lines="\n".join(
                        self.env._(
                            "- %(line)s: available %(available)s, needed %(amount)s",
                            line=line.display_name,
                            available=self.currency_id.format(available),
                            amount=self.currency_id.format(amount),
                        )
                        for line, available, amount in overspent
                    ),
                )
            )
        for budget in {line.budget_id for line, _available, _amount in overspent}:
            budget.message_post(
                body=self.env._(
                    "Budget override by %(user)s: allowance sheet %(sheet)s (%(amount)s) "
                    "approved beyond the available funds. Reason: %(reason)s",
                    user=self.env.user.name,
                    sheet=self.name,
                    amount=self.currency_id.format(self.amount_total),
                    reason=self.budget_override_reason,
                )
            )

    def action_post(self):
        """Post one vendor bill per inspector, charged to the budget lines."""
        self._check_finance()
        for sheet in self:
            if sheet.state != "approved":
                raise UserError(self.env._("Only approved allowance sheets can be posted."))
            missing = sheet.line_ids.employee_id.filtered(lambda e: not e.work_contact_id)
            if missing:
                raise UserError(
                    self.env._(
                        "These inspectors have no work contact to pay: %s",
                        ", ".join(missing.mapped("name")),
                    )
                )
            if not sheet.journal_id:
                raise UserError(
                    self.env._("Set a purchase journal on the allowance sheet %s.", sheet.name)
                )
        moves = self.env["account.move"]
        for sheet in self:
            # released from the commitments before the bills are posted
            sheet.state = "posted"
            moves |= self.env["account.move"].create(sheet._prepare_bills_vals())
        moves.action_post()
        return True

    def _prepare_bills_vals(self):
        self.ensure_one()
        vals_list = []
        lines_by_employee = defaultdict(lambda: self.env["edu.allowance.sheet.line"])
        for line in self.line_ids:
            lines_by_employee[line.employee_id] |= line
        for employee, lines in lines_by_employee.items():
            vals_list.append(
                {
                    "move_type": "in_invoice",
                    "partner_id": employee.work_contact_id.id,
                    "invoice_date": self.date,
                    "date": self.date,
                    "journal_id": self.journal_id.id,
                    "company_id": self.company_id.id,
                    "currency_id": self.currency_id.id,
                    "ref": self.name,
                    "edu_allowance_sheet_id": self.id,
                    "invoice_line_ids": [
                        Command.create(line._prepare_bill_line_vals()) for line in lines
                    ],
                }
            )
        return vals_list

    def action_cancel(self):
        self._check_office_or_finance()
        for sheet in self:
            if sheet.state not in ("draft", "approved"):
                raise UserError(
                    self.env._("Only draft or approved allowance sheets can be cancelled.")
                )
            if sheet.state == "approved" and not self._is_finance():
                raise AccessError(
                    self.env._(
                        "Only supervision finance users can cancel an approved allowance "
                        "sheet (%s): its amounts are committed on the budget.",
                        sheet.name,
                    )
                )
        self.write({"state": "cancelled"})

    def action_reset_draft(self):
        self._check_office_or_finance()
        for sheet in self:
            if sheet.state != "cancelled":
                raise UserError(
                    self.env._("Only cancelled allowance sheets can be reset to draft.")
                )
        self.write({"state": "draft"})

    def action_view_bills(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "account.action_move_in_invoice_type"
        )
        action["domain"] = [("edu_allowance_sheet_id", "=", self.id)]
        action["context"] = {"create": False, "default_move_type": "in_invoice"}
        return action

    def _get_form_action(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }
