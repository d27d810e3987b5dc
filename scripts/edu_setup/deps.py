"""What the platform needs beside Odoo: the Python requirements (pip, only what is
missing), the OCA addon wheels (into ``.data/oca``, never site-packages) and, on
Debian, wkhtmltopdf, the CJK fonts and Chromium."""

import contextlib
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from . import DATA, OCA, OCA_ADDONS, ROOT, Fatal, say
from .shadow import check_odoo_import

# Debian package -> binary that proves it is there (None: ask dpkg).
# wkhtmltopdf renders PDF reports, the Noto CJK fonts their Chinese text,
# Chromium runs the browser tests (they are skipped without it).
APT_PACKAGES = {"wkhtmltopdf": "wkhtmltopdf", "fonts-noto-cjk": None, "chromium": "chromium"}


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
