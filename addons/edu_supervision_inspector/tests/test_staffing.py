from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestStaffing(EduInspectorCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.write(
            {
                "edu_inspector_school_ratio": 5,
                "edu_large_school_threshold": 2000,
                "edu_large_school_ratio": 1,
                "edu_min_fulltime_share": 30.0,
            }
        )
        cls.Region = cls.env["edu.region"]

    def _figures(self, region):
        return self.Region._edu_staffing_figures(region)[region.id]

    def _new_region(self, code, parent=None):
        return self.Region.create(
            {
                "name": f"Region {code}",
                "code": code,
                "level": "district",
                "parent_id": (parent or self.region_city).id,
            }
        )

    def _schools(self, region, students):
        return self.env["edu.school"].create(
            [
                {
                    "name": f"{region.code}-{i}",
                    "code": f"{region.code}{i}",
                    "region_id": region.id,
                    "stage": "primary",
                    "student_count": count,
                }
                for i, count in enumerate(students)
            ]
        )

    def assertFigures(self, figures, **expected):
        for key, value in expected.items():
            if isinstance(value, float):
                self.assertAlmostEqual(figures[key], value, places=2, msg=key)
            else:
                self.assertEqual(figures[key], value, key)

    def test_base_case_by_hand(self):
        # region A: A1 800 students (ordinary), A2 2500 (large); B: B1 300 (ordinary)
        # inspectors: One (full-time, A, valid), Two (part-time, B, valid),
        # Without Certificate (part-time, A, not valid)
        self._assign(self.school_a1, self.employee_insp, date(2020, 1, 1))
        figures = self._figures(self.region_a)
        self.assertFigures(
            figures,
            school_count=2,
            large_school_count=1,
            ordinary_school_count=1,
            required_count=2,  # ceil(1/5) + ceil(1/1)
            inspector_count=2,
            available_count=1,
            gap_count=1,
            fulltime_count=1,
            fulltime_share=100.0,
            fulltime_ok=True,
            covered_school_count=1,
            uncovered_school_count=1,
            coverage=50.0,
        )
        figures = self._figures(self.region_b)
        self.assertFigures(
            figures,
            school_count=1,
            large_school_count=0,
            required_count=1,
            available_count=1,
            gap_count=0,
            fulltime_share=0.0,
            fulltime_ok=False,
            coverage=0.0,
        )
        # the city counts its districts: 3 schools, 1 large -> ceil(2/5) + 1 = 2
        figures = self._figures(self.region_city)
        self.assertFigures(
            figures,
            school_count=3,
            large_school_count=1,
            required_count=2,
            inspector_count=3,
            available_count=2,
            gap_count=0,
            fulltime_count=1,
            fulltime_share=50.0,
            fulltime_ok=True,
            covered_school_count=1,
            coverage=100.0 / 3,
        )

    def test_rounding_up(self):
        region = self._new_region("R11")
        self._schools(region, [100] * 11)
        self.assertFigures(self._figures(region), required_count=3)  # ceil(11/5)
        region_10 = self._new_region("R10")
        self._schools(region_10, [100] * 10)
        self.assertFigures(self._figures(region_10), required_count=2)  # exactly 10/5

    def test_no_schools(self):
        region = self._new_region("EMPTY")
        figures = self._figures(region)
        self.assertFigures(
            figures,
            school_count=0,
            large_school_count=0,
            required_count=0,
            available_count=0,
            gap_count=0,
            fulltime_share=0.0,
            fulltime_ok=False,
            coverage=0.0,
            uncovered_school_count=0,
        )

    def test_only_large_schools(self):
        region = self._new_region("LARGE")
        self._schools(region, [2000, 2001, 5000])
        self._create_inspector("L1", region=region, inspector_type="full_time")
        self.assertFigures(
            self._figures(region),
            school_count=3,
            large_school_count=3,
            ordinary_school_count=0,
            required_count=3,
            available_count=1,
            gap_count=2,
        )
        self.company.edu_large_school_ratio = 2
        self.assertFigures(self._figures(region), required_count=2, gap_count=1)

    def test_no_full_time_inspectors(self):
        region = self._new_region("PT")
        self._schools(region, [300, 400])
        self._create_inspector("P1", region=region)
        self._create_inspector("P2", region=region)
        self.assertFigures(
            self._figures(region),
            available_count=2,
            fulltime_count=0,
            fulltime_share=0.0,
            fulltime_ok=False,
            required_count=1,
            gap_count=0,
        )

    def test_fulltime_share_against_minimum(self):
        region = self._new_region("FT")
        self._create_inspector("F1", region=region, inspector_type="full_time")
        for i in range(3):
            self._create_inspector(f"P{i}", region=region)
        figures = self._figures(region)
        self.assertFigures(figures, fulltime_share=25.0, fulltime_ok=False)
        self.company.edu_min_fulltime_share = 25.0
        self.assertTrue(self._figures(region)["fulltime_ok"])

    def test_exclusions(self):
        """Archived schools, invalid certificates, exited inspectors and
        inspectors of other regions are not counted."""
        region = self._new_region("EXC")
        schools = self._schools(region, [100, 100, 3000])
        schools[2].active = False
        inspector = self._create_inspector("E1", region=region)
        expired = self._create_inspector("E2", region=region)
        expired.edu_certificate_ids.write({"expiry_date": date(2016, 1, 1)})
        self._create_inspector("E3", region=self.region_b)
        figures = self._figures(region)
        self.assertFigures(
            figures, school_count=2, large_school_count=0, inspector_count=2, available_count=1
        )
        inspector.edu_is_inspector = False
        self.assertFigures(self._figures(region), available_count=0, gap_count=1)

    def test_sub_region_counted_in_parent(self):
        # a child region of district A (for example a town) counts in A and the city
        child = self.Region.create(
            {"name": "Town", "code": "TOWN", "level": "city", "parent_id": self.region_a.id}
        )
        self._schools(child, [100])
        self._create_inspector("T1", region=child)
        self.assertFigures(self._figures(self.region_a), school_count=3, available_count=2)
        self.assertFigures(self._figures(self.region_city), school_count=4, available_count=3)

    def test_report_lines_and_uncovered_action(self):
        self._assign(self.school_a1, self.employee_insp, date(2020, 1, 1))
        Report = self.env["edu.staffing.report"]
        lines = Report._edu_generate(self.region_city | self.region_a | self.region_b)
        self.assertEqual(len(lines), 3)
        line_a = lines.filtered(lambda line: line.region_id == self.region_a)
        self.assertEqual(line_a.region_level, "district")
        self.assertEqual(
            (line_a.school_count, line_a.required_count, line_a.available_count, line_a.gap_count),
            (2, 2, 1, 1),
        )
        self.assertAlmostEqual(line_a.coverage, 50.0)
        city = lines.filtered(lambda line: line.region_id == self.region_city)
        uncovered = self.env["edu.school"].search(city.action_view_uncovered_schools()["domain"])
        self.assertEqual(uncovered, self.school_a2 | self.school_b1)
        action = Report.action_open_report()
        self.assertEqual(action["res_model"], "edu.staffing.report")
        opened = Report.search(action["domain"])
        self.assertIn(self.region_city, opened.region_id)
        self.assertEqual(len(opened), self.Region.search_count([]))

    def test_constant_query_count(self):
        """Figures for 5 or 50 schools and inspectors take the same number of queries."""

        def measure(code, size):
            region = self._new_region(code)
            self._schools(region, [100 + 1000 * (i % 3) for i in range(size)])
            for i in range(size // 5):
                self._create_inspector(f"{code}-{i}", region=region)
            self.env.flush_all()
            self.env.invalidate_all()
            before = self.env.cr.sql_log_count
            self.Region._edu_staffing_figures(self.Region.search([]))
            return self.env.cr.sql_log_count - before

        small = measure("QS", 5)
        large = measure("QL", 50)
        self.assertEqual(small, large)
        self.assertLessEqual(large, 12)

    def test_region_overview_figures(self):
        """The overview cards show the live coverage and gap of each region;
        users without the office or HR role do not get these figures."""
        self._assign(self.school_a1, self.employee_insp, date(2020, 1, 1))
        regions = (self.region_a | self.region_b | self.region_city).with_user(self.user_office)
        self.assertEqual(regions.mapped("coverage"), [50.0, 0.0, 100.0 / 3])
        self.assertEqual(regions.mapped("uncovered_school_count"), [1, 1, 2])
        self.assertEqual(regions.mapped("inspector_gap"), [1, 0, 0])
        with self.assertRaises(AccessError):
            self.region_a.with_user(self.user_viewer).read(["coverage"])
