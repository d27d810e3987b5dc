from odoo import Command
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

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
        # the sheet of his allowance is readable, a sheet without any is not
        self.sheet.with_user(self.user_inspector).read(["name"])
        other_sheet = self.sheet.copy({"line_ids": []})
        with self.assertRaises(AccessError):
            other_sheet.with_user(self.user_inspector).read(["name"])

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
