from odoo import models


class ReportEduVisitXlsx(models.AbstractModel):
    _name = "report.edu_supervision_visit.report_edu_visit_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Routine Visits XLSX Export"

    def generate_xlsx_report(self, workbook, data, visits):
        env = self.env
        bold = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        cell = workbook.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        date_format = workbook.add_format(
            {"border": 1, "num_format": "yyyy-mm-dd", "valign": "top"}
        )
        item_field = env["edu.visit.item"]._fields["item"]
        items = item_field._description_selection(env)
        ratings = dict(env["edu.visit.item"]._fields["rating"]._description_selection(env))
        states = dict(env["edu.visit"]._fields["state"]._description_selection(env))
        announcements = dict(env["edu.visit"]._fields["announcement"]._description_selection(env))
        sheet = workbook.add_worksheet(env._("Routine Visits"))
        headers = [
            env._("Reference"),
            env._("Visit Date"),
            env._("Region"),
            env._("School"),
            env._("Responsible Inspector"),
            env._("Visit Type"),
            env._("Duration (hours)"),
            env._("Status"),
            *[label for _key, label in items],
            env._("Findings"),
            env._("People Met"),
            env._("Overall Opinion"),
            env._("Suggestions"),
        ]
        for col, header in enumerate(headers):
            sheet.write(0, col, header, bold)
        sheet.freeze_panes(1, 4)
        sheet.set_column(0, 1, 12)
        sheet.set_column(2, 4, 18)
        sheet.set_column(8, 8 + len(items), 14)
        sheet.set_column(9 + len(items), 11 + len(items), 30)
        for row, visit in enumerate(visits, start=1):
            ratings_by_item = {item.item: item for item in visit.item_ids}
            values = [
                visit.name,
                visit.date,
                visit.region_id.name or "",
                visit.school_id.name,
                visit.employee_id.name,
                announcements.get(visit.announcement, ""),
                visit.duration,
                states.get(visit.state, ""),
            ]
            for key, _label in items:
                line = ratings_by_item.get(key)
                text = ratings.get(line.rating, "") if line else ""
                if line and line.note:
                    text = f"{text}: {line.note}"
                values.append(text)
            values += [
                visit.problem_count,
                visit.people_met or "",
                visit.opinion or "",
                visit.suggestions or "",
            ]
            for col, value in enumerate(values):
                if col == 1:
                    sheet.write_datetime(row, col, value, date_format)
                else:
                    sheet.write(row, col, value, cell)
