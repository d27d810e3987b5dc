from odoo import api, models
from odoo.exceptions import ValidationError
from odoo.tools import float_round


class EduInspectorCertificate(models.Model):
    _inherit = "edu.inspector.certificate"

    @api.model_create_multi
    def create(self, vals_list):
        certificates = super().create(vals_list)
        certificates._edu_check_preservice_training()
        return certificates

    def write(self, vals):
        res = super().write(vals)
        if "employee_id" in vals or "issue_date" in vals:
            self._edu_check_preservice_training()
        return res

    def _edu_check_preservice_training(self):
        """The pre-service gate (DOMAIN.md §20): a certificate is issued to an
        inspector only once he passed the pre-service training hours required
        by his company, by the year of issue. Whatever the way the certificate
        is recorded (the issue button, the certificate form, an import, RPC).

        Certificates recorded by the superuser (data files, migrations of
        certificates issued before the platform) are not checked.
        """
        if self.env.su:
            return
        by_year = {}
        for certificate in self:
            by_year.setdefault(certificate.issue_date.year, self.browse())
            by_year[certificate.issue_date.year] |= certificate
        problems = []
        for year, certificates in by_year.items():
            figures = certificates.employee_id._edu_get_training_figures(year)
            for certificate in certificates:
                values = figures[certificate.employee_id.id]
                if values["preservice_complete"]:
                    continue
                problems.append(
                    self.env._(
                        "%(inspector)s has passed %(done)s hours of pre-service training by "
                        "%(year)s: %(missing)s of the %(required)s required hours are missing.",
                        inspector=certificate.employee_id.name,
                        done=values["preservice_hours"],
                        year=year,
                        missing=float_round(
                            values["preservice_required"] - values["preservice_hours"],
                            precision_digits=2,
                        ),
                        required=values["preservice_required"],
                    )
                )
        if problems:
            raise ValidationError(
                self.env._(
                    "An inspector certificate is issued only after the pre-service "
                    "training of at least the required class hours has been passed:\n%s",
                    "\n".join(problems),
                )
            )
