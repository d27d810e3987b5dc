from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import Form, tagged

from ..models.edu_visit_item import VISIT_ITEMS
from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestVisit(EduVisitCase):
    @freeze_time("2026-09-10 03:00:00")
    def test_defaults_and_prefilled_items(self):
        """A new visit proposes the user's inspector, his first school, today, and the
        eight routine items rated good."""
        form = Form(self.env["edu.visit"].with_user(self.user_inspector))
        self.assertEqual(form.employee_id, self.employee_insp)
        self.assertEqual(form.school_id, self.school_a1)
        self.assertEqual(form.date, date(2026, 9, 10))
        self.assertEqual(len(form.item_ids), 8)
        visit = form.save()
        self.assertEqual(visit.item_ids.mapped("item"), [key for key, _label in VISIT_ITEMS])
        self.assertEqual(set(visit.item_ids.mapped("rating")), {"good"})
        self.assertEqual(visit.state, "draft")
        self.assertTrue(visit.name.startswith("DD2026-"))

    def test_create_completes_partial_items(self):
        visit = self._create_visit(
            self.school_a1,
            item_ids=[(0, 0, {"item": "safety", "rating": "attention", "note": "Gate open"})],
        )
        self.assertEqual(len(visit.item_ids), 8)
        safety = visit.item_ids.filtered(lambda item: item.item == "safety")
        self.assertEqual(safety.rating, "attention")

    @freeze_time("2026-09-20 04:00:00")
    def test_submit_gate_requires_finding(self):
        visit = self._create_visit(self.school_a1).with_user(self.user_inspector)
        visit.item_ids.filtered(lambda item: item.item == "hygiene").rating = "problem"
        with self.assertRaisesRegex(UserError, "finding"):
            visit.action_submit()
        self.assertEqual(visit.state, "draft")
        # the inspector records the finding himself, then submits
        finding = (
            self.env["edu.problem"]
            .with_user(self.user_inspector)
            .with_context(**visit._prepare_problem_context())
            .create({"name": "Expired food in the canteen"})
        )
        self.assertEqual(finding.source, "visit")
        self.assertEqual(finding.partner_id, self.school_a1.partner_id)
        self.assertEqual(visit.problem_count, 1)
        visit.action_submit()
        self.assertEqual(visit.state, "submitted")
        self.assertTrue(visit.submit_date)

    @freeze_time("2026-09-20 04:00:00")
    def test_submit_without_problem_items(self):
        visit = self._create_visit(self.school_a1).with_user(self.user_inspector)
        visit.item_ids[0].rating = "attention"
        visit.action_submit()
        self.assertEqual(visit.state, "submitted")
        with self.assertRaises(UserError):
            visit.action_submit()

    @freeze_time("2026-09-20 04:00:00")
    def test_acknowledge_by_office_only(self):
        visit = self._create_visit(self.school_a1)
        with self.assertRaises(UserError):
            visit.with_user(self.user_office).action_acknowledge()
        visit.with_user(self.user_inspector).action_submit()
        with self.assertRaises(AccessError):
            visit.with_user(self.user_inspector).action_acknowledge()
        visit.with_user(self.user_office).action_acknowledge()
        self.assertEqual(visit.state, "acknowledged")
        self.assertEqual(visit.acknowledge_user_id, self.user_office)

    @freeze_time("2026-09-20 04:00:00")
    def test_reset_to_draft_by_office(self):
        visit = self._create_visit(self.school_a1)
        visit.with_user(self.user_inspector).action_submit()
        with self.assertRaises(AccessError):
            visit.with_user(self.user_inspector).action_reset_to_draft()
        visit.with_user(self.user_office).action_reset_to_draft()
        self.assertEqual(visit.state, "draft")

    @freeze_time("2026-09-20 04:00:00")
    def test_submitted_visit_is_locked_for_inspector(self):
        visit = self._create_visit(self.school_a1)
        visit.with_user(self.user_inspector).write({"opinion": "Well run"})
        visit.with_user(self.user_inspector).action_submit()
        with self.assertRaises(AccessError):
            visit.with_user(self.user_inspector).write({"opinion": "Changed afterwards"})
        with self.assertRaises(AccessError):
            visit.item_ids[0].with_user(self.user_inspector).write({"rating": "problem"})
        with self.assertRaises(UserError):
            visit.unlink()

    @freeze_time("2026-09-09 04:00:00")
    def test_future_visit_cannot_be_submitted(self):
        visit = self._create_visit(self.school_a1, day=date(2026, 9, 10))
        with self.assertRaisesRegex(UserError, "taken place"):
            visit.with_user(self.user_inspector).action_submit()
        with freeze_time("2026-09-10 04:00:00"):
            visit.with_user(self.user_inspector).action_submit()
        self.assertEqual(visit.state, "submitted")
        self.assertEqual(visit.submit_date, date(2026, 9, 10))

    def test_new_problem_action_context(self):
        visit = self._create_visit(self.school_a2)
        action = visit.action_new_problem()
        self.assertEqual(action["res_model"], "edu.problem")
        self.assertEqual(action["context"]["default_visit_id"], visit.id)
        self.assertEqual(action["context"]["default_partner_id"], self.school_a2.partner_id.id)

    def test_draft_visit_with_findings_not_deleted(self):
        visit = self._create_visit(self.school_a1)
        finding = self._create_finding(visit)
        with self.assertRaisesRegex(UserError, "delete its findings first"):
            visit.with_user(self.user_inspector).unlink()
        finding.unlink()
        visit.with_user(self.user_inspector).unlink()
        self.assertFalse(visit.exists())

    def test_negative_duration_refused(self):
        with self.assertRaises(ValidationError):
            self._create_visit(self.school_a1, duration=-1)

    @freeze_time("2026-09-20 04:00:00")
    def test_bulk_acknowledge_server_action(self):
        visits = self._create_visit(self.school_a1) | self._create_visit(self.school_a2)
        visits.with_user(self.user_inspector).action_submit()
        action = self.env.ref("edu_supervision_visit.edu_visit_action_server_acknowledge")
        action.with_user(self.user_office).with_context(
            active_model="edu.visit", active_ids=visits.ids
        ).run()
        self.assertEqual(set(visits.mapped("state")), {"acknowledged"})
