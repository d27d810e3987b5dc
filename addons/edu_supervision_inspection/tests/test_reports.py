import io
import zipfile

from odoo.tests import tagged

from .common import EduInspectionCase


@tagged("post_install", "-at_install")
class TestReports(EduInspectionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env["res.lang"]._activate_lang("zh_CN")
        cls._create_problem(cls.target_a1, name="Homework load too high", requirement="Reduce it")
        cls.inspection.public_summary = "Public summary text"

    def test_pdf_report_content(self):
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html(
            "edu_supervision_inspection.report_edu_inspection", self.inspection.ids
        )
        html = html.decode()
        self.assertIn("Homework load too high", html)
        self.assertIn("School A1", html)
        self.assertIn("Public summary text", html)

    def test_city_level_inspection_prints_the_city(self):
        inspection = self.env["edu.inspection"].create(
            {"name": "City-wide special inspection", "function": "school", "kind": "special"}
        )
        self.assertFalse(inspection.region_id)
        city = inspection._edu_report_region()
        self.assertEqual(city.level, "city")
        self.assertFalse(city.parent_id)
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html(
            "edu_supervision_inspection.report_edu_inspection", inspection.ids
        )
        self.assertIn(city.display_name, html.decode())
        self.assertEqual(self.inspection._edu_report_region(), self.region_a)

    def test_draw_report(self):
        draw = self.env["edu.random.draw"].create(
            {
                "draw_inspectors": False,
                "target_count": 1,
                "recent_months": 0,
                "target_region_ids": [(6, 0, self.region_b.ids)],
            }
        )
        draw.action_draw()
        html, _fmt = self.env["ir.actions.report"]._render_qweb_html(
            "edu_supervision_inspection.report_edu_random_draw", draw.ids
        )
        self.assertIn(draw.seed, html.decode())

    def test_xlsx_report(self):
        report = self.env.ref("edu_supervision_inspection.action_report_edu_inspection_xlsx")
        content, fmt = report._render(report.report_name, self.inspection.ids, data={})
        self.assertEqual(fmt, "xlsx")
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            strings = archive.read("xl/sharedStrings.xml").decode()
        self.assertIn("Homework load too high", strings)
        self.assertIn("School A1", strings)
