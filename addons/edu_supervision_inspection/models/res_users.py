from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    edu_team_inspection_ids = fields.Many2many(
        "edu.inspection",
        string="Inspections on the Team",
        compute="_compute_edu_team_inspection_ids",
        compute_sudo=True,
        help="The inspections whose team holds one of the user's employees (named one by "
        "one in the record rules).",
    )

    @api.model
    def _edu_rule_scope_fields(self):
        return [*super()._edu_rule_scope_fields(), "edu_team_inspection_ids"]

    @api.depends("edu_employee_ids")
    def _compute_edu_team_inspection_ids(self):
        self._edu_set_employee_records(
            "edu_team_inspection_ids", self.env["edu.inspection"], "team_employee_ids"
        )
