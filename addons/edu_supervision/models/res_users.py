from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    edu_region_id = fields.Many2one(
        "edu.region",
        string="Supervision Region",
        help="Region of the supervision office this user works for. District office "
        "staff only see the records of their district; leave empty for the whole city.",
    )
    edu_allowed_region_ids = fields.Many2many(
        "edu.region",
        string="Visible Regions",
        compute="_compute_edu_allowed_region_ids",
        help="The user's region and its sub-regions. The record rules name these regions "
        "one by one, so that PostgreSQL can estimate how many rows they select.",
    )

    edu_employee_ids = fields.Many2many(
        "hr.employee",
        string="Employees (all companies)",
        compute="_compute_edu_employee_ids",
        compute_sudo=True,
        help="The employees linked to the user, archived ones included, in every company. "
        "The record rules name them one by one.",
    )

    @api.depends("employee_ids")
    def _compute_edu_employee_ids(self):
        employees = self.env["hr.employee"].with_context(active_test=False)
        by_user = {
            user: employees.browse(ids)
            for user, ids in employees._read_group(
                [("user_id", "in", self.ids)], ["user_id"], ["id:array_agg"]
            )
        }
        for user in self:
            user.edu_employee_ids = by_user.get(user, employees)

    def _edu_set_employee_records(self, fname, records, field):
        """Set ``fname`` of each user to the ``records`` (an empty recordset, with the
        context to search in) whose ``field`` holds one of the user's employees: the
        compute of the fields listing, for the record rules, what a user is in charge of."""
        for user in self:
            employees = user.edu_employee_ids
            user[fname] = records.search([(field, "in", employees.ids)]) if employees else records

    @api.depends("edu_region_id")
    def _compute_edu_allowed_region_ids(self):
        all_regions = self.env["edu.region"].with_context(active_test=False)
        for user in self:
            if user.edu_region_id:
                user.edu_allowed_region_ids = all_regions.search(
                    [("id", "child_of", user.edu_region_id.id)]
                )
            else:
                user.edu_allowed_region_ids = all_regions.search([])

    @api.model
    def _edu_rule_scope_changed(self):
        """What the record rules name by id changed (the region tree, an employee's
        user, a school's responsible inspector, an inspection's team...): the fields
        of the users listing those ids are computed again, and the rules, cached per
        user, evaluated again."""
        self.invalidate_model(self._edu_rule_scope_fields())
        self.env.registry.clear_cache()

    @api.model
    def _edu_rule_scope_fields(self):
        """The fields of ``res.users`` that the record rules read ids from."""
        return ["edu_allowed_region_ids", "edu_employee_ids"]

    @api.model_create_multi
    def create(self, vals_list):
        users = super().create(vals_list)
        users._edu_set_home_action()
        return users

    def write(self, vals):
        res = super().write(vals)
        if "edu_region_id" in vals:
            self._edu_rule_scope_changed()
        if any(key == "groups_id" or key.startswith(("in_group_", "sel_groups_")) for key in vals):
            self._edu_set_home_action()
        return res

    def _edu_home_actions(self):
        """Home action of each platform role, most specific role first.

        A list of ``(group xml id, action xml id)``; feature addons prepend their own
        (the routine-visit addon sends inspectors to "My schools").
        """
        return [("edu_supervision.group_edu_viewer", "edu_supervision.edu_region_action_overview")]

    @api.model
    def _edu_update_home_actions(self):
        """Set the home action of every active internal user (on install and update)."""
        self.search([("share", "=", False)])._edu_set_home_action()

    def _edu_set_home_action(self):
        """Give platform users the home action of their role (总览 for the supervision
        roles) unless they chose another home action; users who left the platform's
        groups lose the platform's home action."""
        roles = []
        for group_xmlid, action_xmlid in self._edu_home_actions():
            action = self.env.ref(action_xmlid, raise_if_not_found=False)
            if action and self.env.ref(group_xmlid, raise_if_not_found=False):
                roles.append((group_xmlid, action.id))
        ours = {action_id for _group, action_id in roles}
        for user in self:
            if user.action_id and user.action_id.id not in ours:
                continue
            action_id = next(
                (action_id for group, action_id in roles if user.has_group(group)), False
            )
            if user.action_id.id != action_id:
                user.action_id = action_id
