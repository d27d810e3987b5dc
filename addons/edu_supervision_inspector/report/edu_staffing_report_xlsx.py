from odoo import models


class EduStaffingReportXlsx(models.AbstractModel):
    _name = "report.edu_supervision_inspector.staffing_report_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Inspector Staffing Report (XLSX)"

    COLUMNS = (
        "region_id",
        "region_level",
        "school_count",
        "large_school_count",
        "ordinary_school_count",
        "required_count",
        "available_count",
        "gap_count",
        "fulltime_count",
        "fulltime_share",
        "min_fulltime_share",
        "fulltime_ok",
        "covered_school_count",
        "uncovered_school_count",
        "coverage",
    )

    def generate_xlsx_report(self, workbook, data, lines):
        sheet = workbook.add_worksheet(self.env._("Staffing")[:31])
        bold = workbook.add_format({"bold": True, "text_wrap": True, "border": 1})
        cell = workbook.add_format({"border": 1})
        percent = workbook.add_format({"border": 1, "num_format": "0.0"})
        fields_ = lines._fields
        yes, no = self.env._("Yes"), self.env._("No")
        for col, name in enumerate(self.COLUMNS):
            sheet.write(0, col, fields_[name]._description_string(self.env), bold)
            sheet.set_column(col, col, 14 if col else 28)
        levels = dict(fields_["region_level"]._description_selection(self.env))
        for row, line in enumerate(lines, start=1):
            for col, name in enumerate(self.COLUMNS):
                value = line[name]
                if name == "region_id":
                    value = line.region_id.display_name or ""
                elif name == "region_level":
                    value = levels.get(value, "")
                elif name == "fulltime_ok":
                    value = yes if value else no
                fmt = percent if fields_[name].type == "float" else cell
                sheet.write(row, col, value, fmt)
        sheet.freeze_panes(1, 1)
