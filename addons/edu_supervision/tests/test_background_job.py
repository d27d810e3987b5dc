from unittest.mock import patch

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.edu_supervision.tools import as_transition

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestBackgroundJob(EduSupervisionCase):
    """The job record: threshold, progress, result and failure told to its user only."""

    def _job(self, user, name="Export of 10 problems"):
        job = as_transition(self.env["edu.job"]).create(
            {"name": name, "user_id": user.id, "size": 10}
        )
        return job.with_env(self.env(user=user))

    def test_threshold_from_system_parameter(self):
        Job = self.env["edu.job"]
        self.assertFalse(Job._edu_in_background("export", 99, 100))
        self.assertTrue(Job._edu_in_background("export", 100, 100))
        params = self.env["ir.config_parameter"]
        params.set_param("edu_supervision.job_threshold.export", "5")
        self.assertTrue(Job._edu_in_background("export", 5, 100))
        self.assertFalse(Job._edu_in_background("export", 4, 100))
        params.set_param("edu_supervision.job_threshold.export", "0")
        self.assertFalse(Job._edu_in_background("export", 10**6, 100), "0: always synchronous")
        params.set_param("edu_supervision.job_threshold.export", "many")
        self.assertTrue(Job._edu_in_background("export", 100, 100), "invalid: the default")

    def test_progress_then_result_file(self):
        job = self._job(self.user_office)
        self.assertEqual((job.state, job.progress), ("queued", 0.0))
        job._edu_progress(1, 4)
        self.assertEqual(job.progress, 25.0)
        job._edu_progress(4, 4)
        self.assertEqual(job.progress, 99.9, "100 % only with the result")
        job._edu_done("3 rows exported.", "rows.csv", b"a;b\n1;2\n")
        self.assertEqual((job.state, job.progress), ("done", 100.0))
        self.assertEqual(job.result, "3 rows exported.")
        self.assertEqual(job.attachment_id.raw, b"a;b\n1;2\n")
        self.assertEqual(job.filename, "rows.csv")
        self.assertTrue(job.date_done)

    def test_result_told_to_the_requesting_user_only(self):
        job = self._job(self.user_office)
        with patch.object(type(self.env["res.users"]), "_bus_send", autospec=True) as bus:
            job._edu_done("3 rows exported.", "rows.csv", b"x")
        message = job.sudo().message_ids[:1]
        self.assertIn("3 rows exported.", message.body)
        self.assertEqual(message.attachment_ids, job.attachment_id)
        self.assertEqual(message.notification_ids.res_partner_id, self.user_office.partner_id)
        bus.assert_called_once()
        user, kind, payload = bus.call_args.args
        self.assertEqual(
            (user, kind, payload["type"]), (self.user_office, "simple_notification", "success")
        )

    def test_job_and_file_readable_by_their_user_and_managers_only(self):
        job = self._job(self.user_office)
        job._edu_done("3 rows exported.", "rows.csv", b"secret")
        attachment = job.attachment_id
        for user in (self.user_office, self.user_manager):
            self.assertEqual(job.with_user(user).read(["name"])[0]["name"], job.name)
            self.assertEqual(attachment.with_user(user).raw, b"secret")
        for user in (self.user_inspector, self.user_district_office, self.user_viewer):
            with self.assertRaises(AccessError):
                job.with_user(user).read(["name"])
            with self.assertRaises(AccessError):
                attachment.with_user(user).read(["raw"])
            self.assertNotIn(job, self.env["edu.job"].with_user(user).search([]))

    def test_only_the_job_machinery_writes_jobs(self):
        job = self._job(self.user_office)
        for vals in ({"state": "done"}, {"progress": 100}, {"result": "Forged"}):
            with self.assertRaises(AccessError):
                job.write(vals)
        with self.assertRaises(AccessError):
            self.env["edu.job"].with_user(self.user_office).create({"name": "Forged"})
        with self.assertRaises(AccessError):
            job.unlink()

    def test_failure_told_to_the_user(self):
        job = self._job(self.user_office)
        with patch.object(type(self.env["res.users"]), "_bus_send", autospec=True) as bus:
            job._edu_on_fail(exc_name="odoo.exceptions.UserError", exc_message="Bad row 7")
        self.assertEqual((job.state, job.error), ("failed", "Bad row 7"))
        message = job.sudo().message_ids[:1]
        self.assertIn("Bad row 7", message.body)
        self.assertEqual(message.notification_ids.res_partner_id, self.user_office.partner_id)
        self.assertEqual(bus.call_args.args[2]["type"], "danger")

    def test_only_job_methods_start(self):
        with self.assertRaises(ValueError):
            self.env["edu.job"]._edu_start("Delete", self.region_a, "unlink")
        self.assertFalse(self.env["edu.job"].search([("name", "=", "Delete")]))
