from odoo import api, fields, models
from odoo.exceptions import UserError

RETURNABLE_MODELS = [
    ("edu.self.assessment", "Self-assessment"),
    ("edu.rectification.report", "Rectification Plan or Report"),
    ("edu.supervision.order", "Supervision Order"),
]


class EduPortalReturnWizard(models.TransientModel):
    _name = "edu.portal.return.wizard"
    _description = "Return a Submission with Comments"

    document_ref = fields.Reference(
        RETURNABLE_MODELS, string="Submission", required=True, readonly=True
    )
    comment = fields.Text(string="Comments", required=True)

    @api.model
    def _edu_open_for(self, document):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Return with Comments"),
            "res_model": self._name,
            "view_mode": "form",
            "target": "new",
            "context": {"default_document_ref": f"{document._name},{document.id}"},
        }

    def action_confirm(self):
        """Write the comments on the submission and return it to its unit (the
        submission's own return checks who may)."""
        self.ensure_one()
        document = self.document_ref
        if not (self.comment or "").strip():
            raise UserError(self.env._("Write the comments for the unit."))
        document._edu_portal_return(self.comment)
        return {"type": "ir.actions.act_window_close"}
