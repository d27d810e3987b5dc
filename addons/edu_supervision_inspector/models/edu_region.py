import math
from collections import defaultdict

from odoo import api, fields, models

STAFFING_GROUPS = "edu_supervision.group_edu_office,edu_supervision.group_edu_inspector_hr"
#: Raw counts of the staffing figures, summed over a region and its sub-regions.
STAFFING_KEYS = (
    "school_count",
    "large_school_count",
    "covered_school_count",
    "inspector_count",
    "available_count",
    "fulltime_count",
)


class EduRegion(models.Model):
    _inherit = "edu.region"

    coverage = fields.Float(
        string="Responsible Inspector Coverage (%)",
        compute="_compute_staffing",
        groups=STAFFING_GROUPS,
    )
    uncovered_school_count = fields.Integer(
        string="Schools without Responsible Inspector",
        compute="_compute_staffing",
        groups=STAFFING_GROUPS,
    )
    inspector_gap = fields.Integer(
        string="Inspector Gap",
        compute="_compute_staffing",
        groups=STAFFING_GROUPS,
    )

    @api.depends_context("uid", "allowed_company_ids")
    def _compute_staffing(self):
        figures = self._edu_staffing_figures(self.filtered("id"))
        for region in self:
            values = figures.get(region.id, {})
            region.coverage = values.get("coverage", 0.0)
            region.uncovered_school_count = values.get("uncovered_school_count", 0)
            region.inspector_gap = values.get("gap_count", 0)

    @api.model
    def _edu_required_inspectors(self, ordinary, large, company=None):
        """Inspectors required for ``ordinary`` and ``large`` schools:
        ceil(ordinary / ratio) + ceil(large / large ratio)."""
        company = company or self.env.company
        ratio = max(company.edu_inspector_school_ratio or 1, 1)
        large_ratio = max(company.edu_large_school_ratio or 1, 1)
        return math.ceil(ordinary / ratio) + math.ceil(large / large_ratio)

    @api.model
    def _edu_staffing_figures(self, regions=None):
        """Staffing and coverage figures of ``regions`` (default: all active
        regions), each counting the schools and inspectors of the region and
        its sub-regions. A constant number of queries whatever the number of
        schools, inspectors or regions.

        Returns {region id: dict of figures}.
        """
        company = self.env.company
        if regions is None:
            regions = self.search([])
        all_regions = self.with_context(active_test=False).search([("id", "child_of", regions.ids)])
        School = self.env["edu.school"]
        school_groups = School._read_group(
            [("region_id", "in", all_regions.ids)],
            ["region_id", "is_large"],
            ["__count"],
        )
        covered_groups = School._read_group(
            [
                ("region_id", "in", all_regions.ids),
                ("responsible_employee_id", "!=", False),
            ],
            ["region_id"],
            ["__count"],
        )
        inspector_groups = self.env["hr.employee"]._read_group(
            [
                ("edu_is_inspector", "=", True),
                ("edu_region_id", "in", all_regions.ids),
            ],
            ["edu_region_id", "edu_inspector_type"],
            ["__count"],
        )
        valid_groups = self.env["hr.employee"]._read_group(
            [
                ("edu_is_inspector", "=", True),
                ("edu_certificate_valid", "=", True),
                ("edu_region_id", "in", all_regions.ids),
            ],
            ["edu_region_id", "edu_inspector_type"],
            ["__count"],
        )
        # raw counts per region, then rolled up from the districts to the city
        raw = defaultdict(lambda: dict.fromkeys(STAFFING_KEYS, 0))
        for region, is_large, count in school_groups:
            raw[region]["school_count"] += count
            if is_large:
                raw[region]["large_school_count"] += count
        for region, count in covered_groups:
            raw[region]["covered_school_count"] += count
        for region, _type, count in inspector_groups:
            raw[region]["inspector_count"] += count
        for region, inspector_type, count in valid_groups:
            raw[region]["available_count"] += count
            if inspector_type == "full_time":
                raw[region]["fulltime_count"] += count
        totals = regions._edu_roll_up(raw, STAFFING_KEYS)
        return {
            region_id: self._edu_staffing_derive(values, company)
            for region_id, values in totals.items()
        }

    @api.model
    def _edu_staffing_derive(self, totals, company=None):
        """Add the derived figures (required, gap, shares) to raw counts."""
        company = company or self.env.company
        figures = dict(totals)
        ordinary = figures["school_count"] - figures["large_school_count"]
        figures["ordinary_school_count"] = ordinary
        required = self._edu_required_inspectors(ordinary, figures["large_school_count"], company)
        figures["required_count"] = required
        figures["gap_count"] = max(required - figures["available_count"], 0)
        available = figures["available_count"]
        figures["fulltime_share"] = (
            100.0 * figures["fulltime_count"] / available if available else 0.0
        )
        figures["min_fulltime_share"] = company.edu_min_fulltime_share
        figures["fulltime_ok"] = bool(available) and (
            figures["fulltime_share"] >= company.edu_min_fulltime_share
        )
        schools = figures["school_count"]
        figures["uncovered_school_count"] = schools - figures["covered_school_count"]
        figures["coverage"] = 100.0 * figures["covered_school_count"] / schools if schools else 0.0
        return figures
