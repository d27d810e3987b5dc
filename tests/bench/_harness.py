"""Tiny harness for the benchmarks under tests/bench/ (not run by scripts/test).

A bench is a script ``tests/bench/bench_<topic>.py``::

    from _harness import measure, run

    def main(env):
        records = env["edu.school"].create([...])
        measure(env, "compute 2000", records._compute_is_large)

    if __name__ == "__main__":
        run(main, modules=("edu_supervision",))

Run it with ``scripts/bench tests/bench/bench_<topic>.py`` (which sets up
PostgreSQL and writes .data/odoo.conf) or, once that file exists, with
``python3 tests/bench/bench_<topic>.py --db edu_bench``.

``run`` makes sure the database exists with ``modules`` installed (without
demo data), calls ``main(env)`` as superuser and rolls everything back.
``measure`` prints ``label: <seconds> s, <n> queries``.
"""

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def _config_path(explicit):
    path = Path(explicit or os.environ.get("EDU_ODOO_CONF") or ROOT / ".data" / "odoo.conf")
    if not path.is_file():
        sys.exit(
            f"{path} not found: run the bench with scripts/bench {sys.argv[0]} "
            "(it writes the configuration), or pass --config."
        )
    return path


def _installed(db, modules):
    """True when ``db`` exists and has every module of ``modules`` installed."""
    import odoo.sql_db

    try:
        with odoo.sql_db.db_connect(db).cursor() as cr:
            cr.execute(
                "SELECT count(*) FROM ir_module_module WHERE state = 'installed' AND name IN %s",
                [tuple(modules)],
            )
            return cr.fetchone()[0] == len(set(modules))
    except Exception:  # missing database or one without Odoo tables
        return False
    finally:
        odoo.sql_db.close_db(db)


def _install(config, db, modules):
    print(f"installing {', '.join(modules)} into {db} (no demo data) ...", flush=True)
    cmd = [
        sys.executable,
        "-m",
        "odoo",
        "-c",
        str(config),
        "-d",
        db,
        "-i",
        ",".join(modules),
        "--without-demo=all",
        "--stop-after-init",
        "--no-http",
        "--log-level=warn",
        "--max-cron-threads=0",
    ]
    subprocess.run(cmd, check=True)


def run(main, modules=("edu_supervision",)):
    """Parse ``--db``/``--config``, prepare the database, run ``main(env)``, roll back."""
    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--db", default="edu_bench")
    parser.add_argument("--config", help="odoo.conf (default .data/odoo.conf)")
    args = parser.parse_args()
    config = _config_path(args.config)

    import odoo
    from odoo.modules.registry import Registry

    odoo.tools.config.parse_config(["-c", str(config), "--log-level=warn"])
    if not _installed(args.db, modules):
        _install(config, args.db, modules)
    registry = Registry(args.db)
    cr = registry.cursor()
    try:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {"tracking_disable": True})
        main(env)
    finally:
        cr.rollback()
        cr.close()


def measure(env, label, fn, *args):
    """Flush, run ``fn(*args)``, flush; print time and query count; return fn's result."""
    env.flush_all()
    queries = env.cr.sql_log_count
    start = time.perf_counter()
    result = fn(*args)
    env.flush_all()
    elapsed = time.perf_counter() - start
    print(f"{label}: {elapsed:.3f} s, {env.cr.sql_log_count - queries} queries", flush=True)
    return result
