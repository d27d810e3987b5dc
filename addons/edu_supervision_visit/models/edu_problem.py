from odoo import api, fields, models
from odoo.osv import expression


class EduProblem(models.Model):
    _inherit = "edu.problem"

    source = fields.Selection(
        selection_add=[("visit", "Routine visit"), ("complaint", "Complaint")],
        ondelete={
            "visit": lambda recs: recs.write({"source": "other"}),
            "complaint": lambda recs: recs.write({"source": "other"}),
        },
    )
    visit_id = fields.Many2one("edu.visit", index="btree_not_null", ondelete="restrict")
    complaint_id = fields.Many2one("edu.complaint", index="btree_not_null", ondelete="set null")
    # the users of the visit and of the complaint, stored for the record rules: a
    # column PostgreSQL estimates, where a path would be a sub-query it cannot
    visit_user_id = fields.Many2one(
        related="visit_id.user_id", store=True, index="btree_not_null", string="Visit Inspector"
    )
    complaint_user_id = fields.Many2one(
        related="complaint_id.user_id",
        store=True,
        index="btree_not_null",
        string="Complaint Inspector",
    )

    @api.depends("complaint_id", "visit_id.state")
    def _compute_is_confidential(self):
        # the fields that _edu_confidential_domain() reads here
        return super()._compute_is_confidential()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("visit_id"):
                visit = self.env["edu.visit"].browse(vals["visit_id"])
                vals.setdefault("source", "visit")
                vals.setdefault("school_id", visit.school_id.id)
                vals.setdefault("responsible_employee_id", visit.employee_id.id)
                # a finding of a visit made for a complaint is a complaint finding
                # (confidential: the office and the assigned inspector only)
                if visit.complaint_id and not vals.get("complaint_id"):
                    vals["complaint_id"] = visit.complaint_id.id
            elif vals.get("complaint_id"):
                complaint = self.env["edu.complaint"].browse(vals["complaint_id"])
                vals.setdefault("source", "complaint")
                if complaint.school_id:
                    vals.setdefault("school_id", complaint.school_id.id)
                if complaint.employee_id:
                    vals.setdefault("responsible_employee_id", complaint.employee_id.id)
        return super().create(vals_list)

    @api.onchange("visit_id")
    def _onchange_visit_id(self):
        if self.visit_id:
            self.source = "visit"
            self.school_id = self.visit_id.school_id
            self.partner_id = self.visit_id.school_id.partner_id

    @api.model
    def _edu_confidential_domain(self):
        # complaint findings: the office and the assigned inspector only; the findings
        # of a draft visit: its inspector and the office until it is submitted
        return expression.OR(
            [
                super()._edu_confidential_domain(),
                [("complaint_id", "!=", False)],
                [("visit_id.state", "=", "draft")],
            ]
        )
