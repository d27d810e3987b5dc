from collections import defaultdict

from odoo import fields, models

WORKLOAD_STATES = ("in_progress", "reporting", "approved", "published", "closed")


class EduInspectorAssessment(models.Model):
    _inherit = "edu.inspector.assessment"

    inspection_days = fields.Float(string="Inspection Days", digits=(16, 1))
    inspection_count = fields.Integer(string="Inspections")

    def _edu_compute_figures(self):
        """Fill inspection days and count from the inspections of the year (one query)."""
        res = super()._edu_compute_figures()
        if not self:
            return res
        # Workload is computed by inspector HR, who do not read inspections themselves:
        # only the aggregated days and counts leave this method.
        inspections = (
            self.env["edu.inspection"]
            .sudo()
            .search(
                [
                    ("state", "in", WORKLOAD_STATES),
                    ("year", "in", list(set(self.mapped("year")))),
                    ("team_employee_ids", "in", self.employee_id.ids),
                ]
            )
        )
        days = defaultdict(float)
        count = defaultdict(int)
        for inspection in inspections:
            onsite = inspection._edu_onsite_days()
            for employee in inspection.team_employee_ids:
                days[employee.id, inspection.year] += onsite
                count[employee.id, inspection.year] += 1
        for assessment in self:
            key = (assessment.employee_id.id, assessment.year)
            assessment.write({"inspection_days": days[key], "inspection_count": count[key]})
        return res
