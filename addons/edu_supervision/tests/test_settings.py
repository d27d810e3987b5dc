from datetime import date

from freezegun import freeze_time

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestSettings(EduSupervisionCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_inspector_school_ratio, 5)
        self.assertEqual(company.edu_large_school_ratio, 1)
        self.assertEqual(company.edu_min_fulltime_share, 30.0)
        self.assertEqual(company.edu_preservice_hours, 40.0)
        self.assertEqual(company.edu_centralized_hours, 40.0)
        self.assertEqual(company.edu_online_hours, 50.0)
        self.assertEqual(company.edu_feedback_days_comprehensive, 30)
        self.assertEqual(company.edu_feedback_days_special, 15)

    def test_settings_write_through_config(self):
        settings = self.env["res.config.settings"].create({"edu_inspector_school_ratio": 6})
        settings.execute()
        self.assertEqual(self.company.edu_inspector_school_ratio, 6)

    def test_zero_or_negative_refused(self):
        for name in (
            "edu_inspector_school_ratio",
            "edu_large_school_threshold",
            "edu_large_school_ratio",
            "edu_feedback_days_comprehensive",
            "edu_feedback_days_special",
            "edu_max_inspections_per_school",
            "edu_preservice_hours",
            "edu_online_hours",
        ):
            for value in (0, -1):
                with self.subTest(name=name, value=value), self.assertRaises(ValidationError):
                    self.company.write({name: value})
        with self.assertRaises(ValidationError):
            self.company.edu_min_fulltime_share = 120
        with self.assertRaises(ValidationError):
            self.company.edu_min_fulltime_share = -5
        self.assertEqual(self.company.edu_inspector_school_ratio, 5, "nothing was saved")

    def test_today_in_shanghai(self):
        # 17:00 UTC on 31 Dec is already 1 January in Shanghai
        with freeze_time("2025-12-31 17:00:00"):
            self.assertEqual(self.company._edu_today(), date(2026, 1, 1))
        with freeze_time("2025-12-31 15:59:00"):
            self.assertEqual(self.company._edu_today(), date(2025, 12, 31))
