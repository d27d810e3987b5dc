import io

from odoo import models


class EduAnnualReportXlsx(models.AbstractModel):
    _name = "report.edu_supervision_dashboard.annual_report_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Annual Supervision Report XLSX"

    def generate_xlsx_report(self, workbook, data, reports):
        _ = self.env._
        title = workbook.add_format({"bold": True, "font_size": 14})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        text = workbook.add_format({"border": 1})
        number = workbook.add_format({"border": 1, "num_format": "0.00"})
        for report in reports:
            values = report._edu_report_values()
            figures = values["figures"]
            problems = figures["problems"]
            summary = workbook.add_worksheet(_("Summary")[:31])
            summary.set_column(0, 0, 36)
            summary.set_column(1, 1, 18)
            summary.write(0, 0, report.name, title)
            summary.write(
                1,
                0,
                _(
                    "%(issuer)s · %(number)s · %(date)s",
                    issuer=report.issuer,
                    number=report.number,
                    date=report.issue_date,
                ),
            )
            rows = [
                (_("Inspections"), figures["inspection_count"]),
                (_("Units scored"), figures["unit_count"]),
                (_("Mean score (%)"), round(figures["mean_score"], 2)),
                (_("Problems found"), problems["total"]),
                (_("Closed out"), problems["closed"]),
                (_("Being rectified"), problems["open"]),
                (_("Overdue"), problems["overdue"]),
                (_("Closed out on time (%)"), round(problems["on_time_rate"], 1)),
                (_("Rebounds"), problems["rebound"]),
                (_("Supervision orders issued"), figures["order_count"]),
                (_("Accountability actions"), len(figures["actions"])),
            ]
            for index, (label, value) in enumerate(rows, start=3):
                summary.write(index, 0, label, text)
                summary.write(index, 1, value, number if isinstance(value, float) else text)
            self._edu_table(
                workbook.add_worksheet(_("Inspections")[:31]),
                header,
                text,
                [
                    _("Reference"),
                    _("Inspection"),
                    _("Function"),
                    _("Kind"),
                    _("Region"),
                    _("On-site Start"),
                    _("On-site End"),
                    _("Status"),
                    _("Units"),
                    _("Problems"),
                ],
                [
                    [
                        row["reference"],
                        row["name"],
                        row["function"],
                        row["kind"],
                        row["region"],
                        str(row["date_start"] or ""),
                        str(row["date_end"] or ""),
                        row["state"],
                        row["targets"],
                        row["problems"],
                    ]
                    for row in figures["inspections"]
                ],
            )
            self._edu_table(
                workbook.add_worksheet(_("Problem Categories")[:31]),
                header,
                text,
                [_("Category"), _("Problems"), _("Closed Out"), _("Being Rectified"), _("Overdue")],
                [
                    [row["name"], row["total"], row["closed"], row["open"], row["overdue"]]
                    for row in figures["categories"]
                ],
            )
            self._edu_table(
                workbook.add_worksheet(_("Rectification")[:31]),
                header,
                text,
                [
                    _("Region"),
                    _("Problems"),
                    _("Closed Out"),
                    _("Being Rectified"),
                    _("Overdue"),
                    _("Closed Out on Time (%)"),
                ],
                [
                    [
                        row["name"],
                        row["total"],
                        row["closed"],
                        row["open"],
                        row["overdue"],
                        round(row["on_time_rate"], 1),
                    ]
                    for row in figures["regions"]
                ],
            )
            self._edu_table(
                workbook.add_worksheet(_("Accountability")[:31]),
                header,
                text,
                [_("Reference"), _("Title"), _("Kind"), _("Unit"), _("Date"), _("Status")],
                [
                    [
                        row["reference"],
                        row["name"],
                        row["kind"],
                        row["unit"],
                        str(row["date"]),
                        row["state"],
                    ]
                    for row in figures["actions"]
                ],
            )
            sheet = workbook.add_worksheet(_("Charts")[:31])
            for index, png in enumerate(values["charts"].values()):
                sheet.insert_image(
                    index * 22, 0, f"chart{index}.png", {"image_data": io.BytesIO(png)}
                )

    def _edu_table(self, sheet, header, text, headers, rows):
        for column, label in enumerate(headers):
            sheet.write(0, column, label, header)
            sheet.set_column(column, column, 16)
        for row_index, row in enumerate(rows, start=1):
            for column, value in enumerate(row):
                sheet.write(row_index, column, value, text)
