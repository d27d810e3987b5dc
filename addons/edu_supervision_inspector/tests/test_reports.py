import io
from datetime import date

import openpyxl

from odoo.tests import tagged

from .common import EduInspectorCase


@tagged("post_install", "-at_install")
class TestReports(EduInspectorCase):
    def test_plaque(self):
        self._assign(self.school_a1, self.employee_insp, date(2020, 1, 1))
        action = self.school_a1.action_edu_print_plaque()
        self.assertEqual(
            action["report_name"], "edu_supervision_inspector.report_edu_school_plaque"
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "edu_supervision_inspector.edu_school_plaque_report", self.school_a1.ids
            )[0]
            .decode()
        )
        self.assertIn("School A1", html)
        self.assertIn("Inspector One", html)
        self.assertIn("13900000001", html)
        self.assertIn("T-0001", html)
        if self.env["res.lang"]._lang_get("zh_CN"):
            # always printed in Chinese: title, the five duties and the eight items
            self.assertIn("责任督学", html)
            self.assertIn("挂牌督导", html)
            self.assertIn("食堂", html)
            self.assertNotIn("Duties of the responsible inspector", html)

    def test_plaque_without_inspector(self):
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "edu_supervision_inspector.edu_school_plaque_report", self.school_b1.ids
            )[0]
            .decode()
        )
        self.assertIn("School B1", html)
        self.assertNotIn("Inspector One", html)

    def test_staffing_xlsx(self):
        lines = self.env["edu.staffing.report"]._edu_generate(self.region_city | self.region_a)
        content, report_type = self.env["ir.actions.report"]._render_xlsx(
            "edu_supervision_inspector.edu_staffing_report_xlsx", lines.ids, {}
        )
        self.assertEqual(report_type, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        rows = list(sheet.iter_rows(values_only=True))
        self.assertEqual(len(rows), 3)
        by_region = {row[0]: row for row in rows[1:]}
        city = by_region[self.region_city.display_name]
        header = rows[0]
        values = dict(zip(header, city, strict=True))
        fields = lines._fields
        self.assertEqual(values[fields["school_count"]._description_string(self.env)], 3)
        self.assertEqual(values[fields["required_count"]._description_string(self.env)], 2)
        self.assertEqual(values[fields["available_count"]._description_string(self.env)], 2)

    def test_plaques_of_several_schools(self):
        """Several plaques print as one document, one page each."""
        self._assign(self.school_a1, self.employee_insp, date(2020, 1, 1))
        self._assign(self.school_b1, self.employee_insp2, date(2020, 1, 1))
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "edu_supervision_inspector.edu_school_plaque_report",
                (self.school_a1 | self.school_b1).ids,
            )[0]
            .decode()
        )
        self.assertIn("Inspector One", html)
        self.assertIn("Inspector Two", html)
        self.assertEqual(html.count('class="article"'), 1)
        self.assertEqual(html.count("page-break-after: always"), 1)
