from datetime import date
from io import BytesIO

from openpyxl import load_workbook

from odoo.tests import tagged

from .common import EduVisitCase


@tagged("post_install", "-at_install")
class TestReport(EduVisitCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.visit = cls._create_visit(
            cls.school_a1, day=date(2026, 9, 1), state="submitted", opinion="Orderly school"
        )
        cls._create_visit(
            cls.school_a1, day=date(2026, 10, 1), state="submitted", announcement="unannounced"
        )
        cls._create_visit(cls.school_a2, day=date(2026, 10, 2), state="draft")
        cls._create_finding(cls.visit, severity="serious")
        cls.env["edu.complaint"].create(
            {
                "summary": "Complaint",
                "school_id": cls.school_a2.id,
                "date": date(2026, 9, 20),
                "employee_id": cls.employee_insp.id,
                "verification_result": "founded",
                "state": "replied",
            }
        )

    def test_semester_summary_figures(self):
        values = self.env[
            "report.edu_supervision_visit.report_edu_visit_semester"
        ]._get_report_values(self.region_a.ids, {"date": "2026-11-20"})
        summary = values["summaries"][self.region_a.id]
        self.assertEqual(summary["school_count"], 2)
        self.assertEqual(summary["required"], 4)
        self.assertEqual(summary["done"], 2)
        self.assertEqual(summary["counted"], 2)
        self.assertEqual(summary["unannounced"], 1)
        self.assertEqual(summary["on_target"], 1)
        self.assertEqual([line["school"] for line in summary["behind"]], ["School A2"])
        self.assertEqual(summary["findings"], 1)
        self.assertEqual(summary["open_findings"], 1)
        self.assertEqual(summary["complaints"], 1)
        self.assertEqual(summary["complaints_replied"], 1)
        self.assertEqual(summary["complaints_founded"], 1)
        self.assertEqual(values["date_from"], date(2026, 8, 1))

    def test_semester_summary_pdf_html(self):
        wizard = (
            self.env["edu.visit.semester.wizard"]
            .with_user(self.user_office)
            .create({"date": date(2026, 11, 20), "region_ids": [(6, 0, self.region_a.ids)]})
        )
        action = wizard.action_print()
        self.assertEqual(action["report_name"], "edu_supervision_visit.report_edu_visit_semester")
        html, _type = self.env["ir.actions.report"]._render_qweb_html(
            "edu_supervision_visit.report_edu_visit_semester",
            self.region_a.ids,
            data=action["data"],
        )
        html = html.decode()
        self.assertIn("District A", html)
        self.assertIn("School A2", html)
        self.assertIn("Inspector One", html)

    def test_xlsx_export(self):
        content, report_type = self.env["ir.actions.report"]._render(
            "edu_supervision_visit.report_edu_visit_xlsx", self.visit.ids
        )
        self.assertEqual(report_type, "xlsx")
        sheet = load_workbook(BytesIO(content)).active
        self.assertEqual(sheet.max_row, 2)
        row = [cell.value for cell in sheet[2]]
        self.assertEqual(row[0], self.visit.name)
        self.assertEqual(row[3], "School A1")
        self.assertIn("Orderly school", row)
