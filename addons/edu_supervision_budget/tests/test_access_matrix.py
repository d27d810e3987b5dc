from odoo import Command
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.access_matrix_case import AccessMatrixCase

from . import access_matrix
from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestAccessMatrix(AccessMatrixCase, EduBudgetCase):
    """The budget addon's cells of the authority matrix, every role both ways.

    Every internal role user also holds Odoo's accounting groups, as every internal user
    of a real database does (``base.default_user`` gives them to new users): budget and
    allowance data must not be reachable through them.
    """

    matrix = access_matrix
    matrix_module = "edu_supervision_budget"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        accounting = cls.env.ref("account.group_account_manager")
        for user in cls.matrix_users.values():
            if not user.share:
                user.groups_id = [Command.link(accounting.id)]
        cls._next_year = 2040
        cls.inspection.write(
            {
                "date_start": cls._date(1, 10),
                "date_end": cls._date(1, 12),
                "member_ids": [Command.link(cls.employee_insp2.id)],
            }
        )
        Budget = cls.env["edu.budget"]
        # the district budget of the common case is approved; one draft budget in each region
        cls.budget_b = Budget.create(
            {
                "name": "District B",
                "fiscal_year": cls.year,
                "region_id": cls.region_b.id,
                "line_ids": [
                    Command.create({"category": "research", "original_amount": 1000.0}),
                ],
            }
        )
        cls.budget_next = Budget.create(
            {
                "name": "District A next year",
                "fiscal_year": cls.year + 1,
                "region_id": cls.region_a.id,
                "line_ids": [Command.create({"category": "inspection", "original_amount": 10.0})],
            }
        )
        # adjustments of the district budget in every state, one of district B
        cls.adjustments = {
            state: cls._adjustment(cls.budget, state) for state in ("draft", "approved")
        }
        cls.adjustments["submitted"] = cls._adjustment(cls.budget, "submitted")
        cls.adjustments["refused"] = cls._adjustment(cls.budget, "refused")
        cls.adjustment_b = cls._adjustment(cls.budget_b, "draft")
        # allowance sheets: the inspector has a line in district A and one in district B
        cls.sheet_draft = cls._sheet(cls.region_a, "draft")
        cls.sheet_approved = cls._sheet(cls.region_a, "approved")
        cls.sheet_cancelled = cls._sheet(cls.region_a, "cancelled")
        cls.sheet_posted = cls._sheet(cls.region_a, "posted")
        cls.sheet_b = cls._sheet(cls.region_b, "draft")
        # service contracts
        cls.contract_draft = cls._contract(cls.budget, cls.line_evaluation, "draft")
        cls.contract_confirmed = cls._contract(cls.budget, cls.line_evaluation, "confirmed")
        cls.contract_cancelled = cls._contract(cls.budget, cls.line_evaluation, "cancelled")
        cls.contract_b = cls._contract(cls.budget_b, cls.budget_b.line_ids[:1], "draft")

    # ------------------------------------------------------------------
    # fixtures
    # ------------------------------------------------------------------
    @classmethod
    def _adjustment(cls, budget, state, amount=1.0):
        lines = budget.line_ids
        if len(lines) < 2:
            lines |= budget.line_ids.create(
                {"budget_id": budget.id, "category": "other", "original_amount": 10.0}
            )
        adjustment = cls.env["edu.budget.adjustment"].create(
            {
                "budget_id": budget.id,
                "line_from_id": lines[0].id,
                "line_to_id": lines[1].id,
                "amount": amount,
                "reason": "Matrix",
            }
        )
        adjustment.state = state
        return adjustment

    @classmethod
    def _sheet(cls, region, state):
        sheet = cls.env["edu.allowance.sheet"].create(
            {
                "region_id": region.id,
                "date": cls._date(1, 20),
                "line_ids": [
                    Command.create(
                        {
                            "employee_id": employee.id,
                            "category": "communication",
                            "quantity": 1.0,
                            "unit_amount": 10.0,
                        }
                    )
                    for employee in (cls.employee_insp, cls.employee_insp2)
                ],
            }
        )
        sheet.state = state
        return sheet

    @classmethod
    def _contract(cls, budget, line, state, amount=10.0):
        contract = cls.env["edu.service.contract"].create(
            {
                "name": "Matrix evaluation",
                "contract_type": "evaluation",
                "partner_id": cls.vendor.id,
                "budget_id": budget.id,
                "budget_line_id": line.id,
                "date": cls._date(2, 1),
                "amount": amount,
            }
        )
        contract.state = state
        return contract

    def _fresh_budget(self, state):
        self.__class__._next_year += 1
        budget = self.env["edu.budget"].create(
            {
                "name": f"Matrix {self._next_year}",
                "fiscal_year": self._next_year,
                "region_id": self.region_a.id,
                "line_ids": [Command.create({"category": "inspection", "original_amount": 1.0})],
            }
        )
        budget.state = state
        return budget

    # ------------------------------------------------------------------
    # hooks
    # ------------------------------------------------------------------
    def _matrix_samples(self, model):
        a = {"district"}
        if model == "edu.budget":
            return [
                (self.budget, a | {"state:approved"}),
                (self.budget_next, a | {"state:draft"}),
                (self.budget_b, {"state:draft"}),
            ]
        if model == "edu.budget.line":
            return [
                (self.line_inspection, a | {"state:approved"}),
                (self.budget_next.line_ids, a | {"state:draft"}),
                (self.budget_b.line_ids[:1], {"state:draft"}),
            ]
        if model == "edu.budget.adjustment":
            return [
                (adjustment, a | {f"state:{state}"})
                for state, adjustment in self.adjustments.items()
            ] + [(self.adjustment_b, {"state:draft"})]
        if model == "edu.allowance.rate":
            rates = self.env["edu.allowance.rate"].search(
                [("region_id", "in", (self.region_city | self.region_a).ids)]
            )
            return [(rates.filtered(lambda r: r.region_id == self.region_a), a)] + [
                (rates.filtered(lambda r: r.region_id == self.region_city)[:1], set())
            ]
        if model == "edu.allowance.sheet":
            return [
                (sheet, a | {f"state:{sheet.state}"})
                for sheet in (
                    self.sheet_draft,
                    self.sheet_approved,
                    self.sheet_cancelled,
                    self.sheet_posted,
                )
            ] + [(self.sheet_b, {"state:draft"})]
        if model == "edu.allowance.sheet.line":
            samples = []
            for sheet, tags in (
                (self.sheet_draft, a | {"state:draft"}),
                (self.sheet_approved, a | {"state:approved"}),
                (self.sheet_b, {"state:draft"}),
            ):
                for line in sheet.line_ids:
                    own = {"own:inspector"} if line.employee_id == self.employee_insp else set()
                    samples.append((line, tags | own))
            return samples
        if model == "edu.service.contract":
            return [
                (contract, a | {f"state:{contract.state}"})
                for contract in (
                    self.contract_draft,
                    self.contract_confirmed,
                    self.contract_cancelled,
                )
            ] + [(self.contract_b, {"state:draft"})]
        # edu.budget.execution.report
        Report = self.env["edu.budget.execution.report"]
        return [
            (Report.search([("budget_id", "=", self.budget.id)], limit=1), a),
            (Report.search([("budget_id", "=", self.budget_b.id)], limit=1), set()),
        ]

    def _matrix_create_vals(self, model, record):
        vals = super()._matrix_create_vals(model, record)
        if model == "edu.budget":
            # one budget per office and year
            vals.update(fiscal_year=record.fiscal_year + 10, line_ids=[])
        elif model == "edu.budget.line":
            # each analytic account funds one line a year: a category of its own
            vals.update(category="platform", analytic_account_id=False)
        elif model == "edu.allowance.rate":
            # one rate per region and category: district B has none
            vals["region_id"] = self.region_b.id
        return vals

    def _matrix_write_vals(self, model, record):
        if model in ("edu.allowance.rate", "edu.allowance.sheet.line"):
            return {"note": "Matrix"}
        if model == "edu.budget.execution.report":
            return {"fiscal_year": record.fiscal_year}
        return super()._matrix_write_vals(model, record)

    def _matrix_unlink_record(self, model, record):
        if model == "edu.budget.execution.report":
            # a view: nobody deletes its rows, the refusal comes before the database
            return record
        if model == "edu.allowance.sheet.line":
            # lines are only added to draft sheets: copy the sheet, then set its state
            sheet = record.sheet_id.copy()
            line = sheet.line_ids.filtered(lambda line: line.employee_id == record.employee_id)
            sheet.state = record.sheet_id.state
            return line
        copy = super()._matrix_unlink_record(model, record)
        if "state" in copy._fields and copy.state != record.state:
            copy.state = record.state
        return copy

    def _matrix_transition_record(self, model, method, user):
        a = {"district"}
        finance = user == self.user_finance
        if model == "edu.budget":
            state = {
                "action_submit": "draft",
                "action_approve": "submitted",
                "action_reset_draft": "submitted",
                "action_close": "approved",
            }.get(method)
            if not state:
                return self.budget, a
            return self._fresh_budget(state), a | {f"state:{state}"}
        if model == "edu.budget.adjustment":
            state = {
                "action_submit": "draft",
                "action_approve": "submitted",
                "action_refuse": "submitted",
                "action_reset_draft": "refused",
            }[method]
            return self._adjustment(self.budget, state), a | {f"state:{state}"}
        if model == "edu.allowance.sheet":
            if method == "action_view_bills":
                return self.sheet_posted, a | {"state:posted"}
            state = {
                "action_approve": "draft",
                "action_post": "approved",
                "action_reset_draft": "cancelled",
            }.get(method)
            if method == "action_cancel":
                # finance cancels an approved sheet, city office staff may not;
                # the others are tried on a draft one
                state = "approved" if user in (self.user_finance, self.user_office) else "draft"
            return self._sheet(self.region_a, state), a | {f"state:{state}"}
        if model == "edu.service.contract":
            if method == "action_view_bills":
                return self.contract_confirmed, a | {"state:confirmed"}
            state = {
                "action_confirm": "draft",
                "action_create_bill": "confirmed",
                "action_done": "confirmed",
                "action_cancel": "confirmed" if finance else "draft",
                "action_reset_draft": "cancelled",
            }[method]
            return self._contract(self.budget, self.line_evaluation, state), a | {f"state:{state}"}
        # edu.inspection
        return self.inspection, a
