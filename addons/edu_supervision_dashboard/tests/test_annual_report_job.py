from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.edu_supervision.tests.jobs import trap_jobs

from .common import YEAR, EduDashboardCase


@tagged("post_install", "-at_install")
class TestAnnualReportJob(EduDashboardCase, HttpCase):
    """Over the threshold of schools in its scope, the annual report is written by a
    background job; its PDF comes with the notification."""

    def _wizard(self, user, region, **vals):
        return (
            self.env["edu.annual.report.wizard"]
            .with_user(user)
            .create({"year": YEAR, "region_id": region.id, "issuer": "Test Office", **vals})
        )

    def test_large_scope_written_by_a_job(self):
        schools = self.env["edu.school"].search_count(
            [("region_id", "child_of", self.region_city.id)]
        )
        self.env["ir.config_parameter"].set_param(
            "edu_supervision.job_threshold.annual_report", schools
        )
        with trap_jobs() as trap:
            action = self._wizard(self.user_office, self.region_city).action_generate()
            trap.assert_jobs_count(1)
            self.assertEqual(action["tag"], "display_notification")
            report = self.env["edu.annual.report"].browse(action["params"]["next"]["res_id"])
            self.assertEqual(report.state, "draft")
            self.assertFalse(report.pdf_attachment_id, "not rendered by the request")
            trap.perform_enqueued_jobs()
        job = self.env["edu.job"].search([("user_id", "=", self.user_office.id)])
        self.assertEqual((job.state, job.progress, job.size), ("done", 100.0, schools))
        self.assertEqual(job.result, f"{report.name} generated (PDF and XLSX on the report).")
        self.assertTrue(report.pdf_attachment_id and report.xlsx_attachment_id)
        self.assertEqual(job.attachment_id.raw, report.pdf_attachment_id.raw)
        self.assertEqual(job.attachment_id.name, report.pdf_attachment_id.name)
        message = job.message_ids[:1]
        self.assertEqual(message.attachment_ids, job.attachment_id)
        self.assertEqual(message.notification_ids.res_partner_id, self.user_office.partner_id)

    def test_small_scope_stays_synchronous(self):
        self.env["ir.config_parameter"].set_param(
            "edu_supervision.job_threshold.annual_report", 10**6
        )
        with trap_jobs() as trap:
            action = self._wizard(self.user_office, self.region_city).action_generate()
            trap.assert_jobs_count(0)
        report = self.env["edu.annual.report"].browse(action["res_id"])
        self.assertTrue(report.pdf_attachment_id)

    def test_bad_input_refused_before_enqueuing(self):
        self.env["ir.config_parameter"].set_param("edu_supervision.job_threshold.annual_report", 1)
        with trap_jobs() as trap:
            with self.assertRaises(UserError):
                self._wizard(self.user_office, self.region_city, year=1990).action_generate()
            trap.assert_jobs_count(0)
