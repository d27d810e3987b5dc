from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestSettings(EduSupervisionCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_large_school_threshold, 2000)

    def test_settings_write_through_config(self):
        settings = self.env["res.config.settings"].create({"edu_large_school_threshold": 1500})
        settings.execute()
        self.assertEqual(self.company.edu_large_school_threshold, 1500)

    def test_zero_or_negative_refused(self):
        before = self.company.edu_large_school_threshold
        for value in (0, -1):
            with self.subTest(value=value), self.assertRaises(ValidationError):
                self.company.write({"edu_large_school_threshold": value})
        self.assertEqual(self.company.edu_large_school_threshold, before, "nothing was saved")

    def test_today_in_shanghai(self):
        # 17:00 UTC on 31 Dec is already 1 January in Shanghai
        with freeze_time("2025-12-31 17:00:00"):
            self.assertEqual(self.company._edu_today(), date(2026, 1, 1))
        with freeze_time("2025-12-31 15:59:00"):
            self.assertEqual(self.company._edu_today(), date(2025, 12, 31))
