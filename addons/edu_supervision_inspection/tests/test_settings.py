from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestSettings(EduInspectionCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_feedback_days_comprehensive, 30)
        self.assertEqual(company.edu_feedback_days_special, 15)
        self.assertEqual(company.edu_max_inspections_per_school, 2)

    def test_settings_write_through_config(self):
        settings = self.env["res.config.settings"].create({"edu_feedback_days_special": 10})
        settings.execute()
        self.assertEqual(self.company.edu_feedback_days_special, 10)

    def test_zero_or_negative_refused(self):
        before = self.company.edu_feedback_days_special
        for name in (
            "edu_feedback_days_comprehensive",
            "edu_feedback_days_special",
            "edu_max_inspections_per_school",
        ):
            for value in (0, -1):
                with self.subTest(name=name, value=value), self.assertRaises(ValidationError):
                    self.company.write({name: value})
        self.assertEqual(self.company.edu_feedback_days_special, before, "nothing was saved")
