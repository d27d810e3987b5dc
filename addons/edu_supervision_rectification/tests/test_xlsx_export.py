import io
from datetime import datetime, time, timedelta

import openpyxl

from odoo.tests import tagged

from .common import EduRectificationCase


@tagged("post_install", "-at_install")
class TestXlsxExport(EduRectificationCase):
    def setUp(self):
        super().setUp()
        self.p1 = self._create_problem(self.target_a1, name="XLSX serious one", severity="serious")
        self.p2 = self._create_problem(self.target_a1, name="XLSX general one")
        self.p3 = self._create_problem(self.target_a2, name="XLSX other unit", severity="serious")
        self._bring_to_reported(self.p1)
        self._close(self.p1)

    def _render(self, xmlid, data=None, docids=None):
        report = self.env.ref(xmlid)
        content, file_type = (
            self.env["ir.actions.report"]
            .with_user(self.user_office)
            ._render_xlsx(report.report_name, docids, data or {})
        )
        self.assertEqual(file_type, "xlsx")
        return openpyxl.load_workbook(io.BytesIO(content)).active

    def test_library_export_applies_filters(self):
        wizard = (
            self.env["edu.problem.export.wizard"]
            .with_user(self.user_office)
            .create({"severity": "serious", "region_ids": [(6, 0, self.region_a.ids)]})
        )
        domain = wizard._edu_domain()
        sheet = self._render(
            "edu_supervision_rectification.edu_problem_xlsx_report", data={"domain": domain}
        )
        names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
        self.assertIn("XLSX serious one", names)
        self.assertIn("XLSX other unit", names)
        self.assertNotIn("XLSX general one", names)

    def test_library_export_of_selection(self):
        sheet = self._render(
            "edu_supervision_rectification.edu_problem_xlsx_report", docids=self.p2.ids
        )
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        self.assertEqual(len(rows), 1)
        self.assertEqual(rows[0][0], "XLSX general one")

    def test_library_export_row_content(self):
        """Every column of two rows, in the order of the selection: names, labels,
        dates, overdue days, blanks where a value is missing."""
        today = self.env.company._edu_today()
        self.p2.write(
            {"deadline": today - timedelta(days=10), "description": "Fire drill log missing."}
        )
        sheet = self._render(
            "edu_supervision_rectification.edu_problem_xlsx_report", docids=(self.p2 | self.p1).ids
        )
        rows = list(sheet.iter_rows(min_row=2, values_only=True))
        unit = self.unit_a1.display_name
        region = self.school_a1.region_id.display_name
        inspection = self.inspection.display_name
        year = self.inspection.year
        deadline = datetime.combine(today - timedelta(days=10), time())
        self.assertEqual(
            rows[0],
            (
                "XLSX general one", unit, region, inspection, year, None, "General", "Open",
                deadline, 10, None, None, "Fire drill log missing.",
            ),
        )  # fmt: skip
        closed = datetime.combine(self.p1.closed_date, time())
        p1_deadline = datetime.combine(self.p1.deadline, time()) if self.p1.deadline else None
        self.assertEqual(
            rows[1],
            (
                "XLSX serious one", unit, region, inspection, year, None, "Serious", "Closed",
                p1_deadline, 0, None, closed, None,
            ),
        )  # fmt: skip

    def test_progress_per_unit(self):
        domain = [("id", "in", (self.p1 | self.p2 | self.p3).ids)]
        sheet = self._render(
            "edu_supervision_rectification.edu_rectification_progress_xlsx_report",
            data={"domain": domain},
        )
        rows = {row[0]: row for row in sheet.iter_rows(min_row=2, values_only=True)}
        row_a1 = rows[self.unit_a1.display_name]
        self.assertEqual(row_a1[1], 2, "two problems for unit A1")
        self.assertEqual(row_a1[-1], 0.5, "one of two closed out")
        self.assertEqual(rows[self.unit_a2.display_name][1], 1)

    def test_export_wizard_action(self):
        wizard = self.env["edu.problem.export.wizard"].create({"report": "progress", "year": 2026})
        action = wizard.action_export()
        self.assertEqual(action["report_name"], "edu_supervision_rectification.progress_xlsx")
        self.assertIn(("year", "=", 2026), [tuple(leaf) for leaf in action["data"]["domain"]])

    def test_wizard_takes_the_list_selection(self):
        Wizard = self.env["edu.problem.export.wizard"].with_context(
            active_model="edu.problem", active_ids=self.p2.ids
        )
        wizard = Wizard.create({})
        self.assertEqual(self.env["edu.problem"].search(wizard._edu_domain()), self.p2)
        wizard = Wizard.with_context(active_domain=[("severity", "=", "serious")]).create(
            {"region_ids": [(6, 0, self.region_a.ids)]}
        )
        self.assertEqual(self.env["edu.problem"].search(wizard._edu_domain()), self.p1 | self.p3)
