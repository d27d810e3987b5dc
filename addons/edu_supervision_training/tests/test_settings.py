from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestSettings(EduTrainingCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_preservice_hours, 40.0)
        self.assertEqual(company.edu_centralized_hours, 40.0)
        self.assertEqual(company.edu_online_hours, 50.0)

    def test_settings_write_through_config(self):
        settings = self.env["res.config.settings"].create({"edu_online_hours": 60.0})
        settings.execute()
        self.assertEqual(self.company.edu_online_hours, 60.0)

    def test_zero_or_negative_refused(self):
        for name in ("edu_preservice_hours", "edu_centralized_hours", "edu_online_hours"):
            for value in (0, -1):
                with self.subTest(name=name, value=value), self.assertRaises(ValidationError):
                    self.company.write({name: value})
        self.assertEqual(self.company.edu_online_hours, 50.0, "nothing was saved")
