from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestAccess(EduBudgetCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.sheet = cls.env["edu.allowance.sheet"].create(
            {
                "region_id": cls.region_a.id,
                "date": cls._date(1, 20),
                "line_ids": [
                    Command.create(
                        {
                            "employee_id": cls.employee_insp.id,
                            "category": "labour",
                            "quantity": 1,
                            "unit_amount": 100,
                        }
                    ),
                    Command.create(
                        {
                            "employee_id": cls.employee_insp2.id,
                            "category": "labour",
                            "quantity": 2,
                            "unit_amount": 100,
                        }
                    ),
                ],
            }
        )
        cls.line_own, cls.line_other = cls.sheet.line_ids.sorted(
            lambda line: line.employee_id != cls.employee_insp
        )
        cls.budget_b = cls.env["edu.budget"].create(
            {"name": "District B", "fiscal_year": cls.year, "region_id": cls.region_b.id}
        )

    def test_inspector_sees_only_own_allowances(self):
        Line = self.env["edu.allowance.sheet.line"].with_user(self.user_inspector)
        self.assertEqual(Line.search([("sheet_id", "=", self.sheet.id)]), self.line_own)
        self.line_own.with_user(self.user_inspector).read(["amount"])
        with self.assertRaises(AccessError):
            self.line_other.with_user(self.user_inspector).read(["amount"])
        with self.assertRaises(AccessError):
            self.line_own.with_user(self.user_inspector).write({"quantity": 9})
        # the sheets (and their totals) hold the allowances of his colleagues too
        with self.assertRaises(AccessError):
            self.sheet.with_user(self.user_inspector).read(["amount_total"])
        # his own line names its sheet and activity without opening the sheet
        values = self.line_own.with_user(self.user_inspector).read(["sheet_id", "date", "amount"])
        self.assertEqual(values[0]["sheet_id"], (self.sheet.id, self.sheet.name))

    def test_inspector_cannot_read_budgets(self):
        with self.assertRaises(AccessError):
            self.budget.with_user(self.user_inspector).read(["name"])
        with self.assertRaises(AccessError):
            self.env["edu.allowance.sheet"].with_user(self.user_viewer).search([])

    def test_office_reads_budgets_and_prepares_sheets(self):
        budget = self.budget.with_user(self.user_office)
        self.assertEqual(budget.available_amount, 70500.0)
        with self.assertRaises(AccessError):
            budget.write({"name": "Changed"})
        with self.assertRaises(AccessError):
            self.env["edu.budget"].with_user(self.user_office).create(
                {"name": "X", "fiscal_year": self.year + 1, "region_id": self.region_a.id}
            )
        sheet = self.sheet.with_user(self.user_office)
        sheet.line_ids[0].quantity = 3
        with self.assertRaises(UserError):
            sheet.action_approve()

    def test_district_office_sees_own_district(self):
        Budget = self.env["edu.budget"].with_user(self.user_district_office)
        self.assertIn(self.budget, Budget.search([]))
        self.assertNotIn(self.budget_b, Budget.search([]))
        with self.assertRaises(AccessError):
            self.budget_b.with_user(self.user_district_office).read(["name"])

    def test_finance_manages(self):
        budget = (
            self.env["edu.budget"]
            .with_user(self.user_finance)
            .create({"name": "X", "fiscal_year": self.year + 1, "region_id": self.region_a.id})
        )
        budget.write({"line_ids": [Command.create({"category": "other", "original_amount": 1})]})
        self.assertTrue(budget.line_ids.analytic_account_id)
        self.sheet.with_user(self.user_finance).write({"note": "checked"})

    def test_district_office_sheets_and_contracts(self):
        sheet_b = self.env["edu.allowance.sheet"].create(
            {"region_id": self.region_b.id, "date": self._date(1, 20)}
        )
        Sheet = self.env["edu.allowance.sheet"].with_user(self.user_district_office)
        self.assertIn(self.sheet, Sheet.search([]))
        self.assertNotIn(sheet_b, Sheet.search([]))
        with self.assertRaises(AccessError):
            sheet_b.with_user(self.user_district_office).write({"note": "x"})
        self.budget_b.line_ids = [Command.create({"category": "research", "original_amount": 10})]
        contract_b = self.env["edu.service.contract"].create(
            {
                "name": "Research B",
                "contract_type": "research",
                "partner_id": self.vendor.id,
                "budget_id": self.budget_b.id,
                "budget_line_id": self.budget_b.line_ids.id,
                "amount": 5.0,
            }
        )
        Contract = self.env["edu.service.contract"].with_user(self.user_district_office)
        self.assertFalse(Contract.search([("id", "=", contract_b.id)]))
        self.assertTrue(Contract.with_user(self.user_office).search([("id", "=", contract_b.id)]))
        with self.assertRaises(AccessError):
            contract_b.with_user(self.user_office).write({"amount": 6.0})

    def test_multi_company(self):
        other = self.env["res.company"].create({"name": "Other office"})
        self.user_finance.company_ids = [Command.link(other.id)]
        budget = self.env["edu.budget"].create(
            {
                "name": "Other",
                "fiscal_year": self.year,
                "region_id": self.region_a.id,
                "company_id": other.id,
            }
        )
        Budget = self.env["edu.budget"].with_user(self.user_finance)
        self.assertNotIn(
            budget, Budget.with_context(allowed_company_ids=[self.company.id]).search([])
        )
        self.assertIn(budget, Budget.with_context(allowed_company_ids=[other.id]).search([]))

    # ------------------------------------------------------------------
    # issue 12: budget and allowance data only through our own roles
    # ------------------------------------------------------------------
    def _default_user(self, login, *groups):
        """A user created as Odoo creates them: with the default groups of
        ``base.default_user`` (which include accounting), plus ``groups``."""
        user = (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create({"name": login, "login": login, "email": f"{login}@example.com"})
        )
        user.groups_id = [Command.link(self.env.ref(group).id) for group in groups]
        return user

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule")
    def test_accounting_groups_grant_no_budget_data(self):
        """Every internal user holds Odoo's accounting groups: an inspector with them
        reads neither budgets nor other people's allowances, only his own lines."""
        inspector = self._default_user("t_default_inspector", "edu_supervision.group_edu_inspector")
        self.assertTrue(inspector.has_group("account.group_account_invoice"))
        self.employee_nocert.user_id = inspector
        sheet = self.sheet.copy()
        sheet.line_ids[:1].employee_id = self.employee_nocert
        own = sheet.line_ids.filtered(lambda line: line.employee_id == self.employee_nocert)
        others = sheet.line_ids - own | self.sheet.line_ids
        adjustment = self.env["edu.budget.adjustment"].create(
            {
                "budget_id": self.budget.id,
                "line_from_id": self.line_evaluation.id,
                "line_to_id": self.line_inspection.id,
                "amount": 10.0,
                "reason": "Visits",
            }
        )
        contract = self.env["edu.service.contract"].create(
            {
                "name": "Monitoring",
                "partner_id": self.vendor.id,
                "budget_id": self.budget.id,
                "budget_line_id": self.line_evaluation.id,
                "amount": 10.0,
            }
        )
        report = self.env["edu.budget.execution.report"].search(
            [("budget_id", "=", self.budget.id)], limit=1
        )
        rate = self.env["edu.allowance.rate"].search([], limit=1)
        for records in (
            self.budget,
            self.line_inspection,
            adjustment,
            contract,
            report,
            rate,
            sheet,
            others[:1],
        ):
            with self.subTest(model=records._name), self.assertRaises(AccessError):
                records.with_user(inspector).read(["display_name"])
        for model in ("edu.budget", "edu.budget.line", "edu.allowance.sheet"):
            with self.subTest(model=model), self.assertRaises(AccessError):
                self.env[model].with_user(inspector).search([])
        Line = self.env["edu.allowance.sheet.line"].with_user(inspector)
        self.assertEqual(Line.search([]), own)
        self.assertEqual(own.with_user(inspector).read(["amount"])[0]["amount"], own.amount)
        # the same holds for an accountant who has no supervision role at all
        accountant = self._default_user("t_default_accountant")
        self.assertTrue(accountant.has_group("account.group_account_manager"))
        with self.assertRaises(AccessError):
            self.env["edu.allowance.sheet.line"].with_user(accountant).search([])
        with self.assertRaises(AccessError):
            self.budget.with_user(accountant).read(["planned_amount"])

    def test_budget_control_applies_to_posters_without_budget_rights(self):
        """An accountant who may not read the budget still has his bills controlled."""
        account = self.line_inspection.analytic_account_id
        bill = self._create_bill(9000.0, account, post=False)
        bill.with_user(self.user_accountant).action_post()
        self.assertEqual(bill.state, "posted")
        with self.assertRaises(AccessError):
            self.line_inspection.with_user(self.user_accountant).read(["available_amount"])
        bill = self._create_bill(2000.0, account, post=False)
        with self.assertRaisesRegex(UserError, "below zero"), self.cr.savepoint():
            bill.with_user(self.user_accountant).action_post()
        # the bill form of an accountant does not show the budget lines it charges
        self.assertNotIn("edu_budget_line_ids", bill.with_user(self.user_accountant).fields_get())

    def test_budget_override_only_by_finance(self):
        """The override is finance's, also when a bill or a sheet is created with it,
        and it is tracked."""
        account = self.line_inspection.analytic_account_id
        override = {"edu_budget_override": True, "edu_budget_override_reason": "Urgent"}
        with self.assertRaises(AccessError):
            self.env["account.move"].with_user(self.user_accountant).create(
                {"move_type": "in_invoice", "partner_id": self.vendor.id, **override}
            )
        with self.assertRaises(AccessError):
            self.env["edu.allowance.sheet"].with_user(self.user_office).create(
                {
                    "region_id": self.region_a.id,
                    "budget_override": True,
                    "budget_override_reason": "Urgent",
                }
            )
        bill = self._create_bill(20000.0, account, post=False)
        # as if the bill had been created in an earlier request (tracking starts then)
        self.env.flush_all()
        self.cr.precommit.run()
        bill.with_user(self.user_finance).with_context(tracking_disable=False).write(override)
        self.env.flush_all()
        self.cr.precommit.run()
        self.env.invalidate_all()
        tracked = bill.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("edu_budget_override", tracked)
        self.assertIn("edu_budget_override_reason", tracked)
        sheet = self.sheet.with_user(self.user_finance).with_context(tracking_disable=False)
        sheet.write({"budget_override": True, "budget_override_reason": "Year end"})
        self.env.flush_all()
        self.cr.precommit.run()
        self.env.invalidate_all()
        tracked = self.sheet.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("budget_override_reason", tracked)

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule")
    def test_office_prepares_sheets_finance_decides(self):
        """Office staff edit and cancel draft sheets; an approved sheet is finance's."""
        sheet = self.sheet.with_user(self.user_office)
        sheet.write({"note": "checked"})
        self.sheet.with_user(self.user_finance).action_approve()
        with self.assertRaises(AccessError):
            sheet.write({"note": "changed after approval"})
        with self.assertRaisesRegex(AccessError, "approved"):
            sheet.action_cancel()
        with self.assertRaises(AccessError):
            self.sheet.with_user(self.user_inspector).action_cancel()
        # what was approved stays approved, even for finance
        with self.assertRaisesRegex(UserError, "draft"):
            self.sheet.with_user(self.user_finance).write({"date": self._date(2, 1)})
        self.sheet.with_user(self.user_finance).write({"note": "paid next week"})
        self.sheet.with_user(self.user_finance).action_cancel()
        self.sheet.with_user(self.user_office).action_reset_draft()
        self.assertEqual(self.sheet.state, "draft")
        sheet.write({"date": self._date(2, 1)})

    def test_only_office_prepares_sheets_from_an_inspection(self):
        self.inspection.write(
            {
                "date_start": self._date(1, 10),
                "date_end": self._date(1, 12),
                "member_ids": [Command.link(self.employee_insp2.id)],
            }
        )
        # the team leader reads the inspection but prepares no allowances
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector).action_create_allowance_sheet()
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector).action_view_allowance_sheets()
        self.assertNotIn(
            "allowance_sheet_count",
            self.inspection.with_user(self.user_inspector).fields_get(),
        )
        action = self.inspection.with_user(
            self.user_district_office
        ).action_create_allowance_sheet()
        self.assertEqual(
            self.env["edu.allowance.sheet"].browse(action["res_id"]).region_id, self.region_a
        )

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule")
    def test_contract_transitions_are_finance_only(self):
        contract = self.env["edu.service.contract"].create(
            {
                "name": "Monitoring",
                "partner_id": self.vendor.id,
                "budget_id": self.budget.id,
                "budget_line_id": self.line_evaluation.id,
                "amount": 100.0,
            }
        )
        for user in (self.user_office, self.user_accountant, self.user_manager):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                contract.with_user(user).action_confirm()
        contract.with_user(self.user_finance).action_confirm()
        for user in (self.user_office, self.user_accountant):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                contract.with_user(user).action_create_bill()
        action = contract.with_user(self.user_finance).action_create_bill()
        self.assertEqual(self.env["account.move"].browse(action["res_id"]).amount_untaxed, 100.0)
        with self.assertRaisesRegex(UserError, "draft or cancelled"):
            contract.unlink()

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule")
    def test_district_walls_on_adjustments_and_figures(self):
        """A district office reads the adjustments and execution figures of its district
        only."""
        self.budget_b.line_ids = [
            Command.create({"category": "research", "original_amount": 10.0}),
            Command.create({"category": "other", "original_amount": 10.0}),
        ]
        adjustment_b = self.env["edu.budget.adjustment"].create(
            {
                "budget_id": self.budget_b.id,
                "line_from_id": self.budget_b.line_ids[0].id,
                "line_to_id": self.budget_b.line_ids[1].id,
                "amount": 1.0,
                "reason": "B",
            }
        )
        Adjustment = self.env["edu.budget.adjustment"].with_user(self.user_district_office)
        self.assertFalse(Adjustment.search([("id", "=", adjustment_b.id)]))
        with self.assertRaises(AccessError):
            adjustment_b.with_user(self.user_district_office).read(["amount"])
        self.assertTrue(
            adjustment_b.with_user(self.user_office).read(["amount"]), "the city sees all"
        )
        Report = self.env["edu.budget.execution.report"].with_user(self.user_district_office)
        self.assertEqual(Report.search([]).region_id, self.region_a)

    def test_refusals_are_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        self.sheet.with_user(self.user_finance).action_approve()
        contract = self.env["edu.service.contract"].create(
            {
                "name": "Monitoring",
                "partner_id": self.vendor.id,
                "budget_id": self.budget.id,
                "budget_line_id": self.line_evaluation.id,
                "amount": 10.0,
            }
        )
        office = self.user_office
        for records, user, method, expected in (
            (self.budget_b, office, "action_submit", "只有督导财务人员才能变更预算状态"),
            (self.sheet, office, "action_cancel", "只有督导财务人员才能取消已批准的补贴单"),
            (contract, office, "action_confirm", "只有督导财务人员才能确认"),
            (
                self.inspection,
                self.user_inspector,
                "action_view_allowance_sheets",
                "只有督导室工作人员",
            ),
        ):
            with self.subTest(method=method), self.assertRaisesRegex(AccessError, expected):
                getattr(records.with_user(user).with_context(lang="zh_CN"), method)()
