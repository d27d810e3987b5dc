from odoo import api, fields, models
from odoo.exceptions import ValidationError

#: Allowance categories of part-time inspectors (DOMAIN.md §23) and the budget
#: line category each one is charged to.
ALLOWANCE_CATEGORY_SELECTION = [
    ("communication", "Communication"),
    ("transport", "Transport"),
    ("meals", "Meals and lodging"),
    ("labour", "Labour"),
]
ALLOWANCE_BUDGET_CATEGORY = {
    "communication": "allowance_communication",
    "transport": "allowance_transport",
    "meals": "allowance_meals",
    "labour": "allowance_labour",
}
ALLOWANCE_UNIT_SELECTION = [
    ("day", "Per day"),
    ("trip", "Per trip"),
    ("meal", "Per meal"),
    ("night", "Per night"),
]


class EduAllowanceRate(models.Model):
    _name = "edu.allowance.rate"
    _description = "Inspector Allowance Rate"
    _order = "region_id, category"
    _check_company_auto = True

    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        required=True,
        help="Rates of a district apply to its activities; when a district has no rate "
        "for a category, the rate of its city applies.",
    )
    category = fields.Selection(ALLOWANCE_CATEGORY_SELECTION, string="Category", required=True)
    unit = fields.Selection(ALLOWANCE_UNIT_SELECTION, string="Unit", required=True, default="day")
    amount = fields.Monetary(string="Rate", required=True)
    quantity_per_day = fields.Float(
        string="Units per Day",
        default=1.0,
        required=True,
        help="Number of units per on-site day (e.g. 2 trips or 3 meals a day). Nights "
        "are counted on the on-site days minus one.",
    )
    note = fields.Char(string="Note")
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, default=lambda self: self.env.company
    )
    currency_id = fields.Many2one(related="company_id.currency_id", string="Currency")

    _sql_constraints = [
        (
            "region_category_uniq",
            "unique(region_id, category, company_id)",
            "There is already a rate for this region and category.",
        ),
        ("amount_positive", "CHECK(amount >= 0)", "An allowance rate cannot be negative."),
    ]

    @api.constrains("quantity_per_day")
    def _check_quantity_per_day(self):
        for rate in self:
            if rate.quantity_per_day < 0:
                raise ValidationError(self.env._("The units per day cannot be negative."))

    @api.depends("region_id", "category", "unit")
    def _compute_display_name(self):
        categories = dict(self._fields["category"]._description_selection(self.env))
        for rate in self:
            rate.display_name = f"{rate.region_id.name or ''} / {categories.get(rate.category, '')}"

    def _get_quantity(self, days):
        """Number of units this rate pays for ``days`` on-site or training days."""
        self.ensure_one()
        if self.unit == "night":
            return max(days - 1, 0) * self.quantity_per_day
        return days * self.quantity_per_day

    @api.model
    def _get_rates(self, region, company=None):
        """Applicable rate per category: the region's, else its parents' (nearest first).

        :return: {category: edu.allowance.rate}
        """
        company = company or self.env.company
        regions = region
        parent = region.parent_id
        while parent:
            regions |= parent
            parent = parent.parent_id
        rates = self.search([("region_id", "in", regions.ids), ("company_id", "=", company.id)])
        depth = {r.id: i for i, r in enumerate(regions)}
        result = {}
        for rate in rates.sorted(lambda r: depth.get(r.region_id.id, 99)):
            result.setdefault(rate.category, rate)
        return result
