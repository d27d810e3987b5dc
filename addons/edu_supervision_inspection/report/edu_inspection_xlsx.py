from odoo import models


class EduInspectionXlsx(models.AbstractModel):
    _name = "report.edu_supervision_inspection.inspection_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Inspection Report (XLSX)"

    def _edu_selection_labels(self, model, field_name):
        field = self.env[model]._fields[field_name]
        return dict(field._description_selection(self.env))

    def generate_xlsx_report(self, workbook, data, inspections):
        _ = self.env._
        bold = workbook.add_format({"bold": True})
        header = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
        severity = self._edu_selection_labels("edu.problem", "severity")
        problem_state = self._edu_selection_labels("edu.problem", "state")
        function = self._edu_selection_labels("edu.inspection", "function")
        kind = self._edu_selection_labels("edu.inspection", "kind")
        state = self._edu_selection_labels("edu.inspection", "state")

        summary = workbook.add_worksheet(_("Inspections"))
        summary_cols = [
            _("Reference"),
            _("Name"),
            _("Function"),
            _("Kind"),
            _("Region"),
            _("On-site Start"),
            _("On-site End"),
            _("Team Leader"),
            _("Status"),
            _("Units"),
            _("Problems"),
            _("Published On"),
        ]
        summary.write_row(0, 0, summary_cols, header)
        summary.set_column(0, len(summary_cols) - 1, 16)

        targets_sheet = workbook.add_worksheet(_("Inspected Units"))
        target_cols = [
            _("Inspection"),
            _("Inspected Unit"),
            _("Region"),
            _("Total Score"),
            _("Maximum"),
            _("Score (%)"),
            _("Grade"),
            _("Veto"),
            _("Strengths"),
            _("Weaknesses"),
            _("Feedback Due"),
            _("Feedback Sent On"),
        ]
        targets_sheet.write_row(0, 0, target_cols, header)
        targets_sheet.set_column(0, len(target_cols) - 1, 18)

        problems_sheet = workbook.add_worksheet(_("Problem List"))
        problem_cols = [
            _("Inspection"),
            _("Inspected Unit"),
            _("Title"),
            _("Category"),
            _("Severity"),
            _("Indicator"),
            _("Description"),
            _("Rectification Requirement"),
            _("Rectification Deadline"),
            _("Status"),
        ]
        problems_sheet.write_row(0, 0, problem_cols, header)
        problems_sheet.set_column(0, len(problem_cols) - 1, 20)

        target_row = problem_row = 1
        for row, inspection in enumerate(inspections, start=1):
            summary.write_row(
                row,
                0,
                [
                    inspection.reference or "",
                    inspection.name,
                    function.get(inspection.function, ""),
                    kind.get(inspection.kind, ""),
                    inspection._edu_report_region().name or "",
                ],
            )
            for col, value in ((5, inspection.date_start), (6, inspection.date_end)):
                if value:
                    summary.write(row, col, value.isoformat())
            summary.write_row(
                row,
                7,
                [
                    inspection.leader_id.name or "",
                    state.get(inspection.state, ""),
                    len(inspection.target_ids),
                    len(inspection.problem_ids),
                    inspection.publish_date.isoformat() if inspection.publish_date else "",
                ],
            )
            for target in inspection.target_ids:
                targets_sheet.write_row(
                    target_row,
                    0,
                    [
                        inspection.reference or inspection.name,
                        target.display_name,
                        target.region_id.name or "",
                        target.total_score if target.is_scored else "",
                        target.max_total_score,
                        round(target.score_percent, 2) if target.is_scored else "",
                        (target.grade or "") if target.is_scored else "",
                        _("Yes") if target.veto_triggered else "",
                        target.strengths or "",
                        target.weaknesses or "",
                        target.feedback_due_date.isoformat() if target.feedback_due_date else "",
                        target.feedback_date.isoformat() if target.feedback_date else "",
                    ],
                )
                target_row += 1
            for problem in inspection.problem_ids:
                problems_sheet.write_row(
                    problem_row,
                    0,
                    [
                        inspection.reference or inspection.name,
                        problem.partner_id.name or "",
                        problem.name,
                        problem.category_id.name or "",
                        severity.get(problem.severity, ""),
                        problem.indicator_id.display_name or "",
                        problem.description or "",
                        problem.requirement or "",
                        problem.deadline.isoformat() if problem.deadline else "",
                        problem_state.get(problem.state, problem.state or ""),
                    ],
                    wrap,
                )
                problem_row += 1
        summary.write(
            len(inspections) + 2, 0, _("Generated by the education supervision platform"), bold
        )
