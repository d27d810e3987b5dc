from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestScoring(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Indicator = cls.env["edu.indicator"]
        cls.framework = cls.env["edu.indicator.framework"].create(
            {"name": "Scoring framework", "function": "school", "year": 2026}
        )
        cls.dim_moral = Indicator.create(
            {"framework_id": cls.framework.id, "name": "Moral", "level": "dimension", "weight": 1.0}
        )
        cls.dim_teaching = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "name": "Teaching",
                "level": "dimension",
                "weight": 2.0,
            }
        )
        cls.moral_1 = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "parent_id": cls.dim_moral.id,
                "name": "M1",
                "max_score": 10,
            }
        )
        cls.teaching_1 = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "parent_id": cls.dim_teaching.id,
                "name": "T1",
                "max_score": 20,
                "weight": 0.5,
            }
        )
        cls.safety_veto = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "parent_id": cls.dim_moral.id,
                "name": "No accident",
                "max_score": 10,
                "is_veto": True,
            }
        )
        cls.inspection.framework_id = cls.framework
        cls.target_a1._edu_generate_score_lines()

    def _line(self, indicator):
        return self.target_a1.score_ids.filtered(lambda line: line.indicator_id == indicator)

    def test_effective_weights(self):
        self.assertEqual(self.teaching_1.effective_weight, 1.0)  # 2.0 * 0.5
        self.assertEqual(self.moral_1.effective_weight, 1.0)
        self.dim_teaching.weight = 3.0
        self.assertEqual(self.teaching_1.effective_weight, 1.5)
        # max = 10*1 + 20*1.5 + 10*1
        self.assertAlmostEqual(self.framework.total_max_score, 50.0)

    def test_weighted_total_and_grade(self):
        self.assertEqual(len(self.target_a1.score_ids), 3)
        self._line(self.moral_1).score = 9
        self._line(self.teaching_1).score = 18
        self._line(self.safety_veto).score = 10
        # total = 9*1 + 18*1 + 10*1 = 37 of 40
        self.assertAlmostEqual(self.target_a1.total_score, 37.0)
        self.assertAlmostEqual(self.target_a1.max_total_score, 40.0)
        self.assertAlmostEqual(self.target_a1.score_percent, 92.5)
        self.assertEqual(self.target_a1.grade_band_id.code, "A")
        self._line(self.teaching_1).score = 10
        # 29 / 40 = 72.5 % -> default band "Pass" (60)
        self.assertAlmostEqual(self.target_a1.score_percent, 72.5)
        self.assertEqual(self.target_a1.grade_band_id.code, "C")

    def test_unscored_target_has_no_grade(self):
        """A generated scoring sheet is not a score: no total, no grade until scored."""
        self.assertEqual(len(self.target_a1.score_ids), 3)
        self.assertFalse(self.target_a1.is_scored)
        self.assertFalse(self.target_a1.grade_band_id)
        self.assertFalse(self.target_a1.grade)
        self._line(self.teaching_1).score = 4
        self.assertTrue(self.target_a1.is_scored)
        # 4 / 40 = 10 %: now a real (failing) grade
        self.assertEqual(self.target_a1.grade_band_id.code, "D")
        self._line(self.teaching_1).score = 0
        self.assertFalse(self.target_a1.is_scored)
        self.assertFalse(self.target_a1.grade_band_id)
        self._line(self.safety_veto).veto_triggered = True
        self.assertTrue(self.target_a1.is_scored, "a triggered veto is a result")
        self.assertEqual(self.target_a1.grade_band_id.code, "D")

    def test_unscored_target_prints_no_grade(self):
        self.env["res.lang"]._activate_lang("zh_CN")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "edu_supervision_inspection.report_edu_inspection", self.inspection.ids
            )[0]
            .decode()
        )
        fail_band = self.env.ref("edu_supervision_inspection.grade_band_fail")
        self.assertNotIn(fail_band.with_context(lang="zh_CN").name, html)
        self.assertNotIn(">0.00<", html)

    def test_only_team_members_score(self):
        """The team scores until approval; others get a clear message, not the generic one."""
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        line = self._line(self.moral_1)
        self.inspection.state = "in_progress"
        line.with_user(self.user_inspector).score = 8
        self.assertEqual(line.score, 8)
        self.target_a1.with_user(self.user_inspector).strengths = "Good"
        # published: readable by every inspector (viewer rule), writable by none
        self.inspection.state = "published"
        outsider = line.with_user(self.user_inspector2).with_context(lang="zh_CN")
        self.assertEqual(outsider.score, 8, "the outsider can read the published scores")
        with self.assertRaises(AccessError) as error:
            outsider.score = 9
        self.assertEqual(str(error.exception), "只有督导组成员可以对被督导单位评分和评价。")
        with self.assertRaises(AccessError) as error:
            self.target_a1.with_user(self.user_inspector2).with_context(lang="zh_CN").write(
                {"score_ids": [(1, line.id, {"score": 9})]}
            )
        self.assertEqual(str(error.exception), "只有督导组成员可以对被督导单位评分和评价。")
        with self.assertRaises(AccessError) as error:
            line.with_user(self.user_inspector).with_context(lang="zh_CN").score = 9
        self.assertIn("报告已审批", str(error.exception))
        # approved results are final for the office too
        with self.assertRaises(UserError):
            line.with_user(self.user_office).score = 9
        self.assertEqual(line.score, 8)

    def test_scored_indicator_not_deleted(self):
        spare = self.env["edu.indicator"].create(
            {"framework_id": self.framework.id, "parent_id": self.dim_moral.id, "name": "Spare"}
        )
        spare.with_user(self.user_manager).unlink()
        with self.assertRaisesRegex(UserError, "has been scored"):
            self.dim_moral.with_user(self.user_manager).unlink()
        with self.assertRaisesRegex(UserError, "has been used to score"):
            self.framework.with_user(self.user_manager).unlink()
        self.assertTrue(self.moral_1.exists())

    def test_score_cannot_exceed_maximum(self):
        with self.assertRaises(ValidationError):
            self._line(self.moral_1).score = 11
        with self.assertRaises(ValidationError):
            self._line(self.moral_1).score = -1

    def test_veto_forces_veto_grade(self):
        for line in self.target_a1.score_ids:
            line.score = line.max_score
        self.assertEqual(self.target_a1.grade_band_id.code, "A")
        with self.assertRaises(ValidationError):
            self._line(self.moral_1).veto_triggered = True
        self._line(self.safety_veto).veto_triggered = True
        self.assertTrue(self.target_a1.veto_triggered)
        self.assertEqual(self.target_a1.grade_band_id.code, "D")
        self.assertAlmostEqual(self.target_a1.score_percent, 100.0)

    def test_framework_bands_override_defaults(self):
        self.env["edu.grade.band"].create(
            [
                {
                    "framework_id": self.framework.id,
                    "name": "Qualified",
                    "code": "Q",
                    "min_percent": 50,
                },
                {
                    "framework_id": self.framework.id,
                    "name": "Unqualified",
                    "code": "U",
                    "min_percent": 0,
                    "is_veto_grade": True,
                },
            ]
        )
        self._line(self.moral_1).score = 5
        self._line(self.teaching_1).score = 10
        self._line(self.safety_veto).score = 5
        # 20 / 40 = 50 %
        self.assertEqual(self.target_a1.grade_band_id.code, "Q")
        self._line(self.safety_veto).score = 4
        self.assertEqual(self.target_a1.grade_band_id.code, "U")

    def test_only_checkpoints_of_the_framework(self):
        with self.assertRaises(ValidationError):
            self.env["edu.inspection.score"].create(
                {"target_id": self.target_a2.id, "indicator_id": self.dim_moral.id}
            )
        other = self.env["edu.indicator.framework"].create(
            {"name": "Other", "function": "school", "year": 2026}
        )
        foreign = self.env["edu.indicator"].create({"framework_id": other.id, "name": "X"})
        with self.assertRaises(ValidationError):
            self.env["edu.inspection.score"].create(
                {"target_id": self.target_a2.id, "indicator_id": foreign.id}
            )

    def test_generate_is_idempotent(self):
        self.target_a1._edu_generate_score_lines()
        self.assertEqual(len(self.target_a1.score_ids), 3)

    def test_copy_framework_to_next_year(self):
        self.env["edu.grade.band"].create(
            {"framework_id": self.framework.id, "name": "Top", "code": "T", "min_percent": 95}
        )
        self.framework.action_copy_to_year()
        copy = self.env["edu.indicator.framework"].search(
            [("name", "=", "Scoring framework"), ("year", "=", 2027)]
        )
        self.assertEqual(len(copy), 1)
        self.assertEqual(copy.source_framework_id, self.framework)
        self.assertEqual(len(copy.indicator_ids), 5)
        self.assertFalse(copy.indicator_ids & self.framework.indicator_ids)
        self.assertTrue(
            all(i.parent_id.framework_id == copy for i in copy.indicator_ids if i.parent_id)
        )
        t1 = copy.indicator_ids.filtered(lambda i: i.name == "T1")
        self.assertEqual(t1.parent_id.name, "Teaching")
        self.assertEqual(t1.effective_weight, 1.0)
        self.assertEqual(copy.grade_band_ids.code, "T")
        self.assertAlmostEqual(copy.total_max_score, self.framework.total_max_score)
        with self.assertRaises(UserError):
            self.framework.action_copy_to_year()
