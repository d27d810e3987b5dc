import io

import openpyxl
from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.jobs import trap_jobs
from odoo.addons.queue_job.controllers.main import RunJobController
from odoo.addons.queue_job.job import Job

from .common import EduRectificationCase

#: Long after the demo problems' deadlines are set (they follow the install day): on
#: this day only the problems of these tests are overdue.
RUN_DAY = "2020-03-25"


@tagged("post_install", "-at_install")
class TestBackgroundJobs(EduRectificationCase):
    """Escalation runs and exports over the threshold run as background jobs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.late = cls.env["edu.problem"]
        for index in range(3):
            cls.late |= cls._create_problem(
                cls.target_a1, name=f"Late A1 {index}", deadline="2020-03-01"
            )
        for index in range(2):
            cls.late |= cls._create_problem(
                cls.target_a2, name=f"Late A2 {index}", deadline="2020-03-01"
            )
        cls.params = cls.env["ir.config_parameter"]
        cls.params.set_param("edu_supervision.job_threshold.escalation", 5)
        cls.params.set_param("edu_supervision.job_threshold.problem_export", 3)

    def _job(self, user=None):
        return self.env["edu.job"].search([("user_id", "=", (user or self.user_office).id)])

    def _run_escalation(self, user=None):
        Order = self.env["edu.supervision.order"].with_user(user or self.user_office)
        return Order.action_edu_run_escalation()

    # ------------------------------------------------------------------
    # Escalation
    # ------------------------------------------------------------------
    @freeze_time(RUN_DAY)
    def test_escalation_over_threshold_runs_as_job(self):
        with trap_jobs() as trap:
            action = self._run_escalation()
            trap.assert_jobs_count(1)
            self.assertEqual(action["tag"], "display_notification")
            self.assertEqual(action["params"]["type"], "info")
            self.assertFalse(self.late.order_line_ids, "nothing done by the request")
            job = self._job()
            self.assertEqual((job.state, job.size, job.progress), ("queued", 5, 0.0))
            self.assertEqual(job.name, "Escalation of 5 overdue problem(s)")
            trap.perform_enqueued_jobs()
        self.assertEqual((job.state, job.progress), ("done", 100.0))
        self.assertEqual(
            job.result,
            "5 overdue problem(s) put on draft supervision orders, 0 new escalation suggestion(s).",
        )
        orders = self.late.order_line_ids.order_id
        self.assertEqual(len(orders), 2, "one draft order per unit")
        self.assertEqual(orders.mapped("state"), ["draft", "draft"])
        self.assertEqual(orders.create_uid, self.user_office, "run as the user")
        self.assertEqual(
            sorted(len(order.line_ids) for order in orders), [2, 3], "hand count per unit"
        )

    @freeze_time(RUN_DAY)
    def test_escalation_under_threshold_stays_synchronous(self):
        self.params.set_param("edu_supervision.job_threshold.escalation", 6)
        with trap_jobs() as trap:
            action = self._run_escalation()
            trap.assert_jobs_count(0)
        self.assertEqual(action["params"]["type"], "success")
        self.assertEqual(
            action["params"]["message"],
            "5 overdue problem(s) put on draft supervision orders, 0 new escalation suggestion(s).",
            "the same result as the job's",
        )
        self.assertEqual(len(self.late.order_line_ids.order_id), 2)
        self.assertFalse(self._job())

    @freeze_time(RUN_DAY)
    def test_escalation_refused_before_enqueuing(self):
        with trap_jobs() as trap:
            for user in (self.user_district_office, self.user_inspector):
                with self.assertRaises(AccessError):
                    self._run_escalation(user)
            trap.assert_jobs_count(0)
        self.assertFalse(self.env["edu.job"].search([("name", "like", "Escalation of")]))

    @freeze_time(RUN_DAY)
    def test_failing_job_shows_its_error_to_the_user(self):
        """The user moves to a district office before the job runs: the job fails
        (queue_job's failure path), nothing is drafted, the user is told why."""
        self._run_escalation()
        edu_job = self._job()
        self.user_office.edu_region_id = self.region_a
        job = Job.load(self.env, edu_job.queue_job_uuid)
        with self.assertRaises(AccessError) as refusal:
            job.perform()
        # what queue_job's job runner does with a failed job
        vals = RunJobController._get_failure_values(job, "traceback", refusal.exception)
        job.set_failed(**vals)
        job.store()
        job.on_fail(vals)
        self.assertEqual(edu_job.state, "failed")
        self.assertIn("Only the city supervision office", edu_job.error)
        self.assertFalse(self.late.order_line_ids)
        message = edu_job.message_ids[:1]
        self.assertIn("Only the city supervision office", message.body)
        self.assertEqual(message.notification_ids.res_partner_id, self.user_office.partner_id)
        self.assertEqual(edu_job.with_user(self.user_office).error, edu_job.error)

    # ------------------------------------------------------------------
    # Export
    # ------------------------------------------------------------------
    def _export_wizard(self, problems, user=None):
        return (
            self.env["edu.problem.export.wizard"]
            .with_user(user or self.user_office)
            .with_context(active_model="edu.problem", active_ids=problems.ids)
            .create({"report": "library"})
        )

    def _sheet_names(self, content):
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        return [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]

    def test_large_export_runs_as_job_and_sends_the_file(self):
        problems = self.late[:4]
        with trap_jobs() as trap:
            action = self._export_wizard(problems).action_export()
            trap.assert_jobs_count(1)
            self.assertEqual(action["tag"], "display_notification")
            self.assertEqual(action["params"]["next"], {"type": "ir.actions.act_window_close"})
            job = self._job()
            self.assertFalse(job.attachment_id, "no file yet")
            trap.perform_enqueued_jobs()
        self.assertEqual((job.state, job.progress), ("done", 100.0))
        self.assertEqual(job.result, "4 problem(s) exported.")
        self.assertTrue(job.attachment_id.name.endswith(".xlsx"))
        self.assertEqual(
            self._sheet_names(job.attachment_id.raw),
            ["Late A1 0", "Late A1 1", "Late A1 2", "Late A2 0"],
        )
        # the same rows as the synchronous export
        content, _kind = (
            self.env["ir.actions.report"]
            .with_user(self.user_office)
            ._render_xlsx(
                "edu_supervision_rectification.problem_xlsx",
                None,
                {"domain": [("id", "in", problems.ids)]},
            )
        )
        self.assertEqual(self._sheet_names(content), self._sheet_names(job.attachment_id.raw))
        message = job.message_ids[:1]
        self.assertEqual(message.attachment_ids, job.attachment_id)
        self.assertEqual(message.notification_ids.res_partner_id, self.user_office.partner_id)
        # the requesting user and the managers read the file, nobody else
        self.assertTrue(job.attachment_id.with_user(self.user_office).raw)
        self.assertTrue(job.attachment_id.with_user(self.user_manager).raw)
        for user in (self.user_district_office, self.user_inspector):
            with self.assertRaises(AccessError):
                job.attachment_id.with_user(user).read(["raw"])
            with self.assertRaises(AccessError):
                job.with_user(user).read(["result"])

    def test_small_export_stays_synchronous(self):
        with trap_jobs() as trap:
            action = self._export_wizard(self.late[:2]).action_export()
            trap.assert_jobs_count(0)
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertFalse(self._job())
