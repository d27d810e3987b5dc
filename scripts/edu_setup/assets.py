"""Run by click-odoo in a freshly installed database: build the asset bundles Odoo's
test runner builds before its browser tests (every ``t-call-assets`` of the views), so
that the template keeps them and each test database copied from it finds them made."""

env["ir.qweb"]._pregenerate_assets_bundles()  # noqa: F821 (``env`` is click-odoo's)
