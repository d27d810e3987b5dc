from odoo import api, fields, models
from odoo.exceptions import UserError


class EduIndicatorFramework(models.Model):
    _name = "edu.indicator.framework"
    _description = "Indicator Framework"
    _inherit = ["mail.thread"]
    _order = "year desc, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year, tracking=True
    )
    function = fields.Selection(
        [
            ("government", "Government supervision"),
            ("school", "School supervision"),
            ("monitoring", "Evaluation and monitoring"),
        ],
        required=True,
        default="school",
    )
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)
    indicator_ids = fields.One2many("edu.indicator", "framework_id", string="Indicators")
    grade_band_ids = fields.One2many("edu.grade.band", "framework_id", string="Grade Bands")
    indicator_count = fields.Integer(compute="_compute_totals")
    total_max_score = fields.Float(
        string="Weighted Maximum",
        compute="_compute_totals",
        help="Sum over the check points of maximum score × effective weight.",
    )
    source_framework_id = fields.Many2one(
        "edu.indicator.framework", string="Copied From", readonly=True, copy=False
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    _sql_constraints = [
        (
            "name_year_uniq",
            "unique(name, year, company_id)",
            "A framework with this name already exists for this year.",
        ),
    ]

    @api.depends("indicator_ids.max_score", "indicator_ids.weight", "indicator_ids.child_ids")
    def _compute_totals(self):
        for framework in self:
            leaves = framework.indicator_ids.filtered(lambda i: not i.child_ids)
            framework.indicator_count = len(framework.indicator_ids)
            framework.total_max_score = sum(
                leaf.max_score * leaf.effective_weight for leaf in leaves
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_except_used(self):
        scored = self.env["edu.inspection.score"].search(
            [("indicator_id.framework_id", "in", self.ids)], limit=1
        )
        if scored:
            raise UserError(
                self.env._(
                    "Framework “%s” has been used to score inspections and cannot be deleted.",
                    scored.indicator_id.framework_id.display_name,
                )
            )

    def action_copy_to_year(self):
        """Copy the framework with its indicator tree and bands to the next year."""
        self.ensure_one()
        return self._edu_copy_to_year(self.year + 1)._edu_open_action()

    def _edu_copy_to_year(self, year):
        self.ensure_one()
        if self.search_count(
            [("name", "=", self.name), ("year", "=", year), ("company_id", "=", self.company_id.id)]
        ):
            raise UserError(
                self.env._(
                    "Framework %(name)s already exists for %(year)s.", name=self.name, year=year
                )
            )
        new = self.copy({"year": year, "name": self.name, "source_framework_id": self.id})
        mapping = {}
        for indicator in self.indicator_ids.sorted(lambda i: (len(i.parent_path or ""), i.id)):
            mapping[indicator.id] = indicator.copy(
                {
                    "framework_id": new.id,
                    "parent_id": mapping[indicator.parent_id.id].id
                    if indicator.parent_id
                    else False,
                }
            )
        for band in self.grade_band_ids:
            band.copy({"framework_id": new.id})
        return new

    def _edu_open_action(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "current",
        }

    def _edu_leaf_indicators(self):
        return self.indicator_ids.filtered(lambda i: not i.child_ids)
