from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .edu_authority import EDU_INSPECTOR_HR, edu_check_groups

GRADES = [
    ("excellent", "Excellent"),
    ("pass", "Qualified"),
    ("basic_pass", "Basically Qualified"),
    ("fail", "Unqualified"),
]
# fields that stay editable once an assessment is approved
UNLOCKED_FIELDS = {"state", "reviewer_id", "approve_date"}


class EduInspectorAssessment(models.Model):
    _name = "edu.inspector.assessment"
    _description = "Inspector Annual Assessment"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "year desc, employee_id"
    _rec_name = "employee_id"

    def _default_year(self):
        return self.env.company._edu_today().year - 1

    employee_id = fields.Many2one(
        "hr.employee",
        string="Inspector",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("edu_is_inspector", "=", True)],
        tracking=True,
    )
    year = fields.Integer(required=True, default=_default_year, tracking=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("approved", "Approved"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    inspector_type = fields.Selection(
        related="employee_id.edu_inspector_type", store=True, string="Inspector Type"
    )
    region_id = fields.Many2one(related="employee_id.edu_region_id", store=True, string="Region")
    score = fields.Float(digits=(5, 1), tracking=True)
    grade = fields.Selection(
        GRADES,
        compute="_compute_grade",
        store=True,
        readonly=False,
        tracking=True,
        help="Proposed from the score (90, 75, 60); the reviewer may change it.",
    )
    outcome = fields.Selection(
        [
            ("none", "None"),
            ("commendation", "Commendation"),
            ("warning", "Warning"),
            ("exit_proposal", "Exit proposal"),
        ],
        compute="_compute_outcome",
        store=True,
        readonly=False,
        tracking=True,
    )
    comment = fields.Text()
    reviewer_id = fields.Many2one("res.users", string="Reviewer", readonly=True, copy=False)
    approve_date = fields.Date(string="Approval Date", readonly=True, copy=False)
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)

    @api.constrains("employee_id", "year")
    def _check_unique_year(self):
        groups = self._read_group(
            [
                ("employee_id", "in", self.employee_id.ids),
                ("year", "in", list(set(self.mapped("year")))),
            ],
            ["employee_id", "year"],
            ["__count"],
        )
        for employee, year, count in groups:
            if count > 1:
                raise ValidationError(
                    self.env._(
                        "%(name)s already has an assessment for %(year)s: one "
                        "assessment per inspector and year.",
                        name=employee.name,
                        year=year,
                    )
                )

    @api.constrains("year")
    def _check_year(self):
        for assessment in self:
            if not 2000 <= assessment.year <= 2100:
                raise ValidationError(
                    self.env._("%s is not a valid assessment year.", assessment.year)
                )

    @api.constrains("score")
    def _check_score(self):
        for assessment in self:
            if not 0 <= assessment.score <= 100:
                raise ValidationError(self.env._("The score must be between 0 and 100."))

    @api.depends("score")
    def _compute_grade(self):
        for assessment in self:
            assessment.grade = assessment._edu_grade_for_score(assessment.score)

    @api.model
    def _edu_grade_for_score(self, score):
        if not score:
            return False
        if score >= 90:
            return "excellent"
        if score >= 75:
            return "pass"
        if score >= 60:
            return "basic_pass"
        return "fail"

    @api.depends("grade")
    def _compute_outcome(self):
        outcomes = {
            "excellent": "commendation",
            "pass": "none",
            "basic_pass": "warning",
            "fail": "exit_proposal",
        }
        for assessment in self:
            assessment.outcome = outcomes.get(assessment.grade, "none")

    def write(self, vals):
        if set(vals) - UNLOCKED_FIELDS and any(
            assessment.state == "approved" for assessment in self
        ):
            raise UserError(
                self.env._("An approved assessment cannot be changed; reset it to draft first.")
            )
        return super().write(vals)

    # ------------------------------------------------------------------
    # hooks for the downstream addons
    # ------------------------------------------------------------------
    def _edu_compute_figures(self):
        """Fill the figures of the assessment year (workload, training...).

        The base declares no figure: each addon that adds figures to the assessment
        (inspection days, visits, training hours) declares its fields, fills them in
        an override of this method and calls super().
        """
        return True

    # ------------------------------------------------------------------
    # actions
    # ------------------------------------------------------------------
    def action_refresh_figures(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can refresh the figures of inspector assessments."),
        )
        if any(assessment.state == "approved" for assessment in self):
            raise UserError(self.env._("The figures of an approved assessment are frozen."))
        self._edu_compute_figures()
        return True

    def action_submit(self):
        self._edu_check_can_submit()
        for assessment in self:
            if assessment.state != "draft":
                raise UserError(self.env._("Only draft assessments can be submitted."))
            if not assessment.grade:
                raise UserError(
                    self.env._(
                        "Give a score or a grade to the assessment of %s before submitting it.",
                        assessment.employee_id.name,
                    )
                )
        self.write({"state": "submitted"})

    def action_approve(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can approve inspector assessments."),
        )
        for assessment in self:
            if assessment.state != "submitted":
                raise UserError(self.env._("Only submitted assessments can be approved."))
        self.write(
            {
                "state": "approved",
                "reviewer_id": self.env.user.id,
                "approve_date": self.env.company._edu_today(),
            }
        )

    def action_reset_draft(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can reset inspector assessments."),
        )
        for assessment in self:
            if assessment.state == "draft":
                raise UserError(self.env._("The assessment is already a draft."))
        self.write({"state": "draft", "reviewer_id": False, "approve_date": False})

    def _edu_check_can_submit(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can submit inspector assessments."),
        )
