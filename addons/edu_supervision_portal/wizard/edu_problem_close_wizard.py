from odoo import Command, api, models


class EduProblemCloseWizard(models.TransientModel):
    _inherit = "edu.problem.close.wizard"

    @api.model
    def default_get(self, fields_list):
        """Close out from the evidence the unit submitted: the files of the accepted
        rectification reports of the problems come as the verification evidence."""
        values = super().default_get(fields_list)
        if "attachment_ids" in fields_list and not values.get("attachment_ids"):
            problem_ids = self.env.context.get("default_problem_ids") or []
            reports = self.env["edu.rectification.report"].search(
                [
                    ("problem_ids", "in", problem_ids),
                    ("kind", "=", "result"),
                    ("state", "=", "accepted"),
                ]
            )
            if reports.attachment_ids:
                values["attachment_ids"] = [Command.set(reports.attachment_ids.ids)]
        return values
