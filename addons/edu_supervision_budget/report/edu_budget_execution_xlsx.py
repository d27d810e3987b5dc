from collections import defaultdict

from odoo import models


class EduBudgetExecutionXlsx(models.AbstractModel):
    _name = "report.edu_supervision_budget.budget_execution_xlsx"
    _inherit = "report.report_xlsx.abstract"
    _description = "Supervision Budget Execution XLSX Report"

    def _get_monthly_figures(self, budgets):
        """{budget line id: {month: (actual, committed)}} in one query."""
        result = defaultdict(dict)
        groups = self.env["edu.budget.execution.report"]._read_group(
            [("budget_id", "in", budgets.ids)],
            ["budget_line_id", "date:month"],
            ["actual_amount:sum", "committed_amount:sum"],
        )
        for line, month, actual, committed in groups:
            result[line.id][month.month] = (actual, committed)
        return result

    def generate_xlsx_report(self, workbook, data, budgets):
        _ = self.env._
        title = workbook.add_format({"bold": True, "font_size": 14})
        header = workbook.add_format(
            {"bold": True, "bg_color": "#D9E1F2", "border": 1, "text_wrap": True}
        )
        text = workbook.add_format({"border": 1})
        money = workbook.add_format({"border": 1, "num_format": "#,##0.00"})
        percent = workbook.add_format({"border": 1, "num_format": "0.00%"})
        total_text = workbook.add_format({"bold": True, "border": 1})
        total_money = workbook.add_format({"bold": True, "border": 1, "num_format": "#,##0.00"})
        total_percent = workbook.add_format({"bold": True, "border": 1, "num_format": "0.00%"})

        lines = budgets.line_ids
        figures = lines._get_execution_figures()
        monthly = self._get_monthly_figures(budgets)
        for budget in budgets:
            sheet = workbook.add_worksheet(f"{budget.fiscal_year} {budget.region_id.name}"[:31])
            sheet.write(0, 0, budget.name, title)
            sheet.write(
                1,
                0,
                _(
                    "Office: %(office)s   Fiscal year: %(year)s   Currency: %(currency)s",
                    office=budget.region_id.name,
                    year=budget.fiscal_year,
                    currency=budget.currency_id.name,
                ),
            )
            headers = [
                _("Category"),
                _("Description"),
                _("Analytic Account"),
                _("Original Amount"),
                _("Adjustments"),
                _("Planned"),
                _("Actual"),
                _("Committed"),
                _("Available"),
                _("Execution Rate"),
            ]
            headers += [_("Actual %s", month) for month in range(1, 13)]
            row = 3
            for col, label in enumerate(headers):
                sheet.write(row, col, label, header)
            sheet.set_column(0, 0, 26)
            sheet.set_column(1, 2, 24)
            sheet.set_column(3, 9, 14)
            sheet.set_column(10, 21, 11)
            first = row + 1
            for line in budget.line_ids:
                row += 1
                values = figures.get(line.id, {})
                actual = values.get("actual", 0.0)
                committed = values.get("committed", 0.0)
                sheet.write(row, 0, line._get_category_label(), text)
                sheet.write(row, 1, line.name or "", text)
                sheet.write(row, 2, line.analytic_account_id.display_name or "", text)
                sheet.write_number(row, 3, line.original_amount, money)
                sheet.write_number(row, 4, line.adjustment_amount, money)
                sheet.write_number(row, 5, line.planned_amount, money)
                sheet.write_number(row, 6, actual, money)
                sheet.write_number(row, 7, committed, money)
                sheet.write_number(row, 8, line.planned_amount - actual - committed, money)
                sheet.write_number(
                    row, 9, line.planned_amount and actual / line.planned_amount or 0.0, percent
                )
                for month in range(1, 13):
                    month_actual = monthly[line.id].get(month, (0.0, 0.0))[0]
                    sheet.write_number(row, 9 + month, month_actual, money)
            row += 1
            sheet.write(row, 0, _("Total"), total_text)
            sheet.write(row, 1, "", total_text)
            sheet.write(row, 2, "", total_text)
            for col in list(range(3, 9)) + list(range(10, 22)):
                letter = self._column_letter(col)
                sheet.write_formula(
                    row, col, f"=SUM({letter}{first + 1}:{letter}{row})", total_money
                )
            planned, actual = self._column_letter(5), self._column_letter(6)
            sheet.write_formula(
                row,
                9,
                f"=IF({planned}{row + 1}=0,0,{actual}{row + 1}/{planned}{row + 1})",
                total_percent,
            )
            sheet.freeze_panes(4, 1)
        self._write_category_summary(
            workbook, budgets, figures, monthly, (title, header, text, money, percent)
        )

    def _write_category_summary(self, workbook, budgets, figures, monthly, formats):
        """One sheet summing all the budgets per category: totals and actual per month."""
        _ = self.env._
        title, header, text, money, percent = formats
        lines = budgets.line_ids
        categories = dict(lines._fields["category"]._description_selection(self.env))
        totals = {}
        for line in lines:
            values = figures.get(line.id, {})
            total = totals.setdefault(line.category, [0.0, 0.0, 0.0, [0.0] * 12])
            total[0] += line.planned_amount
            total[1] += values.get("actual", 0.0)
            total[2] += values.get("committed", 0.0)
            for month, (actual, _committed) in monthly[line.id].items():
                total[3][month - 1] += actual
        sheet = workbook.add_worksheet(_("By category")[:31])
        sheet.write(0, 0, _("Budget execution by category and month"), title)
        sheet.write(1, 0, ", ".join(budgets.mapped("name")))
        headers = [
            _("Category"),
            _("Planned"),
            _("Actual"),
            _("Committed"),
            _("Available"),
            _("Execution Rate"),
        ] + [_("Actual %s", month) for month in range(1, 13)]
        for col, label in enumerate(headers):
            sheet.write(3, col, label, header)
        sheet.set_column(0, 0, 26)
        sheet.set_column(1, 5, 14)
        sheet.set_column(6, 17, 11)
        row = 3
        for category, label in categories.items():
            if category not in totals:
                continue
            planned, actual, committed, months = totals[category]
            row += 1
            sheet.write(row, 0, label, text)
            sheet.write_number(row, 1, planned, money)
            sheet.write_number(row, 2, actual, money)
            sheet.write_number(row, 3, committed, money)
            sheet.write_number(row, 4, planned - actual - committed, money)
            sheet.write_number(row, 5, planned and actual / planned or 0.0, percent)
            for month, amount in enumerate(months, 1):
                sheet.write_number(row, 5 + month, amount, money)
        sheet.freeze_panes(4, 1)

    @staticmethod
    def _column_letter(col):
        letters = ""
        col += 1
        while col:
            col, remainder = divmod(col - 1, 26)
            letters = chr(65 + remainder) + letters
        return letters
