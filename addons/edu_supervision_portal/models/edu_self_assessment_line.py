from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from ..tools import in_transition

#: States of the self-assessment in which its lines change.
EDITABLE_STATES = ("draft", "returned")


class EduSelfAssessmentLine(models.Model):
    _name = "edu.self.assessment.line"
    _inherit = ["edu.portal.mixin"]
    _description = "Self-assessment of an Indicator"
    _order = "assessment_id, indicator_sort_key, id"

    _edu_portal_fields = frozenset({"self_score", "comment"})
    _edu_portal_attachment_fields = frozenset({"attachment_ids"})

    assessment_id = fields.Many2one(
        "edu.self.assessment", required=True, ondelete="cascade", index=True
    )
    indicator_id = fields.Many2one("edu.indicator", required=True, ondelete="restrict")
    indicator_sort_key = fields.Char(related="indicator_id.sort_key", store=True)
    parent_indicator_id = fields.Many2one(
        related="indicator_id.parent_id", string="Dimension / Indicator"
    )
    guidance = fields.Text(related="indicator_id.guidance")
    max_score = fields.Float(related="indicator_id.max_score")
    self_score = fields.Float(digits=(16, 2))
    is_scored = fields.Boolean(
        string="Scored", readonly=True, help="The unit entered a self-score (zero included)."
    )
    comment = fields.Text()
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_self_assessment_line_attachment_rel",
        "line_id",
        "attachment_id",
        string="Evidence",
    )
    evidence_count = fields.Integer(compute="_compute_evidence_count")
    state = fields.Selection(related="assessment_id.state", store=True, string="Status")
    partner_id = fields.Many2one(related="assessment_id.partner_id", store=True, string="Unit")
    inspection_id = fields.Many2one(related="assessment_id.inspection_id", store=True)
    region_id = fields.Many2one(related="assessment_id.region_id", store=True)
    company_id = fields.Many2one(related="assessment_id.company_id", store=True)
    # The team's score of the same indicator: for the office only.
    score_id = fields.Many2one(
        "edu.inspection.score",
        string="Team Scoring Line",
        compute="_compute_score_id",
        store=True,
        groups="base.group_user",
    )
    team_score = fields.Float(
        related="score_id.score", store=True, digits=(16, 2), groups="base.group_user"
    )
    team_scored = fields.Boolean(compute="_compute_gap", store=True, groups="base.group_user")
    gap = fields.Float(
        compute="_compute_gap",
        store=True,
        digits=(16, 2),
        aggregator="avg",
        groups="base.group_user",
        help="Self-score minus the team's score (positive: the unit rated itself higher).",
    )
    abs_gap = fields.Float(
        string="Gap (absolute)",
        compute="_compute_gap",
        store=True,
        digits=(16, 2),
        aggregator="avg",
        groups="base.group_user",
    )

    _sql_constraints = [
        (
            "assessment_indicator_uniq",
            "unique(assessment_id, indicator_id)",
            "An indicator is assessed once per self-assessment.",
        ),
    ]

    @api.depends("assessment_id.target_id.score_ids", "indicator_id")
    def _compute_score_id(self):
        targets = self.assessment_id.target_id
        scores = self.env["edu.inspection.score"].search(
            [("target_id", "in", targets.ids), ("indicator_id", "in", self.indicator_id.ids)]
        )
        by_key = {(score.target_id.id, score.indicator_id.id): score for score in scores}
        for line in self:
            line.score_id = by_key.get(
                (line.assessment_id.target_id.id, line.indicator_id.id), False
            )

    @api.depends("self_score", "is_scored", "team_score", "assessment_id.target_id.is_scored")
    def _compute_gap(self):
        for line in self:
            scored = bool(line.score_id) and line.assessment_id.target_id.is_scored
            line.team_scored = scored
            line.gap = line.self_score - line.team_score if scored and line.is_scored else 0.0
            line.abs_gap = abs(line.gap)

    def _compute_evidence_count(self):
        counts = dict(
            self.env["ir.attachment"]
            .sudo()
            ._read_group(
                [("res_model", "=", self._name), ("res_id", "in", self.ids)],
                ["res_id"],
                ["__count"],
            )
        )
        for line in self:
            line.evidence_count = counts.get(line.id, 0)

    @api.constrains("self_score", "indicator_id")
    def _check_self_score(self):
        for line in self:
            if line.self_score < 0 or line.self_score > line.indicator_id.max_score + 1e-9:
                raise ValidationError(
                    self.env._(
                        "The self-score of %(indicator)s must be between 0 and %(max)s.",
                        indicator=line.indicator_id.display_name,
                        max=line.indicator_id.max_score,
                    )
                )

    def _edu_is_accepted(self):
        return self.assessment_id.state == "accepted"

    @api.model_create_multi
    def create(self, vals_list):
        if not in_transition(self.env):
            raise AccessError(
                self.env._("The indicators of a self-assessment come from its framework.")
            )
        return super().create(vals_list)

    def write(self, vals):
        self._edu_portal_check_vals([vals])
        if {"assessment_id", "indicator_id"}.intersection(vals) and not self.env.su:
            raise UserError(
                self.env._("The indicators of a self-assessment come from its framework.")
            )
        if not self.env.su and any(
            line.assessment_id.state not in EDITABLE_STATES for line in self
        ):
            raise UserError(
                self.env._(
                    "The self-assessment has been submitted: it changes only if the office "
                    "returns it."
                )
            )
        if "self_score" in vals:
            vals = dict(vals, is_scored=True)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_submitted(self):
        if not self.env.su and any(
            line.assessment_id.state not in EDITABLE_STATES for line in self
        ):
            raise UserError(self.env._("The indicators of a submitted self-assessment stay."))
