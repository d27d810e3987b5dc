from odoo import api, fields, models

from ..tools import ANNOUNCED_VISIBLE_STATES, UNANNOUNCED_VISIBLE_STATES


class EduInspection(models.Model):
    _inherit = "edu.inspection"

    materials_requested = fields.Html(
        help="Materials the inspected units prepare for the inspection; shown to them on the "
        "portal once the inspection is announced.",
    )
    portal_team = fields.Char(
        string="Team (Portal)",
        compute="_compute_portal_team",
        compute_sudo=True,
        help="Names of the team leader and members as the inspected units see them.",
    )
    self_assessment_ids = fields.One2many(
        "edu.self.assessment", "inspection_id", string="Self-assessments", readonly=True
    )
    self_assessment_count = fields.Integer(compute="_compute_self_assessment_count")
    # What the office keeps for itself: hidden from the inspected units' portal users.
    burden_justification = fields.Text(groups="base.group_user")
    burden_justified_by_id = fields.Many2one(groups="base.group_user")
    third_party_partner_id = fields.Many2one(groups="base.group_user")
    contract_amount = fields.Monetary(groups="base.group_user")

    @api.depends("leader_id.name", "member_ids.name")
    def _compute_portal_team(self):
        for inspection in self:
            members = inspection.member_ids - inspection.leader_id
            names = []
            if inspection.leader_id:
                names.append(self.env._("%s (leader)", inspection.leader_id.name))
            names += members.mapped("name")
            inspection.portal_team = "、".join(names)

    def _compute_self_assessment_count(self):
        counts = dict(
            self.env["edu.self.assessment"]._read_group(
                [("inspection_id", "in", self.ids)], ["inspection_id"], ["__count"]
            )
        )
        for inspection in self:
            inspection.self_assessment_count = counts.get(inspection, 0)

    def _edu_portal_visible(self):
        """The inspections of ``self`` their units see: announced ones from scheduling,
        unannounced ones once the on-site phase is over."""
        return self.filtered(
            lambda i: (
                i.state in UNANNOUNCED_VISIBLE_STATES
                or (i.method == "announced" and i.state in ANNOUNCED_VISIBLE_STATES)
            )
        )

    def _edu_write_transition(self, vals):
        res = super()._edu_write_transition(vals)
        if vals.get("state") == "scheduled":
            self.filtered(lambda i: i.method == "announced").target_ids._edu_portal_notify(
                "edu_supervision_portal.mail_template_inspection_announced"
            )
        return res

    def action_view_self_assessments(self):
        self.ensure_one()
        self.env["res.partner"]._edu_check_internal()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_portal.edu_self_assessment_action"
        )
        action["domain"] = [("inspection_id", "=", self.id)]
        action["context"] = {"create": False}
        return action
