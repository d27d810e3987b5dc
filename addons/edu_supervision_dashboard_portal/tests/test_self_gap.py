import json

from odoo import Command
from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.edu_supervision_dashboard.tests.common import EduDashboardCase

GAP_MEASURES = ["score:avg", "self_score:avg", "self_gap:avg", "self_gap_abs:avg"]


@tagged("post_install", "-at_install")
class TestSelfGap(EduDashboardCase):
    """The units' self-assessments in the score ranking.

    The dashboard's data set (team scores: A1 90 %, A2 70 % in district A, B1 60 % in
    district B, all published) plus a framework of two check points of 10 points and
    the units' self-assessments:

    * A1 submitted 10 + 9 = 19 / 20 = 95 %: gap +5;
    * A2 accepted 6 + 5 = 11 / 20 = 55 %: gap -15;
    * B1 draft 10 + 10 = 100 %: not counted (no self score, no gap).

    Mean self score (A1, A2) 75, mean gap -5, mean absolute gap 10.
    """

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.framework = cls.env["edu.indicator.framework"].create(
            {"name": "Self-assessment framework", "function": "school"}
        )
        cls.leaf_1, cls.leaf_2 = cls.env["edu.indicator"].create(
            [
                {"framework_id": cls.framework.id, "name": "Courses", "code": "1", "max_score": 10},
                {"framework_id": cls.framework.id, "name": "Drills", "code": "2", "max_score": 10},
            ]
        )
        (cls.inspection | cls.inspection_b).framework_id = cls.framework
        cls._set_scores({cls.target_a1: 90.0, cls.target_a2: 70.0, cls.target_b1: 60.0})
        cls.self_a1 = cls._self_assessment(cls.target_a1, 10, 9, "submitted")
        cls.self_a2 = cls._self_assessment(cls.target_a2, 6, 5, "accepted")
        cls.self_b1 = cls._self_assessment(cls.target_b1, 10, 10, "draft")
        cls.user_portal = cls._portal_user("t_portal_gap", cls.unit_a1)

    @classmethod
    def _self_assessment(cls, target, score_1, score_2, state):
        """The unit's self-assessment, filled in and brought to ``state`` through its
        transitions (as the superuser: the inspection is no longer open to units)."""
        assessment = cls.env["edu.self.assessment"].create({"target_id": target.id})
        scores = {cls.leaf_1: score_1, cls.leaf_2: score_2}
        for line in assessment.line_ids:
            line.self_score = scores[line.indicator_id]
        if state in ("submitted", "accepted"):
            assessment.action_submit()
        if state == "accepted":
            assessment.action_accept()
        return assessment

    @classmethod
    def _portal_user(cls, login, unit):
        contact = cls.env["res.partner"].create(
            {"name": login, "parent_id": unit.id, "edu_unit_partner_id": unit.id}
        )
        return (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "login": login,
                    "partner_id": contact.id,
                    "groups_id": [Command.set([cls.env.ref("base.group_portal").id])],
                }
            )
        )

    def _rows(self, user=None):
        Score = self.env["edu.dashboard.score"]
        rows = (Score.with_user(user) if user else Score).search(
            [("inspection_id", "in", (self.inspection | self.inspection_b).ids)]
        )
        return {row.target_id: row for row in rows}

    def _gaps(self, user, groupby=()):
        domain = [
            *self._year_domain(),
            ("inspection_id", "in", (self.inspection | self.inspection_b).ids),
        ]
        return self._sum("edu.dashboard.score", domain, GAP_MEASURES, user, groupby)

    def test_self_score_and_gap_per_unit(self):
        rows = self._rows()
        self.assertEqual(set(rows), set(self.target_a1 | self.target_a2 | self.target_b1))
        a1, a2, b1 = rows[self.target_a1], rows[self.target_a2], rows[self.target_b1]
        self.assertAlmostEqual(a1.self_score, 95.0)
        self.assertAlmostEqual(a1.self_gap, 5.0)
        self.assertAlmostEqual(a1.self_gap_abs, 5.0)
        self.assertTrue(a1.has_self_assessment)
        self.assertAlmostEqual(a2.self_score, 55.0)
        self.assertAlmostEqual(a2.self_gap, -15.0)
        self.assertAlmostEqual(a2.self_gap_abs, 15.0)
        # a draft is the unit's work in progress, not its statement
        self.assertFalse(b1.has_self_assessment)
        self.assertFalse(b1.self_score)
        self.assertFalse(b1.self_gap)
        # the ranking itself is the team's
        self.assertEqual((a1.city_rank, a2.city_rank, b1.city_rank), (1, 2, 3))

    def test_the_portal_computes_the_same_gap(self):
        rows = self._rows()
        for assessment in self.self_a1 | self.self_a2:
            self.assertAlmostEqual(
                rows[assessment.target_id].self_gap, assessment.gap_percent, places=6
            )

    def test_counted_states(self):
        self.self_b1.action_submit()
        self.self_a1.review_comment = "The drills are not documented."
        self.self_a1.action_return()
        rows = self._rows()
        self.assertAlmostEqual(rows[self.target_b1].self_score, 100.0)
        self.assertAlmostEqual(rows[self.target_b1].self_gap, 40.0)
        # returned for correction: no longer set against the team's score
        self.assertFalse(rows[self.target_a1].has_self_assessment)
        self.assertFalse(rows[self.target_a1].self_score)
        self.assertTrue(rows[self.target_a2].has_self_assessment)

    def test_figures_of_a_viewer(self):
        [(score, self_score, gap, abs_gap)] = self._gaps(self.user_viewer)
        self.assertAlmostEqual(score, 220 / 3)  # the team's mean over all three
        self.assertAlmostEqual(self_score, 75.0)
        self.assertAlmostEqual(gap, -5.0)
        self.assertAlmostEqual(abs_gap, 10.0)

    def test_district_office_sees_its_district_only(self):
        rows = self._rows(self.user_district_office)
        self.assertEqual(set(rows), set(self.target_a1 | self.target_a2))
        per_region = {
            region: values for region, *values in self._gaps(self.user_office, ["region_id"])
        }
        self.assertEqual(set(per_region), set(self.region_a | self.region_b))
        [(score, self_score, gap, abs_gap)] = self._gaps(self.user_district_office)
        self.assertAlmostEqual(score, 80.0)
        self.assertAlmostEqual(self_score, 75.0)
        self.assertAlmostEqual(gap, -5.0)
        self.assertAlmostEqual(abs_gap, 10.0)
        # B1 submits: the city office sees it, district A's office does not
        self.self_b1.action_submit()
        [(_score, self_score, _gap, _abs)] = self._gaps(self.user_office)
        self.assertAlmostEqual(self_score, (95 + 55 + 100) / 3)
        [(_score, self_score, _gap, _abs)] = self._gaps(self.user_district_office)
        self.assertAlmostEqual(self_score, 75.0)

    def test_portal_user_cannot_read_the_ranking(self):
        Score = self.env["edu.dashboard.score"].with_user(self.user_portal)
        self.assertFalse(Score.has_access("read"))
        with self.assertRaises(AccessError):
            Score.search([])
        with self.assertRaises(AccessError):
            self._rows()[self.target_a1].with_user(self.user_portal).read(["self_score"])

    def test_dashboard_lists_the_biggest_gaps(self):
        """The evaluation dashboard's table of gaps, as the spreadsheet reads it."""
        dashboard = self.env.ref("edu_supervision_dashboard.spreadsheet_dashboard_edu_evaluation")
        pivots = json.loads(dashboard.spreadsheet_data)["pivots"].values()
        [pivot] = [p for p in pivots if ["has_self_assessment", "=", True] in p["domain"]]
        self.assertEqual(pivot["model"], "edu.dashboard.score")
        self.assertEqual(pivot["sortedColumn"]["measure"], "self_gap_abs")
        groupby = [row["fieldName"] for row in pivot["rows"]]
        measures = [f"{m['fieldName']}:avg" for m in pivot["measures"]]
        rows = (
            self.env["edu.dashboard.score"]
            .with_user(self.user_viewer)
            ._read_group(
                [*pivot["domain"], ("inspection_id", "in", self.inspection.ids)],
                groupby,
                measures,
                order="self_gap_abs:avg desc",
            )
        )
        self.assertEqual(groupby, ["partner_id"])
        self.assertEqual(
            [(partner, gap) for partner, _s, _t, gap, _a in rows],
            [(self.unit_a2, -15.0), (self.unit_a1, 5.0)],
        )
