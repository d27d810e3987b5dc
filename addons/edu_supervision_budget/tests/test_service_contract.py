from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestServiceContract(EduBudgetCase):
    def _contract(self, amount=20000.0):
        return self.env["edu.service.contract"].create(
            {
                "name": "Quality monitoring",
                "contract_type": "evaluation",
                "partner_id": self.vendor.id,
                "budget_id": self.budget.id,
                "budget_line_id": self.line_evaluation.id,
                "date": self._date(2, 1),
                "amount": amount,
            }
        )

    def test_commitment_and_billing(self):
        contract = self._contract()
        self.assertEqual(self._figures(self.line_evaluation)[2], 0.0, "draft: no commitment")
        contract.action_confirm()
        self.assertEqual(self._figures(self.line_evaluation), (50000.0, 0.0, 20000.0, 30000.0))
        action = contract.action_create_bill()
        bill = self.env["account.move"].browse(action["res_id"])
        self.assertEqual(bill.edu_service_contract_id, contract)
        self.assertEqual(bill.amount_untaxed, 20000.0)
        bill.invoice_line_ids.price_unit = 5000.0
        bill.invoice_date = self._date(2, 15)
        bill.action_post()
        self.assertEqual(contract.amount_billed, 5000.0)
        self.assertEqual(contract.amount_open, 15000.0)
        # hand-computed: actual 5000, committed 20000 - 5000, available 30000
        self.assertEqual(self._figures(self.line_evaluation), (50000.0, 5000.0, 15000.0, 30000.0))
        contract.action_done()
        self.assertEqual(self._figures(self.line_evaluation), (50000.0, 5000.0, 0.0, 45000.0))

    def test_contract_bill_consumes_its_commitment(self):
        contract = self._contract(20000.0)
        contract.action_confirm()
        # other spending leaves exactly the contract's commitment
        self._create_bill(30000.0, self.line_evaluation.analytic_account_id)
        bill = self.env["account.move"].browse(contract.action_create_bill()["res_id"])
        bill.invoice_date = self._date(3, 1)
        bill.action_post()
        self.assertEqual(bill.state, "posted", "paying the contract is not an overspending")
        self.assertEqual(self._figures(self.line_evaluation)[3], 0.0)

    def test_cannot_confirm_beyond_available(self):
        contract = self._contract(60000.0)
        with self.assertRaisesRegex(UserError, "available"), self.cr.savepoint():
            contract.action_confirm()

    def test_monitoring_inspection_link(self):
        self.inspection.write(
            {
                "function": "monitoring",
                "third_party_partner_id": self.vendor.id,
                "contract_amount": 8000.0,
            }
        )
        contract = self.env["edu.service.contract"].new(
            {"inspection_id": self.inspection.id, "budget_id": self.budget.id}
        )
        contract._onchange_inspection_id()
        contract._onchange_budget_type()
        self.assertEqual(contract.partner_id, self.vendor)
        self.assertEqual(contract.amount, 8000.0)
        self.assertEqual(contract.budget_line_id, self.line_evaluation)
