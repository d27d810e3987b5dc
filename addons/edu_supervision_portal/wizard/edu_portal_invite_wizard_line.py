from odoo import fields, models
from odoo.exceptions import UserError


class EduPortalInviteWizardLine(models.TransientModel):
    _name = "edu.portal.invite.wizard.line"
    _description = "Contact to Invite to the Portal"

    wizard_id = fields.Many2one("edu.portal.invite.wizard", required=True, ondelete="cascade")
    name = fields.Char(required=True)
    function = fields.Char(
        string="Job Position", help="e.g. principal, supervision liaison, education office."
    )
    email = fields.Char(required=True, help="Also the login of the portal user.")
    mobile = fields.Char()

    def _edu_contact(self):
        """The unit's contact for this line: the existing one with this e-mail address,
        else a new contact of the unit; bound to the unit either way."""
        self.ensure_one()
        unit = self.wizard_id.unit_partner_id
        email = self.wizard_id._edu_normalized_email(self.email)
        Partner = self.env["res.partner"]
        contact = Partner.search(
            [("parent_id", "=", unit.id), ("email_normalized", "=", email)], limit=1
        )
        if contact.edu_unit_partner_id and contact.edu_unit_partner_id != unit:
            raise UserError(self.env._("%s already acts for another unit.", contact.display_name))
        vals = {
            "edu_unit_partner_id": unit.id,
            "function": self.function or contact.function,
            "mobile": self.mobile or contact.mobile,
        }
        if contact:
            contact.write(vals)
            return contact
        return Partner.create(
            {
                **vals,
                "name": self.name,
                "email": email,
                "parent_id": unit.id,
                "type": "contact",
                "lang": unit.lang or self.env.lang,
            }
        )
