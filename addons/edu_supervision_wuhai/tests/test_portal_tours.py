from odoo.tests import tagged

from odoo.addons.edu_supervision.tests.common import EduTourCase


@tagged("post_install", "-at_install")
class TestPortalTours(EduTourCase):
    """The unit's day on a phone and the office's review, played in the browser on the
    demo data (the school 海勃湾区博文小学 and its principal, demo user ``school``)."""

    browser_size = "390x844"
    touch_enabled = True

    def test_school_then_office(self):
        """The school completes its self-assessment with one evidence file, submits a
        rectification report with a photo, acknowledges and answers a supervision order;
        the office accepts the report in its inbox and closes out the problem."""
        assessment = self._edu_demo("edu_supervision_wuhai.self_assessment_demo_school")
        order = self._edu_demo("edu_supervision_wuhai.supervision_order_demo_school")
        problem = self._edu_demo("edu_supervision_wuhai.problem_demo_3")
        self.start_tour("/my/supervision", "edu_portal_school_tour", login="school")
        self.env.invalidate_all()

        self.assertEqual(assessment.state, "submitted")
        self.assertTrue(all(assessment.line_ids.mapped("is_scored")))
        evidence = assessment.sudo().line_ids.attachment_ids
        self.assertEqual(evidence.mapped("name"), ["应急演练记录.pdf"])
        report = problem.rectification_report_ids.filtered(lambda r: r.kind == "result")
        self.assertEqual(report.state, "submitted")
        self.assertEqual(report.submitted_by_id.login, "school")
        self.assertEqual(report.sudo().attachment_ids.mapped("name"), ["课表.png"])
        self.assertEqual(problem.state, "reported")
        self.assertTrue(order.acknowledge_date)
        self.assertEqual(order.state, "answered")
        self.assertEqual(order.sudo().answer_attachment_ids.mapped("name"), ["演练记录.pdf"])

        self.browser_size = "1366x768"
        self.touch_enabled = False
        self.start_tour(
            "/odoo/action-edu_supervision_portal.edu_portal_submission_action",
            "edu_portal_office_accept_tour",
            login="office",
        )
        self.env.invalidate_all()
        self.assertEqual(report.state, "accepted")
        self.start_tour(
            f"/odoo/action-edu_supervision_problem.edu_problem_action/{problem.id}",
            "edu_portal_office_close_out_tour",
            login="office",
        )
        self.env.invalidate_all()
        self.assertEqual(problem.state, "closed")
        self.assertEqual(problem.verification_evidence_ids, report.sudo().attachment_ids)

    def test_district_government(self):
        """The district government reads the problems of the schools it governs (its
        record rules name them by id), on a desktop browser."""
        self.browser_size = "1366x768"
        self.touch_enabled = False
        self.start_tour("/my/supervision", "edu_portal_district_tour", login="district")
