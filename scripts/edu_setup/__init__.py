"""The set-up behind ``scripts/run``, ``scripts/test`` and ``scripts/bench``.

One module per job: ``odoo`` (find Odoo, its launcher and configuration),
``shadow`` (an Odoo hidden by OCA wheels' namespace folder), ``deps`` (pip, OCA
addon wheels, Debian packages), ``postgres`` (the server and the role; a
throw-away cluster through Debian's ``pg_virtualenv``), ``odoolog`` (running Odoo
and reading its log; the gate is acsone's ``checklog-odoo``), ``createdb`` (a
database in Chinese with a company in China), ``templates`` (cached template
databases, click-odoo-contrib's ``DbCache``; ``assets.py``, the click-odoo script
building a template's asset bundles), ``testing`` (the test phases),
``checks`` (pytest and the lint gate) and ``serve`` (``scripts/run``).
"""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
DATA = ROOT / ".data"
ADDONS = ROOT / "addons"
CONF = DATA / "odoo.conf"
LOGS = DATA / "logs"
# OCA addon wheels go here (pip --target), never into site-packages: see shadow.py.
OCA = Path(os.environ.get("EDU_OCA_DIR") or DATA / "oca").absolute()
OCA_ADDONS = OCA / "odoo" / "addons"
PREFIX = "edu_"
CORE = "edu_supervision"
# The site addon: Wuhai's identity, districts, committee and the demo data. Everything
# else of PREFIX is the city-neutral platform.
SITE = "edu_supervision_wuhai"
DEFAULT_DB = "edu_supervision"


class Fatal(Exception):
    """A failure that stops the command; code 2: the set-up failed (no test ran)."""

    def __init__(self, message, code=2):
        super().__init__(message)
        self.code = code


def say(message):
    print(f"[edu] {message}", flush=True)


def our_addons():
    """Every installable addon of this repository whose name starts with edu_: the
    platform addons and the site addon (SITE), in dependency order (manifestoo).

    ``EDU_ADDONS`` (comma-separated) restricts the list, e.g. while an addon in the
    working tree is half-written; without SITE the commands work on the platform
    alone (no Wuhai data, no demo records of ours).
    """
    from manifestoo_core.addons_set import AddonsSet

    addons = AddonsSet()
    addons.add_from_addons_dir(ADDONS)
    only = {n.strip() for n in os.environ.get("EDU_ADDONS", "").split(",") if n.strip()}
    names = sorted(
        name
        for name, addon in addons.items()
        if name.startswith(PREFIX)
        and addon.manifest.manifest_dict.get("installable", True)
        and (not only or name in only)
    )
    if CORE not in names:
        raise Fatal(f"addons/{CORE} is missing: nothing to install.")
    return names
