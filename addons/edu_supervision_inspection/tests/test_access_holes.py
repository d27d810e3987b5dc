"""The holes of issue 12 in this addon, one test each (they failed before the fix)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestAccessHoles(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Indicator = cls.env["edu.indicator"]
        cls.framework = cls.env["edu.indicator.framework"].create(
            {"name": "Holes framework", "function": "school", "year": 2026}
        )
        cls.dim_1 = Indicator.create(
            {"framework_id": cls.framework.id, "name": "D1", "level": "dimension"}
        )
        cls.dim_2 = Indicator.create(
            {"framework_id": cls.framework.id, "name": "D2", "level": "dimension"}
        )
        cls.leaf_1 = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "parent_id": cls.dim_1.id,
                "name": "L1",
                "max_score": 50,
            }
        )
        cls.leaf_2 = Indicator.create(
            {
                "framework_id": cls.framework.id,
                "parent_id": cls.dim_2.id,
                "name": "L2",
                "max_score": 50,
            }
        )
        cls.inspection.framework_id = cls.framework
        cls.problem = cls._create_problem(cls.target_a1)

    def _visible(self, user, records):
        return records.with_user(user).search([("id", "in", records.ids)])

    def _score(self, inspection, first, second):
        """Put ``inspection`` on site, score its first unit and end the on-site phase."""
        inspection.write({"state": "in_progress"})
        target = inspection.target_ids[0]
        target._edu_generate_score_lines()
        lines = {line.indicator_id: line for line in target.score_ids}
        lines[self.leaf_1].score = first
        lines[self.leaf_2].score = second
        inspection.write({"state": "reporting"})
        return target

    def _approve(self, inspection):
        inspection.with_user(self.user_manager).action_approve()

    # ------------------------------------------------------------------
    # Confidential findings
    # ------------------------------------------------------------------
    def test_problem_of_unpublished_inspection_hidden_from_viewers(self):
        self.assertFalse(self._visible(self.user_viewer, self.problem))
        self.inspection.write({"state": "published"})
        self.assertEqual(self._visible(self.user_viewer, self.problem), self.problem)

    def test_problem_of_unpublished_inspection_confidential(self):
        """Kept from the responsible inspector of the school until the report is published."""
        Problem = self.env["edu.problem"]
        other = Problem.create({"name": "Found elsewhere", "school_id": self.school_a1.id})
        problems = self.problem | other
        for state, confidential in (("reporting", True), ("approved", True), ("published", False)):
            self.inspection.write({"state": state})
            self.assertEqual(self.problem.is_confidential, confidential, state)
            self.assertFalse(other.is_confidential)
            found = Problem.search([("id", "in", problems.ids), ("is_confidential", "=", True)])
            self.assertEqual(found, self.problem if confidential else Problem, state)
            found = Problem.search([("id", "in", problems.ids), ("is_confidential", "!=", True)])
            self.assertEqual(found, other if confidential else problems, state)

    # ------------------------------------------------------------------
    # Published results
    # ------------------------------------------------------------------
    def test_team_inspector_cannot_add_or_edit_problems_after_approval(self):
        Problem = self.env["edu.problem"].with_user(self.user_inspector)
        vals = {"name": "Late finding", "target_id": self.target_a1.id}
        Problem.create(dict(vals))  # while the inspection is under way
        for state in ("approved", "published"):
            self.inspection.write({"state": state})
            with self.assertRaises(AccessError):
                Problem.create(dict(vals))
            with self.assertRaisesRegex(UserError, "problem list is final"):
                self.problem.with_user(self.user_inspector).write({"description": "Rewritten"})
            with self.assertRaisesRegex(UserError, "problem list is final"):
                self.problem.with_user(self.user_office).write({"severity": "critical"})
            with self.assertRaisesRegex(UserError, "problem list is final"):
                self.env["edu.problem"].with_user(self.user_office).create(dict(vals))
            with self.assertRaisesRegex(UserError, "problem list is final"):
                self.problem.with_user(self.user_manager).unlink()
        # the follow-up goes on: a new deadline, the responsible inspector
        self.problem.with_user(self.user_office).write(
            {"deadline": date(2026, 12, 31), "responsible_employee_id": self.employee_insp2.id}
        )
        self.assertEqual(self.problem.deadline, date(2026, 12, 31))

    def test_scores_and_units_final_after_approval(self):
        target = self._score(self.inspection, 40, 42.5)
        line = target.score_ids[:1]
        line.with_user(self.user_inspector).score = 30
        self._approve(self.inspection)
        for user in (self.user_inspector, self.user_office, self.user_manager):
            with self.assertRaises(UserError):  # AccessError included
                line.with_user(user).score = 10
            with self.assertRaises(UserError):  # AccessError included
                target.with_user(user).write({"strengths": "Rewritten"})
        with self.assertRaisesRegex(UserError, "final"):
            self.inspection.with_user(self.user_office).write(
                {"target_ids": [(0, 0, {"school_id": self.school_b1.id})]}
            )
        with self.assertRaisesRegex(UserError, "can no longer be changed"):
            self.inspection.with_user(self.user_office).write({"report_summary": "<p>New</p>"})
        # the feedback to the unit is still recorded
        target.with_user(self.user_office).action_send_feedback()
        self.assertTrue(target.feedback_date)

    def test_office_cannot_change_indicator_frameworks(self):
        vals = {"name": "Office framework", "function": "school", "year": 2027}
        with self.assertRaises(AccessError):
            self.env["edu.indicator.framework"].with_user(self.user_office).create(vals)
        with self.assertRaises(AccessError):
            self.leaf_1.with_user(self.user_office).weight = 2
        with self.assertRaises(AccessError):
            self.env["edu.grade.band"].with_user(self.user_office).create(
                {"framework_id": self.framework.id, "name": "X", "code": "X", "min_percent": 1}
            )
        with self.assertRaises(AccessError):
            self.framework.with_user(self.user_office).action_copy_to_year()
        framework = self.env["edu.indicator.framework"].with_user(self.user_manager).create(vals)
        self.env["edu.indicator"].with_user(self.user_manager).create(
            {"framework_id": framework.id, "name": "Manager's indicator"}
        )

    def test_published_totals_and_grades_frozen_when_a_weight_changes(self):
        target = self._score(self.inspection, 40, 42.5)
        self._approve(self.inspection)
        self.inspection.public_summary = "Summary"
        self.inspection.with_user(self.user_manager).action_publish()
        self.assertAlmostEqual(target.total_score, 82.5)
        grade = target.grade_band_id
        percent = target.score_percent
        # an inspection of the same framework still reporting
        other = self.env["edu.inspection"].create(
            {
                "name": "Still reporting",
                "region_id": self.region_a.id,
                "framework_id": self.framework.id,
                "leader_id": self.employee_insp.id,
                "target_ids": [(0, 0, {"school_id": self.school_b1.id})],
            }
        )
        other_target = self._score(other, 40, 42.5)
        # even a change that bypasses the framework lock does not move published results
        self.dim_1.weight = 1.75
        self.env.flush_all()
        target.invalidate_recordset()
        self.assertAlmostEqual(target.total_score, 82.5)
        self.assertAlmostEqual(target.score_percent, percent)
        self.assertEqual(target.grade_band_id, grade)
        self.assertAlmostEqual(other_target.total_score, 112.5)

    def test_approval_snapshots_the_totals_being_entered(self):
        target = self._score(self.inspection, 40, 42.5)
        line = target.score_ids.filtered(lambda s: s.indicator_id == self.leaf_1)
        line.with_user(self.user_inspector).score = 50
        self._approve(self.inspection)
        self.assertAlmostEqual(target.total_score, 92.5)
        with self.assertRaises(UserError):
            target.with_user(self.user_office).write({"total_score": 100})

    def test_framework_in_use_refuses_changes_and_is_copied_as_new_version(self):
        self._score(self.inspection, 40, 42.5)
        manager = self.user_manager
        # not yet approved: the framework may still change
        self.leaf_1.with_user(manager).max_score = 60
        self._approve(self.inspection)
        for change in (
            lambda: self.dim_1.with_user(manager).write({"weight": 1.75}),
            lambda: self.leaf_1.with_user(manager).write({"max_score": 70}),
            lambda: (
                self.env["edu.indicator"]
                .with_user(manager)
                .create({"framework_id": self.framework.id, "name": "New"})
            ),
            lambda: self.leaf_2.with_user(manager).unlink(),
            lambda: (
                self.env["edu.grade.band"]
                .with_user(manager)
                .create(
                    {"framework_id": self.framework.id, "name": "X", "code": "X", "min_percent": 1}
                )
            ),
        ):
            with self.assertRaisesRegex(UserError, "Copy it as a new version"):
                change()
        # the scorers' guidance may still be completed
        self.leaf_1.with_user(manager).guidance = "Check the records of the last term."
        if self.env["res.lang"]._lang_get("zh_CN"):
            with self.assertRaisesRegex(UserError, "新版本"):
                self.dim_1.with_user(manager).with_context(lang="zh_CN").write({"weight": 2})
        action = self.framework.with_user(manager).action_copy_new_version()
        copy = self.env["edu.indicator.framework"].browse(action["res_id"])
        self.assertEqual(copy.year, self.framework.year)
        self.assertEqual(copy.source_framework_id, self.framework)
        self.assertEqual(len(copy.indicator_ids), 4)
        copy.indicator_ids.filtered(lambda i: i.name == "D1").with_user(manager).weight = 1.75
        self.assertEqual(self.dim_1.weight, 1.0)

    # ------------------------------------------------------------------
    # Buttons are not security
    # ------------------------------------------------------------------
    def test_office_cannot_approve_a_plan(self):
        plan = self.env["edu.inspection.plan"].create(
            {
                "name": "Plan 2026",
                "year": 2026,
                "region_id": self.region_a.id,
                "line_ids": [(0, 0, {"name": "Comprehensive", "kind": "comprehensive"})],
            }
        )
        office_plan = plan.with_user(self.user_office)
        with self.assertRaises(AccessError):
            office_plan.action_approve()
        with self.assertRaises(AccessError):
            office_plan.write({"state": "approved"})
        with self.assertRaises(AccessError):
            self.env["edu.inspection.plan"].with_user(self.user_office).create(
                {"name": "Approved at once", "year": 2026, "state": "approved"}
            )
        self.assertEqual(plan.state, "draft")
        plan.with_user(self.user_manager).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertEqual(plan.approved_by_id, self.user_manager)
        with self.assertRaises(AccessError):
            office_plan.action_reset_draft()
        with self.assertRaises(AccessError):
            office_plan.action_close()
        with self.assertRaisesRegex(UserError, "draft plan"):
            plan.with_user(self.user_manager).unlink()

    def test_inspection_state_changes_only_through_transitions(self):
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_office).write({"state": "published"})
        with self.assertRaises(AccessError):
            self.env["edu.inspection"].with_user(self.user_office).create(
                {"name": "Published at once", "region_id": self.region_a.id, "state": "published"}
            )
        with self.assertRaises(UserError):
            self.target_a1.with_user(self.user_inspector).write({"state": "approved"})
        self.assertEqual(self.inspection.state, "draft")

    def test_draw_and_feedback_transitions_check_the_caller(self):
        draw = self.env["edu.random.draw"].create(
            {
                "region_id": self.region_a.id,
                "target_count": 1,
                "recent_months": 0,
                "draw_inspectors": False,
            }
        )
        for user in (self.user_inspector, self.user_viewer):
            with self.assertRaises(AccessError):
                draw.with_user(user).action_draw()
        with self.assertRaises(AccessError):
            draw.with_user(self.user_office).write({"state": "confirmed"})
        with self.assertRaises(AccessError):
            draw.with_user(self.user_office).write({"seed": "chosen"})
        draw.with_user(self.user_office).action_draw()
        with self.assertRaises(AccessError):
            draw.with_user(self.user_inspector).action_confirm()
        with self.assertRaises(UserError):
            self.env["edu.random.draw.exclusion"].with_user(self.user_office).create(
                {"draw_id": draw.id, "kind": "target", "reason": "recent"}
            )
        draw.with_user(self.user_district_office).action_confirm()
        self.assertEqual(draw.state, "confirmed")
        self.inspection.write({"state": "reporting"})
        with self.assertRaises(AccessError):
            self.target_a1.with_user(self.user_inspector).action_send_feedback()
        self.target_a1.with_user(self.user_district_office).action_send_feedback()
        self.assertTrue(self.target_a1.feedback_date)

    # ------------------------------------------------------------------
    # Draw exclusions
    # ------------------------------------------------------------------
    def test_busy_exclusion_does_not_name_the_other_inspection(self):
        secret = self.env["edu.inspection"].create(
            {
                "name": "Confidential unannounced visit",
                "method": "unannounced",
                "region_id": self.region_b.id,
                "date_start": date(2026, 6, 1),
                "date_end": date(2026, 6, 3),
                "leader_id": self.employee_insp2.id,
            }
        )
        draw = self.env["edu.random.draw"].create(
            {
                "region_id": self.region_a.id,
                "date_start": date(2026, 6, 2),
                "date_end": date(2026, 6, 2),
                "draw_targets": False,
                "inspector_count": 1,
            }
        )
        draw.with_user(self.user_office).action_draw()
        busy = draw.exclusion_ids.filtered(lambda e: e.employee_id == self.employee_insp2)
        self.assertEqual(busy.reason, "busy")
        self.assertFalse(busy.note)
        notes = " ".join(draw.exclusion_ids.mapped(lambda e: e.note or ""))
        self.assertNotIn(secret.name, notes)
        self.assertNotIn(secret.reference, notes)

    # ------------------------------------------------------------------
    # District walls
    # ------------------------------------------------------------------
    def test_region_rules_resolved_at_query_time(self):
        Inspection = self.env["edu.inspection"]
        office_a = self.user_district_office
        self.assertEqual(self._visible(office_a, self.inspection), self.inspection)
        self.assertEqual(self._visible(self.user_office, self.inspection), self.inspection)
        # a district created after the rules were evaluated (and cached)
        new_district = self.env["edu.region"].create(
            {"name": "District C", "code": "T104", "parent_id": self.region_city.id}
        )
        in_new = Inspection.create({"name": "In district C", "region_id": new_district.id})
        no_region = Inspection.create({"name": "Without region", "region_id": False})
        records = in_new | no_region
        self.assertFalse(self._visible(office_a, records))
        self.assertEqual(self._visible(self.user_office, records), records)

    def test_records_without_region_are_city_office_only(self):
        office_a = self.user_district_office
        plan = self.env["edu.inspection.plan"].create({"name": "City plan", "year": 2026})
        draw = self.env["edu.random.draw"].create({"target_count": 1, "region_id": False})
        for records in (plan, draw):
            self.assertFalse(self._visible(office_a, records), records._name)
            self.assertEqual(self._visible(self.user_office, records), records, records._name)

    # ------------------------------------------------------------------
    # Audit trail
    # ------------------------------------------------------------------
    def test_score_changes_are_in_the_audit_log(self):
        target = self._score(self.inspection, 40, 42.5)
        line = target.score_ids.filtered(lambda s: s.indicator_id == self.leaf_1)
        line.with_user(self.user_inspector).score = 45
        log = self.env["auditlog.log"].search(
            [
                ("model_id.model", "=", "edu.inspection.score"),
                ("res_id", "=", line.id),
                ("method", "=", "write"),
                ("user_id", "=", self.user_inspector.id),
            ]
        )
        self.assertEqual(log.user_id, self.user_inspector)
        change = log.line_ids.filtered(lambda entry: entry.field_name == "score")
        self.assertEqual((change.old_value, change.new_value), ("40.0", "45.0"))

    def test_tracked_fields(self):
        tracked = {
            "edu.inspection": ("state", "framework_id", "approved_by_id", "public_summary"),
            "edu.problem": ("inspection_id", "target_id", "indicator_id"),
            "edu.random.draw": ("state", "seed", "inspection_id", "confirmed_by_id"),
            "edu.inspection.plan": ("state", "approved_by_id"),
        }
        for model, names in tracked.items():
            for name in names:
                self.assertTrue(self.env[model]._fields[name].tracking, f"{model}.{name}")
