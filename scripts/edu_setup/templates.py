"""Cached template databases: a run whose addons did not change copies the database its
predecessor installed instead of installing again.

The cache is click-odoo-contrib's: ``addons_hash`` is the key (every file of the
addons and of everything they depend on, Odoo's included, and the demo flag) and
``DbCache`` keeps the templates as ``<prefix>-<last use>-<key>`` databases, copies
them (``CREATE DATABASE ... TEMPLATE``) and trims the old ones. A template's
filestore is kept beside it under ``.data/templates/<server>/<prefix>-<oid>`` (the
template database's oid, which its renaming keeps), because ``DbCache`` copies only the
database; a template whose filestore is not in this working tree is not used.
"""

import hashlib
import shutil

from . import DATA, ROOT, say

STORE = DATA / "templates"
KEEP = 2  # templates kept per prefix: this state of the addons and the one before
# What else decides a template's content: how the database is created and what is
# built in it after the install.
RECIPE = [ROOT / "scripts" / "edu_setup" / name for name in ("createdb.py", "assets.py")]


class Templates:
    def __init__(self, odoo, pg):
        from odoo.modules.module import initialize_sys_path
        from odoo.tools import config

        config.parse_config(["-c", str(odoo.conf)], setup_logging=False)
        initialize_sys_path()
        self.folder = STORE / f"{pg.host.strip('/').replace('/', '_')}-{pg.port}"
        self.conn = pg.connect()
        self.cr = self.conn.cursor()

    def key(self, modules, options):
        """The cache key of a database with ``modules`` installed with demo data by an
        Odoo run with ``options``."""
        from click_odoo_contrib.initdb import addons_hash

        digest = hashlib.sha1(addons_hash(modules, True).encode())
        for path in RECIPE:
            digest.update(path.read_bytes())
        digest.update(" ".join(options).encode())
        return digest.hexdigest()

    def _cache(self, prefix):
        from click_odoo_contrib.initdb import DbCache

        return DbCache(prefix, self.cr)

    def _templates(self, prefix, key="%"):
        """{template database: its filestore folder} of ``prefix`` (and ``key``)."""
        self.cr.execute(
            "SELECT datname, oid FROM pg_database WHERE datname LIKE %s", [f"{prefix}-%-{key}"]
        )
        return {name: self.folder / f"{prefix}-{oid}" for name, oid in self.cr.fetchall()}

    def restore(self, prefix, key, db):
        """Create ``db`` from the template of ``key``; False when there is none (or its
        filestore is not in this working tree)."""
        found = list(self._templates(prefix, key).values())
        if not found or not found[0].is_dir() or not self._cache(prefix).create(db, key):
            return False
        shutil.copytree(found[0], self._filestore(db), dirs_exist_ok=True)
        say(f"{db}: copied from the cached template {prefix} ({key[:12]})")
        return True

    def store(self, prefix, key, db):
        """Keep ``db`` (no connection to it may be open) as the template of ``key``, in
        place of one another working tree (another filestore) made."""
        from psycopg2 import sql

        for old in self._templates(prefix, key):
            self.cr.execute(sql.SQL("DROP DATABASE {}").format(sql.Identifier(old)))
        cache = self._cache(prefix)
        cache.add(db, key)
        (filestore,) = self._templates(prefix, key).values()
        shutil.rmtree(filestore, ignore_errors=True)
        if self._filestore(db).is_dir():
            shutil.copytree(self._filestore(db), filestore)
        filestore.mkdir(parents=True, exist_ok=True)  # also marks a template without files
        cache.trim_size(KEEP)
        kept = set(self._templates(prefix).values())
        for stale in self.folder.glob(f"{prefix}-*"):
            if stale not in kept:
                shutil.rmtree(stale, ignore_errors=True)
        say(f"{db}: kept as the cached template {prefix} ({key[:12]})")

    def copy(self, source, db):
        """A plain copy of ``source`` (no connection to it may be open) with its filestore."""
        from psycopg2 import sql

        self.cr.execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(db), sql.Identifier(source)
            )
        )
        if self._filestore(source).is_dir():
            shutil.copytree(self._filestore(source), self._filestore(db), dirs_exist_ok=True)

    @staticmethod
    def _filestore(db):
        return DATA / "odoo" / "filestore" / db

    def close(self):
        self.conn.close()
