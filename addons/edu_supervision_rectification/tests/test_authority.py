from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestAuthority(EduRectificationCase):
    """Issue 12 on rectification: district walls, escalation from the web
    client, transition authority and the audit trail of close-out."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.unit_b1 = cls.school_b1.partner_id
        cls.unit_none = cls.env["res.partner"].create({"name": "Private tutoring centre"})
        cls.problem_a = cls._create_problem(cls.target_a1, name="Fire exits", deadline="2026-03-01")
        cls.problem_b = cls.env["edu.problem"].create(
            {"name": "School bus", "school_id": cls.school_b1.id, "deadline": "2026-03-01"}
        )
        cls.problem_none = cls.env["edu.problem"].create(
            {"name": "Unlicensed", "partner_id": cls.unit_none.id, "deadline": "2026-03-01"}
        )

    def _records_of(self, problem):
        """An order, a plan and a look-back about the unit of ``problem``."""
        unit = problem.partner_id
        order = self.env["edu.supervision.order"].create(
            {
                "partner_id": unit.id,
                "reason": "Late",
                "line_ids": [(0, 0, {"problem_id": problem.id})],
            }
        )
        report = self._report("plan", problem)
        lookback = self.env["edu.lookback"].create({"partner_id": unit.id})
        return order, report, lookback

    # ------------------------------------------------------------------
    # District walls
    # ------------------------------------------------------------------
    def test_district_office_does_not_reach_other_districts(self):
        """An office user limited to one district neither reads nor writes the
        orders, plans and look-backs of another district's units."""
        order_b, report_b, lookback_b = self._records_of(self.problem_b)
        self.assertEqual(order_b.unit_region_id, self.region_b)
        self.assertEqual(report_b.region_id, self.region_b)
        self.assertEqual(lookback_b.region_id, self.region_b)
        office_a = self.user_district_office
        for record in (order_b, order_b.line_ids, report_b, lookback_b):
            with self.assertRaises(AccessError, msg=record._name):
                record.with_user(office_a).read(["display_name"])
            self.assertFalse(
                record.with_user(office_a).search([("id", "=", record.id)]), record._name
            )
        with self.assertRaises(AccessError):
            order_b.with_user(office_a).write({"requirement": "Rewritten by another district"})
        with self.assertRaises(AccessError):
            report_b.with_user(office_a).write({"responsible_person": "Someone"})
        with self.assertRaises(AccessError):
            lookback_b.with_user(office_a).write({"note": "<p>Not mine</p>"})
        with self.assertRaises(AccessError):
            order_b.with_user(office_a).action_issue()
        with self.assertRaises(AccessError):
            self.env["edu.supervision.order"].with_user(office_a).create(
                {"partner_id": self.unit_b1.id, "reason": "Not my district"}
            )
        # the city office and the district's own office do
        for user in (self.user_office, self.user_manager):
            order_b.with_user(user).write({"requirement": "Report monthly."})
            report_b.with_user(user).read(["name"])
            lookback_b.with_user(user).read(["name"])
        order_a, report_a, lookback_a = self._records_of(self.problem_a)
        order_a.with_user(office_a).write({"requirement": "Report monthly."})
        report_a.with_user(office_a).read(["name"])
        lookback_a.with_user(office_a).write({"note": "<p>Mine</p>"})

    def test_records_without_region_are_city_office_only(self):
        order, report, lookback = self._records_of(self.problem_none)
        self.assertFalse(order.unit_region_id or report.region_id or lookback.region_id)
        for record in (order, report, lookback):
            with self.assertRaises(AccessError, msg=record._name):
                record.with_user(self.user_district_office).read(["display_name"])
            record.with_user(self.user_office).read(["display_name"])

    def test_region_follows_the_unit_at_query_time(self):
        """The rule reads the user's region when it runs: moving a user to another
        district moves his walls at once."""
        order_b = self._records_of(self.problem_b)[0]
        Order = self.env["edu.supervision.order"].with_user(self.user_district_office)
        self.assertFalse(Order.search([("id", "=", order_b.id)]))
        self.user_district_office.edu_region_id = self.region_b
        self.assertEqual(Order.search([("id", "=", order_b.id)]), order_b)

    # ------------------------------------------------------------------
    # Escalation from the web client
    # ------------------------------------------------------------------
    @freeze_time("2026-03-25")
    def test_city_office_and_manager_run_the_escalation(self):
        for user in (self.user_office, self.user_manager):
            result = self.env["edu.supervision.order"].with_user(user).action_edu_run_escalation()
            self.assertEqual(result["params"]["type"], "success")
        orders = (self.problem_a | self.problem_b).order_line_ids.order_id
        self.assertEqual(len(orders), 2, "one draft order per unit, not one per run")
        self.assertTrue(all(orders.mapped("is_auto")))
        self.assertEqual(orders.create_uid, self.user_office, "the office user ran it")

    @freeze_time("2026-03-25")
    def test_escalation_refused_in_chinese(self):
        """A district office, inspectors, viewers and the other roles get a clear
        Chinese refusal (the scheduled action is not theirs to run)."""
        self.env["res.lang"]._activate_lang("zh_CN")
        for user in (
            self.user_district_office,
            self.user_inspector,
            self.user_viewer,
            self.user_hr,
            self.user_finance,
        ):
            Suggestion = self.env["edu.escalation.suggestion"].with_user(user)
            with self.assertRaisesRegex(AccessError, "只有市督导室"):
                Suggestion.with_context(lang="zh_CN").action_edu_run_escalation()
        self.assertFalse(self.problem_a.order_line_ids)

    # ------------------------------------------------------------------
    # Transitions
    # ------------------------------------------------------------------
    def test_state_changes_only_through_the_transitions(self):
        """Writing the state (or the publication) directly bypasses the checks of
        the buttons: refused for every user."""
        problem = self.problem_a.with_user(self.user_office)
        with self.assertRaises(AccessError):
            problem.write({"state": "closed"})
        with self.assertRaises(AccessError):
            self.env["edu.problem"].with_user(self.user_inspector).create(
                {"name": "Born closed", "target_id": self.target_a1.id, "state": "closed"}
            )
        report = self._report("plan", self.problem_a).with_user(self.user_office)
        with self.assertRaises(AccessError):
            report.write({"is_published": True})
        with self.assertRaises(AccessError):
            report.write({"state": "accepted"})
        order = self._records_of(self.problem_b)[0].with_user(self.user_office)
        with self.assertRaises(AccessError):
            order.write({"state": "closed"})
        action = self.env["edu.accountability.action"].with_user(self.user_manager)
        with self.assertRaises(AccessError):
            action.create(
                {
                    "name": "Published at birth",
                    "kind": "circular",
                    "partner_id": self.unit_a1.id,
                    "state": "published",
                }
            )
        self.assertEqual(self.problem_a.state, "open")

    def test_close_out_by_the_team_the_responsible_inspector_or_the_office(self):
        self._bring_to_reported(self.problem_a)
        with self.assertRaises(AccessError):
            self.problem_a.with_user(self.user_inspector2).action_close()
        # the problem's responsible inspector, although not on the team
        self.problem_a.responsible_employee_id = self.employee_insp2
        self.problem_a.with_user(self.user_inspector2).action_close()
        self._close(self.problem_a, user=self.user_inspector2)
        self.assertEqual(self.problem_a.verified_by_id, self.user_inspector2)

    def test_only_the_office_reopens(self):
        self._bring_to_reported(self.problem_a)
        self._close(self.problem_a)
        with self.assertRaises(AccessError):
            self.problem_a.with_user(self.user_inspector).action_reopen()
        with self.assertRaises(AccessError):
            self.env["edu.problem.reopen.wizard"].with_user(self.user_inspector).create(
                {"problem_ids": self.problem_a.ids, "reason": "I say so"}
            )
        self.assertEqual(self.problem_a.state, "closed")
        self.problem_a.with_user(self.user_district_office).action_reopen()

    def test_start_rectification_by_the_office_of_the_region(self):
        with self.assertRaises(AccessError):
            self.problem_a.with_user(self.user_inspector).action_edu_start_rectification()
        self.problem_a.with_user(self.user_district_office).action_edu_start_rectification()
        self.assertEqual(self.problem_a.state, "rectifying")

    def test_orders_and_reports_by_the_office_publication_by_the_manager(self):
        order = self._records_of(self.problem_a)[0]
        order.new_deadline = date(2099, 1, 1)
        with self.assertRaises(AccessError):
            order.with_user(self.user_inspector).action_issue()
        order.with_user(self.user_district_office).action_issue()
        self.assertEqual(order.state, "issued")
        plan = self._report("plan", self.problem_a, public_summary="Under way.")
        with self.assertRaises(AccessError):
            plan.with_user(self.user_inspector).action_submit()
        plan.with_user(self.user_district_office).action_submit()
        plan.with_user(self.user_district_office).action_accept()
        with self.assertRaises(AccessError):
            plan.with_user(self.user_office).action_publish()
        plan.with_user(self.user_manager).action_publish()
        self.assertTrue(plan.is_published)

    def test_lookback_transitions_by_its_inspectors_or_the_office(self):
        lookback = self.env["edu.lookback"].create(
            {"partner_id": self.unit_a1.id, "employee_ids": self.employee_insp.ids}
        )
        with self.assertRaises(AccessError):
            lookback.with_user(self.user_inspector2).action_cancel()
        lookback.with_user(self.user_inspector).action_cancel()
        with self.assertRaises(AccessError):
            lookback.with_user(self.user_inspector).action_reset_draft()
        lookback.with_user(self.user_district_office).action_reset_draft()
        self.assertEqual(lookback.state, "draft")

    def test_completed_lookback_results_are_frozen(self):
        self._bring_to_reported(self.problem_a)
        self._close(self.problem_a)
        lookback = self.env["edu.lookback"].create(
            {
                "partner_id": self.unit_a1.id,
                "employee_ids": self.employee_insp.ids,
                "line_ids": [(0, 0, {"problem_id": self.problem_a.id, "result": "confirmed"})],
            }
        )
        lookback.with_user(self.user_inspector).action_done()
        with self.assertRaises(UserError):
            lookback.line_ids.with_user(self.user_office).write({"result": "rebounded"})
        with self.assertRaises(AccessError):
            lookback.with_user(self.user_inspector).write({"note": "<p>Afterwards</p>"})
        with self.assertRaises(UserError):
            lookback.with_user(self.user_office).unlink()

    # ------------------------------------------------------------------
    # Audit trail
    # ------------------------------------------------------------------
    def test_disputed_fields_are_tracked(self):
        tracked = {
            "edu.problem": (
                "state",
                "deadline",
                "responsible_employee_id",
                "verification_note",
                "verified_by_id",
                "closed_date",
                "rebound",
                "last_reopen_reason",
            ),
            "edu.accountability.action": (
                "kind",
                "state",
                "partner_id",
                "approved_by_id",
                "approval_date",
                "published_date",
                "public_text",
            ),
            "edu.supervision.order": ("state", "new_deadline", "answer", "closing_note"),
        }
        for model, names in tracked.items():
            for name in names:
                self.assertTrue(self.env[model]._fields[name].tracking, f"{model}.{name}")

    def test_close_out_leaves_a_trail(self):
        self._bring_to_reported(self.problem_a)
        # the records created in this transaction are not tracked until it is flushed
        self.env.flush_all()
        self.env.cr.flush()
        problem = self.problem_a.with_context(tracking_disable=False)
        problem.with_user(self.user_inspector)._edu_close("Drills seen.", self.evidence)
        self.env.flush_all()
        self.env.cr.flush()  # the tracking values are written before the commit
        values = self.env["mail.tracking.value"].search(
            [
                ("mail_message_id.model", "=", "edu.problem"),
                ("mail_message_id.res_id", "=", problem.id),
            ]
        )
        changed = set(values.field_id.mapped("name"))
        self.assertLessEqual({"state", "verification_note", "verified_by_id"}, changed)
        self.assertEqual(
            values.filtered(lambda v: v.field_id.name == "state").create_uid, self.user_inspector
        )
