"""queue_job's test helpers (``trap_jobs``) for the platform's tests.

queue_job 18.0.3 and later register their method patcher in
``odoo.tests.common.SETATTR_SOURCES`` when their test helpers are imported; Odoo 18.0
builds older than that registry lack it, and the import fails. Nothing else reads it
there: an empty registry lets the helpers load on every 18.0 build.
"""

from odoo.tests import common as odoo_tests_common

if not hasattr(odoo_tests_common, "SETATTR_SOURCES"):
    odoo_tests_common.SETATTR_SOURCES = {}

from odoo.addons.queue_job.tests.common import trap_jobs  # noqa: E402

__all__ = ["trap_jobs"]
