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
        self.assertEqual(regions.mapped("edu_active_inspection_count"), [1, 0, 1])
        self.assertEqual(regions.mapped("edu_open_problem_count"), [2, 0, 2])
        self.assertEqual(regions.mapped("edu_overdue_problem_count"), [1, 0, 1])
        # the figures respect record rules: an inspector outside the team sees none
        city = self.region_city.with_user(self.user_inspector2)
        self.assertEqual(city.edu_open_problem_count, 0)
        self.assertEqual(city.with_user(self.user_office).edu_open_problem_count, 2)
