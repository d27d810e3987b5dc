from odoo import models
from odoo.tools import SQL, split_every

EXPORT_CHUNK_SIZE = 5000


class EduProblemXlsx(models.AbstractModel):
    """Problem library (问题清单库) export.

    Written in xlsxwriter's constant-memory mode. The problems are chosen by the
    ORM (record rules apply), then their columns are read with one SQL query per
    chunk of ids; the names of units, regions, inspections and categories are read
    once per record through the ORM and reused. No per-row ORM access: memory stays
    bounded and the cost stays close to writing the same rows with xlsxwriter alone.
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
        objs.check_access("read")
        return objs.ids

    def _edu_columns(self):
        """(title, width, kind) of the columns; ``kind`` tells how the cell is written."""
        env = self.env
        return [
            (env._("Problem"), 40, "text"),
            (env._("Inspected Unit"), 30, "text"),
            (env._("Region"), 14, "text"),
            (env._("Inspection"), 30, "text"),
            (env._("Year"), 8, "number"),
            (env._("Category"), 18, "text"),
            (env._("Severity"), 10, "text"),
            (env._("Status"), 14, "text"),
            (env._("Deadline"), 12, "date"),
            (env._("Overdue Days"), 10, "number"),
            (env._("Rebound"), 8, "text"),
            (env._("Close-out Date"), 12, "date"),
            (env._("Description"), 60, "text"),
        ]

    def _edu_rows(self, ids):
        """Yield the rows of the problems ``ids`` (already checked), in the order of
        ``ids``, each a tuple of the columns' values (None for an empty date)."""
        env = self.env
        Problem = env["edu.problem"]
        Problem.flush_model()
        labels = {
            name: dict(Problem._fields[name]._description_selection(env))
            for name in ("state", "severity")
        }
        names = {
            "partner_id": {},
            "region_id": {},
            "inspection_id": {},
            "category_id": {},
        }
        yes = env._("Yes")
        today = env.company._edu_today()
        for chunk in split_every(EXPORT_CHUNK_SIZE, ids):
            env.cr.execute(
                SQL(
                    """SELECT id, name, partner_id, region_id, inspection_id, year,
                              category_id, severity, state, deadline, rebound, closed_date,
                              description
                         FROM edu_problem WHERE id = ANY(%s)""",
                    list(chunk),
                )
            )
            position = {record_id: index for index, record_id in enumerate(chunk)}
            rows = sorted(env.cr.fetchall(), key=lambda row: position[row[0]])
            for col, field_name in (
                (2, "partner_id"),
                (3, "region_id"),
                (4, "inspection_id"),
                (6, "category_id"),
            ):
                self._edu_fill_names(names[field_name], field_name, {row[col] for row in rows})
            partners, regions = names["partner_id"], names["region_id"]
            inspections, categories = names["inspection_id"], names["category_id"]
            for (
                _id,
                name,
                partner,
                region,
                inspection,
                year,
                category,
                severity,
                state,
                deadline,
                rebound,
                closed_date,
                description,
            ) in rows:
                overdue = (
                    (today - deadline).days
                    if deadline and state != "closed" and deadline < today
                    else 0
                )
                yield (
                    name,
                    partners.get(partner, ""),
                    regions.get(region, ""),
                    inspections.get(inspection, ""),
                    year or 0,
                    categories.get(category, ""),
                    labels["severity"].get(severity, ""),
                    labels["state"].get(state, ""),
                    deadline,
                    overdue,
                    yes if rebound else "",
                    closed_date,
                    description or "",
                )

    def _edu_fill_names(self, cache, field_name, ids):
        """Add the display names of the records ``ids`` of ``field_name``'s comodel to
        ``cache`` (id -> name); the ids already known are not read again."""
        missing = [record_id for record_id in ids if record_id and record_id not in cache]
        if not missing:
            return
        comodel = self.env["edu.problem"]._fields[field_name].comodel_name
        for record in self.env[comodel].browse(missing):
            cache[record.id] = record.display_name or ""

    def generate_xlsx_report(self, workbook, data, objs):
        columns = self._edu_columns()
        bold = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        sheet = workbook.add_worksheet(self.env._("Problem Library"))
        sheet.freeze_panes(1, 0)
        for col, (title, width, _kind) in enumerate(columns):
            sheet.set_column(col, col, width)
            sheet.write_string(0, col, title, bold)

        def write_date(row, col, value):
            if value:
                sheet.write_datetime(row, col, value, date_format)

        def write_text(row, col, value):
            if value:
                sheet.write_string(row, col, value)

        writers = {"date": write_date, "number": sheet.write_number, "text": write_text}
        writers = [writers[kind] for _title, _width, kind in columns]
        write_columns = list(enumerate(writers))
        for row, values in enumerate(self._edu_rows(self._edu_problem_ids(data, objs)), start=1):
            for col, writer in write_columns:
                writer(row, col, values[col])
