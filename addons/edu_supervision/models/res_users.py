from odoo import api, fields, models


class ResUsers(models.Model):
    _inherit = "res.users"

    edu_region_id = fields.Many2one(
        "edu.region",
        string="Supervision Region",
        help="Region of the supervision office this user works for. District office "
        "staff only see the records of their district; leave empty for the whole city.",
    )
    edu_allowed_region_ids = fields.Many2many(
        "edu.region",
        string="Visible Regions",
        compute="_compute_edu_allowed_region_ids",
    )

    @api.depends("edu_region_id")
    def _compute_edu_allowed_region_ids(self):
        all_regions = self.env["edu.region"].with_context(active_test=False)
        for user in self:
            if user.edu_region_id:
                user.edu_allowed_region_ids = all_regions.search(
                    [("id", "child_of", user.edu_region_id.id)]
                )
            else:
                user.edu_allowed_region_ids = all_regions.search([])

    def write(self, vals):
        res = super().write(vals)
        if "edu_region_id" in vals:
            # record rules are cached per user: the visible regions changed
            self.env.registry.clear_cache()
        return res
