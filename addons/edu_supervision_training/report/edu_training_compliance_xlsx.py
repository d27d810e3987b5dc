from odoo import models


class EduTrainingComplianceXlsx(models.AbstractModel):
    _name = "report.edu_supervision_training.compliance_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Training Compliance XLSX Report"

    def _get_objs_for_report(self, docids, data):
        objs = super()._get_objs_for_report(docids, data)
        if not objs:
            objs = self.env["edu.training.compliance"].browse(docids or [])
        return objs

    def generate_xlsx_report(self, workbook, data, objs):
        env = self.env
        sheet = workbook.add_worksheet(env._("Training compliance"))
        bold = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        number = workbook.add_format({"num_format": "0.0#"})
        red = workbook.add_format({"num_format": "0.0#", "font_color": "#C00000"})
        Compliance = env["edu.training.compliance"]
        type_labels = dict(Compliance._fields["inspector_type"]._description_selection(env))
        columns = [
            (env._("Year"), 8),
            (env._("Inspector"), 22),
            (env._("Region"), 16),
            (env._("Inspector Type"), 14),
            (env._("Centralized Hours"), 14),
            (env._("Online Hours"), 14),
            (env._("Pre-service Hours"), 14),
            (env._("Centralized Hours Missing"), 16),
            (env._("Online Hours Missing"), 16),
            (env._("Missing Hours"), 14),
            (env._("Compliant"), 10),
        ]
        for col, (title, width) in enumerate(columns):
            sheet.write(0, col, title, bold)
            sheet.set_column(col, col, width)
        sheet.freeze_panes(1, 2)
        yes, no = env._("Yes"), env._("No")
        for row, line in enumerate(objs.sorted(lambda r: (-r.year, r.employee_id.name or "")), 1):
            sheet.write_number(row, 0, line.year)
            sheet.write(row, 1, line.employee_id.name or "")
            sheet.write(row, 2, line.region_id.display_name or "")
            sheet.write(row, 3, type_labels.get(line.inspector_type, ""))
            sheet.write_number(row, 4, line.centralized_hours, number)
            sheet.write_number(row, 5, line.online_hours, number)
            sheet.write_number(row, 6, line.preservice_hours, number)
            sheet.write_number(row, 7, line.centralized_missing, red)
            sheet.write_number(row, 8, line.online_missing, red)
            sheet.write_number(row, 9, line.missing_hours, red)
            sheet.write(row, 10, yes if line.compliant else no)
        if objs:
            sheet.autofilter(0, 0, len(objs), len(columns) - 1)
