#!/usr/bin/env python3
"""Set-up, serve, test and bench the education supervision platform.

This is the logic behind ``scripts/run``, ``scripts/test`` and ``scripts/bench``
(thin bash wrappers). It never downloads or builds Odoo: ``import odoo`` must
work for this Python (or ``ODOO_BIN`` must point at an ``odoo-bin``).

Environment variables (all optional):

``ODOO_BIN``            path of an ``odoo-bin``; its directory is put on the Python path
``PGHOST`` ``PGPORT``   an existing PostgreSQL server to use (``PGUSER``/``PGPASSWORD``
                        for the role Odoo connects as; ``postgres`` is never used)
``EDU_DB_USER``         role for Odoo on an existing server (default ``odoo``)
``EDU_PG_PROBE_PORT``   port probed on 127.0.0.1 when PGHOST/PGPORT are unset
                        (default 5432); point it at a free port to force the
                        private cluster
``EDU_PG_PRIVATE_PORT`` port (socket name) of the private cluster (default 55432)
``EDU_PG_OS_USER``      OS user owning the private cluster when run as root
                        (default ``edu-pg``)
``EDU_SKIP_INSTALL``    ``1``: do not pip/apt-get install anything (nor repair a
                        shadowed Odoo, see ``check_odoo_import``)
``EDU_OCA_DIR``         where OCA addon wheels are installed (default ``.data/oca``;
                        their addons are in ``<dir>/odoo/addons``)
"""

import argparse
import ast
import contextlib
import glob
import hashlib
import importlib.metadata
import json
import os
import re
import secrets
import shutil
import signal
import socket
import string
import subprocess
import sys
import sysconfig
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / ".data"
ADDONS = ROOT / "addons"
CONF = DATA / "odoo.conf"
LOGS = DATA / "logs"
# OCA addon wheels go here (pip --target), never into site-packages: see check_odoo_import.
OCA = Path(os.environ.get("EDU_OCA_DIR") or DATA / "oca").absolute()
OCA_ADDONS = OCA / "odoo" / "addons"
PREFIX = "edu_"
CORE = "edu_supervision"
# The site addon: Wuhai's identity, districts, committee and the demo data. Everything
# else of PREFIX is the city-neutral platform.
SITE = "edu_supervision_wuhai"
DEFAULT_DB = "edu_supervision"

NO_ODOO = """\
Odoo 18.0 was not found: `import odoo` fails for {python} ({error}).
This project does not download or build Odoo. Install it first, see README.md,
section "Installing Odoo" (official Docker image, or Odoo's own source install),
or set ODOO_BIN to the odoo-bin of an Odoo 18.0 source tree."""

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

# Debian package -> binary that proves it is there (None: ask dpkg).
# wkhtmltopdf renders PDF reports, the Noto CJK fonts their Chinese text,
# Chromium runs the browser tests (they are skipped without it).
APT_PACKAGES = {"wkhtmltopdf": "wkhtmltopdf", "fonts-noto-cjk": None, "chromium": "chromium"}


class Fatal(Exception):
    """A failure that stops the command; code 2: the set-up failed (no test ran)."""

    def __init__(self, message, code=2):
        super().__init__(message)
        self.code = code


def say(message):
    print(f"[edu] {message}", flush=True)


# --------------------------------------------------------------------- Odoo


class Odoo:
    """The detected Odoo: version, package directory and its addons paths."""

    def __init__(self):
        odoo_bin = os.environ.get("ODOO_BIN")
        if odoo_bin:
            source = Path(odoo_bin).resolve().parent
            if not (source / "odoo" / "__init__.py").is_file():
                raise Fatal(f"ODOO_BIN={odoo_bin}: no odoo package beside it.", 2)
            sys.path.insert(0, str(source))
            path = os.environ.get("PYTHONPATH")
            os.environ["PYTHONPATH"] = f"{source}{os.pathsep}{path}" if path else str(source)
        check_odoo_import("before any pip call")
        try:
            import odoo
            from odoo import release
        except ImportError as exc:
            raise Fatal(NO_ODOO.format(python=sys.executable, error=exc), 2) from exc
        if tuple(release.version_info[:2]) != (18, 0):
            raise Fatal(
                f"Odoo {release.version} found at {Path(odoo.__file__).parent}; "
                "this project needs Odoo 18.0 (README.md, 'Installing Odoo').",
                2,
            )
        self.version = release.version
        self.package = Path(odoo.__file__).resolve().parent
        self.conf = CONF
        self.launcher = self._launcher(odoo_bin)

    def _launcher(self, odoo_bin):
        """``[python, odoo-bin]`` of a source tree, else the ``odoo`` console script.

        Never ``python -m odoo``: Odoo's multi-worker mode re-executes its launcher to
        start the websocket (gevent) worker, and ``odoo/__main__.py`` run as a script
        fails on its relative import.
        """
        candidate = Path(odoo_bin) if odoo_bin else self.package.parent / "odoo-bin"
        if candidate.is_file():
            return [sys.executable, str(candidate.resolve())]
        script = Path(sys.executable).parent / "odoo"
        script = str(script) if script.is_file() else shutil.which("odoo")
        if script:
            return [script]
        raise Fatal(
            f"Odoo {self.version} imports from {self.package}, but neither its odoo-bin "
            f"({candidate}) nor the `odoo` console script was found: set ODOO_BIN to the "
            "odoo-bin of this Odoo, or install Odoo with pip (which writes the console script).",
            2,
        )

    def addons_paths(self):
        """Odoo's app directories that exist, then ours."""
        paths = []
        # git/source layout: apps in <source>/addons beside the odoo package;
        # packaged layouts (docker image, wheels): everything in odoo/addons.
        # then the OCA addons install_requirements put in OCA, if any.
        for candidate in (self.package.parent / "addons", self.package / "addons", OCA_ADDONS):
            if candidate.is_dir() and any(candidate.glob("*/__manifest__.py")):
                paths.append(str(candidate))
        paths.append(str(ADDONS))
        return paths

    def command(self, *args):
        return [*self.launcher, *args]


# ------------------------------------------------------- Odoo import check

# Run by a new interpreter, as ``python -m odoo`` is: is ``odoo`` Odoo itself?
PROBE = """
import json, sys
try:
    from odoo import SUPERUSER_ID, release
    out = {"ok": True, "file": sys.modules["odoo"].__file__}
except ImportError as exc:
    odoo = sys.modules.get("odoo")
    out = {"ok": False, "error": str(exc), "path": list(getattr(odoo, "__path__", None) or [])}
print(json.dumps(out))
"""


def probe_odoo():
    """{"ok": True, "file": ...} or {"ok": False, "error": ..., "path": [namespace folders]}."""
    proc = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, check=False
    )
    with contextlib.suppress(IndexError, ValueError):
        return json.loads(proc.stdout.strip().splitlines()[-1])
    return {"ok": False, "error": proc.stderr.strip()[-300:], "path": []}


def editable_odoo_hooks():
    """setuptools' editable-install import hooks that map ``odoo``: [(finder file, odoo dir)]."""
    hooks = []
    for entry in dict.fromkeys(p for p in sys.path if p and Path(p).is_dir()):
        for finder in sorted(Path(entry).glob("__editable__*finder.py")):
            text = finder.read_text(encoding="utf-8", errors="replace")
            match = re.search(r"^MAPPING\b[^=]*=\s*(\{.*\})\s*$", text, re.M)
            with contextlib.suppress(ValueError, SyntaxError, AttributeError):
                mapping = ast.literal_eval(match.group(1))
                if "odoo" in mapping:
                    hooks.append((finder, Path(mapping["odoo"])))
    return hooks


def check_odoo_import(when):
    """Stop, or repair when it is safe, if ``odoo`` is a namespace folder hiding Odoo.

    OCA addon wheels install ``site-packages/odoo/addons/<addon>``: an ``odoo``
    folder without ``__init__.py``. Python's path search takes it before the
    import hook of an Odoo installed with ``pip install -e`` (setuptools adds
    the hook after the path search), and ``from odoo import SUPERUSER_ID``
    fails. The repair adds ``odoo-src.pth`` (the Odoo source root) beside the
    hook, the README's fix; it is undone if it does not help.
    """
    probe = probe_odoo()
    if probe["ok"] or not probe["path"]:
        return  # Odoo imports, or there is no Odoo at all (Odoo() says so)
    hooks = editable_odoo_hooks()
    refusal = _repair_refusal(hooks)
    if refusal is None and _repair_shadowed_odoo(*hooks[0]):
        return
    raise Fatal(_shadow_message(probe, hooks, when, refusal or "the repair did not help"))


def _repair_refusal(hooks):
    """Why odoo-src.pth is not written automatically, or None."""
    if os.environ.get("EDU_SKIP_INSTALL") == "1":
        return "EDU_SKIP_INSTALL=1"
    if len(hooks) != 1:
        return f"{len(hooks)} editable installs of odoo found, expected one"
    finder, package = hooks[0]
    if not (package / "__init__.py").is_file():
        return f"{package} holds no odoo/__init__.py"
    if (finder.parent / "odoo-src.pth").exists():
        return f"{finder.parent / 'odoo-src.pth'} exists already"
    if not os.access(finder.parent, os.W_OK):
        return f"{finder.parent} is not writable"
    return None


def _repair_shadowed_odoo(finder, package):
    pth = finder.parent / "odoo-src.pth"
    pth.write_text(f"{package.parent}\n", encoding="utf-8")
    if not probe_odoo()["ok"]:
        pth.unlink()
        return False
    sys.path.append(str(package.parent))
    say(
        f"Odoo was hidden by a namespace folder odoo/ (OCA addon wheels): repaired by "
        f"writing {pth} with the Odoo source root {package.parent} (undo: rm {pth})"
    )
    return True


def _shadow_message(probe, hooks, when, refusal):
    lines = [
        f"Odoo is shadowed ({when}): `from odoo import SUPERUSER_ID` fails for "
        f"{sys.executable} ({probe['error']}).",
        "`import odoo` finds only the namespace folder(s) "
        + ", ".join(probe["path"])
        + " (OCA addon wheels such as odoo-addon-report-xlsx create them), not Odoo.",
    ]
    if hooks:
        finder, package = hooks[0]
        hook_pth = [
            p
            for p in finder.parent.glob("__editable__*.pth")
            if finder.stem in p.read_text(encoding="utf-8", errors="replace")
        ]
        lines += [
            f"Odoo is installed in editable mode from {package.parent}; its import hook "
            f"{finder.name} loses to that folder. Fix: put the Odoo source root on the path "
            "with a .pth file and remove the editable hook:",
            f"  echo {package.parent} > {finder.parent / 'odoo-src.pth'}",
            "  rm " + " ".join(str(p) for p in [*hook_pth, finder]),
        ]
    else:
        lines.append(
            "Fix: put the directory that holds Odoo's odoo/__init__.py on the path "
            "(a .pth file in site-packages), or set ODOO_BIN to its odoo-bin."
        )
    lines.append(f'Not repaired automatically: {refusal}. See README.md, "Installing Odoo".')
    return "\n".join(lines)


def our_addons():
    """Every installable addon of this repository whose name starts with edu_: the
    platform addons and the site addon (SITE), which depends on the platform's
    feature addons.

    ``EDU_ADDONS`` (comma-separated) restricts the list, e.g. while an addon
    in the working tree is half-written; without SITE the commands work on the
    platform alone (no Wuhai data, no demo records of ours).
    """
    only = [n.strip() for n in os.environ.get("EDU_ADDONS", "").split(",") if n.strip()]
    names = []
    for manifest in sorted(ADDONS.glob(f"{PREFIX}*/__manifest__.py")):
        text = manifest.read_text(encoding="utf-8")
        if re.search(r"['\"]installable['\"]\s*:\s*False", text):
            continue
        if not only or manifest.parent.name in only:
            names.append(manifest.parent.name)
    if CORE not in names:
        raise Fatal(f"addons/{CORE} is missing: nothing to install.")
    return names


# ------------------------------------------------------------ requirements


def _requirement_lines(path):
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line and not line.startswith("-"):
            yield line


# A requirement is also satisfied by an equivalent distribution (e.g. the
# psycopg2 built from source that Odoo's own install or a distribution provides).
EQUIVALENTS = {"psycopg2-binary": "psycopg2"}


def _requirement_class():
    try:
        from packaging.requirements import Requirement
    except ImportError:
        try:  # pip vendors it
            from pip._vendor.packaging.requirements import Requirement
        except ImportError:
            from pkg_resources.extern.packaging.requirements import Requirement
    return Requirement


def _installed_version(name):
    for candidate in (name, EQUIVALENTS.get(name.lower())):
        if candidate:
            with contextlib.suppress(importlib.metadata.PackageNotFoundError):
                return importlib.metadata.version(candidate)
    # OCA addon wheels installed by pip_install_addons (not on sys.path)
    for dist in importlib.metadata.distributions(name=name, path=[str(OCA)]):
        return dist.version
    return None


def missing_requirements(lines):
    """Requirement ``lines`` not satisfied by the installed distributions."""
    requirement = _requirement_class()
    missing = []
    for line in lines:
        req = requirement(line)
        if req.marker and not req.marker.evaluate():
            continue
        version = _installed_version(req.name)
        if version is None or (
            req.specifier and not req.specifier.contains(version, prereleases=True)
        ):
            missing.append(line)
    return missing


def oca_requirements():
    """What the OCA addon wheels in OCA require, beyond Odoo and OCA addons."""
    lines = []
    for dist in importlib.metadata.distributions(path=[str(OCA)]):
        for line in dist.requires or ():
            # odoo, odoo-addon-*: Odoo itself and addons; extras are not installed
            if not re.match(r"odoo\b", line.lower()) and "extra" not in line:
                lines.append(line)
    return lines


def _pip_target_args():
    """Outside a virtualenv: allow a distribution-managed Python, else the user site."""
    if sys.prefix != sys.base_prefix:
        return []
    args = []
    if list(Path(sys.base_prefix).glob("lib/python3*/EXTERNALLY-MANAGED")):
        args.append("--break-system-packages")
    if not os.access(sysconfig.get_paths()["purelib"], os.W_OK):
        args.append("--user")
    return args


def pip_install(requirements, *options):
    if not requirements:
        return True
    DATA.mkdir(exist_ok=True)
    constraints = DATA / "pip-constraints.txt"
    # Odoo 18's pinned dependencies build with setuptools < 70.
    constraints.write_text("setuptools<70\n", encoding="utf-8")
    env = dict(os.environ, PIP_CONSTRAINT=str(constraints))
    cmd = [sys.executable, "-m", "pip", "install", *options, *requirements]
    return subprocess.run(cmd, env=env, check=False).returncode == 0


def pip_install_addons(addons):
    """OCA addon wheels into OCA, never into site-packages, then their requirements.

    In site-packages a wheel's odoo/addons/<addon> folder can hide an editable
    Odoo (check_odoo_import); in OCA it is only a directory on the addons path.
    """
    if not addons:
        return True
    DATA.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=DATA, prefix="oca-") as scratch:
        if not pip_install(addons, "--no-deps", "--target", scratch):
            return False
        merge_addon_wheels(Path(scratch), OCA)
    say(f"OCA addons installed in {OCA_ADDONS} (on the addons path)")
    return pip_install(missing_requirements(oca_requirements()), *_pip_target_args())


def _dist_name(dist_info):
    """Normalised distribution name of a ``*.dist-info`` folder (from its metadata)."""
    name = importlib.metadata.Distribution.at(dist_info).metadata["Name"] or dist_info.name
    return re.sub(r"[-_.]+", "-", name).lower()


def merge_addon_wheels(scratch, target):
    """Move the addons and the ``*.dist-info`` pip put in ``scratch`` into ``target``.

    ``pip install --target`` replaces a top-level folder of the target that the new
    wheels also hold, and every OCA wheel holds ``odoo/``: installing one missing addon
    that way would delete the addons installed before. Here only each new addon's own
    folder and the earlier version's ``*.dist-info`` of the same distribution are
    replaced; the others stay.
    """
    addons = target / "odoo" / "addons"
    addons.mkdir(parents=True, exist_ok=True)
    for addon in sorted((scratch / "odoo" / "addons").glob("*")):
        if addon.is_dir():
            shutil.rmtree(addons / addon.name, ignore_errors=True)
            shutil.move(str(addon), str(addons / addon.name))
    for dist_info in sorted(scratch.glob("*.dist-info")):
        for old in target.glob("*.dist-info"):
            if _dist_name(old) == _dist_name(dist_info):
                shutil.rmtree(old)
        shutil.move(str(dist_info), str(target / dist_info.name))


def install_requirements(strict):
    if os.environ.get("EDU_SKIP_INSTALL") == "1":
        return
    missing = missing_requirements(_requirement_lines(ROOT / "requirements.txt"))
    if missing:
        say("installing missing Python requirements: " + ", ".join(missing))
        addons = [r for r in missing if r.lower().startswith("odoo-addon")]
        ok = pip_install([r for r in missing if r not in addons], *_pip_target_args())
        ok = pip_install_addons(addons) and ok
        if not ok:
            message = "pip could not install: " + ", ".join(missing)
            if strict:
                raise Fatal(message)
            say("WARNING " + message + " (continuing)")
        check_odoo_import("after pip installed requirements")
    install_system_packages()


def install_system_packages():
    """wkhtmltopdf and CJK fonts (Chinese PDFs), Chromium (browser tests) on Debian."""
    missing = []
    for package, binary in APT_PACKAGES.items():
        if binary and shutil.which(binary):
            continue
        if shutil.which("dpkg-query"):
            status = subprocess.run(
                ["dpkg-query", "-W", "-f=${Status}", package],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
            if "install ok installed" in status:
                continue
        missing.append(package)
    if not missing:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        say(
            "note: " + " ".join(missing) + " missing (PDF reports need wkhtmltopdf and "
            "CJK fonts, browser tests Chromium); install them with your package manager"
        )
        return
    say("apt-get install " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    cmd = ["apt-get", "install", "-y", "--no-install-recommends", *missing]
    if subprocess.run(cmd, env=env, check=False).returncode:
        subprocess.run(["apt-get", "update"], env=env, check=False)
        if subprocess.run(cmd, env=env, check=False).returncode:
            say("WARNING apt-get could not install " + " ".join(missing) + " (continuing)")


# --------------------------------------------------------------- PostgreSQL


def _port_open(host, port, timeout=1.0):
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout):
        return True
    return False


class Postgres:
    """Where Odoo's database lives: host, port, role; maybe a private cluster."""

    def __init__(self):
        self.host = "127.0.0.1"
        self.port = 5432
        self.user = "odoo"
        self.password = os.environ.get("PGPASSWORD") or ""
        self.cluster = None

    # connection helpers
    def connect(self, dbname="postgres", user=None):
        import psycopg2

        kwargs = {"dbname": dbname, "user": user or self.user, "host": self.host, "port": self.port}
        if self.password and (user or self.user) == self.user:
            kwargs["password"] = self.password
        conn = psycopg2.connect(connect_timeout=10, **kwargs)
        conn.autocommit = True
        return conn

    def query(self, sql, params=None, dbname="postgres"):
        with contextlib.closing(self.connect(dbname)) as conn, conn.cursor() as cr:
            cr.execute(sql, params)
            return cr.fetchall() if cr.description else None

    def database_exists(self, dbname):
        rows = self.query("SELECT 1 FROM pg_database WHERE datname = %s", [dbname])
        return bool(rows)

    def drop_database(self, dbname):
        from psycopg2 import sql

        with contextlib.closing(self.connect()) as conn, conn.cursor() as cr:
            cr.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(dbname))
            )

    # discovery
    @classmethod
    def find(cls):
        pg = cls()
        if os.environ.get("PGHOST") or os.environ.get("PGPORT"):
            pg.host = os.environ.get("PGHOST") or "127.0.0.1"
            pg.port = int(os.environ.get("PGPORT") or 5432)
            say(f"PostgreSQL from PGHOST/PGPORT: {pg.host}:{pg.port}")
            pg._choose_role()
            return pg
        probe = int(os.environ.get("EDU_PG_PROBE_PORT") or 5432)
        if _port_open("127.0.0.1", probe):
            pg.port = probe
            say(f"PostgreSQL found on 127.0.0.1:{probe}")
            pg._choose_role()
            return pg
        say(f"no PostgreSQL on 127.0.0.1:{probe}: starting a private cluster")
        pg.cluster = PrivateCluster()
        pg.cluster.start()
        pg.host, pg.port, pg.user = pg.cluster.socket_dir, pg.cluster.port, "edu"
        pg.password = ""
        return pg

    def _choose_role(self):
        import psycopg2

        wanted = os.environ.get("EDU_DB_USER") or os.environ.get("PGUSER") or "odoo"
        if wanted == "postgres":
            say("the role postgres is never used by Odoo: using the role odoo")
            wanted = "odoo"
        self.user = wanted
        try:
            rows = self.query(
                "SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user"
            )
            if not rows[0][0]:
                say(f"WARNING role {wanted} cannot create databases")
            return
        except psycopg2.OperationalError as exc:
            first_error = str(exc).strip()
        if "does not exist" not in first_error and "authentication" not in first_error:
            raise Fatal(f"PostgreSQL {self.host}:{self.port} is unreachable: {first_error}")
        say(f"creating the PostgreSQL role {wanted} (CREATEDB)")
        if self._create_role_as_postgres(wanted):
            return
        raise Fatal(
            f"cannot connect to PostgreSQL {self.host}:{self.port} as {wanted} "
            f"({first_error}) and cannot create that role. Create it with\n"
            f"  sudo -u postgres createuser --createdb {wanted}\n"
            "or set PGUSER/PGPASSWORD (or EDU_DB_USER) to a role that can create "
            "databases."
        )

    def _create_role_as_postgres(self, role):
        import psycopg2
        from psycopg2 import sql

        statement = sql.SQL("CREATE ROLE {} LOGIN CREATEDB").format(sql.Identifier(role))
        try:
            with contextlib.closing(self.connect(user="postgres")) as conn:
                with conn.cursor() as cr:
                    cr.execute(statement)
            return True
        except psycopg2.Error:
            pass
        # Local server with peer authentication: run psql as the postgres OS user.
        if os.geteuid() == 0 and shutil.which("runuser") and shutil.which("psql"):
            if re.fullmatch(r"\w+", role):
                text = f'CREATE ROLE "{role}" LOGIN CREATEDB'
                result = subprocess.run(
                    [
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "psql",
                        "-p",
                        str(self.port),
                        "-c",
                        text,
                    ],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                if result.returncode == 0:
                    return True
        return False

    def stop(self):
        if self.cluster:
            self.cluster.stop()


class PrivateCluster:
    """A throw-away PostgreSQL cluster under .data/pg, never run as root."""

    def __init__(self):
        self.bindir = self._find_bindir()
        self.port = int(os.environ.get("EDU_PG_PRIVATE_PORT") or 55432)
        self.base = self._base_dir()
        self.datadir = self.base / "data"
        self.socket_dir = str(self.base / "run")
        self.logfile = self.base / "postgres.log"
        self.owned = False
        self.uid = self.gid = None
        if os.geteuid() == 0:
            self.uid, self.gid = self._os_user()

    @staticmethod
    def _find_bindir():
        found = shutil.which("initdb")
        if found:
            return Path(found).resolve().parent
        candidates = glob.glob("/usr/lib/postgresql/*/bin/initdb")
        candidates += glob.glob("/usr/pgsql-*/bin/initdb")
        candidates.sort(key=lambda p: [int(x) for x in re.findall(r"\d+", p)] or [0])
        if not candidates:
            raise Fatal(
                "No PostgreSQL server reachable (PGHOST/PGPORT unset, nothing on "
                "127.0.0.1:5432) and no PostgreSQL server binaries (initdb) installed. "
                "Install PostgreSQL (e.g. apt-get install postgresql) or point "
                "PGHOST/PGPORT at a server."
            )
        return Path(candidates[-1]).parent

    @staticmethod
    def _base_dir():
        """.data/pg, unless another user could not reach it (then a temp dir)."""
        base = DATA / "pg"
        if os.geteuid() != 0:
            return base
        for parent in [DATA, *DATA.parents]:
            if parent.exists() and not parent.stat().st_mode & 0o001:
                digest = hashlib.sha1(str(ROOT).encode()).hexdigest()[:10]
                fallback = Path(tempfile.gettempdir()) / f"edu-pg-{digest}"
                say(f"{parent} is not reachable by the cluster's OS user: using {fallback}")
                return fallback
        return base

    @staticmethod
    def _os_user():
        import pwd

        name = os.environ.get("EDU_PG_OS_USER") or "edu-pg"
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            say(f"creating the OS user {name} for the private PostgreSQL cluster")
            subprocess.run(
                [
                    "useradd",
                    "--system",
                    "--user-group",
                    "--no-create-home",
                    "--shell",
                    "/usr/sbin/nologin",
                    name,
                ],
                check=True,
            )
            entry = pwd.getpwnam(name)
        return entry.pw_uid, entry.pw_gid

    def _run(self, *args, check=True):
        kwargs = {}
        if self.uid is not None:
            kwargs = {"user": self.uid, "group": self.gid, "extra_groups": []}
        return subprocess.run(
            [str(self.bindir / args[0]), *args[1:]],
            check=check,
            cwd="/",
            capture_output=True,
            text=True,
            **kwargs,
        )

    def _chown(self, path):
        if self.uid is not None:
            os.chown(path, self.uid, self.gid)

    def start(self):
        self.base.mkdir(parents=True, exist_ok=True)
        Path(self.socket_dir).mkdir(exist_ok=True)
        for path in (self.base, Path(self.socket_dir)):
            os.chmod(path, 0o700)
            self._chown(path)
        if not (self.datadir / "PG_VERSION").exists():
            say(f"initdb {self.datadir}")
            result = self._run(
                "initdb",
                "-D",
                str(self.datadir),
                "-U",
                "edu",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                check=False,
            )
            if result.returncode:
                raise Fatal("initdb failed:\n" + result.stdout + result.stderr)
        if self._run("pg_ctl", "status", "-D", str(self.datadir), check=False).returncode == 0:
            say("private cluster already running (left running)")
            return
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket_dir}' "
            f"-p {self.port} -c synchronous_commit=off"
        )
        result = self._run(
            "pg_ctl",
            "start",
            "-w",
            "-t",
            "60",
            "-D",
            str(self.datadir),
            "-l",
            str(self.logfile),
            "-o",
            options,
            check=False,
        )
        if result.returncode:
            log = self.logfile.read_text(errors="replace")[-2000:] if self.logfile.exists() else ""
            raise Fatal("the private PostgreSQL cluster did not start:\n" + result.stderr + log)
        self.owned = True
        say(f"private PostgreSQL cluster started (socket {self.socket_dir}, port {self.port})")

    def stop(self):
        if self.owned:
            self._run(
                "pg_ctl",
                "stop",
                "-m",
                "fast",
                "-w",
                "-D",
                str(self.datadir),
                check=False,
            )
            self.owned = False
            say("private PostgreSQL cluster stopped")


# ------------------------------------------------------------------- config


def admin_password():
    path = DATA / "admin_passwd"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(24) + "\n", encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def write_config(odoo, pg, http_port=8069, path=CONF):
    """Write the configuration to ``path``; later Odoo commands of ``odoo`` use it."""
    DATA.mkdir(exist_ok=True)
    LOGS.mkdir(exist_ok=True)
    template = string.Template((ROOT / "config" / "odoo.conf.template").read_text("utf-8"))
    text = template.substitute(
        addons_path=",".join(odoo.addons_paths()),
        data_dir=str(DATA / "odoo"),
        db_host=pg.host,
        db_port=pg.port,
        db_user=pg.user,
        db_password=pg.password,
        admin_passwd=admin_password(),
        http_port=http_port,
    )
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    odoo.conf = path
    return path


# ----------------------------------------------------------------- odoo runs


def run_odoo(odoo, args, logfile, echo):
    """Run Odoo with ``odoo``'s configuration: see run_logged."""
    return run_logged(odoo.command("-c", str(odoo.conf), *args), logfile, echo)


def run_logged(cmd, logfile, echo):
    """Run ``cmd`` and return (returncode, output lines).

    The full output goes to ``logfile``; only lines matching ``echo`` (a regex)
    are shown on the console.
    """
    lines = []
    pattern = re.compile(echo)
    with open(logfile, "a", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
        try:
            for line in proc.stdout:
                out.write(line)
                lines.append(line.rstrip("\n"))
                if pattern.search(line):
                    print("  " + line.rstrip("\n")[:400], flush=True)
        finally:
            proc.wait()
    return proc.returncode, lines


def failure_cause(lines):
    """The ERROR/CRITICAL entry of an Odoo log with the longest traceback: its line and
    its exception lines (else the log's last lines)."""
    entries = log_problems(lines)
    if entries:
        head, *rest = max(entries, key=len)
        causes = [line for line in dict.fromkeys(rest) if EXCEPTION_RE.match(line)]
        lines = [head, *causes[-3:]]
    return "\n".join("  " + line[:400] for line in lines[-5:])


def create_database(odoo, db, demo, logfile):
    """The create-db step (cmd_create_db) in its own process, with ``odoo``'s configuration."""
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
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


def addon_steps(modules, installed):
    """``-i`` for the addons not installed yet, ``-u`` for the others."""
    new = [m for m in modules if m not in installed]
    update = [m for m in modules if m in installed]
    steps = []
    if new:
        steps += ["-i", ",".join(new)]
    if update:
        steps += ["-u", ",".join(update)]
    return steps


# --------------------------------------------------------------------- run


def cmd_run(args):
    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    if _port_open("127.0.0.1", args.port, 0.5):
        raise Fatal(f"port {args.port} is already in use: choose another one with --port")
    install_requirements(strict=False)
    pg = Postgres.find()
    try:
        write_config(odoo, pg, args.port)
        modules = our_addons()
        db = args.db
        installed = installed_modules(pg, db)
        first = not installed or CORE not in installed
        logfile = LOGS / f"run-{db}.log"
        logfile.unlink(missing_ok=True)
        t0 = time.time()
        if first:
            say(f"creating database {db} with {', '.join(modules)}")
            create_database(odoo, db, not args.no_demo, logfile)
        steps = addon_steps(modules, installed or ())
        if first:
            steps += ["--without-demo=all" if args.no_demo else "--without-demo="]
        else:
            say(f"updating database {db}: " + " ".join(steps))
        if first or not language_active(pg, db, "zh_CN"):
            steps.append("--load-language=zh_CN")
        rc, lines = run_odoo(
            odoo,
            ["-d", db, *steps, "--stop-after-init", "--no-http"],
            logfile=logfile,
            echo=r" (ERROR|CRITICAL|WARNING) |Modules loaded|loading \d+ modules",
        )
        if rc:
            raise Fatal(
                f"installing/updating {db} failed (log: {logfile}):\n{failure_cause(lines)}"
            )
        say(f"database {db} ready in {time.time() - t0:.0f} s (log: {logfile})")
        serve(odoo, pg, db, args.port)
    finally:
        pg.stop()


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
            if _port_open("127.0.0.1", port, 0.5):
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


# -------------------------------------------------------------------- test

RESULT_RE = re.compile(r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database")
# ERROR/CRITICAL entries, and Odoo's warning that a module's demo data did not load (it
# rolls the demo back and goes on: the demo tests would then skip instead of failing)
LEVEL_RE = re.compile(
    r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ "
    r"((ERROR|CRITICAL) |WARNING .* demo data failed to install)"
)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ ")
EXCEPTION_RE = re.compile(r"^[\w.]*(Error|Exception|Warning|Failure)\b.*:")


def log_problems(lines):
    """ERROR/CRITICAL entries of an Odoo log, each shortened to what explains it:
    the entry's line, the exception lines of its traceback and the traceback's end."""
    entries, current = [], None
    for line in lines:
        if TIMESTAMP_RE.match(line):
            current = [line, []] if LEVEL_RE.match(line) else None
            if current:
                entries.append(current)
        elif current is not None:
            current[1].append(line)
    shortened = []
    for head, tail in entries:
        causes = [line for line in tail[:-8] if EXCEPTION_RE.match(line)]
        shortened.append([head, *causes, *tail[-8:]])
    return shortened


def odoo_tests(odoo, db, modules, logfile):
    """Create the database with demo data and run the addons' tests in it, in two
    phases; (passed, failed, ok) summed over both.

    Phase 1 installs the platform addons with their tests: the platform alone, without
    any site, passes them. Phase 2 installs the site addon (SITE) in the same database
    with its tests: its data and demo data load on top, and the browser tours play on
    them. A failure before Odoo reports test results (the create step, an addon that
    does not install) raises Fatal: it is a set-up failure, not a test count.
    """
    platform = [m for m in modules if m != SITE]
    say(
        f"creating {db}, installing {len(platform)} platform addons with demo data, "
        "running their tests"
    )
    create_database(odoo, db, True, logfile)
    passed, failed, ok = odoo_phase(odoo, db, platform, ["--load-language=zh_CN"], logfile)
    if SITE in modules:
        say(f"installing the site addon {SITE} in {db}, running its tests")
        s_passed, s_failed, s_ok = odoo_phase(odoo, db, [SITE], [], logfile)
        passed, failed, ok = passed + s_passed, failed + s_failed, ok and s_ok
    return passed, failed, ok


def odoo_phase(odoo, db, modules, options, logfile):
    """Install ``modules`` in ``db`` with demo data and run their tests; (passed,
    failed, ok)."""
    tags = ",".join(f"/{m}" for m in modules)
    t0 = time.time()
    rc, lines = run_odoo(
        odoo,
        [
            "-d",
            db,
            "-i",
            ",".join(modules),
            "--without-demo=",
            *options,
            "--test-enable",
            "--test-tags",
            tags,
            "--stop-after-init",
            "--log-level=info",
            "--max-cron-threads=0",
        ],
        logfile=logfile,
        echo=r" (ERROR|CRITICAL|WARNING) | FAIL: | ERROR: |tests when loading database",
    )
    report_durations(lines, t0, rc)
    bad_entries = log_problems(lines)
    if bad_entries:
        say(f"{len(bad_entries)} ERROR/CRITICAL entr(y/ies) in the Odoo log:")
        for entry in bad_entries[:30]:
            print("\n".join("  " + line[:600] for line in entry), flush=True)
    result = None
    for line in lines:
        match = RESULT_RE.search(line)
        if match:
            result = tuple(int(x) for x in match.groups())
    if result is None:
        raise Fatal(
            f"Odoo stopped (exit code {rc}) before reporting test results: installing "
            f"{', '.join(modules)} failed (log: {logfile}):\n{failure_cause(lines)}"
        )
    failures, errors, total = result
    failed = failures + errors
    return max(total - failed, 0), failed, not bad_entries and not rc and failed == 0


def report_durations(lines, t0, rc):
    elapsed = time.time() - t0
    post = next((line for line in lines if "Starting post tests" in line), None)
    if post:
        stamp = time.mktime(time.strptime(post[:19], "%Y-%m-%d %H:%M:%S"))
        say(
            f"Odoo run finished in {elapsed:.0f} s (exit code {rc}): install with "
            f"at_install tests {stamp - t0:.0f} s, post_install tests {t0 + elapsed - stamp:.0f} s"
        )
    else:
        say(f"Odoo run finished in {elapsed:.0f} s (exit code {rc})")


def pytest_tests(odoo, db, logfile):
    if not any((ROOT / "tests").glob("**/test_*.py")):
        say("pytest: no tests under tests/")
        return 0, 0, True
    junit = LOGS / f"pytest-{db}.xml"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        str(ROOT / "tests"),
        "-c",
        str(ROOT / "pyproject.toml"),
        "--rootdir",
        str(ROOT),
        "--odoo-config",
        str(odoo.conf),
        "--odoo-database",
        db,
        f"--junitxml={junit}",
        "-q",
        "-rfE",
        "--tb=short",
    ]
    say("running pytest-odoo on tests/")
    with open(logfile, "a", encoding="utf-8") as out:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
        out.write(proc.stdout + proc.stderr)
    print(proc.stdout[-6000:], proc.stderr[-3000:], sep="", flush=True)
    if proc.returncode == 5:  # no tests collected
        return 0, 0, True
    passed = failed = 0
    if junit.exists():
        root = ET.parse(junit).getroot()
        for suite in root.iter("testsuite"):
            tests = int(suite.get("tests", 0))
            bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped = int(suite.get("skipped", 0))
            passed += tests - bad - skipped
            failed += bad
    if proc.returncode and not failed:
        failed = 1  # pytest itself failed (usage error, crash)
    return passed, failed, proc.returncode == 0


def lint(logfile, modules):
    """ruff check + ruff format --check + pylint-odoo mandatory checks.

    On every addon of addons/, or only on ``modules`` when EDU_ADDONS restricts them.
    """
    if os.environ.get("EDU_ADDONS"):
        addon_dirs = [str(ADDONS / name) for name in modules]
    else:
        addon_dirs = sorted(str(p.parent) for p in ADDONS.glob("*/__manifest__.py"))
    targets = [*addon_dirs, *(str(p) for p in (ROOT / "scripts", ROOT / "tests") if p.exists())]
    checks = [
        ("ruff check", [sys.executable, "-m", "ruff", "check", "--no-fix", *targets]),
        (
            "ruff format",
            [sys.executable, "-m", "ruff", "format", "--check", "--diff", *targets],
        ),
    ]
    if addon_dirs:
        checks.append(
            (
                "pylint-odoo",
                [
                    sys.executable,
                    "-m",
                    "pylint",
                    "--rcfile",
                    str(ROOT / ".pylintrc-mandatory"),
                    *addon_dirs,
                ],
            )
        )
    ok = True
    with open(logfile, "a", encoding="utf-8") as out:
        for name, cmd in checks:
            proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
            out.write(f"\n===== {name}\n{proc.stdout}{proc.stderr}")
            if proc.returncode:
                ok = False
                say(f"lint: {name} FAILED")
                print((proc.stdout + proc.stderr)[-8000:], flush=True)
            else:
                say(f"lint: {name} ok")
    return ok


def cmd_test(args):
    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    install_requirements(strict=True)
    started = time.time()
    pg = Postgres.find()
    db = args.db or f"edu_test_{time.strftime('%Y%m%d_%H%M%S')}_{os.getpid()}"
    logfile = LOGS / f"test-{db}.log"
    try:
        # a configuration of its own: several test runs may share the working tree
        write_config(odoo, pg, free_port(), DATA / f"odoo-{db}.conf")
        modules = our_addons()
        say(f"addons: {', '.join(modules)}; database {db}; log {logfile}")
        if pg.database_exists(db):
            raise Fatal(f"database {db} already exists")
        try:
            o_passed, o_failed, o_ok = odoo_tests(odoo, db, modules, logfile)
            p_passed, p_failed, p_ok = (0, 0, True)
            if CORE in (installed_modules(pg, db) or ()):
                p_passed, p_failed, p_ok = pytest_tests(odoo, db, logfile)
            lint_ok = lint(logfile, modules) if not args.no_lint else True
        finally:
            if not args.keep_db:
                pg.drop_database(db)
                shutil.rmtree(DATA / "odoo" / "filestore" / db, ignore_errors=True)
    finally:
        if odoo.conf != CONF and not args.keep_db:
            odoo.conf.unlink(missing_ok=True)
        pg.stop()
    say(
        f"Odoo tests: {o_passed} passed, {o_failed} failed; "
        f"pytest: {p_passed} passed, {p_failed} failed; "
        f"lint {'ok' if lint_ok else 'FAILED'}; {time.time() - started:.0f} s; "
        f"full log {logfile}"
    )
    print(f"{o_passed + p_passed} passed, {o_failed + p_failed} failed", flush=True)
    return 0 if (o_ok and p_ok and lint_ok) else 1


# -------------------------------------------------------------------- deps


def cmd_deps(args):
    odoo = Odoo()
    say(f"Odoo {odoo.version} ({odoo.package})")
    install_requirements(strict=True)
    say("requirements satisfied")


# --------------------------------------------------------------- create-db

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


# ------------------------------------------------------------------- bench


def cmd_bench(args):
    odoo = Odoo()
    install_requirements(strict=False)
    pg = Postgres.find()
    try:
        write_config(odoo, pg)
        env = dict(os.environ, EDU_ODOO_CONF=str(CONF))
        rc = 0
        for bench in args.benches:
            say(f"bench {bench} (database {args.db})")
            cmd = [sys.executable, bench, "--db", args.db]
            rc |= subprocess.run(cmd, env=env, check=False).returncode
        return rc
    finally:
        pg.stop()


# -------------------------------------------------------------------- main


def main(argv=None):
    parser = argparse.ArgumentParser(prog="edu_platform")
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="create/update the database and serve it")
    run.add_argument("--port", type=int, default=8069)
    run.add_argument("--db", default=DEFAULT_DB)
    run.add_argument("--no-demo", action="store_true", help="create the database without demo data")
    test = sub.add_parser("test", help="install in a throw-away database, run all tests and lint")
    test.add_argument("--db", help="name of the throw-away database (default: unique)")
    test.add_argument("--keep-db", action="store_true", help="do not drop the database")
    test.add_argument("--no-lint", action="store_true", help="skip the lint gate")
    sub.add_parser("deps", help="install missing Python requirements (and apt fonts)")
    sub.add_parser(
        "create-db",
        help="create a database as Odoo's manager does (zh_CN, China/CNY); Odoo options follow",
    )
    bench = sub.add_parser("bench", help="run tests/bench/bench_*.py files")
    bench.add_argument("benches", nargs="+")
    bench.add_argument("--db", default="edu_bench")
    args, args.odoo_args = parser.parse_known_args(argv)
    if args.odoo_args and args.command != "create-db":
        parser.error("unrecognized arguments: " + " ".join(args.odoo_args))

    def terminate(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, terminate)
    try:
        commands = {
            "run": cmd_run,
            "test": cmd_test,
            "bench": cmd_bench,
            "deps": cmd_deps,
            "create-db": cmd_create_db,
        }
        return commands[args.command](args) or 0
    except Fatal as exc:
        print(f"[edu] ERROR: {exc}", file=sys.stderr, flush=True)
        return exc.code
    except KeyboardInterrupt:
        say("interrupted")
        return 130


if __name__ == "__main__":
    sys.exit(main())
