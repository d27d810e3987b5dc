from collections import defaultdict

from odoo import models


class EduInspectorAssessment(models.Model):
    _inherit = "edu.inspector.assessment"

    def _edu_compute_training(self):
        """Fill the training figures of the annual assessments from the training records.

        Batch: two grouped queries per distinct year, whatever the number of assessments.
        Approved assessments are frozen and left untouched.
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
                compliant[assessment.id] = values["compliant"]
                assessment.write(
                    {
                        "training_centralized_hours": values["centralized_hours"],
                        "training_online_hours": values["online_hours"],
                    }
                )
        result = super()._edu_compute_training()
        # the base compares the (rounded to 0.1) stored hours: keep the exact verdict
        for assessment in assessments:
            if assessment.training_compliant != compliant[assessment.id]:
                assessment.training_compliant = compliant[assessment.id]
        return result
