from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import MAIL_FIELD_PREFIXES

from ..tools import (
    OFFICE_GROUP,
    as_transition,
    in_transition,
    is_portal_user,
    notify_units,
    portal_unit,
)

#: Written only by the submission and review transitions.
TRANSITION_FIELDS = frozenset(
    {"state", "submit_date", "submitted_by_id", "reviewer_id", "review_date"}
)
#: States of its inspection in which a unit assesses itself (before and during the
#: on-site phase of an announced comprehensive inspection).
OPEN_INSPECTION_STATES = ("scheduled", "in_progress")
REVIEW_ACTIVITY = "edu_supervision_portal.mail_activity_type_portal_review"


class EduSelfAssessment(models.Model):
    _name = "edu.self.assessment"
    _description = "Self-assessment"
    _inherit = ["mail.thread", "mail.activity.mixin", "edu.portal.mixin"]
    _order = "id desc"

    _edu_portal_fields = frozenset({"target_id", "note"})

    name = fields.Char(compute="_compute_name", store=True)
    target_id = fields.Many2one(
        "edu.inspection.target",
        string="Inspected Unit (Target)",
        required=True,
        readonly=True,
        ondelete="cascade",
        index=True,
    )
    inspection_id = fields.Many2one(
        related="target_id.inspection_id", store=True, index=True, string="Inspection"
    )
    inspection_state = fields.Selection(related="target_id.state", string="Inspection Status")
    partner_id = fields.Many2one(
        related="target_id.partner_id", store=True, index=True, string="Unit"
    )
    school_id = fields.Many2one(related="target_id.school_id", store=True)
    region_id = fields.Many2one(
        related="inspection_id.region_id",
        store=True,
        index=True,
        string="Region",
        help="Region of the inspection: the office that runs it reviews the self-assessments.",
    )
    framework_id = fields.Many2one(related="inspection_id.framework_id")
    company_id = fields.Many2one(related="target_id.company_id", store=True)
    line_ids = fields.One2many("edu.self.assessment.line", "assessment_id", string="Indicators")
    note = fields.Text(string="Overall Comment")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("accepted", "Accepted"),
            ("returned", "Returned"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
        index=True,
    )
    submit_date = fields.Datetime(readonly=True, copy=False, tracking=True)
    submitted_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    reviewer_id = fields.Many2one("res.users", string="Reviewed By", readonly=True, copy=False)
    review_date = fields.Date(readonly=True, copy=False)
    review_comment = fields.Text(string="Review Comments", tracking=True)
    self_total = fields.Float(
        string="Self Score", compute="_compute_totals", store=True, digits=(16, 2)
    )
    max_total = fields.Float(
        string="Maximum", compute="_compute_totals", store=True, digits=(16, 2)
    )
    self_percent = fields.Float(
        string="Self Score (%)", compute="_compute_totals", store=True, digits=(16, 2)
    )
    scored_count = fields.Integer(string="Indicators Scored", compute="_compute_totals", store=True)
    line_count = fields.Integer(
        string="Number of Indicators", compute="_compute_totals", store=True
    )
    team_percent = fields.Float(
        string="Team Score (%)",
        related="target_id.score_percent",
        groups="base.group_user",
    )
    gap_percent = fields.Float(
        string="Gap (points of %)",
        compute="_compute_gap_percent",
        groups="base.group_user",
        help="Self score minus the team's score, in points of percentage (positive: the unit "
        "rated itself higher than the team did).",
    )

    _sql_constraints = [
        (
            "target_uniq",
            "unique(target_id)",
            "A unit assesses itself once per inspection.",
        ),
    ]

    @api.depends("inspection_id.name", "partner_id.name")
    def _compute_name(self):
        for assessment in self:
            assessment.name = self.env._(
                "Self-assessment of %(unit)s: %(inspection)s",
                unit=assessment.partner_id.name or "",
                inspection=assessment.inspection_id.name or "",
            )

    @api.depends(
        "line_ids.self_score",
        "line_ids.is_scored",
        "line_ids.indicator_id.max_score",
        "line_ids.indicator_id.effective_weight",
    )
    def _compute_totals(self):
        for assessment in self:
            total = maximum = 0.0
            for line in assessment.line_ids:
                weight = line.indicator_id.effective_weight
                total += line.self_score * weight
                maximum += line.indicator_id.max_score * weight
            assessment.self_total = total
            assessment.max_total = maximum
            assessment.self_percent = total / maximum * 100.0 if maximum else 0.0
            assessment.scored_count = len(assessment.line_ids.filtered("is_scored"))
            assessment.line_count = len(assessment.line_ids)

    @api.depends("self_percent", "target_id.score_percent", "target_id.is_scored")
    def _compute_gap_percent(self):
        for assessment in self:
            target = assessment.target_id
            assessment.gap_percent = (
                assessment.self_percent - target.score_percent if target.is_scored else 0.0
            )

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        self._edu_portal_check_vals(vals_list)
        if not in_transition(self.env):
            for vals in vals_list:
                if TRANSITION_FIELDS.intersection(vals) and vals.get("state", "draft") != "draft":
                    raise AccessError(
                        self.env._(
                            "A self-assessment is submitted and reviewed through its buttons."
                        )
                    )
        targets = self.env["edu.inspection.target"].browse(
            [vals["target_id"] for vals in vals_list if vals.get("target_id")]
        )
        targets.check_access("read")
        self._edu_check_targets_open(targets)
        assessments = super().create(vals_list)
        assessments._edu_create_lines()
        return assessments

    def write(self, vals):
        self._edu_portal_check_vals([vals])
        if "target_id" in vals and not self.env.su:
            raise UserError(self.env._("A self-assessment stays with its inspection."))
        if TRANSITION_FIELDS.intersection(vals) and not in_transition(self.env):
            raise AccessError(
                self.env._("A self-assessment is submitted and reviewed through its buttons.")
            )
        if not in_transition(self.env):
            content = {name for name in vals if not name.startswith(MAIL_FIELD_PREFIXES)}
            if content:
                self._edu_check_not_accepted()
            if content - {"review_comment"} and any(a.state == "submitted" for a in self):
                raise UserError(
                    self.env._(
                        "The self-assessment has been submitted: it changes only if the office "
                        "returns it."
                    )
                )
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda a: a.state != "draft"):
            raise UserError(self.env._("Only draft self-assessments can be deleted."))

    @api.model
    def _edu_check_targets_open(self, targets):
        """A unit assesses itself before (or during) the on-site phase of an announced
        comprehensive inspection that has an indicator framework."""
        if self.env.su:
            return
        for target in targets:
            inspection = target.inspection_id
            if (
                inspection.kind != "comprehensive"
                or inspection.method != "announced"
                or not inspection.framework_id
            ):
                raise UserError(
                    self.env._(
                        "Self-assessments are made for announced comprehensive inspections "
                        "with an indicator framework."
                    )
                )
            if inspection.state not in OPEN_INSPECTION_STATES:
                raise UserError(
                    self.env._(
                        "Inspection %s is no longer open for self-assessment.",
                        inspection.display_name,
                    )
                )

    def _edu_create_lines(self):
        """One line per check point of the inspection's framework."""
        vals_list = []
        for assessment in self:
            framework = assessment.inspection_id.framework_id
            for leaf in framework._edu_leaf_indicators():
                vals_list.append({"assessment_id": assessment.id, "indicator_id": leaf.id})
        return as_transition(self.env["edu.self.assessment.line"]).create(vals_list)

    # ------------------------------------------------------------------
    # Authority
    # ------------------------------------------------------------------
    def _edu_check_office(self):
        """Office staff of the unit's region."""
        if self.env.su:
            return
        if not self.env.user.has_group(OFFICE_GROUP):
            raise AccessError(self.env._("Only office staff review self-assessments."))
        if not self.has_access("write"):
            raise AccessError(
                self.env._("You can only review the self-assessments of the units of your region.")
            )

    def _edu_check_submit_authority(self):
        """The unit's own portal users, or office staff on its behalf."""
        if not is_portal_user(self.env):
            self._edu_check_office()
            return
        unit = portal_unit(self.env)
        if not unit or any(a.partner_id != unit for a in self) or not self.has_access("write"):
            raise AccessError(self.env._("You can only submit the self-assessment of your unit."))

    def _edu_check_assessment_state(self, allowed):
        if self.filtered(lambda a: a.state not in allowed):
            raise UserError(
                self.env._(
                    "This action is not possible in the current state of the self-assessment."
                )
            )

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def action_submit(self):
        """Submit the self-assessment to the supervision office, once: it can change
        again only if the office returns it."""
        self._edu_check_submit_authority()
        self._edu_check_assessment_state(("draft", "returned"))
        self._edu_check_targets_open(self.target_id)
        for assessment in self:
            missing = assessment.line_ids.filtered(lambda line: not line.is_scored)
            if missing:
                raise UserError(
                    self.env._(
                        "Give a self-score to every indicator before submitting (%(count)s "
                        "left, e.g. %(indicator)s).",
                        count=len(missing),
                        indicator=missing[0].indicator_id.display_name,
                    )
                )
        as_transition(self).write(
            {
                "state": "submitted",
                "submit_date": fields.Datetime.now(),
                "submitted_by_id": self.env.uid,
            }
        )
        if is_portal_user(self.env):
            self._edu_portal_schedule_review()
        return True

    def action_accept(self):
        self._edu_check_office()
        self._edu_check_assessment_state(("submitted",))
        as_transition(self).write(
            {
                "state": "accepted",
                "reviewer_id": self.env.uid,
                "review_date": self.env.company._edu_today(),
            }
        )
        self.activity_feedback([REVIEW_ACTIVITY])
        return True

    def action_return(self):
        self._edu_check_office()
        self._edu_check_assessment_state(("submitted",))
        if any(not (a.review_comment or "").strip() for a in self):
            raise UserError(self.env._("Write review comments before returning a self-assessment."))
        as_transition(self).write(
            {
                "state": "returned",
                "reviewer_id": self.env.uid,
                "review_date": self.env.company._edu_today(),
            }
        )
        self.activity_feedback([REVIEW_ACTIVITY])
        notify_units(self, "edu_supervision_portal.mail_template_self_assessment_returned")
        return True

    def _edu_portal_return(self, comment):
        self._edu_check_office()
        self.write({"review_comment": comment})
        return self.action_return()

    def _edu_portal_schedule_review(self):
        """An activity for the school's responsible inspector (else the team leader):
        the unit submitted on the portal. Portal users cannot assign activities: the
        system does, for the reviewer."""
        for assessment in self.sudo():
            user = (
                assessment.school_id.responsible_employee_id.user_id
                or assessment.inspection_id.leader_id.user_id
            )
            if user and user.active:
                assessment.activity_schedule(
                    REVIEW_ACTIVITY,
                    user_id=user.id,
                    summary=self.env._("Review: %s", assessment.name),
                )
