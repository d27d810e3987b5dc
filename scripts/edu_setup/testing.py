"""``scripts/test``: the databases (installed, or copied from cached templates), then
the two test phases side by side, pytest and the lint gate.

Phase 1 tests the platform addons in a database where only they are installed: the
platform alone, without any site, passes them. Phase 2 tests the site addon (SITE) in
a database where it is installed on top of the platform: its data and demo data, and
the browser tours played on them. Every test of the project is a post_install test,
so a database installed once (or copied from its template) runs them all.
"""

import os
import shutil
import socket
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from . import ADDONS, DATA, LOGS, SITE, Fatal, our_addons, say
from .checks import lint, pytest_tests
from .createdb import create_database
from .odoo import Odoo, write_config
from .odoolog import checklog, failure_cause, reported_counts, run_logged, run_odoo
from .postgres import Postgres
from .templates import Templates

# Installed with tests enabled (as a test run installs) but none selected.
INSTALL = ["--without-demo=", "--test-enable", "--test-tags=-standard", "--max-cron-threads=0"]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def install(odoo, db, modules, options, logfile):
    """Install ``modules`` in ``db``; Fatal when Odoo fails or logs an error."""
    args = ["-d", db, "-i", ",".join(modules), *INSTALL, *options, "--stop-after-init"]
    rc, lines = run_odoo(
        odoo, args, logfile, echo=r" (ERROR|CRITICAL) |Modules loaded|loading \d+ modules"
    )
    if rc or not checklog(logfile):
        raise Fatal(
            f"installing {', '.join(modules)} in {db} failed (exit code {rc}, log: {logfile}):"
            f"\n{failure_cause(lines)}"
        )


def build_assets(odoo, db, logfile):
    """Build the asset bundles of ``db`` (about 25 s), which Odoo's test runner builds
    before a database's browser tests: built once in a template, they come with each
    copy of it."""
    script = Path(__file__).with_name("assets.py")
    args = ["-m", "click_odoo", "-c", str(odoo.conf), "-d", db, "--log-level=warn", script]
    rc, lines = run_logged([sys.executable, *map(str, args)], logfile, echo=r" (ERROR|CRITICAL) ")
    if rc:
        raise Fatal(
            f"building the asset bundles of {db} failed (log: {logfile}):\n{failure_cause(lines)}"
        )


def split(modules, count):
    """``modules`` in at most ``count`` groups of about as much test code each."""
    weight = {m: sum(p.stat().st_size for p in (ADDONS / m).glob("tests/*.py")) for m in modules}
    groups = [[] for _i in range(count)]
    for module in sorted(modules, key=weight.get, reverse=True):
        lightest = min(groups, key=lambda group: sum(map(weight.get, group)))
        lightest.append(module)
    return [sorted(group) for group in groups if group]


def prepare(odoo, pg, db, modules, shards, created, use_cache):
    """The test jobs, [(database, addons to test)], each database ready for its tests
    (its name added to ``created``): the platform's tests in ``shards`` copies of one
    database, the site's in a database of its own."""
    logfile = LOGS / f"test-{db}-install.log"
    platform = [m for m in modules if m != SITE]
    base = f"{db}_platform" if SITE in modules else db
    templates = Templates(odoo, pg)
    try:
        key = templates.key(platform, INSTALL)
        created.append(base)
        if not (use_cache and templates.restore("edu-plat", key, base)):
            say(f"creating {base}, installing {len(platform)} platform addons")
            create_database(odoo, base, True, logfile)
            install(odoo, base, platform, ["--load-language=zh_CN"], logfile)
            build_assets(odoo, base, logfile)
            templates.store("edu-plat", key, base)
        jobs = [
            (f"{base}{i + 1}" if i else base, group)
            for i, group in enumerate(split(platform, shards))
        ]
        for name, _group in jobs[1:]:
            created.append(name)
            templates.copy(base, name)
        if SITE in modules:
            site_key = templates.key(modules, INSTALL)
            created.append(db)
            if not (use_cache and templates.restore("edu-site", site_key, db)):
                say(f"installing the site addon {SITE} in {db}")
                templates.copy(base, db)
                install(odoo, db, [SITE], [], logfile)
                build_assets(odoo, db, logfile)
                templates.store("edu-site", site_key, db)
            jobs.append((db, [SITE]))
        return jobs
    finally:
        templates.close()


def odoo_phase(odoo, db, modules, logfile):
    """Run the tests of ``modules`` in ``db``; (passed, failed, ok)."""
    t0 = time.time()
    tags = ",".join(f"/{m}" for m in modules)
    args = [
        "-d",
        db,
        "--test-enable",
        "--test-tags",
        tags,
        "--http-port",
        str(free_port()),
        "--stop-after-init",
        "--log-level=info",
        "--max-cron-threads=0",
    ]
    rc, lines = run_odoo(
        odoo, args, logfile, echo=r" (ERROR|CRITICAL) | FAIL: | ERROR: |tests when loading"
    )
    counts = reported_counts(lines)
    say(f"{db}: tests of {', '.join(modules)} finished in {time.time() - t0:.0f} s (exit {rc})")
    if counts is None:
        raise Fatal(
            f"Odoo stopped (exit code {rc}) before reporting test results in {db} "
            f"(log: {logfile}):\n{failure_cause(lines)}"
        )
    failures, errors, total = counts
    gate = checklog(logfile)
    return total - failures - errors, failures + errors, gate and not rc and not failures + errors


def run_tests(odoo, pg, db, args, created):
    """Everything ``scripts/test`` runs; (passed, failed, ok), the lint gate's result in ok.

    The platform's tests are split in ``--jobs`` groups (default: one per core, at most
    2); every job runs at once, the site's too, followed by pytest and the lint gate on
    its database.
    """
    for old in LOGS.glob(f"test-{db}*.log"):
        old.unlink()
    modules = our_addons()
    say(f"addons: {', '.join(modules)}; database {db}; logs {LOGS}/test-{db}*.log")
    t0 = time.time()
    shards = args.jobs or min(2, os.cpu_count() or 1)
    jobs = prepare(odoo, pg, db, modules, shards, created, not args.no_cache)
    say(f"databases ready in {time.time() - t0:.0f} s; {len(jobs)} test job(s) side by side")

    def job(index):
        job_db, job_modules = jobs[index]
        result = odoo_phase(odoo, job_db, job_modules, LOGS / f"test-{job_db}-tests.log")
        if index == len(jobs) - 1:  # the database with everything
            checks = [result, pytest_tests(odoo, job_db, LOGS / f"test-{db}.log")]
            if not args.no_lint:
                checks.append((0, 0, lint(LOGS / f"test-{db}.log")))
            result = (
                sum(c[0] for c in checks),
                sum(c[1] for c in checks),
                all(c[2] for c in checks),
            )
        return result

    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        results = list(pool.map(job, range(len(jobs))))
    return sum(r[0] for r in results), sum(r[1] for r in results), all(r[2] for r in results)


def cmd_test(args):
    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    from .deps import install_requirements

    install_requirements(strict=True)
    started = time.time()
    pg = Postgres.find()
    db = args.db or f"edu_test_{time.strftime('%Y%m%d_%H%M%S')}_{os.getpid()}"
    # a configuration of its own: several test runs may share the working tree
    write_config(odoo, pg, free_port(), DATA / f"odoo-{db}.conf")
    passed = failed = 0
    ok = False
    created = []
    try:
        if pg.database_exists(db) or pg.database_exists(f"{db}_platform"):
            raise Fatal(f"database {db} (or {db}_platform) already exists")
        passed, failed, ok = run_tests(odoo, pg, db, args, created)
    finally:
        for name in created:
            if args.keep_db and name == db:
                continue
            pg.drop_database(name)
            shutil.rmtree(DATA / "odoo" / "filestore" / name, ignore_errors=True)
        if not args.keep_db:
            odoo.conf.unlink(missing_ok=True)
    say(f"{time.time() - started:.0f} s; logs {LOGS}/test-{db}*.log")
    print(f"{passed} passed, {failed} failed", flush=True)
    return 0 if ok else 1
