from odoo import models
from odoo.tools import split_every

EXPORT_CHUNK_SIZE = 2000


class EduProblemXlsx(models.AbstractModel):
    """Problem library (问题清单库) export.

    Written in xlsxwriter's constant-memory mode and read in chunks whose
    cache is dropped after writing: memory stays bounded for 100,000 rows.
    """

    _name = "report.edu_supervision_rectification.problem_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Problem Library XLSX"

    def get_workbook_options(self):
        return {"constant_memory": True}

    def _get_objs_for_report(self, docids, data):
        return self.env["edu.problem"].browse(docids or [])

    def _edu_problem_ids(self, data, objs):
        """The exported problems: the filters of the export wizard, else the selection."""
        if data and data.get("domain") is not None:
            return self.env["edu.problem"].search(data["domain"], order="id").ids
        return objs.ids

    def _edu_columns(self):
        env = self.env
        Problem = env["edu.problem"]
        labels = {
            name: dict(Problem._fields[name]._description_selection(env))
            for name in ("state", "severity")
        }
        return [
            (env._("Problem"), 40, lambda p: p.name),
            (env._("Inspected Unit"), 30, lambda p: p.partner_id.display_name),
            (env._("Region"), 14, lambda p: p.region_id.display_name or ""),
            (env._("Inspection"), 30, lambda p: p.inspection_id.display_name or ""),
            (env._("Year"), 8, lambda p: p.year),
            (env._("Category"), 18, lambda p: p.category_id.display_name or ""),
            (env._("Severity"), 10, lambda p: labels["severity"].get(p.severity, "")),
            (env._("Status"), 14, lambda p: labels["state"].get(p.state, "")),
            (env._("Deadline"), 12, lambda p: p.deadline or None),
            (env._("Overdue Days"), 10, lambda p: p.overdue_days),
            (env._("Rebound"), 8, lambda p: env._("Yes") if p.rebound else ""),
            (env._("Close-out Date"), 12, lambda p: p.closed_date or None),
            (env._("Description"), 60, lambda p: p.description or ""),
        ]

    def generate_xlsx_report(self, workbook, data, objs):
        Problem = self.env["edu.problem"]
        columns = self._edu_columns()
        bold = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        sheet = workbook.add_worksheet(self.env._("Problem Library"))
        sheet.freeze_panes(1, 0)
        for col, (title, width, _getter) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write(0, col, title, bold)
        row = 1
        for chunk in split_every(EXPORT_CHUNK_SIZE, self._edu_problem_ids(data, objs)):
            problems = Problem.browse(chunk)
            for problem in problems:
                for col, (_title, _width, getter) in enumerate(columns):
                    value = getter(problem)
                    if hasattr(value, "isoformat"):
                        sheet.write_datetime(row, col, value, date_format)
                    elif value is not None:
                        sheet.write(row, col, value)
                row += 1
            # Drop the chunk from the cache: memory stays bounded (units, regions and
            # categories stay cached: their number does not grow with the export).
            problems.invalidate_recordset()
