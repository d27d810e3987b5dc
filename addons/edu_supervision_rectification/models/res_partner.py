from odoo import models


class ResPartner(models.Model):
    _inherit = "res.partner"

    def _edu_unit_regions(self):
        """Region of each inspected unit in ``self``: the region of the school,
        or the region whose people's government the partner is.

        Returns ``{partner_id: edu.region}``; units found in neither are left
        out (their records are seen by the city office only). Two queries for
        any number of partners.
        """
        if not self:
            return {}
        regions = {}
        governments = (
            self.env["edu.region"]
            .with_context(active_test=False)
            .search_fetch([("government_partner_id", "in", self.ids)], ["government_partner_id"])
        )
        for region in governments:
            regions[region.government_partner_id.id] = region
        schools = (
            self.env["edu.school"]
            .with_context(active_test=False)
            .search_fetch([("partner_id", "in", self.ids)], ["partner_id", "region_id"])
        )
        for school in schools:
            regions[school.partner_id.id] = school.region_id
        return regions
