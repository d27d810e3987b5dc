from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import as_transition, workflow_fields_set

# Written only by the transition methods (approval is the chief inspector's).
WORKFLOW_FIELDS = frozenset({"state", "approved_by_id", "approval_date"})


class EduInspectionPlan(models.Model):
    _name = "edu.inspection.plan"
    _description = "Inspection Plan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "year desc, id desc"

    name = fields.Char(required=True, tracking=True)
    year = fields.Integer(
        required=True, default=lambda self: self.env.company._edu_today().year, tracking=True
    )
    region_id = fields.Many2one(
        "edu.region",
        default=lambda self: self.env.user.edu_region_id,
        tracking=True,
        index=True,
    )
    state = fields.Selection(
        [("draft", "Draft"), ("approved", "Approved"), ("closed", "Closed")],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    line_ids = fields.One2many(
        "edu.inspection.plan.line", "plan_id", string="Planned Inspections", copy=True
    )
    current_line_count = fields.Integer(compute="_compute_line_stats")
    next_line_count = fields.Integer(compute="_compute_line_stats")
    has_comprehensive = fields.Boolean(
        string="Comprehensive Inspection Planned",
        compute="_compute_line_stats",
        help="At least one comprehensive inspection must be planned for the plan's year.",
    )
    inspection_ids = fields.One2many("edu.inspection", "plan_id", string="Inspections")
    inspection_count = fields.Integer(compute="_compute_inspection_count")
    note = fields.Html()
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    approval_date = fields.Date(readonly=True, copy=False)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("line_ids.period", "line_ids.kind")
    def _compute_line_stats(self):
        for plan in self:
            current = plan.line_ids.filtered(lambda line: line.period == "current")
            plan.current_line_count = len(current)
            plan.next_line_count = len(plan.line_ids) - len(current)
            plan.has_comprehensive = any(line.kind == "comprehensive" for line in current)

    @api.depends("inspection_ids")
    def _compute_inspection_count(self):
        counts = dict(
            self.env["edu.inspection"]._read_group(
                [("plan_id", "in", self.ids)], ["plan_id"], ["__count"]
            )
        )
        for plan in self:
            plan.inspection_count = counts.get(plan, 0)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._edu_check_workflow_vals(vals, create=True)
        return super().create(vals_list)

    def write(self, vals):
        self._edu_check_workflow_vals(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_approved(self):
        if any(plan.state != "draft" for plan in self):
            raise UserError(self.env._("Only a draft plan can be deleted."))

    def _edu_check_workflow_vals(self, vals, create=False):
        if workflow_fields_set(self, vals, WORKFLOW_FIELDS, {"state": "draft"}, create):
            raise AccessError(
                self.env._(
                    "The status of a plan and its approval change only through its buttons "
                    "(Approve, Close, Reset to Draft)."
                )
            )

    def _edu_check_manager(self):
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_manager"):
            raise AccessError(
                self.env._("Only a manager (chief inspector) can approve, close or reopen a plan.")
            )

    def action_approve(self):
        self._edu_check_manager()
        for plan in self:
            if plan.state != "draft":
                raise UserError(self.env._("Only a draft plan can be approved."))
            if not plan.line_ids:
                raise UserError(self.env._("Add at least one planned inspection first."))
            if not plan.has_comprehensive:
                plan.message_post(
                    body=self.env._(
                        "Warning: no comprehensive inspection is planned for %s.", plan.year
                    )
                )
        as_transition(self).write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approval_date": self.env.company._edu_today(),
            }
        )

    def action_close(self):
        self._edu_check_manager()
        if any(plan.state != "approved" for plan in self):
            raise UserError(self.env._("Only an approved plan can be closed."))
        as_transition(self).write({"state": "closed"})

    def action_reset_draft(self):
        self._edu_check_manager()
        if any(plan.state != "approved" for plan in self):
            raise UserError(self.env._("Only an approved plan can be reset to draft."))
        as_transition(self).write(
            {"state": "draft", "approved_by_id": False, "approval_date": False}
        )

    def action_create_inspections(self):
        """Create a draft inspection for every line of this year without one."""
        self.ensure_one()
        if self.state != "approved":
            raise UserError(self.env._("Approve the plan before creating its inspections."))
        self.check_access("write")
        self.env["edu.inspection"].check_access("create")
        lines = self.line_ids.filtered(
            lambda line: line.period == "current" and not line.inspection_id
        )
        if not lines:
            raise UserError(self.env._("All inspections of this year have already been created."))
        lines._edu_create_inspections()
        return self.action_view_inspections()

    def action_view_inspections(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspection.edu_inspection_action"
        )
        action["domain"] = [("plan_id", "=", self.id)]
        action["context"] = {"default_plan_id": self.id}
        return action
