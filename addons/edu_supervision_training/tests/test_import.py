import base64
import io
from datetime import date, datetime

import openpyxl

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import EduTrainingCase


@tagged("post_install", "-at_install")
class TestImport(EduTrainingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee_insp.identification_id = "150302196501010011"
        cls.employee_insp2.name = "Wang Fang"

    def _wizard(self, content, filename="hours.csv", year=2025, user=None):
        Wizard = self.env["edu.training.import.wizard"]
        if user:
            Wizard = Wizard.with_user(user)
        return Wizard.create(
            {"year": year, "file": base64.b64encode(content), "filename": filename}
        )

    def _csv(self, *rows, header="Inspector,Date,Course,Hours"):
        return ("\n".join([header, *rows]) + "\n").encode()

    def _xlsx(self, *rows):
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.append(["Inspector (ID or name)", "Date", "Course", "Hours"])
        for row in rows:
            sheet.append(list(row))
        output = io.BytesIO()
        workbook.save(output)
        return output.getvalue()

    def _records(self):
        return self.Record.search([("source", "=", "import")])

    def test_import_csv(self):
        wizard = self._wizard(
            self._csv(
                "150302196501010011,2025-03-01,Online: rule of law,10",
                "wang fang,2025/03/02,Online: rule of law,7.5",
                ",,,",
                f"{self.employee_nocert.name},2025-12-31,Online: ethics,2",
            )
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "done")
        records = self._records()
        self.assertEqual(len(records), 3)
        self.assertEqual(wizard.record_ids, records)
        first = records.filtered(lambda r: r.employee_id == self.employee_insp)
        self.assertEqual(first.hours, 10)
        self.assertEqual(first.date, date(2025, 3, 1))
        self.assertEqual(first.course_name, "Online: rule of law")
        self.assertEqual(first.category, "online")
        self.assertEqual(first.result, "passed")
        self.assertEqual(
            records.filtered(lambda r: r.employee_id == self.employee_insp2).hours, 7.5
        )
        self.assertEqual(set(wizard.line_ids.mapped("status")), {"imported"})
        self.assertEqual(wizard.line_ids.mapped("row"), [2, 3, 5])
        # the hours now count
        figures = self.employee_insp._edu_get_training_figures(2025)[self.employee_insp.id]
        self.assertEqual(figures["online_hours"], 10)

    def test_import_xlsx_and_gbk_csv(self):
        wizard = self._wizard(
            self._xlsx(
                ("150302196501010011", datetime(2025, 5, 1), "Course A", 12),
                ("Wang Fang", date(2025, 5, 2), "Course A", 6.5),
            ),
            filename="hours.xlsx",
        )
        wizard.action_import()
        self.assertEqual(wizard.state, "done")
        self.assertEqual(len(self._records()), 2)
        content = "督学;日期;课程;学时\nWang Fang;2025-06-01;网络研修：法治教育;4\n".encode("gbk")
        wizard = self._wizard(content)
        wizard.action_import()
        self.assertEqual(wizard.state, "done")
        self.assertEqual(wizard.record_ids.course_name, "网络研修：法治教育")

    def test_bad_row_writes_nothing_and_names_row_and_reason(self):
        wizard = self._wizard(
            self._csv(
                "150302196501010011,2025-03-01,Course A,10",
                "Nobody Known,2025-03-01,Course A,10",
                "Wang Fang,2025-03-01,Course A,10",
            )
        )
        action = wizard.action_import()
        self.assertEqual(action["res_id"], wizard.id)
        self.assertEqual(wizard.state, "error")
        self.assertFalse(self._records(), "nothing may be imported when a row is wrong")
        self.assertEqual(wizard.error_count, 1)
        bad = wizard.line_ids.filtered(lambda line: line.status == "error")
        self.assertEqual(bad.row, 3)
        self.assertIn("unknown inspector “Nobody Known”", bad.message)
        self.assertEqual(wizard.line_ids.filtered(lambda line: line.row == 2).status, "ok")

    def test_every_reason(self):
        homonym = self.env["hr.employee"].create({"name": "Li Ming", "edu_is_inspector": True})
        self.env["hr.employee"].create({"name": "Li Ming", "edu_is_inspector": True})
        self._external(self.employee_insp, "Existing course", "2025-02-02", 4)
        rows = {
            2: ("Li Ming,2025-03-01,Course,2", "ambiguous name “Li Ming”"),
            3: ("Wang Fang,2025-03-01,Course,0", "the hours must be positive"),
            4: ("Wang Fang,2025-03-02,Course,-3", "the hours must be positive"),
            5: ("Wang Fang,2024-12-31,Course,3", "outside the year 2025"),
            6: ("150302196501010011,2025-02-02,existing course,4", "already registered"),
            7: ("Wang Fang,2025-04-01,Course B,3", None),
            8: ("Wang Fang,2025-04-01,Course B,3", "duplicate of row 7 of the file"),
            9: ("Wang Fang,31 March,Course,3", "invalid date “31 March”"),
            10: ("Wang Fang,2025-04-03,Course,three", "invalid hours “three”"),
            11: (",2025-04-03,Course,3", "the inspector is missing"),
            12: ("Wang Fang,2025-04-04,,3", "the course is missing"),
        }
        count = self.Record.search_count([])
        wizard = self._wizard(self._csv(*(row for row, __ in rows.values())))
        wizard.action_import()
        self.assertEqual(wizard.state, "error")
        self.assertEqual(self.Record.search_count([]), count)
        lines = {line.row: line for line in wizard.line_ids}
        for number, (__, reason) in rows.items():
            if reason is None:
                self.assertEqual(lines[number].status, "ok", number)
            else:
                self.assertEqual(lines[number].status, "error", number)
                self.assertIn(reason, lines[number].message, number)
        self.assertFalse(homonym.edu_training_record_ids)

    def test_check_only_does_not_import(self):
        wizard = self._wizard(self._csv("Wang Fang,2025-03-01,Course A,10"))
        wizard.action_check()
        self.assertEqual(wizard.state, "checked")
        self.assertEqual(wizard.row_count, 1)
        self.assertFalse(self._records())

    def test_empty_or_missing_file(self):
        wizard = self.env["edu.training.import.wizard"].create({"year": 2025})
        with self.assertRaises(UserError):
            wizard.action_import()
        with self.assertRaisesRegex(UserError, "no rows"):
            self._wizard(self._csv()).action_import()

    def test_template(self):
        wizard = self.env["edu.training.import.wizard"].create({"year": 2025})
        action = wizard.action_download_template()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertIn(f"id={wizard.id}", action["url"])
        workbook = openpyxl.load_workbook(io.BytesIO(base64.b64decode(wizard.template_file)))
        header = [cell.value for cell in workbook.active[1]]
        self.assertEqual(header, ["Inspector (ID or name)", "Date", "Course", "Hours"])
        # the template itself is importable once the example row names a real inspector
        workbook.active["A2"] = "Wang Fang"
        output = io.BytesIO()
        workbook.save(output)
        imported = self._wizard(output.getvalue(), filename="template.xlsx")
        imported.action_import()
        self.assertEqual(imported.state, "done")

    def test_access(self):
        content = self._csv("Wang Fang,2025-03-01,Course A,10")
        wizard = self._wizard(content, user=self.user_hr)
        wizard.action_import()
        self.assertEqual(wizard.state, "done")
        with self.assertRaises(AccessError):
            self._wizard(content, user=self.user_inspector)
        # office staff cannot read identification numbers: they match on names only
        office = self._wizard(
            self._csv(
                "Wang Fang,2025-03-02,Course A,10",
                "150302196501010011,2025-03-02,Course A,10",
            ),
            user=self.user_office,
        )
        office.action_import()
        self.assertEqual(office.state, "error")
        self.assertEqual(office.line_ids.filtered(lambda line: line.row == 2).status, "ok")
        self.assertIn(
            "unknown inspector", office.line_ids.filtered(lambda line: line.row == 3).message
        )
