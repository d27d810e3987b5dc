from datetime import date

import pytz
from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import ValidationError
from odoo.tests import tagged
from odoo.tools import SQL

from odoo.addons.edu_supervision.models.res_company import EDU_DEFAULT_TIMEZONE

from .common import (
    TWO_ZONES_LA_DAY,
    TWO_ZONES_MOMENT,
    TWO_ZONES_OFFICE_DAY,
    EduSupervisionCase,
)


@tagged("post_install", "-at_install")
class TestSettings(EduSupervisionCase):
    def test_defaults(self):
        company = self.env["res.company"].create({"name": "Fresh Office"})
        self.assertEqual(company.edu_large_school_threshold, 2000)
        self.assertEqual(company.edu_timezone, EDU_DEFAULT_TIMEZONE)

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

    def test_today_in_the_office_timezone(self):
        # 17:00 UTC on 31 Dec is already 1 January in the default zone (UTC+8)
        with freeze_time("2025-12-31 17:00:00"):
            self.assertEqual(self.company._edu_today(), date(2026, 1, 1))
        with freeze_time("2025-12-31 15:59:00"):
            self.assertEqual(self.company._edu_today(), date(2025, 12, 31))

    def test_today_is_the_same_for_users_in_other_timezones(self):
        user_la, user_office = self._create_users_in_two_zones(
            "t_tz", ["edu_supervision.group_edu_viewer"]
        )
        with freeze_time(TWO_ZONES_MOMENT):
            # the users' own calendars differ by a day...
            self.assertEqual(
                fields.Date.context_today(self._as_user(self.company, user_la)), TWO_ZONES_LA_DAY
            )
            self.assertEqual(
                fields.Date.context_today(self._as_user(self.company, user_office)),
                TWO_ZONES_OFFICE_DAY,
            )
            # ...the office's day is the same for both, whichever company record is asked
            for user in (user_la, user_office):
                env = self._as_user(self.company, user).env
                self.assertEqual(env.company._edu_today(), TWO_ZONES_OFFICE_DAY, user.login)
                self.assertEqual(
                    env["res.company"]._edu_today(), TWO_ZONES_OFFICE_DAY, "empty: the current"
                )

    def test_timezone_setting_moves_today(self):
        with freeze_time(TWO_ZONES_MOMENT):
            self.assertEqual(self.company._edu_today(), TWO_ZONES_OFFICE_DAY)
            settings = self.env["res.config.settings"].create(
                {"edu_timezone": "America/Los_Angeles"}
            )
            settings.execute()
            self.assertEqual(self.company.edu_timezone, "America/Los_Angeles")
            self.assertEqual(self.company._edu_today(), TWO_ZONES_LA_DAY)
            self.company.edu_timezone = "Pacific/Kiritimati"  # UTC+14: 20:30 on 13 June
            self.assertEqual(self.company._edu_today(), TWO_ZONES_OFFICE_DAY)

    def test_today_in_sql_reads_the_company_row(self):
        """SQL views get the office's day from the company row: no zone in the view."""
        query = SQL(
            "SELECT %s FROM res_company c WHERE c.id = %s",
            self.env["res.company"]._edu_today_sql("c"),
            self.company.id,
        )
        now = pytz.utc.localize(self.env.cr.now())  # NOW() of the transaction, in UTC
        days = {}
        # UTC+14 and UTC-11: never the same day
        for tz in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
            self.company.edu_timezone = tz
            self.env.flush_all()
            days[tz] = self.env.execute_query(query)[0][0]
            self.assertEqual(days[tz], now.astimezone(pytz.timezone(tz)).date(), tz)
        self.assertNotEqual(days["Pacific/Kiritimati"], days["Pacific/Pago_Pago"])
