import io

import openpyxl

from odoo.tests import Form, tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestReport(EduTrainingCase):
    def test_xlsx_export(self):
        self._record(self.employee_insp, self.course_national)
        self._record(self.employee_insp, self.course_online, hours=12.5)
        self.env.flush_all()
        rows = self.env["edu.training.compliance"].search(
            [
                ("year", "=", 2025),
                ("employee_id", "in", (self.employee_insp | self.employee_insp2).ids),
            ]
        )
        self.assertEqual(len(rows), 2)
        content, report_type = self.env["ir.actions.report"]._render(
            "edu_supervision_training.compliance_xlsx", rows.ids
        )
        self.assertEqual(report_type, "xlsx")
        sheet = openpyxl.load_workbook(io.BytesIO(content)).active
        lines = {row[1]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
        line = lines[self.employee_insp.name]
        self.assertEqual(line[0], 2025)
        self.assertEqual(line[2], self.region_a.display_name)
        self.assertEqual(line[4], 24)
        self.assertEqual(line[5], 12.5)
        self.assertEqual(line[9], 16 + 37.5)
        self.assertEqual(line[10], "No")
        self.assertEqual(lines[self.employee_insp2.name][9], 90)

    def test_settings(self):
        settings = Form(self.env["res.config.settings"])
        settings.edu_training_reminder_month = 11
        settings.save().execute()
        self.assertEqual(self.company.edu_training_reminder_month, 11)
