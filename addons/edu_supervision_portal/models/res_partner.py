from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

UNIT_KINDS = [("school", "School"), ("government", "Government")]


class ResPartner(models.Model):
    _inherit = "res.partner"

    edu_unit_partner_id = fields.Many2one(
        "res.partner",
        string="Supervised Unit",
        index="btree_not_null",
        ondelete="restrict",
        copy=False,
        tracking=True,
        help="The inspected unit (a school, a district government) this contact acts for on "
        "the supervision portal. Its portal user sees the records of this unit only.",
    )
    edu_portal_contact_ids = fields.One2many(
        "res.partner",
        "edu_unit_partner_id",
        string="Portal Contacts",
        help="The contacts who act for this unit on the supervision portal.",
    )
    edu_unit_kind = fields.Selection(
        UNIT_KINDS,
        string="Kind of Unit",
        compute="_compute_edu_unit",
        compute_sudo=True,
        help="What this partner is as an inspected unit: a school, or the people's "
        "government of a region.",
    )
    edu_governed_region_id = fields.Many2one(
        "edu.region",
        string="Governed Region",
        compute="_compute_edu_unit",
        compute_sudo=True,
        help="For a government unit, the region it governs: its portal users also read the "
        "rectification progress of the schools in that region.",
    )

    def _compute_edu_unit(self):
        kinds = self._edu_unit_kinds()
        regions = (
            self.env["edu.region"]
            .with_context(active_test=False)
            .search_fetch([("government_partner_id", "in", self.ids)], ["government_partner_id"])
        )
        governed = {region.government_partner_id.id: region for region in regions}
        for partner in self:
            partner.edu_unit_kind = kinds.get(partner.id, False)
            partner.edu_governed_region_id = governed.get(partner.id, False)

    def _edu_unit_kinds(self):
        """``{partner id: kind}`` for the partners of ``self`` that are inspected units.

        Two queries for any number of partners. Extend it to open the portal to other
        kinds of units (e.g. the member units of a supervision committee).
        """
        if not self.ids:
            return {}
        kinds = {}
        regions = (
            self.env["edu.region"]
            .with_context(active_test=False)
            .search_fetch([("government_partner_id", "in", self.ids)], ["government_partner_id"])
        )
        for region in regions:
            kinds[region.government_partner_id.id] = "government"
        schools = (
            self.env["edu.school"]
            .with_context(active_test=False)
            .search_fetch([("partner_id", "in", self.ids)], ["partner_id"])
        )
        for school in schools:
            kinds[school.partner_id.id] = "school"
        return kinds

    @api.constrains("edu_unit_partner_id", "parent_id", "is_company")
    def _check_edu_unit_partner(self):
        bound = self.filtered("edu_unit_partner_id")
        kinds = bound.edu_unit_partner_id._edu_unit_kinds()
        for partner in bound:
            unit = partner.edu_unit_partner_id
            if unit.id not in kinds:
                raise ValidationError(
                    self.env._(
                        "“%s” is not an inspected unit: a portal contact acts for a school or "
                        "for the government of a region.",
                        unit.display_name,
                    )
                )
            if partner.commercial_partner_id != unit:
                raise ValidationError(
                    self.env._(
                        "Portal contact “%(contact)s” must be a contact of its unit “%(unit)s”.",
                        contact=partner.display_name,
                        unit=unit.display_name,
                    )
                )

    def write(self, vals):
        res = super().write(vals)
        if "edu_unit_partner_id" in vals:
            # the record rules of the portal are cached per user: its unit changed
            self.env.registry.clear_cache()
        return res

    def _edu_portal_recipients(self):
        """The active portal contacts of the units in ``self`` (the addressees of the
        portal's notifications), as ``{unit id: partners}``."""
        contacts = self.env["res.partner"].search(
            [("edu_unit_partner_id", "in", self.ids), ("email", "!=", False)]
        )
        users = self.env["res.users"].search(
            [("partner_id", "in", contacts.ids), ("share", "=", True)]
        )
        recipients = {}
        for contact in contacts.filtered(lambda c: c in users.partner_id):
            recipients.setdefault(contact.edu_unit_partner_id.id, self.browse())
            recipients[contact.edu_unit_partner_id.id] |= contact
        return recipients

    @api.model
    def _edu_check_internal(self):
        """Back-office screens are for internal users (the units have the portal)."""
        if not self.env.su and not self.env.user._is_internal():
            raise AccessError(self.env._("This is a screen of the supervision office."))

    def _edu_action_portal_contacts(self):
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Portal Contacts"),
            "res_model": "res.partner",
            "view_mode": "list,form",
            "domain": [("edu_unit_partner_id", "in", self.ids)],
            "context": {"create": False},
        }
