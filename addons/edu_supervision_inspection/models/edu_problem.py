from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

from odoo.addons.edu_supervision.tools import changed_fields

FROZEN_STATES = ("approved", "published", "closed")
PUBLISHED_STATES = ("published", "closed")
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
    """The findings of inspections: the problem list of each inspection report."""

    _inherit = "edu.problem"

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
    # Stored for the record rules on the problems of published (approved) inspections
    # and for the confidentiality of the others: they read this column of the problem
    # instead of selecting the inspections with a sub-query, which PostgreSQL cannot
    # estimate inside the rules' OR.
    inspection_state = fields.Selection(
        related="inspection_id.state", store=True, index=True, string="Inspection Status"
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
        compute="_compute_from_target", store=True, readonly=False, precompute=True
    )
    school_id = fields.Many2one(
        compute="_compute_from_target", store=True, readonly=False, precompute=True
    )
    region_id = fields.Many2one(
        compute="_compute_from_target", store=True, readonly=False, precompute=True
    )
    indicator_id = fields.Many2one(
        "edu.indicator",
        domain="[('framework_id', '=?', framework_id)]",
        tracking=True,
    )
    framework_id = fields.Many2one(related="inspection_id.framework_id")
    source = fields.Selection(
        selection_add=[("inspection", "Inspection"), ("other",)],
        default="inspection",
        ondelete={"inspection": lambda recs: recs.write({"source": "other"})},
    )

    @api.depends("target_id")
    def _compute_inspection_id(self):
        for problem in self:
            if problem.target_id:
                problem.inspection_id = problem.target_id.inspection_id

    @api.depends("target_id")
    def _compute_from_target(self):
        with_target = self.filtered("target_id")
        for problem in with_target:
            target = problem.target_id
            problem.partner_id = target.partner_id
            problem.school_id = target.school_id
            problem.region_id = target.region_id
        (self - with_target)._compute_unit_from_school()

    @api.depends("inspection_state")
    def _compute_is_confidential(self):
        # the fields that _edu_confidential_domain() reads here
        return super()._compute_is_confidential()

    @api.constrains("target_id", "inspection_id")
    def _check_target(self):
        for problem in self:
            if problem.target_id and problem.target_id.inspection_id != problem.inspection_id:
                raise ValidationError(
                    self.env._("The inspected unit must belong to the problem's inspection.")
                )

    @api.model_create_multi
    def create(self, vals_list):
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

    # ------------------------------------------------------------------
    # Hooks of the problem library
    # ------------------------------------------------------------------
    @api.model
    def _edu_unit_fields(self):
        return ("target_id", *super()._edu_unit_fields())

    @api.model
    def _edu_missing_unit_message(self):
        return self.env._(
            "Choose the inspected unit of the problem: its “Inspected Unit (Target)” "
            "in an inspection, its school or the “Inspected Unit” itself."
        )

    @api.model
    def _edu_confidential_domain(self):
        # the problems of an inspection stay with its team until the report is published
        return expression.OR(
            [
                super()._edu_confidential_domain(),
                [
                    ("inspection_id", "!=", False),
                    ("inspection_state", "not in", PUBLISHED_STATES),
                ],
            ]
        )
