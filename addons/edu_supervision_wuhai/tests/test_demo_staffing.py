from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestDemoStaffing(TransactionCase):
    """The staffing figures of the demo city, counted by hand."""

    def setUp(self):
        super().setUp()
        self.env.company.write(
            {
                "edu_inspector_school_ratio": 5,
                "edu_large_school_threshold": 2000,
                "edu_large_school_ratio": 1,
                "edu_min_fulltime_share": 30.0,
            }
        )

    def _figures(self, region):
        return self.env["edu.region"]._edu_staffing_figures(region)[region.id]

    def assertFigures(self, figures, **expected):
        for key, value in expected.items():
            if isinstance(value, float):
                self.assertAlmostEqual(figures[key], value, places=2, msg=key)
            else:
                self.assertEqual(figures[key], value, key)

    def test_demo_figures_by_hand(self):
        """Demo data: 60 schools, 20 per district, 4 large per district; 30
        inspectors, 25 with a valid certificate, 8 of them full-time, 55 schools
        assigned."""
        city = self.env.ref("edu_supervision_wuhai.region_wuhai")
        demo = self.env.ref("edu_supervision_wuhai.employee_inspector_01", raise_if_not_found=False)
        if not demo:
            self.skipTest("demo data not loaded")
        schools = self.env["edu.school"].search_count([("region_id", "child_of", city.id)])
        inspectors = self.env["hr.employee"].search_count(
            [("edu_is_inspector", "=", True), ("edu_region_id", "child_of", city.id)]
        )
        if (schools, inspectors) != (60, 30):
            self.skipTest("demo data extended by other addons")
        # 48 ordinary -> ceil(48/5) = 10, + 12 large = 22; 8/25 full-time = 32 %
        self.assertFigures(
            self._figures(city),
            school_count=60,
            large_school_count=12,
            required_count=22,
            available_count=25,
            gap_count=0,
            fulltime_count=8,
            fulltime_share=32.0,
            fulltime_ok=True,
            covered_school_count=55,
            coverage=55 * 100.0 / 60,
        )
        # 海南区: 16 ordinary + 4 large -> 4 + 4 = 8 required, 6 valid -> gap 2
        hainan = self.env.ref("edu_supervision_wuhai.region_hainan")
        self.assertFigures(
            self._figures(hainan),
            school_count=20,
            required_count=8,
            available_count=6,
            gap_count=2,
            fulltime_count=2,
            coverage=90.0,
        )
        # 乌达区: 1 full-time of 8 valid = 12.5 % < 30 %
        wuda = self.env.ref("edu_supervision_wuhai.region_wuda")
        self.assertFigures(self._figures(wuda), fulltime_share=12.5, fulltime_ok=False)
