from odoo import Command
from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestZone(EduInspectorCase):
    def _zone(self, **vals):
        return self.env["edu.responsibility.zone"].create(
            {"name": "Zone A", "region_id": self.region_a.id, **vals}
        )

    def test_counts_and_oversized(self):
        zone = self._zone(
            school_ids=[Command.set((self.school_a1 | self.school_a2).ids)],
            inspector_ids=[Command.set(self.employee_insp.ids)],
        )
        self.assertEqual(zone.school_count, 2)
        self.assertEqual(zone.inspector_count, 1)
        self.assertFalse(zone.is_oversized)
        self.assertEqual(self.school_a1.zone_ids, zone)
        self.assertEqual(self.employee_insp.edu_zone_ids, zone)
        schools = self.env["edu.school"].create(
            [
                {
                    "name": f"Z{i}",
                    "code": f"Z{i}",
                    "region_id": self.region_a.id,
                    "stage": "primary",
                }
                for i in range(19)
            ]
        )
        zone.school_ids = [Command.link(s.id) for s in schools[:18]]
        self.assertEqual(zone.school_count, 20)
        self.assertFalse(zone.is_oversized, "20 schools is the limit, not above it")
        zone.school_ids = [Command.link(schools[18].id)]
        self.assertTrue(zone.is_oversized)
        self.company.edu_zone_max_schools = 25
        self.assertFalse(zone.is_oversized)

    def test_onchange_warns_above_limit(self):
        schools = self.env["edu.school"].create(
            [
                {
                    "name": f"W{i}",
                    "code": f"W{i}",
                    "region_id": self.region_a.id,
                    "stage": "primary",
                }
                for i in range(21)
            ]
        )
        zone = self._zone()
        zone.school_ids = schools
        result = zone._onchange_school_ids()
        self.assertIn("21", result["warning"]["message"])
        zone.school_ids = schools[:20]
        self.assertFalse(zone._onchange_school_ids())

    def test_school_outside_region_refused(self):
        with self.assertRaises(ValidationError):
            self._zone(school_ids=[Command.set(self.school_b1.ids)])
        zone = self.env["edu.responsibility.zone"].create(
            {
                "name": "City zone",
                "region_id": self.region_city.id,
                "school_ids": [Command.set((self.school_a1 | self.school_b1).ids)],
            }
        )
        self.assertEqual(zone.school_count, 2)

    def test_school_in_one_zone_only(self):
        self._zone(school_ids=[Command.set(self.school_a1.ids)])
        with self.assertRaises(ValidationError):
            self._zone(name="Zone A bis", school_ids=[Command.set(self.school_a1.ids)])

    def test_inspector_without_certificate_refused(self):
        with self.assertRaises(ValidationError):
            self._zone(inspector_ids=[Command.set(self.employee_nocert.ids)])
