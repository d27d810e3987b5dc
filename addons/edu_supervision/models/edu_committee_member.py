from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EduCommitteeMember(models.Model):
    _name = "edu.committee.member"
    _description = "Supervision Committee Member Unit"
    _order = "committee_id, sequence, id"
    _rec_name = "partner_id"

    committee_id = fields.Many2one("edu.committee", required=True, index=True, ondelete="cascade")
    sequence = fields.Integer(default=10)
    partner_id = fields.Many2one(
        "res.partner", string="Member Unit", required=True, help="The department on the committee."
    )
    role = fields.Selection(
        [("chair", "Chair"), ("vice_chair", "Vice-chair"), ("member", "Member")],
        required=True,
        default="member",
    )
    person_name = fields.Char(string="Representative")
    person_post = fields.Char(string="Post")
    duties = fields.Text(help="The unit's written duties in education supervision (§4).")
    company_id = fields.Many2one(related="committee_id.company_id", store=True)

    _sql_constraints = [
        (
            "partner_committee_uniq",
            "unique(committee_id, partner_id, role)",
            "A unit is listed only once per role in a committee.",
        ),
    ]

    @api.constrains("role", "committee_id")
    def _check_single_chair(self):
        for member in self.filtered(lambda m: m.role == "chair"):
            chairs = member.committee_id.member_ids.filtered(lambda m: m.role == "chair")
            if len(chairs) > 1:
                raise ValidationError(
                    self.env._(
                        "The committee “%s” can have only one chair.", member.committee_id.name
                    )
                )
