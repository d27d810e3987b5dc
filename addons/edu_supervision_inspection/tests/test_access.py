from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestAccess(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.problem = cls._create_problem(cls.target_a1)
        cls.inspection_b = cls.env["edu.inspection"].create(
            {
                "name": "Inspection in B",
                "function": "school",
                "kind": "special",
                "region_id": cls.region_b.id,
                "leader_id": cls.employee_insp2.id,
                "target_ids": [(0, 0, {"school_id": cls.school_b1.id})],
            }
        )
        cls.problem_b = cls._create_problem(cls.inspection_b.target_ids)

    def _visible(self, user, model, records):
        return self.env[model].with_user(user).search([("id", "in", records.ids)])

    def test_inspector_sees_only_his_team(self):
        inspections = self.inspection | self.inspection_b
        self.assertEqual(
            self._visible(self.user_inspector, "edu.inspection", inspections), self.inspection
        )
        self.assertEqual(
            self._visible(self.user_inspector2, "edu.inspection", inspections), self.inspection_b
        )
        with self.assertRaises(AccessError):
            self.inspection_b.with_user(self.user_inspector).read(["name"])
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector2).target_ids.read(["total_score"])
        problems = self.problem | self.problem_b
        self.assertEqual(self._visible(self.user_inspector, "edu.problem", problems), self.problem)
        with self.assertRaises(AccessError):
            self.problem_b.with_user(self.user_inspector).write({"description": "x"})

    def test_team_change_applies_at_once(self):
        """The rules name the inspections of a user's teams by id: a member added to
        or removed from the team gains or loses the inspection and its problems at
        once (the rules, cached per user, are evaluated again)."""
        self.assertFalse(self._visible(self.user_inspector, "edu.problem", self.problem_b))
        self.inspection_b.member_ids = [(4, self.employee_insp.id)]
        self.assertEqual(
            self._visible(self.user_inspector, "edu.inspection", self.inspection_b),
            self.inspection_b,
        )
        self.assertEqual(
            self._visible(self.user_inspector, "edu.problem", self.problem_b), self.problem_b
        )
        self.inspection_b.member_ids = [(3, self.employee_insp.id)]
        self.assertFalse(self._visible(self.user_inspector, "edu.inspection", self.inspection_b))
        self.assertFalse(self._visible(self.user_inspector, "edu.problem", self.problem_b))

    def test_inspector_edits_until_approved(self):
        self.inspection.with_user(self.user_inspector).write({"description": "<p>Scope</p>"})
        self.target_a1.with_user(self.user_inspector).write({"strengths": "Good"})
        problem = (
            self.env["edu.problem"]
            .with_user(self.user_inspector)
            .create(
                {
                    "name": "Found by inspector",
                    "target_id": self.target_a1.id,
                    "inspection_id": self.inspection.id,
                }
            )
        )
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)
        with self.assertRaises(AccessError):
            self.env["edu.inspection"].with_user(self.user_inspector).create({"name": "Mine"})
        self.inspection.write({"state": "approved"})
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector).write({"description": "<p>Late</p>"})
        with self.assertRaises(AccessError):
            self.target_a1.with_user(self.user_inspector).write({"strengths": "Changed"})
        # Still readable by the team.
        self.inspection.with_user(self.user_inspector).read(["name"])

    def test_office_limited_to_region(self):
        inspections = self.inspection | self.inspection_b
        self.assertEqual(
            self._visible(self.user_office, "edu.inspection", inspections), inspections
        )
        self.assertEqual(
            self._visible(self.user_district_office, "edu.inspection", inspections), self.inspection
        )
        with self.assertRaises(AccessError):
            self.inspection_b.with_user(self.user_district_office).write({"name": "x"})
        with self.assertRaises(AccessError):
            self.env["edu.inspection"].with_user(self.user_district_office).create(
                {"name": "Other district", "region_id": self.region_b.id}
            )
        self.assertEqual(
            self._visible(self.user_district_office, "edu.problem", self.problem | self.problem_b),
            self.problem,
        )

    def test_viewer_reads_published_only(self):
        inspections = self.inspection | self.inspection_b
        self.assertFalse(self._visible(self.user_viewer, "edu.inspection", inspections))
        self.assertFalse(self._visible(self.user_viewer, "edu.problem", self.problem))
        self.inspection.write({"state": "published"})
        self.assertEqual(
            self._visible(self.user_viewer, "edu.inspection", inspections), self.inspection
        )
        self.assertEqual(self._visible(self.user_viewer, "edu.problem", self.problem), self.problem)
        self.assertEqual(
            self._visible(self.user_viewer, "edu.inspection.target", self.inspection.target_ids),
            self.inspection.target_ids,
        )
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_viewer).write({"name": "x"})
        with self.assertRaises(AccessError):
            self.problem.with_user(self.user_viewer).write({"name": "x"})

    def test_published_rule_reads_the_problems_column(self):
        """The rules on the problems of published inspections read the inspection's
        state stored on the problem, which follows the inspection: no sub-query of the
        inspections, which PostgreSQL cannot estimate inside the rules' OR."""
        for user in (self.user_viewer, self.user_inspector):
            query = self.env["edu.problem"].with_user(user)._search([])
            sql = query.select().code
            self.assertIn("inspection_state", sql)
            self.assertNotIn('"edu_inspection"', sql)
        self.assertEqual(self.problem.inspection_state, "draft")
        self.inspection.write({"state": "published"})
        self.assertEqual(self.problem.inspection_state, "published")
        self.assertEqual(self._visible(self.user_viewer, "edu.problem", self.problem), self.problem)
        self.assertFalse(self._visible(self.user_viewer, "edu.problem", self.problem_b))

    def test_viewer_limited_to_region(self):
        self.inspection.write({"state": "published"})
        viewer_b = self._create_user(
            "t_viewer_b", ["edu_supervision.group_edu_viewer"], edu_region_id=self.region_b.id
        )
        self.assertFalse(self._visible(viewer_b, "edu.inspection", self.inspection))
        self.assertFalse(self._visible(viewer_b, "edu.problem", self.problem))
        self.assertEqual(
            self._visible(self.user_viewer, "edu.inspection", self.inspection), self.inspection
        )

    def test_manager_sees_all(self):
        inspections = self.inspection | self.inspection_b
        self.assertEqual(
            self._visible(self.user_manager, "edu.inspection", inspections), inspections
        )

    def test_draw_access(self):
        draw = (
            self.env["edu.random.draw"]
            .with_user(self.user_office)
            .create(
                {
                    "draw_inspectors": False,
                    "target_count": 1,
                    "recent_months": 0,
                    "target_region_ids": [(6, 0, self.region_b.ids)],
                }
            )
        )
        draw.action_draw()
        with self.assertRaises(AccessError):
            self.env["edu.random.draw"].with_user(self.user_inspector).create({"target_count": 1})
        self.assertFalse(self._visible(self.user_viewer, "edu.random.draw", draw))
        draw.action_confirm()
        self.assertEqual(self._visible(self.user_viewer, "edu.random.draw", draw), draw)
        draw_b = self.env["edu.random.draw"].create(
            {"inspection_id": self.inspection_b.id, "draw_targets": False, "inspector_count": 1}
        )
        self.assertEqual(draw_b.region_id, self.region_b)
        self.assertFalse(self._visible(self.user_district_office, "edu.random.draw", draw_b))
        draw_a = (
            self.env["edu.random.draw"]
            .with_user(self.user_district_office)
            .create({"draw_inspectors": False, "target_count": 1})
        )
        self.assertEqual(draw_a.region_id, self.region_a)

    def test_configuration_access(self):
        with self.assertRaises(AccessError):
            self.env["edu.indicator.framework"].with_user(self.user_inspector).create(
                {"name": "Mine", "year": 2026}
            )
        with self.assertRaises(AccessError):
            self.env["edu.funding.record"].with_user(self.user_viewer).create(
                {"region_id": self.region_a.id, "year": 2026}
            )
