from psycopg2 import IntegrityError

from odoo.exceptions import AccessError
from odoo.tests import tagged
from odoo.tools import mute_logger

from .common import EduSupervisionCase


@tagged("post_install", "-at_install")
class TestAccess(EduSupervisionCase):
    def test_viewer_reads_but_cannot_write(self):
        school = self.school_a1.with_user(self.user_viewer)
        self.assertEqual(school.name, "School A1")
        with self.assertRaises(AccessError):
            school.write({"student_count": 10})
        with self.assertRaises(AccessError):
            self.env["edu.school"].with_user(self.user_viewer).create(
                {"name": "X", "code": "X1", "region_id": self.region_a.id, "stage": "primary"}
            )
        with self.assertRaises(AccessError):
            self.region_a.with_user(self.user_viewer).write({"name": "Renamed"})

    def test_inspector_cannot_edit_master_data(self):
        with self.assertRaises(AccessError):
            self.school_a1.with_user(self.user_inspector).write({"principal_name": "Someone"})
        committee = self.env["edu.committee"].create(
            {"name": "Committee", "region_id": self.region_city.id}
        )
        with self.assertRaises(AccessError):
            committee.with_user(self.user_inspector).write({"office_location": "Elsewhere"})

    def test_office_manages_schools_but_not_regions(self):
        School = self.env["edu.school"].with_user(self.user_office)
        school = School.create(
            {"name": "New School", "code": "N1", "region_id": self.region_b.id, "stage": "primary"}
        )
        self.assertTrue(school.partner_id, "a contact is created for the school")
        school.write({"student_count": 120})
        self.assertEqual(school.student_count, 120)
        with self.assertRaises(AccessError):
            school.unlink()
        with self.assertRaises(AccessError):
            self.env["edu.region"].with_user(self.user_office).create(
                {"name": "Other", "code": "T999", "level": "district"}
            )

    def test_manager_manages_everything(self):
        region = (
            self.env["edu.region"]
            .with_user(self.user_manager)
            .create({"name": "District C", "code": "T103", "parent_id": self.region_city.id})
        )
        school = (
            self.env["edu.school"]
            .with_user(self.user_manager)
            .create({"name": "School C1", "code": "C1", "region_id": region.id, "stage": "senior"})
        )
        committee = (
            self.env["edu.committee"]
            .with_user(self.user_manager)
            .create(
                {
                    "name": "Committee C",
                    "region_id": region.id,
                    "member_ids": [
                        (
                            0,
                            0,
                            {
                                "partner_id": school.partner_id.id,
                                "role": "member",
                                "duties": "Duty",
                            },
                        )
                    ],
                }
            )
        )
        self.assertEqual(committee.member_count, 1)
        school.unlink()
        self.assertFalse(school.exists())

    def test_district_office_sees_only_its_district(self):
        School = self.env["edu.school"].with_user(self.user_district_office)
        visible = School.search(
            [("id", "in", (self.school_a1 | self.school_a2 | self.school_b1).ids)]
        )
        self.assertEqual(visible, self.school_a1 | self.school_a2)
        with self.assertRaises(AccessError):
            self.school_b1.with_user(self.user_district_office).read(["name"])
        with self.assertRaises(AccessError):
            self.school_b1.with_user(self.user_district_office).write({"student_count": 1})
        # a city-level office user sees every district
        city_visible = (
            self.env["edu.school"]
            .with_user(self.user_office)
            .search([("id", "in", (self.school_a1 | self.school_b1).ids)])
        )
        self.assertEqual(city_visible, self.school_a1 | self.school_b1)

    def test_region_change_applies_at_once(self):
        self.user_district_office.edu_region_id = self.region_b
        School = self.env["edu.school"].with_user(self.user_district_office)
        self.assertEqual(
            School.search([("id", "in", (self.school_a1 | self.school_b1).ids)]), self.school_b1
        )

    def test_rule_names_the_regions(self):
        """The district rule states the user's regions as ids: PostgreSQL can then
        estimate the rows it selects (a child_of sub-query it cannot)."""
        domain = (
            self.env["ir.rule"]
            .with_user(self.user_district_office)
            ._compute_domain("edu.school", "read")
        )
        self.assertIn(("region_id", "in", self.region_a.ids), list(domain))
        self.assertNotIn("child_of", str(domain))

    def test_new_region_is_visible_at_once(self):
        """A city-level user bound to the city sees a district created after its rules
        were cached (a change of the region tree clears that cache)."""
        city_office = self._create_user(
            "t_office_city", ["edu_supervision.group_edu_office"], edu_region_id=self.region_city.id
        )
        School = self.env["edu.school"].with_user(city_office)
        self.assertEqual(School.search([("id", "=", self.school_a1.id)]), self.school_a1)
        district = self.env["edu.region"].create(
            {"name": "District N", "code": "T104", "parent_id": self.region_city.id}
        )
        school = self.env["edu.school"].create(
            {"name": "School N1", "code": "N1", "region_id": district.id, "stage": "primary"}
        )
        self.assertEqual(School.search([("id", "=", school.id)]), school)
        # moved out of the city: no longer visible
        other_city = self.env["edu.region"].create(
            {"name": "Other City", "code": "T900", "level": "city"}
        )
        district.parent_id = other_city
        self.assertFalse(School.search([("id", "=", school.id)]))

    def test_hr_and_finance_read_only(self):
        for user in (self.user_hr, self.user_finance):
            self.assertEqual(self.school_b1.with_user(user).name, "School B1")
            with self.assertRaises(AccessError):
                self.school_b1.with_user(user).write({"name": "X"})

    def test_user_without_role_is_refused(self):
        plain = self._create_user("t_plain", [])
        with self.assertRaises(AccessError):
            self.school_a1.with_user(plain).read(["name"])
        with self.assertRaises(AccessError):
            self.region_a.with_user(plain).read(["name"])

    def test_multi_company_isolation(self):
        other = self.env["res.company"].create({"name": "Other Office"})
        region = self.env["edu.region"].create(
            {"name": "Elsewhere", "code": "O1", "level": "city", "company_id": other.id}
        )
        visible = (
            self.env["edu.region"].with_user(self.user_manager).search([("id", "=", region.id)])
        )
        self.assertFalse(visible, "a region of another company is invisible")

    @mute_logger("odoo.sql_db")
    def test_code_unique_per_region(self):
        with self.assertRaises(IntegrityError), self.cr.savepoint():
            self.env["edu.school"].create(
                {"name": "Dup", "code": "A1", "region_id": self.region_a.id, "stage": "primary"}
            )
        # the same code in another region is fine
        other = self.env["edu.school"].create(
            {"name": "Dup", "code": "A1", "region_id": self.region_b.id, "stage": "primary"}
        )
        self.assertTrue(other)
