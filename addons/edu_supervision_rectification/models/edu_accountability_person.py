from odoo import fields, models


class EduAccountabilityPerson(models.Model):
    _name = "edu.accountability.person"
    _description = "Person Concerned by an Accountability Action"
    _order = "action_id, sequence, id"

    action_id = fields.Many2one(
        "edu.accountability.action", required=True, ondelete="cascade", index=True
    )
    sequence = fields.Integer(default=10)
    name = fields.Char(string="Full Name", required=True)
    post = fields.Char(string="Post", help="Position held in the unit.")
    note = fields.Char()
