from odoo import api, fields, models
from odoo.exceptions import UserError


class EduInspectionPlan(models.Model):
    _name = "edu.inspection.plan"
    _description = "Inspection Plan"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "year desc, id desc"

    name = fields.Char(required=True, tracking=True)
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year, tracking=True
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
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False)
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

    def action_approve(self):
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
        self.write(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approval_date": fields.Date.context_today(self),
            }
        )

    def action_close(self):
        if any(plan.state != "approved" for plan in self):
            raise UserError(self.env._("Only an approved plan can be closed."))
        self.state = "closed"

    def action_reset_draft(self):
        if any(plan.state != "approved" for plan in self):
            raise UserError(self.env._("Only an approved plan can be reset to draft."))
        self.write({"state": "draft", "approved_by_id": False, "approval_date": False})

    def action_create_inspections(self):
        """Create a draft inspection for every line of this year without one."""
        self.ensure_one()
        if self.state != "approved":
            raise UserError(self.env._("Approve the plan before creating its inspections."))
        lines = self.line_ids.filtered(
            lambda line: line.period == "current" and not line.inspection_id
        )
        if not lines:
            raise UserError(self.env._("All inspections of this year have already been created."))
        lines._edu_create_inspections()
        return self.action_view_inspections()

    def action_view_inspections(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspection.edu_inspection_action"
        )
        action["domain"] = [("plan_id", "=", self.id)]
        action["context"] = {"default_plan_id": self.id}
        return action
