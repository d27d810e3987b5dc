from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestInspectionFlow(EduInspectionCase):
    def test_interface(self):
        self.assertEqual(self.inspection.team_employee_ids, self.employee_insp)
        self.assertEqual(self.target_a1.partner_id, self.school_a1.partner_id)
        self.assertEqual(self.target_a1.region_id, self.region_a)
        self.assertEqual(self.inspection._edu_onsite_days(), 3)
        self.assertTrue(self.inspection.reference.startswith("DD"))
        problem = self._create_problem(self.target_a1)
        self.assertEqual(problem.partner_id, self.school_a1.partner_id)
        self.assertEqual(problem.school_id, self.school_a1)
        self.assertEqual(problem.region_id, self.region_a)
        self.assertEqual(problem.state, "open")
        self.assertEqual(self.inspection.problem_count, 1)
        self.assertEqual(self.inspection.target_count, 2)

    def test_team_is_leader_and_members(self):
        self.inspection.member_ids = self.employee_insp2
        self.assertEqual(
            self.inspection.team_employee_ids, self.employee_insp | self.employee_insp2
        )
        self.inspection.member_ids = False
        self.assertEqual(self.inspection.team_employee_ids, self.employee_insp)

    def test_team_needs_valid_certificate(self):
        with self.assertRaisesRegex(ValidationError, "Inspector Without Certificate"):
            self.inspection.member_ids = self.employee_nocert

    def test_dates_consistent(self):
        with self.assertRaises(ValidationError):
            self.inspection.date_end = date(2026, 5, 1)

    def test_full_transition_chain(self):
        inspection = self.inspection.with_user(self.user_office)
        inspection.action_schedule()
        self.assertEqual(inspection.state, "scheduled")
        self.inspection.with_user(self.user_inspector).action_start()
        self.assertEqual(inspection.state, "in_progress")
        self.inspection.with_user(self.user_inspector).action_end_onsite()
        self.assertEqual(inspection.state, "reporting")
        self.inspection.with_user(self.user_manager).action_approve()
        self.assertEqual(inspection.state, "approved")
        self.assertEqual(inspection.approved_by_id, self.user_manager)
        manager_inspection = self.inspection.with_user(self.user_manager)
        with self.assertRaisesRegex(UserError, "public summary"):
            manager_inspection.action_publish()
        manager_inspection.public_summary = "Summary for the public"
        manager_inspection.action_publish()
        self.assertEqual(inspection.state, "published")
        self.assertTrue(inspection.publish_date)
        with self.assertRaisesRegex(UserError, "Feedback has not been sent"):
            inspection.action_close()
        self.inspection.target_ids.action_send_feedback()
        inspection.action_close()
        self.assertEqual(inspection.state, "closed")

    def test_schedule_requirements(self):
        self.inspection.leader_id = False
        with self.assertRaisesRegex(UserError, "team leader"):
            self.inspection.action_schedule()
        self.inspection.leader_id = self.employee_insp
        self.inspection.date_end = False
        with self.assertRaisesRegex(UserError, "on-site dates"):
            self.inspection.action_schedule()

    def test_wrong_state_transitions(self):
        with self.assertRaises(UserError):
            self.inspection.action_start()
        with self.assertRaises(UserError):
            self.inspection.action_end_onsite()
        with self.assertRaises(UserError):
            self.inspection.action_approve()
        with self.assertRaises(UserError):
            self.inspection.action_publish()
        with self.assertRaises(UserError):
            self.inspection.action_close()
        with self.assertRaises(UserError):
            self.inspection.action_reset_draft()

    def test_approve_and_publish_need_manager(self):
        self.inspection.write({"state": "reporting"})
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_office).action_approve()
        self.inspection.with_user(self.user_manager).action_approve()
        self.inspection.public_summary = "Summary"
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_office).action_publish()
        self.inspection.with_user(self.user_manager).action_back_to_reporting()
        self.assertEqual(self.inspection.state, "reporting")

    def test_start_needs_leader_or_office(self):
        self.inspection.action_schedule()
        self.inspection.member_ids = self.employee_insp2
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector2).action_start()
        with self.assertRaises(AccessError):
            self.inspection.with_user(self.user_inspector).action_schedule()

    def test_cancel_and_reset(self):
        self.inspection.with_user(self.user_office).action_cancel()
        self.assertEqual(self.inspection.state, "cancelled")
        self.inspection.with_user(self.user_office).action_reset_draft()
        self.assertEqual(self.inspection.state, "draft")
        self.inspection.write({"state": "published"})
        with self.assertRaises(UserError):
            self.inspection.action_cancel()

    def test_unlink_only_draft_or_cancelled(self):
        self.inspection.action_schedule()
        with self.assertRaises(UserError):
            self.inspection.unlink()
        self.inspection.action_cancel()
        self.inspection.unlink()
        self.assertFalse(self.inspection.exists())

    def test_start_generates_scoring_sheets(self):
        framework = self.env["edu.indicator.framework"].create(
            {"name": "Flow framework", "function": "school", "year": 2026}
        )
        dimension = self.env["edu.indicator"].create(
            {"framework_id": framework.id, "name": "Safety", "level": "dimension"}
        )
        self.env["edu.indicator"].create(
            [
                {"framework_id": framework.id, "parent_id": dimension.id, "name": "Drills"},
                {"framework_id": framework.id, "parent_id": dimension.id, "name": "Canteen"},
            ]
        )
        self.inspection.framework_id = framework
        self.inspection.action_schedule()
        self.inspection.action_start()
        self.assertEqual(len(self.target_a1.score_ids), 2)
        self.assertEqual(len(self.target_a2.score_ids), 2)
        self.assertNotIn(dimension, self.target_a1.score_ids.indicator_id)

    def test_government_targets(self):
        self.region_a.government_partner_id = self.env["res.partner"].create(
            {"name": "District A Government", "is_company": True}
        )
        inspection = self.env["edu.inspection"].create(
            {
                "name": "Government supervision",
                "function": "government",
                "region_id": self.region_city.id,
                "target_ids": [(0, 0, {"region_id": self.region_a.id})],
            }
        )
        self.assertEqual(inspection.target_ids.partner_id, self.region_a.government_partner_id)
        with self.assertRaises(ValidationError):
            self.env["edu.inspection.target"].create(
                {"inspection_id": inspection.id, "school_id": False, "region_id": False}
            )
        # a district without its government unit: the message names the missing field
        with self.assertRaisesRegex(ValidationError, "Government Unit.*District B"):
            self.env["edu.inspection.target"].create(
                {"inspection_id": inspection.id, "region_id": self.region_b.id}
            )

    def test_form_creates_inspection(self):
        form = Form(self.env["edu.inspection"].with_user(self.user_office))
        form.name = "Form inspection"
        form.function = "school"
        form.kind = "special"
        form.region_id = self.region_b
        with form.target_ids.new() as line:
            line.school_id = self.school_b1
        inspection = form.save()
        self.assertEqual(inspection.target_ids.partner_id, self.school_b1.partner_id)
        self.assertEqual(inspection.state, "draft")
