from odoo import api, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    @api.model_create_multi
    def create(self, vals_list):
        employees = super().create(vals_list)
        if any(vals.get("user_id") for vals in vals_list):
            employees._edu_users_changed()
        return employees

    def write(self, vals):
        if "user_id" not in vals:
            return super().write(vals)
        before = self.user_id
        res = super().write(vals)
        if before or self.user_id:
            self._edu_users_changed()
        return res

    def unlink(self):
        linked = bool(self.user_id)
        res = super().unlink()
        if linked:
            self._edu_users_changed()
        return res

    def _edu_users_changed(self):
        """An employee was linked to a user or unlinked: the record rules name the
        employees of a user by id (``res.users.edu_employee_ids``) and are cached
        per user, so both are computed again."""
        self.env["res.users"].invalidate_model(["edu_employee_ids"])
        self.env.registry.clear_cache()
