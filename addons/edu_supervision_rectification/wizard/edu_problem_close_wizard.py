from odoo import fields, models


class EduProblemCloseWizard(models.TransientModel):
    _name = "edu.problem.close.wizard"
    _description = "Verify and Close Out Problems"

    problem_ids = fields.Many2many("edu.problem", string="Problems", required=True)
    note = fields.Text(string="Verification Note", required=True)
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_problem_close_wizard_attachment_rel",
        "wizard_id",
        "attachment_id",
        string="Evidence",
    )

    def action_confirm(self):
        self.ensure_one()
        # All the problems of the wizard, also those the user cannot read (a
        # many2many read hides them): the close-out refuses them by name.
        problems = self.sudo().problem_ids.with_env(self.env)
        problems._edu_close(self.note, self.attachment_ids)
        return {"type": "ir.actions.act_window_close"}
