from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestRegionOverview(EduInspectionCase):
    @freeze_time("2026-06-15 04:00:00")
    def test_overview_counts_by_region(self):
        self._create_problem(self.target_a1, deadline=date(2026, 6, 1))  # overdue
        self._create_problem(self.target_a2, deadline=date(2026, 7, 1))
        self.inspection.action_schedule()
        regions = self.region_a | self.region_b | self.region_city
        self.assertEqual(regions.mapped("active_inspection_count"), [1, 0, 1])
        self.assertEqual(regions.mapped("open_problem_count"), [2, 0, 2])
        self.assertEqual(regions.mapped("overdue_problem_count"), [1, 0, 1])
        # the figures respect record rules: an inspector outside the team sees none
        city = self.region_city.with_user(self.user_inspector2)
        self.assertEqual(city.open_problem_count, 0)
        self.assertEqual(city.with_user(self.user_office).open_problem_count, 2)

    def test_overview_says_which_records_it_counts(self):
        """The figures follow the record rules; the overview says so to whom they are filtered."""
        region = self.region_city
        self.assertFalse(region.with_user(self.user_office).overview_scope)
        self.assertFalse(region.with_user(self.user_manager).overview_scope)
        self.assertIn(
            self.region_a.complete_name,
            region.with_user(self.user_district_office).overview_scope,
        )
        self.assertIn("your teams", region.with_user(self.user_inspector).overview_scope)
        self.assertIn("published", region.with_user(self.user_viewer).overview_scope)
        if self.env["res.lang"]._lang_get("zh_CN"):
            viewer = region.with_user(self.user_viewer).with_context(lang="zh_CN")
            self.assertEqual(
                viewer.overview_scope,
                "仅统计您有权查看的记录：已发布的督导及其问题，以及督导以外发现的问题。",
            )
