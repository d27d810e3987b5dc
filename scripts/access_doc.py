#!/usr/bin/env python3
"""Render docs/ACCESS.md from the authority matrix of every addon.

The matrix is plain data in ``addons/<addon>/tests/access_matrix.py``; the
addons' tests check every cell of it, and ``tests/test_access_doc.py`` fails
when docs/ACCESS.md differs from what this script renders.

    python3 scripts/access_doc.py          # rewrite docs/ACCESS.md
    python3 scripts/access_doc.py --check  # exit 1 when it is out of date
"""

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ADDONS = ROOT / "addons"
DOC = ROOT / "docs" / "ACCESS.md"
CORE = "edu_supervision"
OPERATIONS = ("read", "create", "write", "unlink")


def load_matrices():
    """``[(addon, module)]``, the core first, then the addons by name."""
    found = []
    for path in sorted(ADDONS.glob("*/tests/access_matrix.py")):
        addon = path.parent.parent.name
        spec = importlib.util.spec_from_file_location(f"{addon}_access_matrix", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.append((addon, module))
    found.sort(key=lambda item: (item[0] != CORE, item[0]))
    return found


def _cell(value):
    # a pipe inside a table cell must be escaped, even in a code span
    return f"`{value}`".replace("|", "\\|") if value else "—"


def render(matrices):
    core = dict(matrices)[CORE]
    roles = list(core.ROLES)
    lines = [
        "# Access: who may do what",
        "",
        "Rendered by `scripts/access_doc.py` from the authority matrix of each addon",
        "(`addons/<addon>/tests/access_matrix.py`); the addons' `test_access_matrix.py` check",
        "every cell both ways (allowed works, refused raises), data through the ORM as each",
        "role's user and transitions through JSON-RPC. Do not edit by hand.",
        "",
        "## Roles",
        "",
        "| Role | Who |",
        "|---|---|",
    ]
    lines += [f"| `{role}` | {text} |" for role, text in core.ROLES.items()]
    for addon, matrix in matrices:
        extra = getattr(matrix, "ROLES", {}) if matrix is not core else {}
        lines += [f"| `{role}` | {text} (`{addon}`) |" for role, text in extra.items()]
    lines += ["", "## Scopes", "", "| Scope | Records |", "|---|---|"]
    lines += [f"| `{scope}` | {text} |" for scope, text in core.SCOPES.items()]
    lines += ["", core.STATE_NOTE, "", "A role missing from a cell (—) may not do it at all."]
    data_cells = transition_cells = 0
    for addon, matrix in matrices:
        own = list(getattr(matrix, "ROLES", {})) if matrix is not core else []
        lines += ["", f"## `{addon}`"]
        for model, ops in matrix.MODELS.items():
            model_roles = own if model in getattr(matrix, "OWN_ROLES_ONLY", ()) else roles + own
            lines += ["", f"### `{model}`", ""]
            lines += ["| Role | " + " | ".join(OPERATIONS) + " |", "|---" * 5 + "|"]
            for role in model_roles:
                cells = [_cell(ops.get(op, {}).get(role)) for op in OPERATIONS]
                lines.append(f"| `{role}` | " + " | ".join(cells) + " |")
                data_cells += len(OPERATIONS)
        portal_models = getattr(matrix, "PORTAL_MODELS", {})
        if portal_models:
            lines += [
                "",
                "### Portal cells on the models of other addons",
                "",
                "The `portal` and `public` cells this addon adds; the other roles' cells are "
                "those of the addon that defines the model.",
                "",
                "| Model | Role | " + " | ".join(OPERATIONS) + " |",
                "|---" * 6 + "|",
            ]
            for model, ops in portal_models.items():
                for role in ("portal", "public"):
                    cells = [_cell(ops.get(op, {}).get(role)) for op in OPERATIONS]
                    lines.append(f"| `{model}` | `{role}` | " + " | ".join(cells) + " |")
                    data_cells += len(OPERATIONS)
        if matrix.TRANSITIONS:
            lines += [
                "",
                "### Transitions",
                "",
                "| Method | States | Who (scope) |",
                "|---|---|---|",
            ]
            for model, methods in matrix.TRANSITIONS.items():
                for method, spec in methods.items():
                    states = ", ".join(spec.get("states", ())) or "any"
                    who = ", ".join(
                        f"`{r}` ({s})".replace("|", "\\|") for r, s in spec["roles"].items()
                    )
                    who = who or "nobody"
                    lines.append(f"| `{model}.{method}` | {states} | {who} |")
                    transition_cells += len(roles + own)
    lines += [
        "",
        "## Size",
        "",
        f"{data_cells} data cells (role × model × operation) and {transition_cells} "
        "transition cells (role × method), each tested on every sample record of its model.",
        "",
    ]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the file is out of date")
    args = parser.parse_args(argv)
    text = render(load_matrices())
    if args.check:
        if not DOC.exists() or DOC.read_text(encoding="utf-8") != text:
            print(
                "docs/ACCESS.md is out of date: run python3 scripts/access_doc.py", file=sys.stderr
            )
            return 1
        return 0
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
