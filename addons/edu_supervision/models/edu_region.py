from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EduRegion(models.Model):
    _name = "edu.region"
    _description = "Supervision Region"
    _parent_store = True
    _order = "complete_name"
    _rec_name = "complete_name"

    name = fields.Char(required=True)
    complete_name = fields.Char(compute="_compute_complete_name", store=True, recursive=True)
    code = fields.Char(required=True, help="Administrative division code, e.g. 150302.")
    level = fields.Selection(
        [("city", "City"), ("district", "District")],
        required=True,
        default="district",
    )
    parent_id = fields.Many2one(
        "edu.region", string="Parent Region", index=True, ondelete="restrict"
    )
    parent_path = fields.Char(index=True)
    child_ids = fields.One2many("edu.region", "parent_id", string="Sub-regions")
    government_partner_id = fields.Many2one(
        "res.partner",
        string="Government Unit",
        help="The people's government of this city or district, inspected by 督政.",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    active = fields.Boolean(default=True)
    school_ids = fields.One2many("edu.school", "region_id", string="Schools")
    school_count = fields.Integer(compute="_compute_school_count")

    _sql_constraints = [
        ("code_company_uniq", "unique(code, company_id)", "The region code must be unique."),
    ]

    @api.model_create_multi
    def create(self, vals_list):
        regions = super().create(vals_list)
        self.env["res.users"]._edu_rule_scope_changed()
        return regions

    def write(self, vals):
        res = super().write(vals)
        if "parent_id" in vals:
            self.env["res.users"]._edu_rule_scope_changed()
        return res

    def unlink(self):
        res = super().unlink()
        self.env["res.users"]._edu_rule_scope_changed()
        return res

    @api.depends("name", "parent_id.complete_name")
    def _compute_complete_name(self):
        for region in self:
            if region.parent_id:
                region.complete_name = f"{region.parent_id.complete_name} / {region.name}"
            else:
                region.complete_name = region.name

    def _compute_school_count(self):
        counts = self.filtered("id")._edu_count_by_region("edu.school", [])
        for region in self:
            region.school_count = counts.get(region.id, 0)

    def _edu_roll_up(self, figures, keys):
        """Roll figures up the region tree, from districts to the city.

        ``figures`` maps regions of any level (e.g. the region groups of a
        ``_read_group``) to ``{key: number}``. Returns, for every region of
        ``self``, ``{region id: {key: sum over the region and all its
        sub-regions}}``, every key of ``keys`` present (0 when nothing counts).
        No query: the figures are read by the caller, in one grouped query each.
        """
        result = {}
        for region in self:
            totals = dict.fromkeys(keys, 0)
            if region.parent_path:
                for sub, values in figures.items():
                    if sub.parent_path.startswith(region.parent_path):
                        for key, value in values.items():
                            totals[key] += value
            result[region.id] = totals
        return result

    def _edu_count_by_region(self, model, domain):
        """{region id: records of ``model`` matching ``domain`` in the region or
        any of its sub-regions}, for the regions in ``self``, from one grouped
        query (``model`` has a ``region_id`` field)."""
        if not self:
            return {}
        groups = self.env[model]._read_group(
            [*domain, ("region_id", "child_of", self.ids)], ["region_id"], ["__count"]
        )
        totals = self._edu_roll_up({sub: {"count": count} for sub, count in groups}, ["count"])
        return {region_id: values["count"] for region_id, values in totals.items()}

    @api.constrains("parent_id")
    def _check_region_recursion(self):
        if self._has_cycle():
            raise ValidationError(self.env._("A region cannot be its own parent."))

    @api.constrains("level", "parent_id")
    def _check_level(self):
        for region in self:
            if region.level == "district" and region.parent_id.level == "district":
                raise ValidationError(
                    self.env._(
                        "District “%s” must belong to a city, not to another district.", region.name
                    )
                )

    def action_view_schools(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id("edu_supervision.edu_school_action")
        action["domain"] = [("region_id", "child_of", self.id)]
        action["context"] = {"default_region_id": self.id}
        return action
