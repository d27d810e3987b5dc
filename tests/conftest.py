"""pytest-odoo glue for the cross-addon tests of tests/ (Odoo 18).

scripts/test runs ``pytest tests --odoo-config .data/odoo.conf --odoo-database <db>``;
pytest-odoo loads the registry of that database before the tests run.
"""

from odoo.tests.common import BaseCase


def pytest_collection_modifyitems(items):
    """Give test classes outside an addon the attributes Odoo's runner sets.

    Odoo's ``MetaCase`` sets ``test_tags``/``test_module`` only on classes whose
    module is under ``odoo.addons``; ``BaseCase.setUpClass`` reads them (e.g. to
    block outgoing HTTP requests in 'standard' tests).
    """
    for item in items:
        cls = getattr(item, "cls", None)
        if cls and issubclass(cls, BaseCase) and getattr(cls, "test_tags", None) is None:
            cls.test_tags = {"standard", "post_install"}
            cls.test_module = "tests"
            cls.test_class = cls.__name__
            cls.test_sequence = 0
