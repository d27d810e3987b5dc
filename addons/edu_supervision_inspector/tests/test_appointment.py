from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from odoo.addons.edu_supervision.tests.common import (
    TWO_ZONES_LA_DAY,
    TWO_ZONES_MOMENT,
    TWO_ZONES_OFFICE_DAY,
)

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestAppointment(EduInspectorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.parttimer = cls._create_inspector("Part Timer", inspector_type="part_time")

    def _term(self, employee, start, kind="renew", inspector_type="part_time", **vals):
        return self.env["edu.inspector.appointment"].create(
            {
                "employee_id": employee.id,
                "kind": kind,
                "inspector_type": inspector_type,
                "date": start,
                "term_start": start,
                "document_number": f"DOC-{start}",
                **vals,
            }
        )

    def test_default_term_end_three_years(self):
        with Form(self.env["edu.inspector.appointment"]) as form:
            form.employee_id = self.parttimer
            form.kind = "appoint"
            form.date = date(2024, 3, 1)
        appointment = form.save()
        self.assertEqual(appointment.inspector_type, "part_time")
        self.assertEqual(appointment.term_start, date(2024, 3, 1))
        self.assertEqual(appointment.term_end, date(2027, 2, 28))
        self.assertEqual(appointment.term_number, 1)

    def test_part_time_term_longer_than_three_years_refused(self):
        with self.assertRaises(ValidationError):
            self._term(self.parttimer, date(2020, 1, 1), term_end=date(2023, 1, 1))

    def test_fourth_consecutive_term_refused(self):
        first = self._term(self.parttimer, date(2014, 1, 1), kind="appoint")
        second = self._term(self.parttimer, date(2017, 1, 1))
        third = self._term(self.parttimer, date(2020, 1, 1))
        self.assertEqual([first.term_number, second.term_number, third.term_number], [1, 2, 3])
        (first | second | third).action_confirm()
        self.assertEqual(self.parttimer.edu_term_number, 3)
        Appointment = self.env["edu.inspector.appointment"]
        count = Appointment.search_count([("employee_id", "=", self.parttimer.id)])
        with self.assertRaises(ValidationError) as error:
            self._term(self.parttimer, date(2023, 1, 1))
        self.assertIn("Part Timer", str(error.exception))
        self.assertIn("4", str(error.exception))
        self.assertEqual(Appointment.search_count([("employee_id", "=", self.parttimer.id)]), count)

    def test_fourth_term_message_in_chinese(self):
        if not self.env["res.lang"]._lang_get("zh_CN"):
            self.skipTest("zh_CN is not installed")
        for start in (date(2014, 1, 1), date(2017, 1, 1), date(2020, 1, 1)):
            self._term(self.parttimer, start)
        with self.assertRaises(ValidationError) as error:
            self.env["edu.inspector.appointment"].with_context(lang="zh_CN").create(
                {
                    "employee_id": self.parttimer.id,
                    "kind": "renew",
                    "inspector_type": "part_time",
                    "date": date(2023, 1, 1),
                    "term_start": date(2023, 1, 1),
                }
            )
        self.assertIn("连续", str(error.exception))

    def test_gap_restarts_the_count(self):
        for start in (date(2010, 1, 1), date(2013, 1, 1), date(2016, 1, 1)):
            self._term(self.parttimer, start)
        # the third term ended 2018-12-31; more than a year later a new term is a first term
        later = self._term(self.parttimer, date(2020, 6, 1), kind="appoint")
        self.assertEqual(later.term_number, 1)

    def test_cancelled_terms_do_not_count(self):
        terms = self.env["edu.inspector.appointment"]
        for start in (date(2014, 1, 1), date(2017, 1, 1), date(2020, 1, 1)):
            terms |= self._term(self.parttimer, start)
        terms[-1].action_cancel()
        # the cancelled third term neither counts nor overlaps
        replacement = self._term(self.parttimer, date(2020, 1, 1), document_number="DOC-bis")
        self.assertEqual(replacement.term_number, 3)
        self.assertEqual(terms[-1].term_number, 0)

    def test_overlapping_terms_refused(self):
        self._term(self.parttimer, date(2020, 1, 1))
        with self.assertRaises(ValidationError):
            self._term(self.parttimer, date(2022, 1, 1))

    def test_full_time_has_no_term_limit(self):
        employee = self._create_inspector("Full Timer", inspector_type="full_time")
        for year in (2010, 2014, 2018, 2022):
            self._term(
                employee,
                date(year, 1, 1),
                inspector_type="full_time",
                term_end=date(year + 3, 12, 31),
            )
        self.assertEqual(employee.edu_term_number, 0)

    def test_confirm_updates_profile_and_transitions(self):
        employee = self.env["hr.employee"].create({"name": "New Person"})
        appointment = self._term(
            employee, date(2025, 1, 1), kind="replenish", inspector_role="deputy_chief"
        )
        self.assertEqual(appointment.state, "draft")
        self.assertFalse(employee.edu_is_inspector)
        appointment.action_confirm()
        self.assertEqual(appointment.state, "confirmed")
        self.assertTrue(employee.edu_is_inspector)
        self.assertEqual(employee.edu_inspector_type, "part_time")
        self.assertEqual(employee.edu_inspector_role, "deputy_chief")
        with self.assertRaises(UserError):
            appointment.action_confirm()
        with self.assertRaises(UserError):
            appointment.action_cancel()
        with self.assertRaises(UserError):
            appointment.action_draft()
        other = self._term(employee, date(2028, 1, 1))
        other.action_cancel()
        self.assertEqual(other.state, "cancelled")
        other.action_draft()
        self.assertEqual(other.state, "draft")

    @freeze_time("2026-05-01")
    def test_exit_ends_assignments_and_revokes(self):
        current = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        future = self._assign(self.school_b1, self.employee_insp, date(2026, 9, 1))
        zone = self.env["edu.responsibility.zone"].create(
            {
                "name": "Zone",
                "region_id": self.region_a.id,
                "inspector_ids": [(4, self.employee_insp.id)],
            }
        )
        self.assertEqual(self.school_a1.responsible_employee_id, self.employee_insp)
        exit_ = self.env["edu.inspector.appointment"].create(
            {
                "employee_id": self.employee_insp.id,
                "kind": "exit",
                "date": date(2026, 4, 30),
                "document_number": "EXIT-1",
            }
        )
        self.assertFalse(exit_.term_start)
        exit_.action_confirm()
        self.assertEqual(current.date_to, date(2026, 4, 30))
        self.assertFalse(current.is_current)
        self.assertFalse(future.active)
        self.assertFalse(self.school_a1.responsible_employee_id)
        self.assertFalse(zone.inspector_ids)
        self.assertFalse(self.employee_insp.edu_is_inspector)
        self.assertEqual(self.employee_insp.edu_exit_date, date(2026, 4, 30))
        self.assertEqual(self.certificate_insp.state, "revoked")
        self.assertFalse(self.employee_insp.edu_certificate_valid)

    @freeze_time("2026-05-01")
    def test_transfer_out_ends_service_keeps_certificate(self):
        current = self._assign(self.school_a1, self.employee_insp, date(2025, 1, 1))
        self.env["edu.inspector.appointment"].create(
            {"employee_id": self.employee_insp.id, "kind": "transfer_out", "date": date(2026, 5, 1)}
        ).action_confirm()
        self.assertEqual(current.date_to, date(2026, 5, 1))
        self.assertFalse(self.employee_insp.edu_is_inspector)
        self.assertEqual(self.certificate_insp.state, "valid")

    def test_current_state_is_the_same_for_users_in_two_timezones(self):
        """At 23:30 in Los Angeles it is already the next day for the office: a term and
        an assignment starting on the office's day are current, a certificate expiring
        on the Los Angeles day has expired, for the user in Los Angeles too."""
        users = self._create_users_in_two_zones(
            "t_tz", ["edu_supervision.group_edu_inspector_hr", "hr.group_hr_user"]
        )
        schools = {users[0]: self.school_a1, users[1]: self.school_b1}
        term = self._term(self.parttimer, TWO_ZONES_OFFICE_DAY, kind="appoint")
        term.action_confirm()
        expiring = self._create_certificate(
            self.employee_nocert, "T-TZ", expiry_date=TWO_ZONES_LA_DAY
        )
        seen = []
        with freeze_time(TWO_ZONES_MOMENT):
            for user in users:
                (self.parttimer | self.employee_nocert).invalidate_recordset(
                    ["edu_term_number", "edu_certificate_valid"]
                )
                expiring.invalidate_recordset(["is_valid", "is_expired"])
                assignment = self._as_user(self.env["edu.school.assignment"], user).create(
                    {
                        "school_id": schools[user].id,
                        "employee_id": self.employee_insp.id,
                        "date_from": TWO_ZONES_OFFICE_DAY,
                    }
                )
                appointment = self._as_user(self.env["edu.inspector.appointment"], user)
                seen.append(
                    (
                        self._as_user(self.parttimer, user).edu_term_number,
                        assignment.is_current,
                        schools[user].responsible_employee_id,
                        self._as_user(expiring, user).is_valid,
                        self._as_user(expiring, user).is_expired,
                        self._as_user(self.employee_nocert, user).edu_certificate_valid,
                        appointment.default_get(["date"])["date"],
                    )
                )
        self.assertEqual(
            seen[0], (1, True, self.employee_insp, False, True, False, TWO_ZONES_OFFICE_DAY)
        )
        self.assertEqual(seen[1], seen[0], "the same for the user in the office's timezone")
