from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..tools import changed_fields

FROZEN_STATES = ("approved", "published", "closed")
# The finding as the approved report states it. Its follow-up (deadline, responsible
# inspector, rectification status) goes on after approval.
FINDING_FIELDS = frozenset(
    {
        "name",
        "description",
        "requirement",
        "inspection_id",
        "target_id",
        "partner_id",
        "school_id",
        "region_id",
        "indicator_id",
        "category_id",
        "severity",
        "source",
        "company_id",
    }
)


class EduProblem(models.Model):
    _name = "edu.problem"
    _description = "Problem (Finding)"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "deadline, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    description = fields.Text(tracking=True)
    requirement = fields.Text(string="Rectification Requirement", tracking=True)
    inspection_id = fields.Many2one(
        "edu.inspection",
        compute="_compute_inspection_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    target_id = fields.Many2one(
        "edu.inspection.target",
        string="Inspected Unit (Target)",
        index=True,
        ondelete="cascade",
        domain="[('inspection_id', '=?', inspection_id)]",
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Inspected Unit",
        compute="_compute_from_target",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        index=True,
    )
    school_id = fields.Many2one(
        "edu.school",
        compute="_compute_from_target",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        tracking=True,
    )
    region_id = fields.Many2one(
        "edu.region",
        compute="_compute_from_target",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
    )
    indicator_id = fields.Many2one(
        "edu.indicator",
        domain="[('framework_id', '=?', framework_id)]",
        tracking=True,
    )
    framework_id = fields.Many2one(related="inspection_id.framework_id")
    category_id = fields.Many2one("edu.problem.category", index=True, tracking=True)
    severity = fields.Selection(
        [("general", "General"), ("serious", "Serious"), ("critical", "Critical")],
        required=True,
        default="general",
        tracking=True,
    )
    deadline = fields.Date(string="Rectification Deadline", tracking=True, index=True)
    source = fields.Selection(
        [("inspection", "Inspection"), ("other", "Other")],
        required=True,
        default="inspection",
    )
    responsible_employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Inspector",
        domain="[('edu_is_inspector', '=', True)]",
        tracking=True,
    )
    state = fields.Selection(
        [("open", "Open"), ("closed", "Closed")],
        default="open",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand=True,
    )
    is_overdue = fields.Boolean(
        string="Overdue", compute="_compute_is_overdue", search="_search_is_overdue"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    @api.depends("target_id")
    def _compute_inspection_id(self):
        for problem in self:
            if problem.target_id:
                problem.inspection_id = problem.target_id.inspection_id

    @api.depends("target_id")
    def _compute_from_target(self):
        for problem in self:
            target = problem.target_id
            if target:
                problem.partner_id = target.partner_id
                problem.school_id = target.school_id
                problem.region_id = target.region_id
            elif problem.school_id:
                problem.partner_id = problem.partner_id or problem.school_id.partner_id
                problem.region_id = problem.region_id or problem.school_id.region_id

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = self.env.company._edu_today()
        for problem in self:
            problem.is_overdue = bool(
                problem.deadline and problem.deadline < today and problem.state != "closed"
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on overdue problems."))
        domain = [("deadline", "<", self.env.company._edu_today()), ("state", "!=", "closed")]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    @api.constrains("target_id", "inspection_id")
    def _check_target(self):
        for problem in self:
            if problem.target_id and problem.target_id.inspection_id != problem.inspection_id:
                raise ValidationError(
                    self.env._("The inspected unit must belong to the problem's inspection.")
                )

    @api.onchange("school_id")
    def _onchange_school_id(self):
        if self.school_id and not self.target_id:
            self.partner_id = self.school_id.partner_id
            self.region_id = self.school_id.region_id

    @api.model_create_multi
    def create(self, vals_list):
        unit_fields = ("partner_id", "target_id", "school_id")
        for vals in vals_list:
            if vals.get("school_id") and not vals.get("partner_id") and not vals.get("target_id"):
                school = self.env["edu.school"].browse(vals["school_id"])
                vals["partner_id"] = school.partner_id.id
                vals.setdefault("region_id", school.region_id.id)
        if any(not any(vals.get(name) for name in unit_fields) for vals in vals_list):
            if not any(self.default_get(list(unit_fields)).values()):
                raise UserError(
                    self.env._(
                        "Choose the inspected unit of the problem: its “Inspected Unit (Target)” "
                        "in an inspection, its school or the “Inspected Unit” itself."
                    )
                )
        problems = super().create(vals_list)
        problems._edu_check_finding_frozen()
        return problems

    def write(self, vals):
        self._edu_check_finding_frozen(vals)
        res = super().write(vals)
        if {"inspection_id", "target_id"}.intersection(vals):
            # moved into an inspection whose report is already approved
            self._edu_check_finding_frozen()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_report_approved(self):
        self._edu_check_finding_frozen()

    def _edu_check_finding_frozen(self, vals=None):
        """The findings of an approved report are final: nobody adds, deletes or rewrites
        them (send the report back to reporting before it is published to correct it).
        Without ``vals``: the problems may not exist in their inspection at all."""
        if self.env.su:
            return
        for problem in self:
            if problem.inspection_id.state not in FROZEN_STATES:
                continue
            if vals is not None:
                if not changed_fields(problem, vals, FINDING_FIELDS):
                    continue
                # a user who may not write the problem at all is told so first
                self.check_access("write")
            raise UserError(
                self.env._(
                    "The report of inspection %s has been approved: its problem list is final. "
                    "A manager can send the report back to reporting before it is published.",
                    problem.inspection_id.display_name,
                )
            )

    def action_close(self):
        self._edu_check_lifecycle_state("open", self.env._("Closing"))
        self.check_access("write")
        self.write({"state": "closed"})

    def action_reopen(self):
        self._edu_check_lifecycle_state("closed", self.env._("Reopening"))
        self.check_access("write")
        self.write({"state": "open"})

    def _edu_check_lifecycle_state(self, state, action_label):
        if any(problem.state != state for problem in self):
            raise UserError(
                self.env._(
                    "%(action)s is not possible for these problems in their current state.",
                    action=action_label,
                )
            )
