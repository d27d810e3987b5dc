from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

FROZEN_STATES = ("approved", "published", "closed")
# What defines the scores of a framework: changed only in a new version (a copy).
SCORING_FIELDS = frozenset({"function", "indicator_ids", "grade_band_ids", "company_id"})


class EduIndicatorFramework(models.Model):
    _name = "edu.indicator.framework"
    _description = "Indicator Framework"
    _inherit = ["mail.thread"]
    _order = "year desc, name"

    name = fields.Char(required=True, translate=True, tracking=True)
    year = fields.Integer(
        required=True, default=lambda self: self.env.company._edu_today().year, tracking=True
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

    def write(self, vals):
        if SCORING_FIELDS.intersection(vals):
            self._edu_check_not_in_use()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_in_use(self):
        self._edu_check_not_in_use()

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
        self._edu_check_manager()
        return self._edu_copy_to_year(self.year + 1)._edu_open_action()

    def action_copy_new_version(self):
        """Copy the framework as a new version of the same year: the way to change a
        framework that approved inspections already use."""
        self.ensure_one()
        self._edu_check_manager()
        version = 2
        while True:
            name = self.env._("%(name)s (version %(version)s)", name=self.name, version=version)
            if not self._edu_name_taken(name, self.year):
                break
            version += 1
        return self._edu_copy_to_year(self.year, name=name)._edu_open_action()

    def _edu_check_manager(self):
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_manager"):
            raise AccessError(
                self.env._("Only a manager (chief inspector) can change indicator frameworks.")
            )

    def _edu_frozen_ids(self):
        """Ids of the frameworks of self that an approved, published or closed
        inspection uses (one query)."""
        if not self.ids:
            return set()
        groups = self.env["edu.inspection"]._read_group(
            [("framework_id", "in", self.ids), ("state", "in", FROZEN_STATES)], ["framework_id"]
        )
        return {framework.id for [framework] in groups}

    def _edu_check_not_in_use(self):
        """Refuse to change what defines the scores of a framework that approved
        inspections use: their results must stay what was approved."""
        if self.env.su:
            return
        frozen = self.browse(self._edu_frozen_ids())
        if frozen:
            raise UserError(
                self.env._(
                    "The indicator framework %s is used by inspections whose report has been "
                    "approved: its indicators, weights, maximum scores and grade bands can no "
                    "longer change. Copy it as a new version (or to the next year) and change "
                    "the copy.",
                    frozen[0].display_name,
                )
            )

    def _edu_name_taken(self, name, year):
        return bool(
            self.search_count(
                [("name", "=", name), ("year", "=", year), ("company_id", "=", self.company_id.id)]
            )
        )

    def _edu_copy_to_year(self, year, name=None):
        self.ensure_one()
        name = name or self.name
        if self._edu_name_taken(name, year):
            raise UserError(
                self.env._("Framework %(name)s already exists for %(year)s.", name=name, year=year)
            )
        new = self.copy({"year": year, "name": name, "source_framework_id": self.id})
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
