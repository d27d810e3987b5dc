from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    edu_governed_region_ids = fields.Many2many(
        "edu.region",
        string="Governed Regions",
        compute="_compute_edu_governed_region_ids",
        help="For a contact of a people's government on the portal, the region the "
        "government governs and its sub-regions (named one by one in the record rules).",
    )

    @api.model
    def _edu_rule_scope_fields(self):
        return [*super()._edu_rule_scope_fields(), "edu_governed_region_ids"]

    @api.depends("partner_id.edu_unit_partner_id")
    def _compute_edu_governed_region_ids(self):
        regions = self.env["edu.region"].with_context(active_test=False)
        for user in self:
            unit = user.partner_id.edu_unit_partner_id
            governed = regions.search([("government_partner_id", "=", unit.id)]) if unit else None
            user.edu_governed_region_ids = (
                regions.search([("id", "child_of", governed.ids)]) if governed else regions
            )
