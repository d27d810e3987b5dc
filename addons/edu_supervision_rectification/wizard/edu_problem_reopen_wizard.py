from odoo import fields, models


class EduProblemReopenWizard(models.TransientModel):
    _name = "edu.problem.reopen.wizard"
    _description = "Reopen Closed-out Problems"

    problem_ids = fields.Many2many("edu.problem", string="Problems", required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        self.problem_ids._edu_reopen(self.reason)
        return {"type": "ir.actions.act_window_close"}
