from odoo.tests import TransactionCase, tagged

# Weighted scores of the demo's school framework: eight check points of 10 points, the
# third dimension weighted 1.5 (maximum 2 + 2 + 3 + 2 check points = 90 points).
#   published_1  10 9 | 9 9 | 9 8 | 10 10  ->  82.5 / 90 = 91.67 %
#   published_2   8 7 | 7 8 | 6 6 |  7 10  ->  65.0 / 90 = 72.22 %
#   closed_1      6 5 | 6 5 | 5 4 |  6 10  ->  51.5 / 90 = 57.22 %
#   closed_2      9 8 | 9 9 | 8 8 |  9 10  ->  78.0 / 90 = 86.67 %
TEAM = {
    "target_demo_published_1": 82.5 / 90 * 100,
    "target_demo_published_2": 65.0 / 90 * 100,
    "target_demo_closed_1": 51.5 / 90 * 100,
    "target_demo_closed_2": 78.0 / 90 * 100,
}
# The units' self-assessments of the same inspections (submitted or accepted):
#   published_1   9 9 | 9 9 | 8 8 |  9 10  ->  79.0 / 90 = 87.78 %
#   published_2   9 9 | 8 9 | 8 8 |  9 10  ->  78.0 / 90 = 86.67 %  (the portal school)
#   closed_1      9 8 | 8 8 | 8 7 |  9 10  ->  74.5 / 90 = 82.78 %
SELF = {
    "target_demo_published_1": 79.0 / 90 * 100,
    "target_demo_published_2": 78.0 / 90 * 100,
    "target_demo_closed_1": 74.5 / 90 * 100,
}


@tagged("post_install", "-at_install")
class TestDemoScores(TransactionCase):
    """The scored units of the demo's published and closed inspections: their totals are
    stored (the rankings and the annual report's charts read them), and their
    self-assessments are set against them on the dashboard."""

    def setUp(self):
        super().setUp()
        if not self.env.ref(
            "edu_supervision_wuhai.target_demo_published_1", raise_if_not_found=False
        ):
            self.skipTest("demo data not loaded")
        self.targets = {xmlid: self.env.ref(f"edu_supervision_wuhai.{xmlid}") for xmlid in TEAM}

    def test_team_scores_are_stored(self):
        for xmlid, percent in TEAM.items():
            target = self.targets[xmlid]
            self.assertTrue(target.is_scored, xmlid)
            self.assertAlmostEqual(target.score_percent, percent, places=2, msg=xmlid)

    def test_ranking_and_self_assessment_gaps(self):
        rows = self.env["edu.dashboard.score"].search(
            [("target_id", "in", [t.id for t in self.targets.values()])]
        )
        by_xmlid = {
            xmlid: rows.filtered(lambda r, t=target: r.target_id == t)
            for xmlid, target in self.targets.items()
        }
        for xmlid, row in by_xmlid.items():
            self.assertEqual(len(row), 1, xmlid)
            self.assertAlmostEqual(row.score, TEAM[xmlid], places=2)
            if xmlid in SELF:
                self.assertAlmostEqual(row.self_score, SELF[xmlid], places=2)
                # of the percentages as stored (two decimals): 86.67 - 72.22 = 14.45
                gap = round(SELF[xmlid], 2) - round(TEAM[xmlid], 2)
                self.assertAlmostEqual(row.self_gap, gap, places=6)
            else:
                self.assertFalse(row.has_self_assessment, xmlid)
        # within one year and function the better unit ranks first
        for better, worse in (
            ("target_demo_published_1", "target_demo_closed_2"),
            ("target_demo_closed_2", "target_demo_published_2"),
            ("target_demo_published_2", "target_demo_closed_1"),
        ):
            if by_xmlid[better].year == by_xmlid[worse].year:
                self.assertLess(by_xmlid[better].city_rank, by_xmlid[worse].city_rank)

    def test_annual_report_of_the_demo_year_has_a_ranking(self):
        published = self.targets["target_demo_published_1"]
        city = self.env.ref("edu_supervision_wuhai.region_wuhai")
        report = self.env["edu.annual.report"].create(
            {
                "name": "Demo annual report",
                "year": published.year,
                "region_id": city.id,
                "issuer": "Demo",
                "issue_date": published.inspection_id.date_start,
            }
        )
        figures = report._edu_figures()
        scored = [t for t in self.targets.values() if t.year == published.year]
        self.assertEqual(figures["unit_count"], len(scored))
        self.assertAlmostEqual(
            figures["mean_score"], sum(t.score_percent for t in scored) / len(scored)
        )
        self.assertTrue([row for row in figures["ranking"] if row["units"]])
        charts = report._edu_charts(figures)
        self.assertIn("ranking", charts)
        self.assertGreaterEqual(len(charts), 5)
