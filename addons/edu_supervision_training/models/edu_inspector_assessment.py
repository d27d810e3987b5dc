from collections import defaultdict

from odoo import api, fields, models


class EduInspectorAssessment(models.Model):
    _inherit = "edu.inspector.assessment"

    training_centralized_hours = fields.Float(string="Centralized Training Hours", digits=(16, 1))
    training_online_hours = fields.Float(string="Online Training Hours", digits=(16, 1))
    training_compliant = fields.Boolean(
        string="Training Compliant",
        help="The yearly centralized and online training hours reach the minimum in the settings.",
    )

    @api.model_create_multi
    def create(self, vals_list):
        assessments = super().create(vals_list)
        assessments._edu_compute_training()
        return assessments

    def action_submit(self):
        self._edu_check_can_submit()
        self.filtered(lambda a: a.state == "draft")._edu_compute_training()
        return super().action_submit()

    def _edu_compute_figures(self):
        res = super()._edu_compute_figures()
        self._edu_compute_training()
        return res

    def _edu_compute_training(self):
        """Fill the training figures of the annual assessments from the training records.

        The hours and the verdict are those of the training compliance
        (``hr.employee._edu_get_training_figures()``). Batch: two queries per distinct
        year, whatever the number of assessments. Approved assessments are frozen. When the
        inspector has no training record at all in the assessment year, the figures entered
        by hand (hours and verdict) are kept (e.g. years before the platform was used).
        """
        by_year = defaultdict(lambda: self.browse())
        for assessment in self.filtered(lambda a: a.state != "approved"):
            by_year[assessment.year] |= assessment
        for year, year_assessments in by_year.items():
            figures = year_assessments.employee_id._edu_get_training_figures(year)
            for assessment in year_assessments:
                values = figures[assessment.employee_id.id]
                if not values["record_count"]:
                    continue
                vals = {
                    "training_centralized_hours": values["centralized_hours"],
                    "training_online_hours": values["online_hours"],
                    "training_compliant": values["compliant"],
                }
                if any(assessment[fname] != value for fname, value in vals.items()):
                    assessment.write(vals)
        return True
