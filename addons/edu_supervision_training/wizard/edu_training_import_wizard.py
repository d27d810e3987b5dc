import base64
import csv
import io
import logging
from datetime import date, datetime

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import split_every

from odoo.addons.edu_supervision_inspector.models.edu_authority import (
    EDU_INSPECTOR_HR,
    EDU_OFFICE,
    edu_check_groups,
)

_logger = logging.getLogger(__name__)

try:
    import openpyxl
except ImportError:  # pragma: no cover - declared in external_dependencies
    openpyxl = None
    _logger.warning("openpyxl is not installed: XLSX import of training hours is disabled.")

DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%d/%m/%Y")
XLSX_MAGIC = b"PK\x03\x04"
#: Rows from which an import is a background job (the system parameter
#: ``edu_supervision.job_threshold.training_import`` overrides it).
IMPORT_JOB_THRESHOLD = 2000
#: Records created per batch (the progress of a background import moves per batch).
IMPORT_BATCH_SIZE = 1000
#: Rows with errors listed in the result of a background import.
IMPORT_ERRORS_SHOWN = 20


class EduTrainingImportWizard(models.TransientModel):
    """Import the online training hours exported by an online training platform.

    Columns: inspector (identification number or name), date, course, hours. The first row is
    a header. Every row is validated; the records are created only when all rows are valid.
    """

    _name = "edu.training.import.wizard"
    _description = "Import Online Training Hours"

    year = fields.Integer(
        string="Year",
        required=True,
        default=lambda self: self.env["hr.employee"]._edu_current_year(),
    )
    file = fields.Binary(string="File", help="XLSX or CSV file.")
    filename = fields.Char(string="File Name")
    state = fields.Selection(
        [("draft", "Draft"), ("checked", "Checked"), ("error", "Errors"), ("done", "Imported")],
        string="Status",
        required=True,
        default="draft",
    )
    line_ids = fields.One2many("edu.training.import.line", "wizard_id", string="Rows")
    error_count = fields.Integer(string="Errors", compute="_compute_counts")
    row_count = fields.Integer(string="Rows Read", compute="_compute_counts")
    record_ids = fields.Many2many("edu.training.record", string="Imported Records")
    template_file = fields.Binary(string="Template", readonly=True)
    template_filename = fields.Char(string="Template File Name", readonly=True)

    @api.depends("line_ids.status")
    def _compute_counts(self):
        for wizard in self:
            wizard.row_count = len(wizard.line_ids)
            wizard.error_count = len(wizard.line_ids.filtered(lambda line: line.status == "error"))

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------

    def action_check(self):
        """Validate the file and show the row-by-row report without importing."""
        self.ensure_one()
        self._edu_check_importer()
        lines = self._edu_validate(self._edu_read_rows())
        has_errors = any(line["status"] == "error" for line in lines)
        self._edu_write_report(lines, "error" if has_errors else "checked")
        return self._edu_reopen()

    def action_import(self):
        """Import all rows, or none when any row is invalid. A large file (over the
        threshold of rows) is imported by a background job of the user."""
        self.ensure_one()
        self._edu_check_importer()
        rows = self._edu_read_rows()
        Job = self.env["edu.job"]
        if Job._edu_in_background("training_import", len(rows), IMPORT_JOB_THRESHOLD):
            action = Job._edu_start(
                self.env._(
                    "Import of %(count)s row(s) of online training hours (%(file)s)",
                    count=len(rows),
                    file=self.filename or "",
                ),
                self,
                "_edu_job_import",
                size=len(rows),
            )
            action["params"]["next"] = {"type": "ir.actions.act_window_close"}
            return action
        self._edu_import(rows)
        return self._edu_reopen()

    def _edu_import(self, rows, job=None):
        """Validate ``rows`` and create their records (none when a row is invalid);
        return the row report. Progress: validation is the first half."""
        lines = self._edu_validate(rows)
        if any(line["status"] == "error" for line in lines):
            self._edu_write_report(lines, "error")
            return lines
        total = 2 * len(lines)
        if job:
            job._edu_progress(len(lines), total)
        Record = self.env["edu.training.record"]
        records = Record.browse()
        for batch in split_every(IMPORT_BATCH_SIZE, lines, list):
            records |= Record.create([self._edu_prepare_record_vals(line) for line in batch])
            if job:
                job._edu_progress(len(lines) + len(records), total)
        for line in lines:
            line["status"] = "imported"
        self._edu_write_report(lines, "done")
        self.record_ids = records
        return lines

    def _edu_job_import(self, job):
        """The import as a background job: the result names the rows with errors."""
        self.ensure_one()
        self._edu_check_importer()
        lines = self._edu_import(self._edu_read_rows(), job)
        errors = [line for line in lines if line["status"] == "error"]
        if not errors:
            return self.env._("%s training record(s) imported.", len(lines))
        details = "\n".join(
            self.env._("Row %(row)s: %(message)s", row=line["row"], message=line["message"])
            for line in errors[:IMPORT_ERRORS_SHOWN]
        )
        return self.env._(
            "Nothing was imported: %(count)s row(s) have errors.\n%(details)s",
            count=len(errors),
            details=details,
        )

    def action_reset(self):
        self.ensure_one()
        self._edu_check_importer()
        self.line_ids.unlink()
        self.write({"state": "draft", "file": False, "filename": False})
        return self._edu_reopen()

    def action_view_records(self):
        self.ensure_one()
        self._edu_check_importer()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_training.edu_training_record_action"
        )
        action["domain"] = [("id", "in", self.record_ids.ids)]
        return action

    def action_download_template(self):
        """Generate the XLSX template and download it."""
        self.ensure_one()
        self._edu_check_importer()
        self.write(
            {
                "template_file": base64.b64encode(self._edu_template_xlsx()),
                "template_filename": "online_training_hours_template.xlsx",
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": (
                f"/web/content?model={self._name}&id={self.id}&field=template_file"
                f"&filename_field=template_filename&download=true"
            ),
            "target": "self",
        }

    def _edu_check_importer(self):
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._("Only the supervision office and Inspector HR can import training hours."),
        )

    def _edu_reopen(self):
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "new",
            "name": self.env._("Import Online Training Hours"),
        }

    # ------------------------------------------------------------------
    # Reading and validation
    # ------------------------------------------------------------------

    def _edu_template_headers(self):
        return [
            self.env._("Inspector (ID or name)"),
            self.env._("Date"),
            self.env._("Course"),
            self.env._("Hours"),
        ]

    def _edu_template_xlsx(self):
        if openpyxl is None:
            raise UserError(self.env._("The Python library openpyxl is required for XLSX files."))
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        sheet.title = self.env._("Online hours")
        sheet.append(self._edu_template_headers())
        sheet.append(
            [
                self.env._("ID number or name"),
                date(self.year, 3, 15),
                self.env._("Online course title"),
                10,
            ]
        )
        for column, width in zip("ABCD", (28, 14, 40, 10), strict=True):
            sheet.column_dimensions[column].width = width
        sheet["B2"].number_format = "yyyy-mm-dd"
        output = io.BytesIO()
        workbook.save(output)
        return output.getvalue()

    def _edu_read_rows(self):
        """Return [(row number, [inspector, date, course, hours])] without the header."""
        self.ensure_one()
        if not self.file:
            raise UserError(self.env._("Please choose the XLSX or CSV file to import."))
        content = base64.b64decode(self.file)
        if content.startswith(XLSX_MAGIC):
            rows = self._edu_read_xlsx(content)
        else:
            rows = self._edu_read_csv(content)
        result = []
        for number, cells in rows:
            cells = list(cells[:4]) + [None] * (4 - len(cells[:4]))
            if all(cell in (None, "") or str(cell).strip() == "" for cell in cells):
                continue
            result.append((number, cells))
        if result and self._edu_parse_hours(result[0][1][3]) is None:
            result = result[1:]  # header row
        if not result:
            raise UserError(self.env._("The file contains no rows to import."))
        return result

    def _edu_read_xlsx(self, content):
        if openpyxl is None:
            raise UserError(self.env._("The Python library openpyxl is required for XLSX files."))
        try:
            workbook = openpyxl.load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        except Exception as error:
            raise UserError(
                self.env._("The file could not be read as an XLSX file: %s", error)
            ) from error
        sheet = workbook.worksheets[0]
        return [
            (number, list(values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]

    def _edu_read_csv(self, content):
        for encoding in ("utf-8-sig", "gb18030"):
            try:
                text = content.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise UserError(self.env._("The file is neither a valid XLSX nor a text CSV file."))
        first_line = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first_line.count)
        reader = csv.reader(io.StringIO(text), delimiter=delimiter)
        return list(enumerate(reader, start=1))

    @api.model
    def _edu_parse_hours(self, value):
        if isinstance(value, bool):
            return None
        if isinstance(value, int | float):
            return float(value)
        try:
            return float(str(value).strip().replace(",", "."))
        except (TypeError, ValueError):
            return None

    @api.model
    def _edu_parse_date(self, value):
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        text = str(value or "").strip()
        for date_format in DATE_FORMATS:
            try:
                return datetime.strptime(text, date_format).date()
            except ValueError:
                continue
        return None

    @api.model
    def _edu_cell_text(self, value):
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def _edu_inspector_index(self):
        """Inspectors of the company by identification number and by folded name."""
        Employee = self.env["hr.employee"]
        # the identification number is private (HR officers); others match on names only
        with_ident = Employee._fields["identification_id"].is_accessible(self.env)
        employees = Employee.search_fetch(
            [("edu_is_inspector", "=", True), ("company_id", "in", self.env.companies.ids)],
            ["name", "identification_id"] if with_ident else ["name"],
        )
        by_ident, by_name = {}, {}
        for employee in employees:
            if with_ident and employee.identification_id:
                by_ident.setdefault(employee.identification_id.strip(), []).append(employee.id)
            by_name.setdefault(employee.name.strip().casefold(), []).append(employee.id)
        return by_ident, by_name

    def _edu_existing_keys(self, employee_ids):
        records = self.env["edu.training.record"].search_fetch(
            [("employee_id", "in", list(employee_ids)), ("year", "=", self.year)],
            ["employee_id", "date", "course_name"],
        )
        return {
            (record.employee_id.id, record.date, (record.course_name or "").strip().casefold())
            for record in records
        }

    def _edu_validate(self, rows):
        """Validate every row; return one dict per row with its status and message."""
        self.ensure_one()
        by_ident, by_name = self._edu_inspector_index()
        lines = []
        for number, (ref_cell, date_cell, course_cell, hours_cell) in rows:
            ref = self._edu_cell_text(ref_cell)
            course = self._edu_cell_text(course_cell)
            line_date = self._edu_parse_date(date_cell)
            hours = self._edu_parse_hours(hours_cell)
            errors = []
            employee_id = False
            if not ref:
                errors.append(self.env._("the inspector is missing"))
            else:
                candidates = by_ident.get(ref) or by_name.get(ref.casefold(), [])
                if not candidates:
                    errors.append(self.env._("unknown inspector “%s”", ref))
                elif len(candidates) > 1:
                    errors.append(
                        self.env._(
                            "ambiguous name “%s”: several inspectors have it, use the ID", ref
                        )
                    )
                else:
                    employee_id = candidates[0]
            if line_date is None:
                errors.append(
                    self.env._("invalid date “%s”", self._edu_cell_text(date_cell))
                    if self._edu_cell_text(date_cell)
                    else self.env._("the date is missing")
                )
            elif line_date.year != self.year:
                errors.append(
                    self.env._(
                        "the date %(date)s is outside the year %(year)s",
                        date=line_date,
                        year=self.year,
                    )
                )
            if not course:
                errors.append(self.env._("the course is missing"))
            if hours is None:
                errors.append(
                    self.env._("invalid hours “%s”", self._edu_cell_text(hours_cell))
                    if self._edu_cell_text(hours_cell)
                    else self.env._("the hours are missing")
                )
            elif hours <= 0:
                errors.append(self.env._("the hours must be positive (%s)", hours))
            lines.append(
                {
                    "row": number,
                    "inspector_ref": ref,
                    "employee_id": employee_id,
                    "date": line_date,
                    "course": course,
                    "hours": hours or 0.0,
                    "errors": errors,
                }
            )
        existing = self._edu_existing_keys({line["employee_id"] for line in lines} - {False})
        seen = {}
        for line in lines:
            if line["employee_id"] and line["date"] and line["course"]:
                key = (line["employee_id"], line["date"], line["course"].casefold())
                if key in existing:
                    line["errors"].append(
                        self.env._("duplicate of a training record already registered")
                    )
                elif key in seen:
                    line["errors"].append(self.env._("duplicate of row %s of the file", seen[key]))
                else:
                    seen[key] = line["row"]
            errors = line.pop("errors")
            line["status"] = "error" if errors else "ok"
            line["message"] = "; ".join(errors)
        return lines

    def _edu_write_report(self, lines, state):
        """Store the row-by-row report; the rows of a previous check are updated in place."""
        previous = self.line_ids
        if (
            previous
            and state == "done"
            and previous.mapped("row") == [line["row"] for line in lines]
        ):
            previous.write({"status": "imported", "message": False})
        else:
            previous.unlink()
            self.env["edu.training.import.line"].create(
                [dict(line, wizard_id=self.id) for line in lines]
            )
        self.state = state

    def _edu_prepare_record_vals(self, line):
        return {
            "employee_id": line["employee_id"],
            "external_course": line["course"],
            "date": line["date"],
            "hours": line["hours"],
            "kind": "inservice",
            "mode": "online",
            "organizer_level": False,
            "result": "passed",
            "source": "import",
        }
