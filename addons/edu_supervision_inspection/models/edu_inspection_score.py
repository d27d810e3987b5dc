from odoo import api, fields, models
from odoo.exceptions import ValidationError

# Changes are recorded by OCA auditlog (data/auditlog_rule_data.xml): who changed a score,
# from what to what, and when.


class EduInspectionScore(models.Model):
    _name = "edu.inspection.score"
    _description = "Indicator Score"
    _order = "target_id, indicator_sort_key, id"

    target_id = fields.Many2one(
        "edu.inspection.target", required=True, ondelete="cascade", index=True
    )
    inspection_id = fields.Many2one(related="target_id.inspection_id", store=True, index=True)
    indicator_id = fields.Many2one("edu.indicator", required=True, ondelete="restrict")
    indicator_sort_key = fields.Char(related="indicator_id.sort_key", store=True)
    parent_indicator_id = fields.Many2one(
        related="indicator_id.parent_id", string="Dimension / Indicator"
    )
    max_score = fields.Float(related="indicator_id.max_score")
    weight = fields.Float(related="indicator_id.effective_weight", string="Weight")
    is_veto = fields.Boolean(related="indicator_id.is_veto")
    score = fields.Float(digits=(16, 2))
    veto_triggered = fields.Boolean(help="Tick when the veto item (一票否决) applies to this unit.")
    weighted_score = fields.Float(compute="_compute_weighted_score", digits=(16, 2))
    comment = fields.Text()
    company_id = fields.Many2one(related="target_id.company_id", store=True)

    _sql_constraints = [
        (
            "target_indicator_uniq",
            "unique(target_id, indicator_id)",
            "An indicator can be scored only once per unit.",
        ),
    ]

    @api.depends("score", "indicator_id.effective_weight")
    def _compute_weighted_score(self):
        for line in self:
            line.weighted_score = line.score * line.indicator_id.effective_weight

    @api.constrains("score", "indicator_id")
    def _check_score(self):
        for line in self:
            if line.score < 0 or line.score > line.indicator_id.max_score + 1e-9:
                raise ValidationError(
                    self.env._(
                        "The score of %(indicator)s must be between 0 and %(max)s.",
                        indicator=line.indicator_id.display_name,
                        max=line.indicator_id.max_score,
                    )
                )

    @api.constrains("veto_triggered", "indicator_id")
    def _check_veto(self):
        for line in self:
            if line.veto_triggered and not line.indicator_id.is_veto:
                raise ValidationError(self.env._("Only veto items can trigger a veto."))

    @api.constrains("indicator_id", "target_id")
    def _check_framework(self):
        for line in self:
            framework = line.target_id.inspection_id.framework_id
            if line.indicator_id.framework_id != framework:
                raise ValidationError(
                    self.env._("The indicator must belong to the inspection's framework.")
                )
            if line.indicator_id.child_ids:
                raise ValidationError(
                    self.env._(
                        "Only check points (indicators without sub-indicators) can be scored."
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        targets = self.env["edu.inspection.target"].browse(
            {vals["target_id"] for vals in vals_list if vals.get("target_id")}
        )
        self.check_access("create")
        targets.inspection_id._edu_check_team_can_edit()
        targets._edu_check_inspections_frozen(targets.inspection_id)
        return super().create(vals_list)

    def write(self, vals):
        self.inspection_id._edu_check_team_can_edit()
        self.target_id._edu_check_inspections_frozen(self.inspection_id, self)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_report_approved(self):
        self.target_id._edu_check_inspections_frozen(self.inspection_id)
