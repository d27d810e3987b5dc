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
    edu_governed_school_ids = fields.Many2many(
        "edu.school",
        string="Governed Schools",
        compute="_compute_edu_governed_region_ids",
        help="The schools of the governed regions (named one by one in the record rules).",
    )

    @api.model
    def _edu_rule_scope_fields(self):
        return [
            *super()._edu_rule_scope_fields(),
            "edu_governed_region_ids",
            "edu_governed_school_ids",
        ]

    @api.depends("partner_id.edu_unit_partner_id")
    def _compute_edu_governed_region_ids(self):
        regions = self.env["edu.region"].with_context(active_test=False)
        schools = self.env["edu.school"].with_context(active_test=False)
        for user in self:
            unit = user.partner_id.edu_unit_partner_id
            governed = regions.search([("government_partner_id", "=", unit.id)]) if unit else None
            if governed:
                user.edu_governed_region_ids = regions.search([("id", "child_of", governed.ids)])
                user.edu_governed_school_ids = schools.search(
                    [("region_id", "in", user.edu_governed_region_ids.ids)]
                )
            else:
                user.edu_governed_region_ids = regions
                user.edu_governed_school_ids = schools
