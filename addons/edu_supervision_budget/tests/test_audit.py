from odoo import Command
from odoo.tests import tagged

from .common import EduBudgetCase


@tagged("post_install", "-at_install")
class TestAudit(EduBudgetCase):
    """Who changed a budget figure: budget lines through OCA auditlog, budgets and
    overrides in their chatter (field tracking)."""

    def _logs(self, line, method):
        return self.env["auditlog.log"].search(
            [
                ("model_id.model", "=", "edu.budget.line"),
                ("res_id", "=", line.id),
                ("method", "=", method),
            ]
        )

    def test_budget_line_changes_are_audited(self):
        budget = (
            self.env["edu.budget"]
            .with_user(self.user_finance)
            .create(
                {
                    "name": "District B",
                    "fiscal_year": self.year,
                    "region_id": self.region_b.id,
                    "line_ids": [Command.create({"category": "training", "original_amount": 100})],
                }
            )
        )
        line = budget.line_ids
        self.assertEqual(self._logs(line, "create").user_id, self.user_finance)
        line.with_user(self.user_finance).original_amount = 250.0
        log = self._logs(line, "write")
        self.assertEqual(log.user_id, self.user_finance)
        change = log.line_ids.filtered(lambda change: change.field_name == "original_amount")
        self.assertEqual((change.old_value, change.new_value), ("100.0", "250.0"))
        line.with_user(self.user_finance).unlink()
        self.assertEqual(self._logs(line, "unlink").user_id, self.user_finance)

    def test_budget_status_and_overrides_are_tracked(self):
        budget = (
            self.env["edu.budget"]
            .with_context(tracking_disable=False)
            .create(
                {
                    "name": "District B",
                    "fiscal_year": self.year,
                    "region_id": self.region_b.id,
                    "line_ids": [Command.create({"category": "training", "original_amount": 1})],
                }
            )
        )
        # tracking starts after the request that created the budget
        self.env.flush_all()
        self.cr.precommit.run()
        budget.with_user(self.user_finance).action_submit()
        self.env.flush_all()
        self.cr.precommit.run()
        self.env.invalidate_all()
        tracked = budget.message_ids.tracking_value_ids.filtered(
            lambda value: value.field_id.name == "state"
        )
        self.assertEqual(tracked.mail_message_id.author_id, self.user_finance.partner_id)
        for model, fields in (
            ("edu.budget", ("name", "fiscal_year", "region_id", "state")),
            ("edu.allowance.sheet", ("budget_override", "budget_override_reason")),
            ("account.move", ("edu_budget_override", "edu_budget_override_reason")),
        ):
            for name in fields:
                with self.subTest(model=model, field=name):
                    self.assertTrue(self.env[model]._fields[name].tracking)
