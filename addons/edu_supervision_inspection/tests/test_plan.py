from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestPlan(EduInspectionCase):
    def _plan(self, lines):
        return self.env["edu.inspection.plan"].create(
            {
                "name": "Plan 2026",
                "year": 2026,
                "region_id": self.region_a.id,
                "line_ids": [(0, 0, vals) for vals in lines],
            }
        )

    def test_current_and_next_year(self):
        plan = self._plan(
            [
                {"name": "Comprehensive", "kind": "comprehensive", "period": "current"},
                {"name": "Next year", "kind": "comprehensive", "period": "next"},
            ]
        )
        self.assertEqual(plan.line_ids.mapped("year"), [2026, 2027])
        self.assertTrue(plan.has_comprehensive)
        self.assertEqual(plan.current_line_count, 1)
        self.assertEqual(plan.next_line_count, 1)

    def test_warning_without_comprehensive(self):
        plan = self._plan(
            [
                {"name": "Special", "kind": "special", "period": "current"},
                {"name": "Next comprehensive", "kind": "comprehensive", "period": "next"},
            ]
        )
        self.assertFalse(plan.has_comprehensive)
        plan.with_context(tracking_disable=False).action_approve()
        self.assertEqual(plan.state, "approved")
        self.assertTrue(
            any("no comprehensive inspection" in (m.body or "") for m in plan.message_ids)
        )

    def test_warning_by_manager_without_email(self):
        self.user_manager.partner_id.email = False
        self.company.partner_id.email = "office@wuhai.example.com"
        plan = self._plan([{"name": "Special", "kind": "special", "period": "current"}])
        plan.with_user(self.user_manager).with_context(tracking_disable=False).action_approve()
        self.assertEqual(plan.state, "approved")
        warning = plan.message_ids.filtered(
            lambda m: "no comprehensive inspection" in (m.body or "")
        )
        self.assertEqual(warning.author_id, self.user_manager.partner_id)

    def test_create_inspections_from_lines(self):
        plan = self._plan(
            [
                {
                    "name": "Comprehensive",
                    "kind": "comprehensive",
                    "period": "current",
                    "planned_month": "9",
                    "school_ids": [(6, 0, self.school_b1.ids)],
                },
                {"name": "Next year", "kind": "special", "period": "next"},
            ]
        )
        with self.assertRaises(UserError):
            plan.action_create_inspections()
        plan.action_approve()
        plan.action_create_inspections()
        current = plan.line_ids.filtered(lambda line: line.period == "current")
        self.assertTrue(current.inspection_id)
        self.assertEqual(current.inspection_id.date_start, date(2026, 9, 1))
        self.assertEqual(current.inspection_id.target_ids.school_id, self.school_b1)
        self.assertFalse(plan.line_ids.filtered(lambda line: line.period == "next").inspection_id)
        self.assertEqual(plan.inspection_count, 1)
        with self.assertRaises(UserError):
            plan.action_create_inspections()

    def test_plan_close_and_reset(self):
        plan = self._plan([{"name": "Comprehensive", "kind": "comprehensive"}])
        with self.assertRaises(UserError):
            plan.action_close()
        plan.action_approve()
        self.assertEqual(plan.approved_by_id, self.env.user)
        plan.action_reset_draft()
        self.assertEqual(plan.state, "draft")
        self.assertFalse(plan.approved_by_id)
        with self.assertRaises(UserError):
            plan.action_reset_draft()
        plan.action_approve()
        plan.action_close()
        self.assertEqual(plan.state, "closed")
        with self.assertRaises(UserError):
            plan.action_approve()

    def test_approve_empty_plan_refused(self):
        plan = self._plan([])
        with self.assertRaises(UserError):
            plan.action_approve()


@tagged("post_install", "-at_install")
class TestPrincipalTerm(EduInspectionCase):
    @freeze_time("2026-03-01")
    def test_term_ending_list(self):
        self.company.edu_principal_term_window_days = 180
        self.school_a1.write(
            {"principal_term_start": date(2021, 6, 1), "principal_term_end": date(2026, 6, 30)}
        )
        self.school_b1.write(
            {"principal_term_start": date(2021, 6, 1), "principal_term_end": date(2026, 7, 31)}
        )
        self.school_a2.write(
            {"principal_term_start": date(2023, 1, 1), "principal_term_end": date(2028, 1, 1)}
        )
        School = self.env["edu.school"]
        needing = School.search([("needs_term_inspection", "=", True)])
        # The fixture's comprehensive inspection of 2026-05-11 lies in school_a1's term.
        self.assertNotIn(self.school_a1, needing)
        self.assertIn(self.school_b1, needing)
        self.assertNotIn(self.school_a2, needing)
        self.assertTrue(self.school_a1.term_inspected)
        self.assertTrue(self.school_b1.needs_term_inspection)
        self.assertIn(self.school_a2, School.search([("needs_term_inspection", "=", False)]))
        self.inspection.action_cancel()
        self.assertIn(self.school_a1, School.search([("needs_term_inspection", "=", True)]))

    def test_create_term_inspection(self):
        schools = self.school_a2 | self.school_b1
        action = schools.with_user(self.user_office).action_edu_create_term_inspection()
        inspections = self.env["edu.inspection"].search(action["domain"])
        self.assertEqual(len(inspections), 2)
        self.assertEqual(set(inspections.mapped("kind")), {"comprehensive"})
        self.assertEqual(inspections.target_ids.school_id, schools)
