from datetime import timedelta

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common import PNG, EduPortalCase


@tagged("post_install", "-at_install")
class TestSelfAssessment(EduPortalCase):
    """自评: per indicator a self-score within its range, a comment and evidence; submitted
    once, returned with comments or accepted (then final); the gap to the team's scores."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.target_a1 = cls.inspection.target_ids.filtered(lambda t: t.school_id == cls.school_a1)

    def _start(self, user=None):
        return (
            self.env["edu.self.assessment"]
            .with_user(user or self.user_portal_a1)
            .create({"target_id": self.target_a1.id})
        )

    def _fill(self, assessment, scores=(8, 9, 4)):
        for line, score in zip(assessment.line_ids, scores, strict=True):
            line.write({"self_score": score, "comment": f"Score {score}"})

    def test_lines_follow_the_framework(self):
        assessment = self._start()
        self.assertEqual(assessment.line_ids.indicator_id, self.leaf_1 | self.leaf_2 | self.leaf_3)
        self.assertEqual(assessment.partner_id, self.unit_a1)
        self.assertEqual(assessment.region_id, self.region_a)
        self.assertEqual(assessment.state, "draft")
        with self.assertRaises(AccessError):
            assessment.line_ids.create(
                {"assessment_id": assessment.id, "indicator_id": self.leaf_1.id}
            )

    def test_only_for_open_announced_comprehensive_inspections(self):
        for vals in ({"kind": "special"}, {"method": "unannounced"}, {"state": "reporting"}):
            inspection = self._inspection(self.school_a1, vals.pop("state", "scheduled"), **vals)
            with self.assertRaises(UserError, msg=str(vals)):
                self.env["edu.self.assessment"].with_user(self.user_portal_a1).create(
                    {"target_id": inspection.target_ids.id}
                )
        # another unit's target: not readable
        target_a2 = self.inspection.target_ids.filtered(lambda t: t.school_id == self.school_a2)
        with self.assertRaises(AccessError):
            self._start().create({"target_id": target_a2.id})

    def test_score_range(self):
        assessment = self._start()
        line = assessment.line_ids.filtered(lambda line: line.indicator_id == self.leaf_3)
        with self.assertRaises(ValidationError):
            line.write({"self_score": 6})
        with self.assertRaises(ValidationError):
            line.write({"self_score": -1})
        line.write({"self_score": 0})
        self.assertTrue(line.is_scored, "zero is a score")

    def test_submit_once_return_accept(self):
        assessment = self._start()
        with self.assertRaises(UserError):
            assessment.action_submit()  # not every indicator scored
        self._fill(assessment)
        assessment.action_submit()
        self.assertEqual(assessment.state, "submitted")
        self.assertEqual(assessment.submitted_by_id, self.user_portal_a1)
        self.assertAlmostEqual(assessment.self_percent, 21 / 25 * 100)
        # submitted: final for the unit and for the office's edits
        with self.assertRaises(UserError):
            assessment.line_ids[0].write({"self_score": 1})
        with self.assertRaises(UserError):
            assessment.line_ids[0].with_user(self.user_office).write({"self_score": 1})
        with self.assertRaises(UserError):
            assessment.action_submit()
        # the office returns it with comments
        office = assessment.with_user(self.user_district_office)
        with self.assertRaises(UserError):
            office.action_return()
        office.review_comment = "Add the drill records."
        office.action_return()
        self.assertEqual(assessment.state, "returned")
        assessment.line_ids[2].write({"self_score": 3})
        assessment.action_submit()
        office.action_accept()
        self.assertEqual(assessment.state, "accepted")
        self.assertEqual(assessment.reviewer_id, self.user_district_office)
        # accepted: final for everyone
        for user in (self.user_district_office, self.user_manager):
            with self.assertRaises(UserError):
                assessment.with_user(user).write({"note": "Changed"})
            with self.assertRaises(UserError):
                assessment.line_ids[0].with_user(user).write({"comment": "Changed"})

    def test_transitions_authority(self):
        assessment = self._start()
        self._fill(assessment)
        with self.assertRaises(AccessError):
            assessment.with_user(self.user_portal_a2).action_submit()
        with self.assertRaises(AccessError):
            assessment.with_user(self.user_inspector).action_submit()
        assessment.action_submit()
        for user in (self.user_portal_a1, self.user_inspector, self.user_viewer):
            with self.assertRaises(AccessError):
                assessment.with_user(user).action_accept()
        with self.assertRaises(AccessError):
            self.env["edu.self.assessment"].browse(assessment.id).with_user(
                self.user_portal_a1
            ).write({"state": "accepted"})

    def test_portal_writes_its_fields_only(self):
        assessment = self._start()
        with self.assertRaises(AccessError):
            assessment.write({"review_comment": "Self-approved"})
        with self.assertRaises(AccessError):
            assessment.line_ids[0].write({"is_scored": True})

    def test_evidence(self):
        assessment = self._start()
        line = assessment.line_ids[0]
        attachment = line._edu_portal_attach("attachment_ids", "drill.png", PNG)
        self.assertEqual(attachment.res_model, "edu.self.assessment.line")
        self.assertEqual(line._edu_portal_attachments("attachment_ids"), attachment)
        self.assertEqual(line.evidence_count, 1)
        with self.assertRaises(UserError):
            line._edu_portal_attach("attachment_ids", "drill.exe", b"MZ\x90\x00")
        # another unit's portal user cannot add files
        with self.assertRaises(AccessError):
            line.with_user(self.user_portal_a2)._edu_portal_attach("attachment_ids", "x.png", PNG)
        self._fill(assessment)
        assessment.action_submit()
        assessment.with_user(self.user_office).action_accept()
        with self.assertRaises(UserError):
            attachment.with_user(self.user_office).unlink()
        with self.assertRaises(UserError):
            line._edu_portal_detach("attachment_ids", attachment.id)

    def test_gap_to_the_team(self):
        """The office sees the self-scores beside the team's: the gap per indicator."""
        assessment = self._start()
        self._fill(assessment, (8, 9, 4))
        self.assertFalse(any(assessment.line_ids.mapped("team_scored")))
        self.inspection.with_user(self.user_office).action_start()
        scores = self.target_a1.score_ids
        self.assertEqual(len(scores), 3)
        for score, value in zip(
            scores.sorted(lambda s: s.indicator_id.code), (6, 9, 5), strict=True
        ):
            score.score = value
        lines = assessment.line_ids.sorted(lambda line: line.indicator_id.code)
        self.assertEqual(lines.mapped("team_score"), [6, 9, 5])
        self.assertEqual(lines.mapped("gap"), [2, 0, -1])
        self.assertAlmostEqual(assessment.gap_percent, (21 - 20) / 25 * 100)
        groups = self.env["edu.self.assessment.line"]._read_group(
            [("assessment_id", "=", assessment.id)], ["indicator_id"], ["gap:avg"]
        )
        self.assertEqual({indicator: gap for indicator, gap in groups}[self.leaf_1], 2)
        # the team's scores are not the unit's to read
        with self.assertRaises(AccessError):
            lines.with_user(self.user_portal_a1).read(["team_score"])

    def test_office_view_beside_team_scores(self):
        assessment = self._start()
        self.assertEqual(
            self.inspection.with_user(self.user_office).action_view_self_assessments()["domain"],
            [("inspection_id", "=", self.inspection.id)],
        )
        self.assertEqual(self.inspection.self_assessment_count, 1)
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_portal_a1).action_view_self_assessments()
        self.assertTrue(assessment)

    def test_inspection_dates_do_not_matter_but_state_does(self):
        self.inspection.write(
            {"date_start": self.today - timedelta(days=1), "state": "in_progress"}
        )
        self.assertTrue(self._start())
