from datetime import date

from odoo import Command

from odoo.addons.edu_supervision_inspection.tests.common import EduInspectionCase


class EduBudgetCase(EduInspectionCase):
    """A district budget (region_a) of the current year on the company's chart of
    accounts, with one line per category that the tests need, and allowance rates."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        if not cls.company.chart_template:
            cls.env["account.chart.template"].try_loading("cn", cls.company, install_demo=False)
        cls.year = cls.env.company._edu_today().year
        cls.user_accountant = cls._create_user("t_accountant", ["account.group_account_invoice"])
        cls.vendor = cls.env["res.partner"].create({"name": "Evaluation Institute"})
        cls.budget = cls.env["edu.budget"].create(
            {
                "name": "District A budget",
                "fiscal_year": cls.year,
                "region_id": cls.region_a.id,
                "line_ids": [
                    Command.create({"category": "inspection", "original_amount": 10000.0}),
                    Command.create({"category": "training", "original_amount": 4000.0}),
                    Command.create(
                        {"category": "allowance_communication", "original_amount": 500.0}
                    ),
                    Command.create({"category": "allowance_transport", "original_amount": 1000.0}),
                    Command.create({"category": "allowance_meals", "original_amount": 2000.0}),
                    Command.create({"category": "allowance_labour", "original_amount": 3000.0}),
                    Command.create({"category": "evaluation", "original_amount": 50000.0}),
                ],
            }
        )
        cls.budget.with_user(cls.user_finance).action_submit()
        cls.budget.with_user(cls.user_finance).action_approve()
        lines = {line.category: line for line in cls.budget.line_ids}
        cls.line_inspection = lines["inspection"]
        cls.line_training = lines["training"]
        cls.line_communication = lines["allowance_communication"]
        cls.line_transport = lines["allowance_transport"]
        cls.line_meals = lines["allowance_meals"]
        cls.line_labour = lines["allowance_labour"]
        cls.line_evaluation = lines["evaluation"]
        Rate = cls.env["edu.allowance.rate"]
        Rate.create(
            [
                {
                    "region_id": cls.region_city.id,
                    "category": "communication",
                    "unit": "day",
                    "amount": 50.0,
                },
                {
                    "region_id": cls.region_city.id,
                    "category": "transport",
                    "unit": "trip",
                    "amount": 20.0,
                    "quantity_per_day": 2.0,
                },
                {
                    "region_id": cls.region_city.id,
                    "category": "meals",
                    "unit": "night",
                    "amount": 200.0,
                },
                {
                    "region_id": cls.region_city.id,
                    "category": "labour",
                    "unit": "day",
                    "amount": 200.0,
                },
                # the district pays a higher labour allowance than the city
                {
                    "region_id": cls.region_a.id,
                    "category": "labour",
                    "unit": "day",
                    "amount": 300.0,
                },
            ]
        )
        cls.employee_insp.edu_inspector_type = "full_time"
        cls.employee_insp2.edu_inspector_type = "part_time"

    @classmethod
    def _date(cls, month, day):
        return date(cls.year, month, day)

    @classmethod
    def _create_bill(
        cls,
        amount,
        analytic_account,
        bill_date=None,
        distribution=100.0,
        post=True,
        partner=None,
        move_type="in_invoice",
        **vals,
    ):
        bill_date = bill_date or cls._date(1, 15)
        move = cls.env["account.move"].create(
            {
                "move_type": move_type,
                "partner_id": (partner or cls.vendor).id,
                "invoice_date": bill_date,
                "date": bill_date,
                "invoice_line_ids": [
                    Command.create(
                        {
                            "name": "Service",
                            "quantity": 1.0,
                            "price_unit": amount,
                            "tax_ids": [Command.clear()],
                            "analytic_distribution": {str(analytic_account.id): distribution},
                        }
                    )
                ],
                **vals,
            }
        )
        if post:
            move.action_post()
        return move

    def _figures(self, line):
        line.invalidate_recordset()
        return (
            line.planned_amount,
            line.actual_amount,
            line.committed_amount,
            line.available_amount,
        )
