"""Backup and restore of one database and its filestore (scripts/backup, scripts/restore).

A backup is a directory ``<db>-<YYYYmmdd-HHMMSS>/`` holding

- ``db.dump``: ``pg_dump --format=custom`` (compressed; ``pg_restore --jobs`` restores
  tables and indexes in parallel; tables can be restored one by one),
- ``filestore.tar.gz``: the database's directory under ``<data_dir>/filestore``
  (attachments, evidence photos, generated reports),
- ``manifest.txt``: the database, the time, the sizes.

The connection (``db_host``, ``db_port``, ``db_user``, ``db_password``) and ``data_dir``
come from the Odoo configuration file given with ``-c`` (default ``.data/odoo.conf``).
A restore goes into a new database (it refuses an existing one): stop the Odoo servers,
restore, then point ``db_name``/``dbfilter`` at it or rename it.
"""

import argparse
import configparser
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def say(msg):
    print(f"[edu] {msg}", flush=True)


def read_config(path):
    parser = configparser.ConfigParser(interpolation=None)
    if not parser.read(path):
        sys.exit(f"[edu] ERROR: cannot read the Odoo configuration {path}")
    opts = parser["options"] if parser.has_section("options") else {}

    def opt(name):
        value = opts.get(name, "").strip()
        return "" if value in ("", "False", "None") else value

    data_dir = opt("data_dir") or str(Path.home() / ".local" / "share" / "Odoo")
    env = dict(os.environ)
    for key, var in (("db_host", "PGHOST"), ("db_port", "PGPORT"), ("db_user", "PGUSER")):
        if opt(key):
            env[var] = opt(key)
    if opt("db_password"):
        env["PGPASSWORD"] = opt("db_password")
    return env, Path(data_dir).expanduser()


def run(cmd, env):
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"[edu] ERROR: {' '.join(cmd)} failed:\n{proc.stderr.strip()}")
    return proc.stdout


def db_exists(db, env):
    out = run(["psql", "-d", "postgres", "-Atc", "SELECT datname FROM pg_database"], env)
    return db in out.split()


def backup(args):
    env, data_dir = read_config(args.config)
    if not db_exists(args.db, env):
        sys.exit(f"[edu] ERROR: database {args.db} not found")
    target = Path(args.output) / f"{args.db}-{time.strftime('%Y%m%d-%H%M%S')}"
    target.mkdir(parents=True)
    t0 = time.monotonic()
    run(["pg_dump", "--format=custom", "--no-owner", "-f", str(target / "db.dump"), args.db], env)
    t_db = time.monotonic() - t0
    filestore = data_dir / "filestore" / args.db
    with tarfile.open(target / "filestore.tar.gz", "w:gz", compresslevel=1) as tar:
        if filestore.is_dir():
            tar.add(filestore, arcname=".")
    elapsed = time.monotonic() - t0
    sizes = {p.name: p.stat().st_size for p in target.iterdir()}
    (target / "manifest.txt").write_text(
        f"database: {args.db}\ntaken: {time.strftime('%Y-%m-%d %H:%M:%S %z')}\n"
        + "".join(f"{name}: {size} bytes\n" for name, size in sorted(sizes.items()))
    )
    say(
        f"backup of {args.db} in {target}: database {t_db:.1f} s, total {elapsed:.1f} s "
        f"(dump {sizes['db.dump'] / 1e6:.1f} MB, "
        f"filestore {sizes['filestore.tar.gz'] / 1e6:.1f} MB)"
    )
    print(target)


def restore(args):
    env, data_dir = read_config(args.config)
    source = Path(args.backup)
    dump, files = source / "db.dump", source / "filestore.tar.gz"
    if not dump.is_file() or not files.is_file():
        sys.exit(f"[edu] ERROR: {source} holds no db.dump and filestore.tar.gz")
    if db_exists(args.db, env):
        sys.exit(f"[edu] ERROR: database {args.db} exists; restore into a new one")
    filestore = data_dir / "filestore" / args.db
    if filestore.exists():
        sys.exit(f"[edu] ERROR: {filestore} exists; remove it or choose another database name")
    t0 = time.monotonic()
    run(["createdb", args.db], env)
    try:
        run(["pg_restore", "--no-owner", f"--jobs={args.jobs}", "-d", args.db, str(dump)], env)
        t_db = time.monotonic() - t0
        filestore.mkdir(parents=True)
        with tarfile.open(files, "r:gz") as tar:
            # the "data" filter refuses absolute paths and links out of the directory
            safe = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
            tar.extractall(filestore, **safe)
    except BaseException:
        subprocess.run(["dropdb", "--if-exists", args.db], env=env, check=False)
        shutil.rmtree(filestore, ignore_errors=True)
        raise
    say(
        f"restored {source.name} into {args.db} in {time.monotonic() - t0:.1f} s "
        f"(database {t_db:.1f} s); filestore in {filestore}"
    )


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("backup", help="dump a database and its filestore")
    b.add_argument("-d", "--db", required=True)
    b.add_argument("-o", "--output", default=".", help="directory for the backup (default .)")
    r = sub.add_parser("restore", help="restore a backup into a new database")
    r.add_argument("backup", help="the backup directory written by scripts/backup")
    r.add_argument("-d", "--db", required=True, help="the new database")
    r.add_argument("-j", "--jobs", type=int, default=2, help="parallel pg_restore jobs")
    for p in (b, r):
        p.add_argument("-c", "--config", default=str(ROOT / ".data" / "odoo.conf"))
    args = parser.parse_args(argv)
    for tool in ("pg_dump", "pg_restore", "psql", "createdb"):
        if not shutil.which(tool):
            sys.exit(f"[edu] ERROR: {tool} not found (PostgreSQL client tools)")
    (backup if args.command == "backup" else restore)(args)


if __name__ == "__main__":
    main()
