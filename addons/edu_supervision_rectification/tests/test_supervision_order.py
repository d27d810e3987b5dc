import psycopg2
from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestSupervisionOrder(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.late = self._create_problem(self.target_a1, name="Late 1", deadline="2026-03-01")
        self.late2 = self._create_problem(self.target_a1, name="Late 2", deadline="2026-03-02")
        self.recent = self._create_problem(self.target_a1, name="Recent", deadline="2026-03-20")
        self.other_unit = self._create_problem(self.target_a2, name="Late B", deadline="2026-03-01")
        self.Order = self.env["edu.supervision.order"]

    def _orders_of(self, problems):
        return (
            self.env["edu.supervision.order.line"]
            .search([("problem_id", "in", problems.ids)])
            .order_id
        )

    def _run_cron(self):
        self.env["edu.escalation.suggestion"]._cron_escalate()

    @freeze_time("2026-03-25")
    def test_cron_drafts_one_order_per_unit_for_overdue_problems(self):
        self._run_cron()
        orders = self._orders_of(self.late | self.late2 | self.other_unit)
        self.assertEqual(len(orders), 2, "one order per unit")
        order_a1 = orders.filtered(lambda o: o.partner_id == self.unit_a1)
        self.assertEqual(order_a1.line_ids.problem_id, self.late | self.late2)
        self.assertEqual(order_a1.state, "draft")
        self.assertTrue(order_a1.is_auto)
        self.assertEqual(str(order_a1.new_deadline), "2026-04-09")
        # Overdue by 5 days only (< 7): no order.
        self.assertFalse(self._orders_of(self.recent))

    @freeze_time("2026-03-25")
    def test_two_cron_runs_never_duplicate(self):
        self._run_cron()
        self._run_cron()
        for problem in self.late | self.late2 | self.other_unit:
            self.assertEqual(len(problem.order_line_ids), 1, problem.name)
        # Still one open order after the order is issued and time passes.
        order = self._orders_of(self.late)
        order.with_user(self.user_office).action_issue()
        with freeze_time("2026-05-30"):
            self._run_cron()
        self.assertEqual(len(self.late.order_line_ids), 1)

    @freeze_time("2026-03-25")
    def test_new_order_after_the_previous_one_is_closed(self):
        self._run_cron()
        order = self._orders_of(self.late).with_user(self.user_office)
        order.action_issue()
        order.answer = "We are working on it."
        order.action_answer()
        order.action_close()
        with freeze_time("2026-05-30"):
            self._run_cron()
        self.assertEqual(len(self.late.order_line_ids), 2)
        self.assertEqual(len(self.late.order_line_ids.filtered("is_open")), 1)

    @freeze_time("2026-03-25")
    def test_manual_second_open_order_is_refused(self):
        self._run_cron()
        with self.assertRaises(ValidationError):
            self.Order.create(
                {
                    "partner_id": self.unit_a1.id,
                    "reason": "Duplicate",
                    "line_ids": [(0, 0, {"problem_id": self.late.id})],
                }
            )

    @freeze_time("2026-03-25")
    def test_database_refuses_a_second_open_line(self):
        """Even without the Python check (e.g. two concurrent runs), the DB refuses."""
        self._run_cron()
        order = self._orders_of(self.late)
        self.env.flush_all()
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError):
            with self.env.cr.savepoint():
                self.env.cr.execute(
                    "INSERT INTO edu_supervision_order_line (order_id, problem_id, is_open) "
                    "VALUES (%s, %s, TRUE)",
                    (order.id, self.late.id),
                )

    @freeze_time("2026-03-25")
    def test_order_transitions(self):
        self._run_cron()
        order = self._orders_of(self.late).with_user(self.user_office)
        self.assertEqual(order.name, "/")
        order.action_issue()
        self.assertEqual(order.state, "issued")
        self.assertNotEqual(order.name, "/")
        self.assertEqual(str(order.issue_date), "2026-03-25")
        self.assertEqual(
            self.late.deadline, order.new_deadline, "the order grants the new deadline"
        )
        with self.assertRaises(UserError):
            order.action_answer()  # no answer recorded
        order.answer = "Drills scheduled."
        order.action_answer()
        self.assertEqual(order.state, "answered")
        with self.assertRaises(UserError):
            order.action_cancel()
        order.action_close()
        self.assertEqual(order.state, "closed")
        self.assertFalse(any(order.line_ids.mapped("is_open")))
        with self.assertRaises(UserError):
            order.unlink()

    @freeze_time("2026-03-25")
    def test_issue_checks(self):
        order = self.Order.with_user(self.user_office).create(
            {"partner_id": self.unit_a1.id, "reason": "Manual", "new_deadline": "2026-03-20"}
        )
        with self.assertRaises(UserError):
            order.action_issue()  # no problem
        order.line_ids = [(0, 0, {"problem_id": self.recent.id})]
        with self.assertRaises(UserError):
            order.action_issue()  # deadline in the past
        order.new_deadline = "2026-04-30"
        order.action_issue()
        order.action_cancel()
        self.assertFalse(order.line_ids.is_open)
        order.action_reset_draft()
        self.assertTrue(order.line_ids.is_open)

    @freeze_time("2026-03-25")
    def test_problem_of_another_unit_refused(self):
        with self.assertRaises(ValidationError):
            self.Order.create(
                {
                    "partner_id": self.unit_a1.id,
                    "reason": "Wrong unit",
                    "line_ids": [(0, 0, {"problem_id": self.other_unit.id})],
                }
            )

    @freeze_time("2026-03-25")
    def test_problem_on_an_order_not_deleted(self):
        self._run_cron()
        with self.assertRaisesRegex(UserError, "supervision order"):
            self.late.with_user(self.user_office).unlink()
        self.recent.with_user(self.user_office).unlink()
        self.assertFalse(self.recent.exists())

    @freeze_time("2026-03-25")
    def test_setting_and_switch(self):
        self.company.edu_order_overdue_days = 30
        self._run_cron()
        self.assertFalse(self._orders_of(self.late))
        self.company.edu_order_overdue_days = 0
        self.company.edu_escalation_order = False
        self._run_cron()
        self.assertFalse(self._orders_of(self.late))
        self.company.edu_escalation_order = True
        self._run_cron()
        self.assertTrue(self._orders_of(self.recent))

    def test_access(self):
        with self.assertRaises(AccessError):
            self.Order.with_user(self.user_inspector).create(
                {"partner_id": self.unit_a1.id, "reason": "Not allowed"}
            )
        order = self.Order.with_user(self.user_office).create(
            {"partner_id": self.unit_a1.id, "reason": "Allowed"}
        )
        order.with_user(self.user_viewer).read(["name"])
        with self.assertRaises(AccessError):
            order.with_user(self.user_viewer).write({"reason": "X"})

    @freeze_time("2026-03-25")
    def test_batches(self):
        """The escalation processes problems by batches and reports what remains."""
        problems = self.late | self.late2 | self.other_unit
        overdue = self.env["edu.problem"].search(self.Order._edu_overdue_problem_domain())
        self.assertLessEqual(problems, overdue)
        done, remaining = self.Order._edu_draft_overdue_orders(limit=2)
        self.assertEqual(done, 2)
        self.assertEqual(remaining, 1 if len(overdue) > 2 else 0)
        while remaining:
            done, remaining = self.Order._edu_draft_overdue_orders(limit=2)
        self.assertEqual(self.Order._edu_draft_overdue_orders(limit=2), (0, 0))
        for problem in problems:
            self.assertEqual(len(problem.order_line_ids), 1)

    @freeze_time("2026-03-25")
    def test_pdf(self):
        self._run_cron()
        order = self._orders_of(self.late).with_user(self.user_office)
        order.action_issue()
        html, _kind = self.env["ir.actions.report"]._render_qweb_html(
            "edu_supervision_rectification.edu_supervision_order_pdf_report", order.ids
        )
        self.assertIn(order.name, html.decode())
        self.assertIn("Late 1", html.decode())

    @freeze_time("2026-03-25")
    def test_issuer_and_issuing_office(self):
        """The order is issued in the name of the supervision office (the committee's
        office, else the company), and signed by the person who issued it."""
        self._run_cron()
        order = self._orders_of(self.late).with_user(self.user_office)
        self.assertFalse(order.issuer_id, "a drafted order has no signer yet")
        order.region_id = self.region_b
        self.assertEqual(order.issuing_office, self.env.company.name, "no committee office")
        order.action_issue()
        self.assertEqual(order.issuer_id, self.user_office)
        office = self.env["res.partner"].create({"name": "Test Supervision Office"})
        self.env["edu.committee"].create(
            {
                "name": "Test Committee",
                "region_id": self.region_city.id,
                "office_partner_id": office.id,
            }
        )
        order.invalidate_recordset(["issuing_office"])
        self.assertEqual(order.issuing_office, "Test Supervision Office", "from the parent region")
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "edu_supervision_rectification.edu_supervision_order_pdf_report", order.ids
            )[0]
            .decode()
        )
        self.assertIn("Test Supervision Office", html)
        self.assertIn(self.user_office.name, html)
        # a signer chosen on the draft is kept when another user issues it
        draft = self.Order.with_user(self.user_office).create(
            {
                "partner_id": self.unit_a1.id,
                "reason": "Manual",
                "new_deadline": "2026-04-30",
                "issuer_id": self.user_manager.id,
                "line_ids": [(0, 0, {"problem_id": self.recent.id})],
            }
        )
        draft.action_issue()
        self.assertEqual(draft.issuer_id, self.user_manager)
