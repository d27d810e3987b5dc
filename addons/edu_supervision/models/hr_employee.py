from odoo import api, models


class HrEmployee(models.Model):
    """The record rules name the employees of a user by id (``res.users.edu_employee_ids``):
    linking an employee to a user or unlinking it changes them."""

    _inherit = "hr.employee"

    @api.model_create_multi
    def create(self, vals_list):
        employees = super().create(vals_list)
        if any(vals.get("user_id") for vals in vals_list):
            self.env["res.users"]._edu_rule_scope_changed()
        return employees

    def write(self, vals):
        if "user_id" not in vals:
            return super().write(vals)
        before = self.user_id
        res = super().write(vals)
        if before or self.user_id:
            self.env["res.users"]._edu_rule_scope_changed()
        return res

    def unlink(self):
        linked = bool(self.user_id)
        res = super().unlink()
        if linked:
            self.env["res.users"]._edu_rule_scope_changed()
        return res
