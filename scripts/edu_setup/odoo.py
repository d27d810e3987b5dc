"""The detected Odoo 18.0: version, launcher (never ``python -m odoo``), addons paths and
the configuration file its commands run with."""

import os
import secrets
import shutil
import string
import sys
from pathlib import Path

from . import ADDONS, CONF, DATA, LOGS, OCA_ADDONS, ROOT, Fatal
from .shadow import check_odoo_import

NO_ODOO = """\
Odoo 18.0 was not found: `import odoo` fails for {python} ({error}).
This project does not download or build Odoo. Install it first, see README.md,
section "Installing Odoo" (official Docker image, or Odoo's own source install),
or set ODOO_BIN to the odoo-bin of an Odoo 18.0 source tree."""


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
