#!/usr/bin/env python3
"""Set-up, serve, test and bench the education supervision platform.

The commands behind ``scripts/run``, ``scripts/test`` and ``scripts/bench`` (thin bash
wrappers); the work is in the ``edu_setup`` package beside this file, one module per
job. It never downloads or builds Odoo: ``import odoo`` must work for this Python (or
``ODOO_BIN`` must point at an ``odoo-bin``).

Environment variables (all optional):

``ODOO_BIN``            path of an ``odoo-bin``; its directory is put on the Python path
``PGHOST`` ``PGPORT``   an existing PostgreSQL server to use (``PGUSER``/``PGPASSWORD``
                        for the role Odoo connects as; ``postgres`` is never used)
``EDU_DB_USER``         role for Odoo on an existing server (default ``odoo``)
``EDU_PG_PROBE_PORT``   port probed on 127.0.0.1 when PGHOST/PGPORT are unset (default
                        5432); without a server there, the command runs inside Debian's
                        ``pg_virtualenv`` (a throw-away cluster)
``EDU_SKIP_INSTALL``    ``1``: do not pip/apt-get install anything (nor repair a
                        shadowed Odoo, see ``edu_setup/shadow.py``)
``EDU_OCA_DIR``         where OCA addon wheels are installed (default ``.data/oca``;
                        their addons are in ``<dir>/odoo/addons``)
``EDU_ADDONS``          comma-separated: work on these edu_* addons only
"""

import argparse
import os
import signal
import subprocess
import sys

from edu_setup import CONF, DEFAULT_DB, Fatal, say


def cmd_deps(args):
    from edu_setup.deps import install_requirements
    from edu_setup.odoo import Odoo

    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    install_requirements(strict=True)
    say("requirements satisfied")


def cmd_bench(args):
    from edu_setup.deps import install_requirements
    from edu_setup.odoo import Odoo, write_config
    from edu_setup.postgres import Postgres

    odoo = Odoo()
    install_requirements(strict=False)
    write_config(odoo, Postgres.find())
    env = dict(os.environ, EDU_ODOO_CONF=str(CONF))
    rc = 0
    for bench in args.benches:
        say(f"bench {bench} (database {args.db})")
        rc |= subprocess.run([sys.executable, bench, "--db", args.db], env=env).returncode
    return rc


def parser():
    main = argparse.ArgumentParser(prog="edu_platform")
    sub = main.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="create/update the database and serve it")
    run.add_argument("--port", type=int, default=8069)
    run.add_argument("--db", default=DEFAULT_DB)
    run.add_argument("--no-demo", action="store_true", help="create the database without demo data")
    test = sub.add_parser("test", help="install in throw-away databases, run all tests and lint")
    test.add_argument("--db", help="name of the throw-away database (default: unique)")
    test.add_argument("--keep-db", action="store_true", help="do not drop the database")
    test.add_argument("--no-lint", action="store_true", help="skip the lint gate")
    test.add_argument("--no-cache", action="store_true", help="install, do not copy a template")
    test.add_argument("--jobs", type=int, help="phase 1 in N parallel groups (default: 2)")
    sub.add_parser("deps", help="install missing Python requirements (and apt fonts)")
    sub.add_parser(
        "create-db",
        help="create a database as Odoo's manager does (zh_CN, China/CNY); Odoo options follow",
    )
    bench = sub.add_parser("bench", help="run tests/bench/bench_*.py files")
    bench.add_argument("benches", nargs="+")
    bench.add_argument("--db", default="edu_bench")
    return main


def main(argv=None):
    args, args.odoo_args = parser().parse_known_args(argv)
    if args.odoo_args and args.command != "create-db":
        parser().error("unrecognized arguments: " + " ".join(args.odoo_args))

    def terminate(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    from edu_setup.createdb import cmd_create_db
    from edu_setup.serve import cmd_run
    from edu_setup.testing import cmd_test

    commands = {"run": cmd_run, "test": cmd_test, "bench": cmd_bench, "deps": cmd_deps}
    commands["create-db"] = cmd_create_db
    try:
        return commands[args.command](args) or 0
    except Fatal as exc:
        print(f"[edu] ERROR: {exc}", file=sys.stderr, flush=True)
        return exc.code
    except KeyboardInterrupt:
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
