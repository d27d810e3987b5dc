#!/usr/bin/env python3
"""Odoo's own ``hr``, ``hr_expense`` and ``analytic`` tests with every edu_* addon installed.

The logic behind ``scripts/test-stock``: a throw-away database created as
``scripts/test`` creates it (every edu_* addon with demo data), every user and
partner switched to English (some stock assertions compare English messages),
then ``-u hr,hr_expense,analytic`` with their tests. Ends with ``N passed, N failed``.
Options: ``--db NAME``, ``--keep-db``.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time

from edu_setup import DATA, LOGS, Fatal, our_addons, say
from edu_setup.createdb import create_database
from edu_setup.deps import install_requirements
from edu_setup.odoo import Odoo, write_config
from edu_setup.odoolog import failure_cause, reported_counts, run_odoo
from edu_setup.postgres import Postgres
from edu_setup.testing import free_port

STOCK_MODULES = ("hr", "hr_expense", "analytic")

# run in `odoo shell`: English for everyone, as a database created in en_US
ENGLISH = """
env["res.lang"]._activate_lang("en_US")
users = env["res.users"].with_context(active_test=False).search([])
users.write({"lang": "en_US"})
users.partner_id.write({"lang": "en_US"})
env["res.company"].search([]).partner_id.write({"lang": "en_US"})
lang = env["ir.model.fields"]._get("res.partner", "lang")
env["ir.default"].search([("field_id", "=", lang.id)]).unlink()
env.cr.commit()
"""


def install(odoo, db, modules, logfile):
    create_database(odoo, db, True, logfile)
    rc, lines = run_odoo(
        odoo,
        ["-d", db, "-i", ",".join(modules), "--without-demo=", "--stop-after-init", "--no-http"],
        logfile=logfile,
        echo=r" (ERROR|CRITICAL) ",
    )
    if rc:
        raise Fatal(f"installing the addons failed (log: {logfile}):\n" + failure_cause(lines))
    shell = odoo.command("shell", "-c", str(odoo.conf), "-d", db, "--no-http")
    done = subprocess.run(shell, input=ENGLISH, text=True, capture_output=True, check=False)
    if done.returncode:
        raise Fatal(f"switching the users to English failed:\n{done.stderr[-2000:]}")


def stock_tests(odoo, db, logfile):
    """(passed, failed, ok) of Odoo's own tests of STOCK_MODULES."""
    rc, lines = run_odoo(
        odoo,
        [
            "-d",
            db,
            "-u",
            ",".join(STOCK_MODULES),
            "--test-enable",
            "--test-tags",
            ",".join(f"/{module}" for module in STOCK_MODULES),
            "--stop-after-init",
            "--max-cron-threads=0",
        ],
        logfile=logfile,
        echo=r" (ERROR|CRITICAL) | FAIL: | ERROR: |tests when loading database",
    )
    counts = reported_counts(lines)
    if not counts:
        raise Fatal(f"Odoo stopped before reporting test results (log: {logfile})")
    failures, errors, total = counts
    return total - failures - errors, failures + errors, rc == 0 and not failures + errors


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="name of the throw-away database (default: unique)")
    parser.add_argument("--keep-db", action="store_true", help="do not drop the database")
    args = parser.parse_args(argv)
    try:
        odoo = Odoo()
        install_requirements(strict=True)
        pg = Postgres.find()
        db = args.db or f"edu_stock_{time.strftime('%Y%m%d_%H%M%S')}_{os.getpid()}"
        logfile = LOGS / f"test-stock-{db}.log"
        conf = DATA / f"odoo-{db}.conf"
        write_config(odoo, pg, free_port(), conf)
        if pg.database_exists(db):
            raise Fatal(f"database {db} already exists")
        say(f"database {db}; log {logfile}")
        try:
            install(odoo, db, our_addons(), logfile)
            passed, failed, ok = stock_tests(odoo, db, logfile)
        finally:
            if not args.keep_db:
                pg.drop_database(db)
                shutil.rmtree(DATA / "odoo" / "filestore" / db, ignore_errors=True)
                conf.unlink(missing_ok=True)
    except Fatal as exc:
        print(f"[edu] ERROR: {exc}", file=sys.stderr, flush=True)
        return exc.code
    print(f"{passed} passed, {failed} failed", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
