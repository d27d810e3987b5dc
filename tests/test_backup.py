"""The backup drill: scripts/backup, scripts/restore into a new database, compare.

Runs against the database and configuration pytest-odoo was given (scripts/test).
"""

import hashlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

import odoo
from odoo.sql_db import close_db, db_connect

ROOT = Path(__file__).resolve().parent.parent


def _counts(db):
    """Exact row counts of the business tables (res_*, ir_attachment, every edu_* table)."""
    with db_connect(db).cursor() as cr:
        cr.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
            "AND table_type = 'BASE TABLE' AND (table_name LIKE 'edu\\_%' "
            "OR table_name IN ('res_partner', 'res_users', 'ir_attachment', 'hr_employee', "
            "'mail_message', 'ir_model_data')) ORDER BY table_name"
        )
        tables = [row[0] for row in cr.fetchall()]
        counts = {}
        for table in tables:
            cr.execute(odoo.tools.SQL("SELECT count(*) FROM %s", odoo.tools.SQL.identifier(table)))
            counts[table] = cr.fetchone()[0]
    return counts


@pytest.fixture
def restored_db(tmp_path):
    for tool in ("pg_dump", "pg_restore", "createdb", "psql"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} (PostgreSQL client tools) not found")
    config = odoo.tools.config
    if not config.rcfile or not config["db_name"]:
        pytest.skip("needs pytest-odoo's --odoo-config and --odoo-database")
    new_db = f"{config['db_name']}_restore_drill"
    yield config.rcfile, config["db_name"], new_db
    close_db(new_db)
    subprocess.run(
        ["dropdb", "--if-exists", new_db], env=_pg_env(), capture_output=True, check=False
    )
    shutil.rmtree(Path(config.filestore(new_db)), ignore_errors=True)


def _pg_env():
    config = odoo.tools.config
    env = dict(os.environ)
    for key, var in (("db_host", "PGHOST"), ("db_port", "PGPORT"), ("db_user", "PGUSER")):
        if config[key]:
            env[var] = str(config[key])
    if config["db_password"]:
        env["PGPASSWORD"] = config["db_password"]
    return env


def test_backup_then_restore_gives_the_same_records(restored_db, tmp_path):
    rcfile, db, new_db = restored_db
    t0 = time.monotonic()
    out = subprocess.run(
        [str(ROOT / "scripts" / "backup"), "-c", rcfile, "-d", db, "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    backup_dir = Path(out.stdout.strip().splitlines()[-1])
    assert (backup_dir / "db.dump").stat().st_size > 0
    assert (backup_dir / "filestore.tar.gz").exists()

    subprocess.run(
        [str(ROOT / "scripts" / "restore"), "-c", rcfile, str(backup_dir), "-d", new_db],
        capture_output=True,
        text=True,
        check=True,
    )
    elapsed = time.monotonic() - t0
    print(f"backup + restore of {db}: {elapsed:.1f} s")

    counts = _counts(db)
    assert counts["res_partner"] > 0
    assert _counts(new_db) == counts

    # every stored attachment of the copy is in the restored filestore, content intact
    with db_connect(new_db).cursor() as cr:
        cr.execute("SELECT store_fname, checksum FROM ir_attachment WHERE store_fname IS NOT NULL")
        stored = cr.fetchall()
    assert stored, "the database holds no attachment in its filestore (demo data expected)"
    filestore = Path(odoo.tools.config.filestore(new_db))
    for store_fname, checksum in stored:
        content = (filestore / store_fname).read_bytes()
        assert hashlib.sha1(content).hexdigest() == checksum, store_fname


def test_restore_refuses_an_existing_database(restored_db, tmp_path):
    rcfile, db, _new_db = restored_db
    backup = tmp_path / "fake"
    backup.mkdir()
    (backup / "db.dump").write_bytes(b"")
    (backup / "filestore.tar.gz").write_bytes(b"")
    proc = subprocess.run(
        [str(ROOT / "scripts" / "restore"), "-c", rcfile, str(backup), "-d", db],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode != 0
    assert f"database {db} exists" in proc.stderr
