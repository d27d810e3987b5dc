from odoo import fields, models


class EduProblemReopenWizard(models.TransientModel):
    _name = "edu.problem.reopen.wizard"
    _description = "Reopen Closed-out Problems"

    problem_ids = fields.Many2many("edu.problem", string="Problems", required=True)
    reason = fields.Text(required=True)

    def action_confirm(self):
        self.ensure_one()
        # All the problems of the wizard, also those the user cannot read (a
        # many2many read hides them): the authority check refuses them.
        problems = self.sudo().problem_ids.with_env(self.env)
        problems._edu_check_reopen_authority()
        problems._edu_reopen(self.reason)
        return {"type": "ir.actions.act_window_close"}
