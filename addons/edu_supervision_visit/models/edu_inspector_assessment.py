from datetime import date

from odoo import fields, models

from .edu_visit import DONE_STATES


class EduInspectorAssessment(models.Model):
    _inherit = "edu.inspector.assessment"

    visit_count = fields.Integer(string="School Visits")
    complaints_handled = fields.Integer(string="Complaints Handled")

    def _edu_compute_figures(self):
        """Count the routine visits (submitted or acknowledged) and the complaints replied
        to of each inspector in the assessment year: two grouped queries in all."""
        res = super()._edu_compute_figures()
        if not self:
            return res
        years = set(self.mapped("year"))
        date_from, date_to = date(min(years), 1, 1), date(max(years), 12, 31)
        # Workload is computed by inspector HR, who do not read visits or complaints
        # themselves: only the aggregated counts leave this method.
        visit_groups = (
            self.env["edu.visit"]
            .sudo()
            ._read_group(
                [
                    ("employee_id", "in", self.employee_id.ids),
                    ("state", "in", DONE_STATES),
                    ("date", ">=", date_from),
                    ("date", "<=", date_to),
                ],
                ["employee_id", "date:year"],
                ["__count"],
            )
        )
        complaint_groups = (
            self.env["edu.complaint"]
            .sudo()
            ._read_group(
                [
                    ("employee_id", "in", self.employee_id.ids),
                    ("state", "=", "replied"),
                    ("reply_date", ">=", date_from),
                    ("reply_date", "<=", date_to),
                ],
                ["employee_id", "reply_date:year"],
                ["__count"],
            )
        )
        visits = {(emp.id, day.year): count for emp, day, count in visit_groups}
        complaints = {(emp.id, day.year): count for emp, day, count in complaint_groups}
        for assessment in self:
            key = (assessment.employee_id.id, assessment.year)
            assessment.write(
                {
                    "visit_count": visits.get(key, 0),
                    "complaints_handled": complaints.get(key, 0),
                }
            )
        return res
