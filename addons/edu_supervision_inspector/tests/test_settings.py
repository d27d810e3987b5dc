from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestSettings(EduInspectorCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_inspector_school_ratio, 5)
        self.assertEqual(company.edu_large_school_ratio, 1)
        self.assertEqual(company.edu_min_fulltime_share, 30.0)

    def test_settings_write_through_config(self):
        settings = self.env["res.config.settings"].create({"edu_inspector_school_ratio": 6})
        settings.execute()
        self.assertEqual(self.company.edu_inspector_school_ratio, 6)

    def test_zero_or_negative_refused(self):
        before = self.company.edu_inspector_school_ratio
        for name in ("edu_inspector_school_ratio", "edu_large_school_ratio"):
            for value in (0, -1):
                with self.subTest(name=name, value=value), self.assertRaises(ValidationError):
                    self.company.write({name: value})
        with self.assertRaises(ValidationError):
            self.company.edu_min_fulltime_share = 120
        with self.assertRaises(ValidationError):
            self.company.edu_min_fulltime_share = -5
        self.assertEqual(self.company.edu_inspector_school_ratio, before, "nothing was saved")
