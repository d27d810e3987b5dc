from odoo import api, fields, models


class EduCommittee(models.Model):
    _name = "edu.committee"
    _description = "Education Supervision Committee"
    _inherit = ["mail.thread"]
    _order = "region_id"

    name = fields.Char(required=True, tracking=True)
    region_id = fields.Many2one(
        "edu.region", required=True, index=True, tracking=True, ondelete="restrict"
    )
    office_location = fields.Char(
        help="Where the committee's office sits (the education bureau, §1)."
    )
    office_partner_id = fields.Many2one(
        "res.partner", string="Office", help="The supervision office (督导室) running daily work."
    )
    member_ids = fields.One2many("edu.committee.member", "committee_id", string="Members")
    member_count = fields.Integer(compute="_compute_member_count")
    chair_id = fields.Many2one("edu.committee.member", compute="_compute_chair_id", string="Chair")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("region_uniq", "unique(region_id)", "A region has only one supervision committee."),
    ]

    @api.depends("member_ids")
    def _compute_member_count(self):
        for committee in self:
            committee.member_count = len(committee.member_ids)

    @api.depends("member_ids.role")
    def _compute_chair_id(self):
        for committee in self:
            committee.chair_id = committee.member_ids.filtered(lambda m: m.role == "chair")[:1]
