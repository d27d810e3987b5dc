"""Stop, or repair when it is safe, when ``odoo`` is a namespace folder hiding Odoo."""

import ast
import contextlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from . import Fatal, say

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
