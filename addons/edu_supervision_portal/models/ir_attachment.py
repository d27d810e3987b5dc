from odoo import api, models

#: Models whose files are the evidence of a unit's submission (final once accepted).
SUBMISSION_MODELS = (
    "edu.rectification.report",
    "edu.supervision.order",
    "edu.self.assessment",
    "edu.self.assessment.line",
)


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    def _edu_submissions(self):
        """The submissions of ``self``'s files (records of ``SUBMISSION_MODELS``)."""
        records = []
        by_model = {}
        for attachment in self.sudo():
            if attachment.res_model in SUBMISSION_MODELS and attachment.res_id:
                by_model.setdefault(attachment.res_model, set()).add(attachment.res_id)
        for model, ids in by_model.items():
            records.append(self.env[model].browse(ids).exists())
        return records

    def write(self, vals):
        if not self.env.su and {"datas", "raw", "res_model", "res_id", "db_datas"}.intersection(
            vals
        ):
            for records in self._edu_submissions():
                records._edu_check_not_accepted()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_accepted_submission(self):
        for records in self._edu_submissions():
            records._edu_check_not_accepted()
