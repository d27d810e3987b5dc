from collections import defaultdict

from odoo import api, models


class EduInspectorAssessment(models.Model):
    _inherit = "edu.inspector.assessment"

    @api.model_create_multi
    def create(self, vals_list):
        assessments = super().create(vals_list)
        assessments._edu_compute_training()
        return assessments

    def action_submit(self):
        self._edu_check_can_submit()
        self.filtered(lambda a: a.state == "draft")._edu_compute_training()
        return super().action_submit()

    def _edu_compute_training(self):
        """Fill the training figures of the annual assessments from the training records.

        Batch: two grouped queries per distinct year, whatever the number of assessments.
        Approved assessments are frozen. When the inspector has no training record at all
        in the assessment year, the figures entered by hand are kept (e.g. years before the
        platform was used).
        """
        assessments = self.filtered(lambda a: a.state != "approved")
        by_year = defaultdict(lambda: self.browse())
        for assessment in assessments:
            by_year[assessment.year] |= assessment
        compliant = {}
        for year, year_assessments in by_year.items():
            figures = year_assessments.employee_id._edu_get_training_figures(year)
            for assessment in year_assessments:
                values = figures[assessment.employee_id.id]
                if not values["record_count"]:
                    continue
                compliant[assessment.id] = values["compliant"]
                vals = {
                    "training_centralized_hours": values["centralized_hours"],
                    "training_online_hours": values["online_hours"],
                }
                if any(assessment[fname] != value for fname, value in vals.items()):
                    assessment.write(vals)
        result = super(EduInspectorAssessment, assessments)._edu_compute_training()
        # the base compares the (rounded to 0.1) stored hours: keep the exact verdict
        for assessment in assessments:
            verdict = compliant.get(assessment.id)
            if verdict is not None and assessment.training_compliant != verdict:
                assessment.training_compliant = verdict
        return result
