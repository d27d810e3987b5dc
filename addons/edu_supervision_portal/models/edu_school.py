from odoo import api, fields, models


class EduSchool(models.Model):
    _inherit = "edu.school"

    portal_contact_count = fields.Integer(
        string="Portal Contacts", compute="_compute_portal_contact_count"
    )

    @api.model_create_multi
    def create(self, vals_list):
        schools = super().create(vals_list)
        # the portal's rules name the schools a government governs
        self.env["res.users"]._edu_rule_scope_changed()
        return schools

    def write(self, vals):
        res = super().write(vals)
        if "region_id" in vals:
            self.env["res.users"]._edu_rule_scope_changed()
        return res

    def _compute_portal_contact_count(self):
        counts = dict(
            self.env["res.partner"]._read_group(
                [("edu_unit_partner_id", "in", self.partner_id.ids)],
                ["edu_unit_partner_id"],
                ["__count"],
            )
        )
        for school in self:
            school.portal_contact_count = counts.get(school.partner_id, 0)

    def action_edu_portal_invite(self):
        """Invite contacts of the school (principal, supervision liaison) to the portal."""
        self.ensure_one()
        return self.env["edu.portal.invite.wizard"]._edu_open_for_unit(
            self.partner_id, region=self.region_id
        )

    def action_edu_view_portal_contacts(self):
        """The school's contacts who act for it on the portal."""
        self.ensure_one()
        self.env["res.partner"]._edu_check_internal()
        self.check_access("read")
        return self.partner_id._edu_action_portal_contacts()
