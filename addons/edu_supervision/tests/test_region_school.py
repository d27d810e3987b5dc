from datetime import date

from freezegun import freeze_time
from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged
from odoo.tools import mute_logger

from .common import TWO_ZONES_MOMENT, EduSupervisionCase


@tagged("post_install", "-at_install")
class TestRegionSchool(EduSupervisionCase):
    def test_region_hierarchy(self):
        self.assertEqual(self.region_a.complete_name, "Test City / District A")
        self.assertEqual(
            self.env["edu.region"].search([("id", "child_of", self.region_city.id)]),
            self.region_city | self.region_a | self.region_b,
        )
        with self.assertRaises(UserError):  # Recursion or ValidationError
            self.region_city.parent_id = self.region_a
        with self.assertRaises(ValidationError):
            self.env["edu.region"].create(
                {"name": "Sub", "code": "T1011", "level": "district", "parent_id": self.region_a.id}
            )

    def test_school_count_includes_sub_regions(self):
        self.assertEqual(self.region_a.school_count, 2)
        self.assertEqual(self.region_b.school_count, 1)
        self.assertEqual(self.region_city.school_count, 3)

    def test_roll_up_from_districts_to_city(self):
        """The one roll-up of the platform: figures of each region plus its sub-regions."""
        regions = self.region_city | self.region_a | self.region_b
        figures = {
            self.region_a: {"schools": 2, "inspectors": 1},
            self.region_b: {"schools": 1},
            self.region_city: {"inspectors": 4},
        }
        self.assertEqual(
            regions._edu_roll_up(figures, ("schools", "inspectors", "gap")),
            {
                self.region_city.id: {"schools": 3, "inspectors": 5, "gap": 0},
                self.region_a.id: {"schools": 2, "inspectors": 1, "gap": 0},
                self.region_b.id: {"schools": 1, "inspectors": 0, "gap": 0},
            },
        )
        self.assertEqual(
            self.region_a._edu_roll_up({}, ("schools",)), {self.region_a.id: {"schools": 0}}
        )
        self.assertEqual(
            regions._edu_count_by_region("edu.school", [("stage", "!=", "kindergarten")]),
            {self.region_city.id: 2, self.region_a.id: 2, self.region_b.id: 0},
        )

    def test_principal_term_ending_is_the_same_for_every_user(self):
        """ "Ends within a year" counts from the office's day, not the user's."""
        self.school_a1.principal_term_end = date(2026, 6, 12)  # yesterday for the office
        self.school_a2.principal_term_end = date(2026, 6, 13)  # today for the office
        self.school_b1.principal_term_end = date(2027, 6, 14)  # a year and a day
        user_la, user_office = self._create_users_in_two_zones(
            "t_term", ["edu_supervision.group_edu_office"]
        )
        schools = self.school_a1 | self.school_a2 | self.school_b1
        with freeze_time(TWO_ZONES_MOMENT):
            for user in (user_la, user_office):
                schools.invalidate_recordset(["principal_term_ending"])
                mine = self._as_user(schools, user)
                self.assertEqual(mine.mapped("principal_term_ending"), [False, True, False])
                self.assertEqual(
                    mine.search([("principal_term_ending", "=", True), ("id", "in", schools.ids)]),
                    self.school_a2,
                )
                self.assertEqual(
                    mine.search([("principal_term_ending", "=", False), ("id", "in", schools.ids)]),
                    self.school_a1 | self.school_b1,
                )

    def test_large_school_follows_threshold(self):
        self.assertFalse(self.school_a1.is_large)
        self.assertTrue(self.school_a2.is_large, "2,500 students >= 2,000")
        self.company.edu_large_school_threshold = 800
        self.assertTrue(self.school_a1.is_large, "exactly at the threshold is large")
        self.school_a1.student_count = 799
        self.assertFalse(self.school_a1.is_large)

    def test_school_creates_and_renames_contact(self):
        form = Form(self.env["edu.school"])
        form.name = "Form School"
        form.code = "F1"
        form.region_id = self.region_b
        form.stage = "nine_year"
        form.phone = "0473-1234567"
        school = form.save()
        self.assertEqual(school.partner_id.name, "Form School")
        self.assertTrue(school.partner_id.is_company)
        self.assertEqual(school.partner_id.phone, "0473-1234567")
        school.name = "Renamed School"
        self.assertEqual(school.partner_id.name, "Renamed School")

    def test_principal_term_end_before_start(self):
        with self.assertRaises(ValidationError):
            self.school_a1.write(
                {"principal_term_start": "2024-09-01", "principal_term_end": "2024-08-31"}
            )
        self.school_a1.write(
            {"principal_term_start": "2024-09-01", "principal_term_end": "2028-08-31"}
        )
        self.assertEqual(str(self.school_a1.principal_term_end), "2028-08-31")

    def test_bad_code_refused(self):
        with self.assertRaises(ValidationError):
            self.env["edu.school"].create(
                {"name": "Bad", "code": "A 3", "region_id": self.region_a.id, "stage": "primary"}
            )
        self.assertFalse(self.env["edu.school"].search([("name", "=", "Bad")]), "nothing saved")

    @mute_logger("odoo.sql_db")
    def test_negative_student_count_refused(self):
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self.school_a1.write({"student_count": -1})

    def test_single_chair(self):
        committee = self.env["edu.committee"].create(
            {"name": "Committee", "region_id": self.region_city.id}
        )
        partners = self.env["res.partner"].create([{"name": "Gov"}, {"name": "Bureau"}])
        committee.member_ids = [(0, 0, {"partner_id": partners[0].id, "role": "chair"})]
        self.assertEqual(committee.chair_id.partner_id, partners[0])
        with self.assertRaises(ValidationError):
            committee.member_ids = [(0, 0, {"partner_id": partners[1].id, "role": "chair"})]

    def test_region_action_shows_its_schools(self):
        action = self.region_a.action_view_schools()
        self.assertEqual(
            self.env["edu.school"].search(action["domain"]), self.school_a1 | self.school_a2
        )
