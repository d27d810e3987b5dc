from odoo import fields, models, tools
from odoo.exceptions import UserError

SUBMISSION_KINDS = [
    ("self_assessment", "Self-assessment"),
    ("plan", "Rectification Plan"),
    ("result", "Rectification Report"),
    ("order_answer", "Answer to a Supervision Order"),
]


class EduPortalSubmission(models.Model):
    """The office's inbox: what the inspected units submitted (on the portal or keyed
    in for them), to accept or return with comments. A view over the submissions."""

    _name = "edu.portal.submission"
    _description = "Submission of an Inspected Unit"
    _auto = False
    _order = "submit_date desc, id desc"
    _rec_name = "name"
    # flushed before the view is read
    _depends = {
        "edu.self.assessment": [
            "name",
            "partner_id",
            "region_id",
            "inspection_id",
            "submit_date",
            "submitted_by_id",
            "state",
            "company_id",
        ],
        "edu.rectification.report": [
            "kind",
            "name",
            "partner_id",
            "region_id",
            "inspection_id",
            "submit_date",
            "submitted_by_id",
            "state",
            "company_id",
        ],
        "edu.supervision.order": [
            "name",
            "partner_id",
            "unit_region_id",
            "answer_date",
            "answered_by_id",
            "state",
            "answer_review_comment",
            "company_id",
        ],
    }

    kind = fields.Selection(SUBMISSION_KINDS, readonly=True)
    name = fields.Char(string="Reference", readonly=True)
    res_model = fields.Char(string="Document Model", readonly=True)
    res_id = fields.Many2oneReference(string="Document", model_field="res_model", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Unit", readonly=True)
    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    inspection_id = fields.Many2one("edu.inspection", string="Inspection", readonly=True)
    submit_date = fields.Datetime(string="Submitted On", readonly=True)
    submitted_by_id = fields.Many2one("res.users", string="Submitted By", readonly=True)
    state = fields.Selection(
        [("submitted", "To Review"), ("accepted", "Accepted"), ("returned", "Returned")],
        readonly=True,
    )
    company_id = fields.Many2one("res.company", readonly=True)

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            f"""
            CREATE VIEW {self._table} AS (
                SELECT a.id * 4 AS id,
                       'self_assessment' AS kind,
                       a.name AS name,
                       'edu.self.assessment' AS res_model,
                       a.id AS res_id,
                       a.partner_id,
                       a.region_id,
                       a.inspection_id,
                       a.submit_date,
                       a.submitted_by_id,
                       a.state,
                       a.company_id
                  FROM edu_self_assessment a
                 WHERE a.state != 'draft'
                UNION ALL
                SELECT r.id * 4 + 1,
                       r.kind,
                       r.name,
                       'edu.rectification.report',
                       r.id,
                       r.partner_id,
                       r.region_id,
                       r.inspection_id,
                       r.submit_date,
                       r.submitted_by_id,
                       r.state,
                       r.company_id
                  FROM edu_rectification_report r
                 WHERE r.state != 'draft'
                UNION ALL
                SELECT o.id * 4 + 2,
                       'order_answer',
                       o.name,
                       'edu.supervision.order',
                       o.id,
                       o.partner_id,
                       o.unit_region_id,
                       NULL,
                       o.answer_date::timestamp,
                       o.answered_by_id,
                       CASE WHEN o.state = 'answered' THEN 'submitted'
                            WHEN o.state = 'closed' THEN 'accepted'
                            ELSE 'returned' END,
                       o.company_id
                  FROM edu_supervision_order o
                 WHERE o.state = 'answered'
                    OR (o.state = 'closed' AND o.answer_date IS NOT NULL)
                    OR (o.state = 'issued' AND o.answer_review_comment IS NOT NULL)
            )
            """
        )

    def _edu_document(self):
        self.ensure_one()
        return self.env[self.res_model].browse(self.res_id)

    def action_open_document(self):
        """Open the submission itself (its form, with its buttons and chatter)."""
        self.ensure_one()
        document = self._edu_document()
        document.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": document._name,
            "res_id": document.id,
            "view_mode": "form",
            "target": "current",
        }

    def action_accept(self):
        """Accept the submissions: their own acceptance checks who may."""
        for submission in self:
            if submission.state != "submitted":
                raise UserError(self.env._("Only submissions to review can be accepted."))
            document = submission._edu_document()
            if document._name == "edu.supervision.order":
                document.action_close()
            else:
                document.action_accept()
        return True

    def action_return(self):
        """Return the submission with comments (asked in a dialog)."""
        self.ensure_one()
        if self.state != "submitted":
            raise UserError(self.env._("Only submissions to review can be returned."))
        document = self._edu_document()
        document._edu_check_office()
        return self.env["edu.portal.return.wizard"]._edu_open_for(document)
