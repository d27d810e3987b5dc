from odoo import models


class EduRectificationProgressXlsx(models.AbstractModel):
    """Rectification progress per inspected unit, for the filtered problems."""

    _name = "report.edu_supervision_rectification.progress_xlsx"
    _inherit = "report.edu_supervision_rectification.problem_xlsx"
    _description = "Rectification Progress per Unit XLSX"

    def get_workbook_options(self):
        return {}

    def _edu_progress_rows(self, domain):
        Problem = self.env["edu.problem"]
        states = [key for key, _label in Problem._fields["state"]._description_selection(self.env)]
        rows = {}
        for partner, state, count in Problem._read_group(
            domain, ["partner_id", "state"], ["__count"]
        ):
            rows.setdefault(partner, dict.fromkeys(states + ["overdue", "rebound"], 0))
            rows[partner][state] = count
        for flag in ("overdue", "rebound"):
            field = "is_overdue" if flag == "overdue" else "rebound"
            for partner, count in Problem._read_group(
                domain + [(field, "=", True)], ["partner_id"], ["__count"]
            ):
                rows[partner][flag] = count
        orders = dict(
            self.env["edu.supervision.order.line"]._read_group(
                [("problem_id", "any", domain), ("order_id.state", "!=", "cancelled")],
                ["partner_id"],
                ["order_id:count_distinct"],
            )
        )
        return states, rows, orders

    def generate_xlsx_report(self, workbook, data, objs):
        env = self.env
        if data and data.get("domain") is not None:
            domain = list(data["domain"])
        else:
            domain = [("id", "in", objs.ids)]
        states, rows, orders = self._edu_progress_rows(domain)
        state_labels = dict(env["edu.problem"]._fields["state"]._description_selection(env))
        bold = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
        percent = workbook.add_format({"num_format": "0.0%"})
        sheet = workbook.add_worksheet(env._("Rectification Progress"))
        headers = (
            [env._("Inspected Unit"), env._("Problems")]
            + [state_labels[state] for state in states]
            + [
                env._("Overdue"),
                env._("Rebounds"),
                env._("Supervision Orders"),
                env._("Close-out Rate"),
            ]
        )
        sheet.set_column(0, 0, 36)
        sheet.set_column(1, len(headers) - 1, 12)
        for col, title in enumerate(headers):
            sheet.write(0, col, title, bold)
        for row, (partner, counts) in enumerate(
            sorted(rows.items(), key=lambda item: item[0].display_name or ""), start=1
        ):
            total = sum(counts[state] for state in states)
            values = (
                [partner.display_name, total]
                + [counts[state] for state in states]
                + [counts["overdue"], counts["rebound"], orders.get(partner, 0)]
            )
            for col, value in enumerate(values):
                sheet.write(row, col, value)
            sheet.write(row, len(values), counts["closed"] / total if total else 0, percent)
