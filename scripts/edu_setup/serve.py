"""``scripts/run``: create or update the database with every edu_* addon, then serve it."""

import contextlib
import re
import signal
import subprocess
import sys
import time

from . import CORE, LOGS, Fatal, our_addons, say
from .createdb import create_database
from .deps import install_requirements
from .odoo import Odoo, write_config
from .odoolog import failure_cause, run_logged
from .postgres import Postgres, port_open

# Demo users created by the site addon's demo data (login = password).
DEMO_USERS = [
    ("admin", "admin", "Administrator: manager + inspector HR + finance"),
    ("viewer", "viewer", "Viewer (committee member, leader)"),
    ("inspector", "inspector", "Inspector"),
    ("inspector2", "inspector2", "Inspector"),
    ("office", "office", "Office staff (whole city)"),
    ("office_wuda", "office_wuda", "Office staff limited to Wuda district"),
    ("manager", "manager", "Manager / chief inspector"),
    ("hr", "hr", "Inspector HR"),
    ("finance", "finance", "Supervision finance"),
]


def installed_modules(pg, dbname):
    if not pg.database_exists(dbname):
        return None
    try:
        rows = pg.query(
            "SELECT name FROM ir_module_module WHERE state = 'installed'", dbname=dbname
        )
    except Exception:  # an empty database without Odoo tables
        return set()
    return {name for (name,) in rows}


def language_active(pg, dbname, code):
    rows = pg.query("SELECT active FROM res_lang WHERE code = %s", [code], dbname=dbname)
    return bool(rows and rows[0][0])


def cmd_run(args):
    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    if port_open("127.0.0.1", args.port, 0.5):
        raise Fatal(f"port {args.port} is already in use: choose another one with --port")
    install_requirements(strict=False)
    pg = Postgres.find()
    write_config(odoo, pg, args.port)
    modules = our_addons()
    db = args.db
    installed = installed_modules(pg, db) or set()
    logfile = LOGS / f"run-{db}.log"
    logfile.unlink(missing_ok=True)
    t0 = time.time()
    if CORE not in installed:
        say(f"creating database {db} with {', '.join(modules)}")
        create_database(odoo, db, not args.no_demo, logfile)
    new = [m for m in modules if m not in installed]
    steps = ["-i", ",".join(new)] if new else []
    if CORE not in installed:
        steps += ["--without-demo=all" if args.no_demo else "--without-demo="]
    if CORE not in installed or not language_active(pg, db, "zh_CN"):
        steps.append("--load-language=zh_CN")
    if steps:
        say(f"database {db}: " + " ".join(steps))
        conf = ["-c", str(odoo.conf), "-d", db]
        odoo_step(odoo.command(*conf, *steps, "--stop-after-init", "--no-http"), logfile)
    if CORE in installed:
        # acsone's click-odoo-update: only the addons whose files changed since the last
        # update (all of them the first time); Odoo's own are left to a deliberate -u.
        say(f"database {db}: updating the addons that changed (click-odoo-update)")
        update = [sys.executable, "-m", "click_odoo_contrib.update"]
        odoo_step([*update, "-c", str(odoo.conf), "-d", db, "--ignore-core-addons"], logfile)
    say(f"database {db} ready in {time.time() - t0:.0f} s (log: {logfile})")
    serve(odoo, pg, db, args.port)


def odoo_step(command, logfile):
    """Run an Odoo ``command``; Fatal when it fails."""
    echo = r" (ERROR|CRITICAL|WARNING) |Modules loaded|loading \d+ modules|updat"
    rc, lines = run_logged(command, logfile, echo=echo)
    if rc:
        raise Fatal(f"installing/updating failed (log: {logfile}):\n{failure_cause(lines)}")


def serve(odoo, pg, db, port):
    cmd = odoo.command(
        "-c",
        str(odoo.conf),
        "-d",
        db,
        f"--db-filter=^{re.escape(db)}$",
        "--http-port",
        str(port),
    )
    proc = subprocess.Popen(cmd)
    try:
        deadline = time.time() + 120
        while time.time() < deadline and proc.poll() is None:
            if port_open("127.0.0.1", port, 0.5):
                banner(pg, db, port)
                break
            time.sleep(0.5)
        proc.wait()
    except KeyboardInterrupt:
        # Ctrl-C reaches Odoo too (same process group): let it shut down alone,
        # forward the signal only if it is still running (e.g. SIGTERM to us).
        say("stopping Odoo ...")
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    if proc.returncode not in (0, -signal.SIGINT, -signal.SIGTERM, None):
        raise Fatal(f"Odoo exited with code {proc.returncode}", 1)


def banner(pg, db, port):
    logins = set()
    with contextlib.suppress(Exception):
        rows = pg.query("SELECT login FROM res_users WHERE active", dbname=db)
        logins = {login for (login,) in rows}
    lines = [
        "",
        f"  Education supervision platform: http://127.0.0.1:{port}/odoo  (database {db})",
        "  Log in as admin / admin.",
    ]
    demo = [user for user in DEMO_USERS if user[0] != "admin" and user[0] in logins]
    if demo:
        lines[-1] += " Demo users (password = login):"
        lines += [f"    {login:<12} {pw:<12} {role}" for login, pw, role in DEMO_USERS[:1] + demo]
    lines += ["  Stop with Ctrl-C.", ""]
    print("\n".join(lines), flush=True)
