from odoo import api, fields, models
from odoo.exceptions import UserError


class EduLookbackLine(models.Model):
    _name = "edu.lookback.line"
    _description = "Look-back Result"
    _order = "date desc, id"

    lookback_id = fields.Many2one("edu.lookback", required=True, ondelete="cascade", index=True)
    problem_id = fields.Many2one("edu.problem", required=True, ondelete="cascade", index=True)
    partner_id = fields.Many2one(
        related="problem_id.partner_id", store=True, string="Unit", index=True
    )
    date = fields.Date(related="lookback_id.date", store=True)
    lookback_state = fields.Selection(related="lookback_id.state", store=True, string="State")
    problem_category_id = fields.Many2one(related="problem_id.category_id", string="Category")
    problem_severity = fields.Selection(related="problem_id.severity", string="Severity")
    result = fields.Selection(
        [("pending", "To Check"), ("confirmed", "Confirmed"), ("rebounded", "Rebounded")],
        default="pending",
        required=True,
    )
    note = fields.Text(string="Findings")
    company_id = fields.Many2one(related="lookback_id.company_id", store=True)

    _sql_constraints = [
        (
            "lookback_problem_uniq",
            "unique(lookback_id, problem_id)",
            "A problem appears only once in a look-back.",
        )
    ]

    @api.model_create_multi
    def create(self, vals_list):
        lines = super().create(vals_list)
        lines._edu_check_lookback_draft()
        return lines

    def write(self, vals):
        self._edu_check_lookback_draft()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if self.filtered(lambda line: line.lookback_id.state == "done"):
            raise UserError(self.env._("The results of a completed look-back cannot be deleted."))

    def _edu_check_lookback_draft(self):
        """The results are recorded while the look-back is a draft, and frozen
        once it is completed (its rebounds reopened problems) or cancelled."""
        if not self.env.su and self.filtered(lambda line: line.lookback_id.state != "draft"):
            raise UserError(
                self.env._(
                    "The results of a completed or cancelled look-back cannot be changed; "
                    "reset a cancelled look-back to draft first."
                )
            )
