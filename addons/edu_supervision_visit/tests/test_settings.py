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
        self.assertEqual(self.school_a1.edu_visit_semester_target, 3)
        self.assertEqual(self.school_a1.edu_visit_month_target, 1)

    def test_defaults_of_a_new_company(self):
        company = self.env["res.company"].create({"name": "Other Education Bureau"})
        self.assertEqual(company.edu_visit_min_per_semester, 2)
        self.assertEqual(company.edu_visit_min_per_month, 0)

    def test_viewer_reads_schools_without_visit_figures(self):
        """Viewers have no access to visits: the school figures are empty, not an error."""
        school = self.school_a1.with_user(self.user_viewer)
        self.assertEqual(school.edu_visit_semester_count, 0)
        self.assertFalse(school.edu_visit_behind)
