from odoo.tests import TransactionCase, tagged

from odoo.addons.edu_supervision_wuhai.hooks import MODULE, pre_init_hook


@tagged("post_install", "-at_install")
class TestHooks(TransactionCase):
    """Installed into an existing database, the addon takes over the records it declares
    instead of creating them a second time."""

    def _xmlids(self, names):
        return self.env["ir.model.data"].search([("module", "=", MODULE), ("name", "in", names)])

    def test_takes_over_the_records_of_the_platform_addons(self):
        """The ids the platform addons used to declare move to the site addon."""
        region = self.env.ref(f"{MODULE}.region_wuda")
        committee = self.env.ref(f"{MODULE}.committee_wuhai")
        self._xmlids(["region_wuda"]).module = "edu_supervision"
        self._xmlids(["committee_wuhai"]).module = "edu_supervision"
        self.env.registry.clear_cache()
        pre_init_hook(self.env)
        self.env.registry.clear_cache()
        self.assertEqual(self.env.ref(f"{MODULE}.region_wuda"), region)
        self.assertEqual(self.env.ref(f"{MODULE}.committee_wuhai"), committee)
        self.assertFalse(self.env.ref("edu_supervision.region_wuda", raise_if_not_found=False))

    def test_binds_the_records_entered_by_hand(self):
        """Regions, the committee and its member units that a site entered without xml
        ids are matched on region code, committee region and unit name."""
        names = [
            "region_wuhai",
            "region_wuda",
            "partner_gov_wuda",
            "committee_wuhai",
            "partner_office_city",
            "committee_member_edu",
            "partner_unit_edu",
        ]
        records = {name: self.env.ref(f"{MODULE}.{name}") for name in names}
        self._xmlids(names).unlink()
        self.env.registry.clear_cache()
        pre_init_hook(self.env)
        self.env.registry.clear_cache()
        for name, record in records.items():
            self.assertEqual(self.env.ref(f"{MODULE}.{name}", raise_if_not_found=False), record)
