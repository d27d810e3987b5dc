"""docs/ACCESS.md is rendered from the same matrix data the addons' tests check."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "access_doc.py"


def _access_doc():
    spec = importlib.util.spec_from_file_location("access_doc", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_access_doc_matches_matrix():
    access_doc = _access_doc()
    rendered = access_doc.render(access_doc.load_matrices())
    assert access_doc.DOC.read_text(encoding="utf-8") == rendered, (
        "docs/ACCESS.md differs from the access matrix: run python3 scripts/access_doc.py"
    )


def test_every_addon_states_its_matrix():
    """Every addon that defines models states who may do what with them (a site addon
    with data only, like edu_supervision_wuhai, has nothing to state)."""
    access_doc = _access_doc()
    stated = {addon for addon, _matrix in access_doc.load_matrices()}
    addons = {
        path.parent.name
        for path in access_doc.ADDONS.glob("edu_*/__manifest__.py")
        if (path.parent / "models").is_dir()
    }
    assert addons == stated, f"addons without tests/access_matrix.py: {sorted(addons - stated)}"
