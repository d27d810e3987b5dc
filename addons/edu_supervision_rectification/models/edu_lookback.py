from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision.tools import (
    OFFICE_GROUP,
    as_transition,
    check_group,
    check_scope,
    check_transition_fields,
)


class EduLookback(models.Model):
    _name = "edu.lookback"
    _description = "Look-back Re-inspection"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Reference", required=True, readonly=True, copy=False, default="/")
    date = fields.Date(
        required=True, default=lambda self: self.env.company._edu_today(), tracking=True
    )
    partner_id = fields.Many2one("res.partner", string="Inspected Unit", index=True, tracking=True)
    inspection_id = fields.Many2one("edu.inspection", string="Inspection", index=True)
    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        compute="_compute_region_id",
        store=True,
        index=True,
        help="Region of the unit (else of the inspection): district offices see the "
        "look-backs of their district; look-backs without region are seen by the city "
        "office only.",
    )
    employee_ids = fields.Many2many("hr.employee", string="Inspectors")
    line_ids = fields.One2many("edu.lookback.line", "lookback_id", string="Results")
    note = fields.Html(string="Summary")
    state = fields.Selection(
        [("draft", "Draft"), ("done", "Done"), ("cancelled", "Cancelled")],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    confirmed_count = fields.Integer(compute="_compute_counts")
    rebound_count = fields.Integer(compute="_compute_counts", string="Rebounds")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("partner_id", "inspection_id.region_id")
    def _compute_region_id(self):
        regions = self.partner_id._edu_unit_regions()
        for lookback in self:
            lookback.region_id = (
                regions.get(lookback.partner_id.id) or lookback.inspection_id.region_id
            )

    @api.depends("line_ids.result")
    def _compute_counts(self):
        for lookback in self:
            results = lookback.line_ids.mapped("result")
            lookback.confirmed_count = results.count("confirmed")
            lookback.rebound_count = results.count("rebounded")

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.lookback") or "/"
        check_transition_fields(self, vals_list, ("state",), create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], ("state",))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        if self.filtered(lambda lb: lb.state == "done"):
            raise UserError(
                self.env._("A completed look-back cannot be deleted: its results are on record.")
            )

    def _edu_check_lookback_authority(self):
        """The look-back's inspectors while it is a draft, office staff of its
        region, managers (the record rules say who may write it)."""
        check_scope(
            self,
            "write",
            self.env._(
                "Only the inspectors of a draft look-back and the office staff of its region "
                "can do this."
            ),
        )

    def _edu_closed_problem_domain(self):
        self.ensure_one()
        if not (self.partner_id or self.inspection_id):
            raise UserError(self.env._("Choose the unit or the inspection to look back at."))
        domain = [("state", "=", "closed"), ("id", "not in", self.line_ids.problem_id.ids)]
        if self.partner_id:
            domain.append(("partner_id", "=", self.partner_id.id))
        if self.inspection_id:
            domain.append(("inspection_id", "=", self.inspection_id.id))
        return domain

    def action_load_problems(self):
        """Add the closed-out problems of the unit / inspection to re-check."""
        self._edu_check_lookback_authority()
        for lookback in self:
            if lookback.state != "draft":
                raise UserError(self.env._("Only a draft look-back can be changed."))
            problems = self.env["edu.problem"].search(lookback._edu_closed_problem_domain())
            lookback.write(
                {"line_ids": [fields.Command.create({"problem_id": p.id}) for p in problems]}
            )
        return True

    def action_done(self):
        """Record the results; rebounded problems are reopened."""
        self._edu_check_lookback_authority()
        for lookback in self:
            if lookback.state != "draft":
                raise UserError(self.env._("Only a draft look-back can be completed."))
            if not lookback.line_ids:
                raise UserError(self.env._("A look-back needs at least one problem."))
            if lookback.line_ids.filtered(lambda line: line.result == "pending"):
                raise UserError(
                    self.env._("Record a result (confirmed or rebounded) for every problem.")
                )
            for line in lookback.line_ids.filtered(lambda line: line.result == "rebounded"):
                # The look-back's inspectors re-check problems found by other teams:
                # the look-back (checked above) is their authority to reopen them.
                problem = line.problem_id.sudo()
                if not (line.note or "").strip():
                    raise UserError(
                        self.env._("Describe the rebound of problem “%s”.", problem.display_name)
                    )
                if problem.state == "closed":
                    problem._edu_reopen(
                        self.env._("Look-back %(ref)s: %(note)s", ref=lookback.name, note=line.note)
                    )
            as_transition(lookback).write({"state": "done"})
        return True

    def action_cancel(self):
        self._edu_check_lookback_authority()
        if self.filtered(lambda lb: lb.state == "done"):
            raise UserError(self.env._("A completed look-back cannot be cancelled."))
        if self.filtered(lambda lb: lb.state != "draft"):
            raise UserError(self.env._("Only a draft look-back can be cancelled."))
        as_transition(self).write({"state": "cancelled"})
        return True

    def action_reset_draft(self):
        check_group(
            self.env,
            OFFICE_GROUP,
            self.env._("Only office staff can reset a cancelled look-back to draft."),
        )
        self._edu_check_lookback_authority()
        if self.filtered(lambda lb: lb.state != "cancelled"):
            raise UserError(self.env._("Only a cancelled look-back can be reset to draft."))
        as_transition(self).write({"state": "draft"})
        return True
