from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    edu_responsible_school_ids = fields.Many2many(
        "edu.school",
        string="Schools in Charge",
        compute="_compute_edu_responsible_school_ids",
        compute_sudo=True,
        help="The schools whose responsible inspector is one of the user's employees "
        "(named one by one in the record rules).",
    )

    @api.model
    def _edu_rule_scope_fields(self):
        return [*super()._edu_rule_scope_fields(), "edu_responsible_school_ids"]

    @api.depends("edu_employee_ids")
    def _compute_edu_responsible_school_ids(self):
        self._edu_set_employee_records(
            "edu_responsible_school_ids",
            self.env["edu.school"].with_context(active_test=False),
            "responsible_employee_id",
        )
