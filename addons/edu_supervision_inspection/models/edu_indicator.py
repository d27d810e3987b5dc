from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

# What may still change on an indicator of a framework in use: the scorers' guidance.
FREE_FIELDS = frozenset({"guidance"})


class EduIndicator(models.Model):
    _name = "edu.indicator"
    _description = "Evaluation Indicator"
    _parent_store = True
    _order = "framework_id, sort_key, id"
    _rec_names_search = ["name", "code"]

    name = fields.Char(required=True, translate=True)
    code = fields.Char()
    sequence = fields.Integer(default=10)
    framework_id = fields.Many2one(
        "edu.indicator.framework", required=True, ondelete="cascade", index=True
    )
    parent_id = fields.Many2one(
        "edu.indicator",
        string="Parent",
        ondelete="cascade",
        index=True,
        domain="[('framework_id', '=', framework_id)]",
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("edu.indicator", "parent_id", string="Sub-indicators")
    level = fields.Selection(
        [("dimension", "Dimension"), ("indicator", "Indicator"), ("checkpoint", "Check point")],
        required=True,
        default="indicator",
    )
    weight = fields.Float(
        default=1.0,
        help="Relative weight; the effective weight of a check point is the product of "
        "the weights along its path.",
    )
    effective_weight = fields.Float(compute="_compute_effective_weight", recursive=True)
    max_score = fields.Float(string="Maximum Score", default=10.0)
    is_veto = fields.Boolean(
        string="Veto Item",
        help="一票否决: when triggered, the target gets the veto grade whatever its score.",
    )
    guidance = fields.Text(translate=True)
    is_leaf = fields.Boolean(compute="_compute_is_leaf")
    sort_key = fields.Char(
        compute="_compute_sort_key",
        store=True,
        recursive=True,
        help="Sequence path used to list indicators in tree order.",
    )

    @api.constrains("weight", "max_score")
    def _check_positive(self):
        for indicator in self:
            if indicator.weight < 0 or indicator.max_score < 0:
                raise ValidationError(self.env._("Weights and maximum scores cannot be negative."))

    @api.constrains("parent_id", "framework_id")
    def _check_parent(self):
        if self._has_cycle():
            raise ValidationError(self.env._("An indicator cannot be its own ancestor."))
        for indicator in self:
            if indicator.parent_id and indicator.parent_id.framework_id != indicator.framework_id:
                raise ValidationError(
                    self.env._("A sub-indicator must belong to the framework of its parent.")
                )

    @api.depends("weight", "parent_id.effective_weight")
    def _compute_effective_weight(self):
        for indicator in self:
            parent_weight = indicator.parent_id.effective_weight if indicator.parent_id else 1.0
            indicator.effective_weight = indicator.weight * parent_weight

    @api.depends("sequence", "parent_id.sort_key")
    def _compute_sort_key(self):
        for indicator in self:
            prefix = indicator.parent_id.sort_key or ""
            indicator.sort_key = (
                f"{prefix}{indicator.sequence:06d}.{indicator._origin.id or 0:09d}/"
            )

    @api.depends("child_ids")
    def _compute_is_leaf(self):
        for indicator in self:
            indicator.is_leaf = not indicator.child_ids

    @api.ondelete(at_uninstall=False)
    def _unlink_except_scored(self):
        scored = self.env["edu.inspection.score"].search(
            [("indicator_id", "child_of", self.ids)], limit=1
        )
        if scored:
            raise UserError(
                self.env._(
                    "Indicator “%s” has been scored in an inspection and cannot be deleted.",
                    scored.indicator_id.display_name,
                )
            )

    @api.depends("name", "code")
    def _compute_display_name(self):
        for indicator in self:
            indicator.display_name = (
                f"{indicator.code} {indicator.name}" if indicator.code else indicator.name
            )

    @api.model_create_multi
    def create(self, vals_list):
        frameworks = self.env["edu.indicator.framework"].browse(
            {vals["framework_id"] for vals in vals_list if vals.get("framework_id")}
        )
        frameworks._edu_check_not_in_use()
        return super().create(vals_list)

    def write(self, vals):
        if set(vals) - FREE_FIELDS:
            self.framework_id._edu_check_not_in_use()
            if vals.get("framework_id"):
                self.framework_id.browse(vals["framework_id"])._edu_check_not_in_use()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        self.framework_id._edu_check_not_in_use()
