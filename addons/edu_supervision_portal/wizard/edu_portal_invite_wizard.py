from odoo import Command, api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import email_normalize

from ..tools import OFFICE_GROUP


class EduPortalInviteWizard(models.TransientModel):
    _name = "edu.portal.invite.wizard"
    _description = "Invite Contacts of a Unit to the Portal"

    unit_partner_id = fields.Many2one(
        "res.partner", string="Unit", required=True, readonly=True, ondelete="cascade"
    )
    region_id = fields.Many2one(
        "edu.region",
        readonly=True,
        help="Region of the unit: office staff of this region (or the city) invite its contacts.",
    )
    line_ids = fields.One2many("edu.portal.invite.wizard.line", "wizard_id", string="Contacts")
    welcome_message = fields.Text(
        string="Invitation Message",
        help="Included in the invitation e-mail sent to each new portal user.",
    )

    @api.model
    def _edu_check_invite_authority(self, unit, region):
        """Office staff of the unit's region (or of the city) invite its contacts."""
        if self.env.su:
            return
        if not self.env.user.has_group(OFFICE_GROUP):
            raise AccessError(
                self.env._("Only office staff invite the contacts of a unit to the portal.")
            )
        allowed = self.env.user.edu_allowed_region_ids
        if not self.env.user.edu_region_id:
            return
        if not region or region not in allowed:
            raise AccessError(
                self.env._(
                    "You can only invite the contacts of the units of your region: %s",
                    unit.display_name,
                )
            )

    @api.model
    def _edu_open_for_unit(self, unit, region=None):
        """The invitation form for ``unit`` (a school's or a government's contact)."""
        if not unit:
            raise UserError(
                self.env._("Set the unit's contact first (the government unit of the region).")
            )
        self._edu_check_invite_authority(unit, region)
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Invite to the Portal"),
            "res_model": self._name,
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_unit_partner_id": unit.id,
                "default_region_id": region.id if region else False,
            },
        }

    def action_invite(self):
        """Create a contact of the unit for each line, bound to the unit, and grant them
        portal access with Odoo's portal wizard (user from the portal template, invitation
        e-mail with the sign-up link)."""
        self.ensure_one()
        self._edu_check_invite_authority(self.unit_partner_id, self.region_id)
        if not self.line_ids:
            raise UserError(self.env._("Add at least one contact to invite."))
        contacts = self.env["res.partner"]
        for line in self.line_ids:
            contacts |= line._edu_contact()
        portal_wizard = self.env["portal.wizard"].create(
            {
                "partner_ids": [Command.set(contacts.ids)],
                "welcome_message": self.welcome_message,
            }
        )
        for wizard_user in portal_wizard.user_ids:
            if not wizard_user.is_portal:
                if wizard_user.is_internal:
                    raise UserError(
                        self.env._(
                            "%s is an internal user: internal users do not use the portal.",
                            wizard_user.partner_id.display_name,
                        )
                    )
                wizard_user.action_grant_access()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "success",
                "message": self.env._(
                    "Invited to the portal: %s", ", ".join(contacts.mapped("name"))
                ),
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    @api.model
    def _edu_normalized_email(self, email):
        normalized = email_normalize(email or "")
        if not normalized:
            raise UserError(self.env._("“%s” is not a valid e-mail address.", email or ""))
        return normalized
