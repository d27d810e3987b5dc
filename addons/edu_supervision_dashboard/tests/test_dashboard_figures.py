from datetime import timedelta

from odoo.tests import tagged

from .common import EduDashboardCase

PROBLEM_MEASURES = [
    "problem_count:sum",
    "open_count:sum",
    "closed_count:sum",
    "overdue_count:sum",
    "on_time_rate:avg",
    "rebound_count:sum",
    "order_count:sum",
]


@tagged("post_install", "-at_install")
class TestDashboardFigures(EduDashboardCase):
    """The figures the dashboards read equal the hand-computed values of the
    fixed data set (see :class:`EduDashboardCase`), and each role gets the
    figures of what it may read."""

    def _problems(self, user=None, groupby=()):
        domain = [*self._year_domain(), ("region_id", "child_of", self.region_city.id)]
        return self._sum("edu.dashboard.problem", domain, PROBLEM_MEASURES, user, groupby)

    def test_problem_figures_city(self):
        [figures] = self._problems(self.user_office)
        total, open_, closed, overdue, on_time, rebound, orders = figures
        self.assertEqual((total, open_, closed, overdue, rebound, orders), (8, 5, 3, 2, 1, 1))
        # closed with a deadline: on time, late, B on time
        self.assertAlmostEqual(on_time, 200 / 3)

    def test_problem_figures_per_region(self):
        rows = {region: values for region, *values in self._problems(groupby=["region_id"])}
        self.assertEqual(rows[self.region_a][:4], [6, 4, 2, 1])
        self.assertAlmostEqual(rows[self.region_a][4], 50.0)
        self.assertEqual(rows[self.region_b][:4], [2, 1, 1, 1])
        self.assertAlmostEqual(rows[self.region_b][4], 100.0)

    def test_problem_figures_by_category_and_severity(self):
        rows = dict(
            (severity, count)
            for severity, count in self._sum(
                "edu.dashboard.problem",
                [*self._year_domain(), ("region_id", "child_of", self.region_city.id)],
                ["open_count:sum"],
                groupby=["severity"],
            )
        )
        self.assertEqual(rows, {"general": 4, "serious": 1})

    def test_district_office_sees_its_district_only(self):
        [figures] = self._problems(self.user_district_office)
        self.assertEqual(figures[:4], (6, 4, 2, 1))
        regions = {
            region.id
            for [region] in self.env["edu.dashboard.problem"]
            .with_user(self.user_district_office)
            ._read_group([], ["region_id"])
        }
        self.assertFalse(regions - {self.region_a.id}, "rows of another district are shown")
        rows = self.env["edu.dashboard.score"].with_user(self.user_district_office).search([])
        self.assertEqual(rows.region_id, self.region_a)
        rows = self.env["edu.dashboard.district.score"].with_user(self.user_district_office)
        self.assertEqual(rows.search([]).region_id, self.region_a)
        rows = self.env["edu.dashboard.staffing"].with_user(self.user_district_office)
        self.assertEqual(rows.search([]).region_id, self.region_a)

    def test_viewer_reads_published_inspections_only(self):
        [figures] = self._problems(self.user_viewer)
        # the draft inspection's finding is not his to see
        self.assertEqual(figures[:4], (7, 4, 3, 2))
        self.assertNotIn(
            self.p_draft,
            self.env["edu.dashboard.problem"].with_user(self.user_viewer).search([]).problem_id,
        )

    def test_scores_and_ranking(self):
        rows = self.env["edu.dashboard.score"].search(
            [("region_id", "child_of", self.region_city.id)]
        )
        by_target = {row.target_id: row for row in rows}
        self.assertEqual(set(by_target), {self.target_a1, self.target_a2, self.target_b1})
        mean = (90 + 70 + 60) / 3
        for target, score, rank, district_mean, district_rank in (
            (self.target_a1, 90, 1, 80, 1),
            (self.target_a2, 70, 2, 80, 2),
            (self.target_b1, 60, 3, 60, 1),
        ):
            row = by_target[target]
            self.assertAlmostEqual(row.score, score)
            self.assertAlmostEqual(row.city_mean, mean)
            self.assertAlmostEqual(row.deviation, score - mean)
            self.assertEqual(row.city_rank, rank)
            self.assertAlmostEqual(row.district_mean, district_mean)
            self.assertAlmostEqual(row.district_deviation, score - district_mean)
            self.assertEqual(row.district_rank, district_rank)
            self.assertFalse(row.self_score, "no self-assessment before the portal")

    def test_district_ranking(self):
        rows = self.env["edu.dashboard.district.score"].search(
            [("region_id", "child_of", self.region_city.id)]
        )
        by_region = {row.region_id: row for row in rows}
        self.assertEqual(set(by_region), {self.region_a, self.region_b})
        a, b = by_region[self.region_a], by_region[self.region_b]
        self.assertEqual((a.unit_count, b.unit_count), (2, 1))
        self.assertAlmostEqual(a.score, 80.0)
        self.assertAlmostEqual(b.score, 60.0)
        self.assertAlmostEqual(a.overall_mean, 70.0)
        self.assertAlmostEqual(a.deviation, 10.0)
        self.assertAlmostEqual(b.deviation, -10.0)
        self.assertEqual((a.rank, b.rank), (1, 2))

    def test_staffing_equals_the_staffing_report(self):
        """The dashboard's staffing rows are the figures of the inspector
        addon's live staffing report, region by region."""
        today = self.env.company._edu_today()
        self.certificate_insp.expiry_date = today + timedelta(days=30)
        regions = self.region_city | self.region_a | self.region_b
        expected = self.env["edu.region"]._edu_staffing_figures(regions)
        rows = self.env["edu.dashboard.staffing"].search([("region_id", "in", regions.ids)])
        self.assertEqual(len(rows), 3)
        for row in rows:
            figures = expected[row.region_id.id]
            for name in (
                "school_count",
                "large_school_count",
                "required_count",
                "inspector_count",
                "available_count",
                "fulltime_count",
                "gap_count",
            ):
                self.assertEqual(row[name], figures[name], f"{row.region_id.name}: {name}")
            self.assertAlmostEqual(row.fulltime_share, round(figures["fulltime_share"], 1))
        by_region = {row.region_id: row for row in rows}
        self.assertEqual(by_region[self.region_a].expiring_certificate_count, 1)
        self.assertEqual(by_region[self.region_city].expiring_certificate_count, 1)
        self.assertEqual(by_region[self.region_b].expiring_certificate_count, 0)

    def test_training_rate(self):
        year = self.env.company._edu_today().year
        compliance = self.env["edu.training.compliance"].search(
            [("year", "=", year), ("region_id", "child_of", self.region_city.id)]
        )
        [[count, rate]] = self.env["edu.dashboard.training"]._read_group(
            [
                ("date", "=", f"{year}-01-01"),
                ("region_id", "child_of", self.region_city.id),
            ],
            [],
            ["inspector_count:sum", "compliance_rate:avg"],
        )
        self.assertEqual(count, len(compliance))
        compliant = len(compliance.filtered("compliant"))
        self.assertAlmostEqual(rate, 100.0 * compliant / len(compliance))

    def test_rows_follow_the_source_records(self):
        """A row the user cannot read through its source is refused when read
        by id, not only hidden from searches."""
        row = self.env["edu.dashboard.problem"].browse(self.p_draft.id)
        self.assertTrue(row.with_user(self.user_office).has_access("read"))
        self.assertFalse(row.with_user(self.user_viewer).has_access("read"))
        other = self.env["edu.dashboard.score"].browse(self.target_b1.id)
        self.assertFalse(other.with_user(self.user_district_office).has_access("read"))
