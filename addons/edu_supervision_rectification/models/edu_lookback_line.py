from odoo import fields, models


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
