from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase

INSPECTIONS = "/odoo/action-edu_supervision_inspection.edu_inspection_action"
PROBLEMS = "/odoo/action-edu_supervision_problem.edu_problem_action"


@tagged("post_install", "-at_install")
class TestTours(EduTourCase):
    """Each role's day, played in the browser on the demo data."""

    def test_viewer_reads_the_overview(self):
        """The viewer opens the app, reads the overview and the schools of a district."""
        self._edu_demo("edu_supervision_wuhai.user_edu_viewer")
        self.start_tour("/odoo", "edu_viewer_overview_tour", login="viewer")

    def test_viewer_opens_the_dashboards(self):
        """The viewer opens 仪表板, the dashboards of the group 教育督导 for his role, and
        the figures of 督导评估 with the inspections behind them."""
        self._edu_demo("edu_supervision_wuhai.user_edu_viewer")
        self.start_tour("/odoo", "edu_viewer_dashboard_tour", login="viewer")

    def test_district_office_dashboard_shows_its_district(self):
        """The office of 乌达区 opens 督导评估: the inspections behind its figures are
        those of its district only."""
        user = self._edu_demo("edu_supervision_wuhai.user_edu_district_office")
        self.assertEqual(user.edu_region_id, self.env.ref("edu_supervision_wuhai.region_wuda"))
        self.start_tour("/odoo", "edu_district_dashboard_tour", login="office_wuda")

    def test_hr_renews_an_appointment(self):
        """Inspector HR records and confirms the renewal of a part-time inspector whose
        term has ended: his second consecutive term starts today."""
        employee = self._edu_demo("edu_supervision_wuhai.employee_inspector_term_ended")
        self.assertFalse(employee.edu_is_inspector)
        self.start_tour(
            "/odoo/action-edu_supervision_inspector.edu_inspector_appointment_action",
            "edu_hr_renewal_tour",
            login="hr",
        )
        renewal = self.env["edu.inspector.appointment"].search(
            [("employee_id", "=", employee.id), ("kind", "=", "renew")]
        )
        self.assertEqual(renewal.state, "confirmed")
        self.assertEqual(renewal.inspector_type, "part_time")
        self.assertEqual(renewal.term_number, 2)
        self.assertTrue(employee.edu_is_inspector)

    def test_inspector_views_render(self):
        """Every view of the inspectors addon opens on the demo data without a JavaScript
        error."""
        self._edu_demo("edu_supervision_wuhai.employee_inspector_01")
        self.start_tour("/odoo", "edu_inspector_views_tour", login="admin", timeout=300)

    def test_office_draws_and_schedules(self):
        """The office draws the units and inspectors of a draft inspection, sees who was
        excluded and why, confirms the draw and schedules the inspection."""
        inspection = self._edu_demo("edu_supervision_wuhai.inspection_demo_to_draw")
        self.start_tour(f"{INSPECTIONS}/{inspection.id}", "edu_office_draw_tour", login="office")
        draw = inspection.draw_ids
        self.assertEqual(inspection.state, "scheduled")
        self.assertEqual(draw.state, "confirmed")
        self.assertEqual(draw.drawn_by_id, self.env.ref("edu_supervision_wuhai.user_edu_office"))
        self.assertEqual(len(inspection.target_ids), 2)
        self.assertEqual(inspection.target_ids.school_id, draw.result_school_ids)
        self.assertEqual(inspection.team_employee_ids, draw.result_employee_ids)
        self.assertIn("certificate", draw.exclusion_ids.mapped("reason"))

    def test_manager_approves_and_publishes(self):
        """The chief inspector approves the report of an inspection and publishes it."""
        inspection = self._edu_demo("edu_supervision_wuhai.inspection_demo_reporting")
        self.start_tour(
            f"{INSPECTIONS}/{inspection.id}", "edu_manager_publish_tour", login="manager"
        )
        manager = self.env.ref("edu_supervision_wuhai.user_edu_manager")
        self.assertEqual(inspection.state, "published")
        self.assertEqual(inspection.approved_by_id, manager)
        self.assertTrue(inspection.publish_date)
        self.assertIn("作业管理", inspection.public_summary)

    def test_inspection_views_render(self):
        """Every view of the inspections addon opens on the demo data without a JavaScript
        error."""
        self._edu_demo("edu_supervision_wuhai.inspection_demo_reporting")
        self.start_tour("/odoo", "edu_inspection_views_tour", login="admin", timeout=300)

    def test_finance_posts_with_override(self):
        """Posting a bill that overspends its budget line is refused; supervision finance
        records an override with its reason and posts it."""
        bill = self._edu_demo("edu_supervision_wuhai.bill_demo_wuda_overspend")
        self.start_tour(
            f"/odoo/action-account.action_move_in_invoice_type/{bill.id}",
            "edu_finance_override_tour",
            login="finance",
        )
        self.assertEqual(bill.state, "posted")
        self.assertTrue(bill.edu_budget_override)
        budget = self.env.ref("edu_supervision_wuhai.budget_demo_wuda")
        self.assertIn(bill.name, budget.message_ids[0].body)

    def test_office_exports_in_the_background(self):
        """The office starts an export large enough to run in the background: the page
        answers at once and the job is queued; queue_job's runner runs it (the test makes
        the runner's request); the office finds the job done with its file, and the
        file in the job's notification."""
        office = self._edu_demo("edu_supervision_wuhai.user_edu_office")
        # the demo has a few problems: make their export one large enough for a job
        self.env["ir.config_parameter"].set_param("edu_supervision.job_threshold.problem_export", 1)
        self.start_tour(PROBLEMS, "edu_office_job_start_tour", login="office")
        job = self.env["edu.job"].search([("user_id", "=", office.id)])
        self.assertEqual((len(job), job.state, job.progress), (1, "queued", 0.0))
        queued = self.env["queue.job"].search([("uuid", "=", job.queue_job_uuid)])
        self.assertEqual((queued.state, queued.channel), ("pending", "root.edu"))
        count = self.env["edu.problem"].with_user(office).search_count([])
        # the runner marks the job enqueued, then asks the server to run it
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE queue_job SET state = 'enqueued', date_enqueued = now() WHERE uuid = %s",
            [job.queue_job_uuid],
        )
        self.url_open(
            f"/queue_job/runjob?db={self.env.cr.dbname}&job_uuid={job.queue_job_uuid}",
            timeout=180,
        ).raise_for_status()
        self.env.invalidate_all()
        self.assertEqual(queued.state, "done")
        self.assertEqual((job.state, job.progress), ("done", 100.0))
        self.assertIn(str(count), job.result)
        self.assertTrue(job.filename.endswith(".xlsx"))
        self.assertEqual(job.message_ids[:1].attachment_ids, job.attachment_id)
        self.start_tour("/odoo", "edu_office_job_result_tour", login="office")


@tagged("post_install", "-at_install")
class TestPhoneTours(EduTourCase):
    """The responsible inspector's day, played in the browser on the demo data, on a
    390 px wide phone screen."""

    browser_size = "390x844"
    touch_enabled = True

    def test_inspector_records_a_visit_on_a_phone(self):
        """The inspector opens "My schools", taps "New Visit", rates an item as a problem,
        records the finding and submits the visit."""
        self._edu_demo("edu_supervision_wuhai.visit_demo_01_a")
        inspector = self.env.ref("edu_supervision_wuhai.user_edu_inspector")
        before = self.env["edu.visit"].search([("user_id", "=", inspector.id)])
        self.start_tour(
            "/odoo/action-edu_supervision_visit.edu_school_action_edu_visit_my",
            "edu_inspector_visit_tour",
            login="inspector",
        )
        visit = self.env["edu.visit"].search([("user_id", "=", inspector.id)]) - before
        self.assertEqual(visit.state, "submitted")
        self.assertEqual(visit.problem_item_count, 1)
        self.assertEqual(visit.problem_ids.name, "消防通道堆放杂物")
        self.assertEqual(visit.problem_ids.school_id, visit.school_id)
