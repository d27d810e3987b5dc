"""A database made as Odoo's database manager makes one, in Chinese with its main
company in China (CNY), before any addon is installed."""

import contextlib
import sys

from . import ROOT, Fatal, say
from .odoo import Odoo
from .odoolog import failure_cause, run_logged

DB_LANG = "zh_CN"
DB_COUNTRY = "cn"


def cmd_create_db(args):
    """Create a database as Odoo's database manager does, with language and country.

    The admin gets zh_CN, the main company China and its currency (CNY) before
    any addon is installed, so accounting's chart (l10n_cn) and demo entries
    come in CNY whatever order the addons install in. scripts/run, scripts/test
    and docker/edu run this step, then install every edu_* addon with one -i.
    Takes Odoo's options (-c, -d, --db_host, --without-demo, ...). A database
    that already holds Odoo is left as it is.
    """
    Odoo()
    from odoo.service import db as manager
    from odoo.tools import config

    config.parse_config(args.odoo_args, setup_logging=True)
    config["list_db"] = True  # as `odoo db` does: the manager may be off (list_db = False)
    name = config["db_name"]
    if not name or "," in name:
        raise Fatal("create-db needs one database name (-d NAME)")
    demo = not config["without_demo"]
    _check_server(config)
    if not manager.exp_db_exist(name):
        manager.exp_create_database(name, demo, DB_LANG, "admin", "admin", country_code=DB_COUNTRY)
    elif _holds_odoo(name):
        say(f"database {name} exists: left as it is")
        return 0
    else:  # created empty (createdb): the manager's second half initialises it
        manager._initialize_db(None, name, demo, DB_LANG, "admin", "admin", DB_COUNTRY)
    _check_created(name)
    return 0


def _check_server(config):
    import psycopg2

    from odoo.sql_db import db_connect

    try:
        with db_connect("postgres").cursor():
            pass
    except psycopg2.OperationalError as exc:
        where = f"{config['db_host'] or 'local socket'}:{config['db_port'] or 5432}"
        raise Fatal(f"PostgreSQL {where} is unreachable: {str(exc).strip()}") from exc


def _holds_odoo(name):
    from odoo.modules.db import is_initialized
    from odoo.sql_db import db_connect

    with db_connect(name).cursor() as cr:
        return is_initialized(cr)


def _check_created(name):
    """The manager only logs its failures: check what it made."""
    from odoo import SUPERUSER_ID, api
    from odoo.modules.registry import Registry

    got = None
    with contextlib.suppress(Exception), Registry(name).cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {})
        company = env.ref("base.main_company")
        got = (company.country_id.code, company.currency_id.name, env.ref("base.user_admin").lang)
    if got != ("CN", "CNY", DB_LANG):
        raise Fatal(
            f"creating the database {name} failed: main company country, currency and "
            f"admin language are {got} (see the log above)"
        )
    say(f"database {name} created: main company in China ({got[1]}), admin in {got[2]}")


def create_database(odoo, db, demo, logfile):
    """The create-db step (cmd_create_db) in its own process, with ``odoo``'s configuration."""
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "edu_platform.py"),
        "create-db",
        "-c",
        str(odoo.conf),
        "-d",
        db,
        "--without-demo=" if demo else "--without-demo=all",
    ]
    rc, lines = run_logged(cmd, logfile, echo=r" (ERROR|CRITICAL) |^\[edu\] ")
    if rc:
        raise Fatal(f"creating the database {db} failed (log: {logfile}):\n{failure_cause(lines)}")
