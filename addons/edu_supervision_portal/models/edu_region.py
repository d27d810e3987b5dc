from odoo import fields, models


class EduRegion(models.Model):
    _inherit = "edu.region"

    portal_contact_count = fields.Integer(
        string="Portal Contacts", compute="_compute_portal_contact_count"
    )

    def _compute_portal_contact_count(self):
        counts = dict(
            self.env["res.partner"]._read_group(
                [("edu_unit_partner_id", "in", self.government_partner_id.ids)],
                ["edu_unit_partner_id"],
                ["__count"],
            )
        )
        for region in self:
            region.portal_contact_count = counts.get(region.government_partner_id, 0)

    def write(self, vals):
        res = super().write(vals)
        if "government_partner_id" in vals:
            # the portal's record rules read the region a government unit governs
            self.env["res.partner"].invalidate_model(["edu_unit_kind", "edu_governed_region_id"])
            self.env["res.users"]._edu_rule_scope_changed()
        return res

    def action_edu_portal_invite(self):
        """Invite contacts of the region's people's government to the portal."""
        self.ensure_one()
        return self.env["edu.portal.invite.wizard"]._edu_open_for_unit(
            self.government_partner_id, region=self
        )

    def action_edu_view_portal_contacts(self):
        """The government's contacts who act for it on the portal."""
        self.ensure_one()
        self.env["res.partner"]._edu_check_internal()
        self.check_access("read")
        return self.government_partner_id._edu_action_portal_contacts()
