import base64
from unittest.mock import patch

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from odoo.addons.edu_supervision.models.edu_job import EduJob
from odoo.addons.edu_supervision.tests.jobs import trap_jobs

from .common import EduTrainingCase

WIZARD_MODULE = "odoo.addons.edu_supervision_training.wizard.edu_training_import_wizard"


@tagged("post_install", "-at_install")
class TestImportJob(EduTrainingCase):
    """A large file (over the threshold of rows) is imported by a background job."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee_insp.identification_id = "150302196501010011"
        cls.employee_insp2.name = "Wang Fang"
        cls.env["ir.config_parameter"].set_param("edu_supervision.job_threshold.training_import", 3)

    def _wizard(self, *rows, user=None):
        content = ("\n".join(["Inspector,Date,Course,Hours", *rows]) + "\n").encode()
        return (
            self.env["edu.training.import.wizard"]
            .with_user(user or self.user_hr)
            .create({"year": 2025, "file": base64.b64encode(content), "filename": "hours.csv"})
        )

    def _records(self):
        return self.Record.search([("source", "=", "import")])

    def _jobs(self):
        return self.env["edu.job"].search([("user_id", "=", self.user_hr.id)])

    def test_large_file_imported_by_a_job(self):
        wizard = self._wizard(
            "150302196501010011,2025-03-01,Online: rule of law,10",
            "wang fang,2025/03/02,Online: rule of law,7.5",
            "Wang Fang,2025-04-02,Online: ethics,2",
            "150302196501010011,2025-05-01,Online: ethics,1",
        )
        with trap_jobs() as trap:
            action = wizard.action_import()
            trap.assert_jobs_count(1)
            self.assertEqual(action["tag"], "display_notification")
            self.assertEqual(action["params"]["next"], {"type": "ir.actions.act_window_close"})
            self.assertFalse(self._records(), "nothing imported by the request")
            job = self._jobs()
            self.assertEqual((job.state, job.size, job.progress), ("queued", 4, 0.0))
            progress = []
            original = EduJob._edu_progress

            def record_progress(job, done, total):
                original(job, done, total)
                progress.append(job.progress)

            with (
                patch(f"{WIZARD_MODULE}.IMPORT_BATCH_SIZE", 2),
                patch.object(EduJob, "_edu_progress", record_progress),
            ):
                trap.perform_enqueued_jobs()
        # validated (4 of 8 steps), then per batch of 2 records: 6 of 8, 8 of 8
        self.assertEqual(progress, [50.0, 75.0, 99.9])
        self.assertEqual((job.state, job.progress), ("done", 100.0))
        self.assertEqual(job.result, "4 training record(s) imported.")
        records = self._records()
        self.assertEqual(len(records), 4)
        self.assertEqual(sum(records.mapped("hours")), 20.5)
        self.assertEqual(
            sum(records.filtered(lambda r: r.employee_id == self.employee_insp).mapped("hours")),
            11,
        )
        self.assertEqual(records.create_uid, self.user_hr, "imported as the user")
        self.assertEqual(wizard.state, "done")

    def test_bad_rows_reported_by_the_job(self):
        wizard = self._wizard(
            "150302196501010011,2025-03-01,Online: rule of law,10",
            "Nobody,2025-03-02,Online: rule of law,7.5",
            "Wang Fang,2024-04-02,Online: ethics,2",
        )
        with trap_jobs() as trap:
            wizard.action_import()
            trap.perform_enqueued_jobs()
        job = self._jobs()
        self.assertEqual(job.state, "done")
        self.assertEqual(
            job.result,
            "Nothing was imported: 2 row(s) have errors.\n"
            "Row 3: unknown inspector “Nobody”\n"
            "Row 4: the date 2024-04-02 is outside the year 2025",
        )
        self.assertFalse(self._records())

    def test_small_file_stays_synchronous(self):
        wizard = self._wizard(
            "150302196501010011,2025-03-01,Online: rule of law,10",
            "wang fang,2025/03/02,Online: rule of law,7.5",
        )
        with trap_jobs() as trap:
            action = wizard.action_import()
            trap.assert_jobs_count(0)
        self.assertEqual(action["res_model"], "edu.training.import.wizard")
        self.assertEqual(len(self._records()), 2)
        self.assertFalse(self._jobs())

    def test_bad_input_refused_before_enqueuing(self):
        with trap_jobs() as trap:
            wizard = self.env["edu.training.import.wizard"].with_user(self.user_hr)
            with self.assertRaises(UserError):
                wizard.create({"year": 2025}).action_import()
            rows = [f"Wang Fang,2025-03-0{day},Course,1" for day in range(1, 5)]
            with self.assertRaises(AccessError):
                self._wizard(*rows, user=self.user_inspector).action_import()
            trap.assert_jobs_count(0)
        users = self.user_hr | self.user_inspector
        self.assertFalse(self.env["edu.job"].search([("user_id", "in", users.ids)]))
