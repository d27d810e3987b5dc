from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestSettings(EduVisitCase):
    def test_targets_in_settings(self):
        settings = self.env["res.config.settings"].create(
            {"edu_visit_min_per_semester": 3, "edu_visit_min_per_month": 1}
        )
        settings.execute()
        self.assertEqual(self.company.edu_visit_min_per_semester, 3)
        self.assertEqual(self.company.edu_visit_min_per_month, 1)
        self.school_a1.invalidate_recordset()
        self.assertEqual(self.school_a1.visit_semester_target, 3)
        self.assertEqual(self.school_a1.visit_month_target, 1)

    def test_defaults_of_a_new_company(self):
        company = self.env["res.company"].create({"name": "Other Education Bureau"})
        self.assertEqual(company.edu_visit_min_per_semester, 2)
        self.assertEqual(company.edu_visit_min_per_month, 0)

    def test_viewer_reads_schools_without_visit_figures(self):
        """Viewers have no access to visits: the school figures are empty, not an error."""
        school = self.school_a1.with_user(self.user_viewer)
        self.assertEqual(school.visit_semester_count, 0)
        self.assertFalse(school.visit_behind)

    def test_behind_target_action_filters_by_default(self):
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_visit.edu_school_action_edu_visit_behind"
        )
        self.assertIn("search_default_filter_edu_visit_behind", action["context"])
        views = self.env["edu.school"].with_user(self.user_office).get_views([(False, "search")])
        self.assertIn("filter_edu_visit_behind", views["views"]["search"]["arch"])
        views = self.env["edu.school"].with_user(self.user_viewer).get_views([(False, "search")])
        self.assertNotIn("filter_edu_visit_behind", views["views"]["search"]["arch"])
