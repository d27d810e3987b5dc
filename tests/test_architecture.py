"""docs/ARCHITECTURE.md draws the addon graph; it must be the graph of the manifests."""

import ast
import re
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "ARCHITECTURE.md"
ADDONS = ROOT / "addons"
#: Site addons carry one city's facts on top of the platform (like Odoo's l10n_* modules).
SITES = {"edu_supervision_wuhai"}


def _manifests():
    return {
        path.parent.name: ast.literal_eval(path.read_text(encoding="utf-8"))
        for path in ADDONS.glob("edu_*/__manifest__.py")
    }


def _doc():
    return DOC.read_text(encoding="utf-8")


def test_diagram_is_the_manifest_graph():
    manifests = _manifests()
    edges = {
        (addon, dependency)
        for addon, manifest in manifests.items()
        for dependency in manifest["depends"]
        if dependency in manifests
    }
    diagram = re.search(r"```mermaid\n(.*?)```", _doc(), re.S).group(1)
    drawn = set(re.findall(r"^\s*(edu_\w+)\s*-->\s*(edu_\w+)\s*$", diagram, re.M))
    assert drawn == edges, (
        f"docs/ARCHITECTURE.md draws {sorted(drawn - edges)} that no manifest declares "
        f"and misses {sorted(edges - drawn)}"
    )


def test_table_lists_each_addon_and_its_odoo_dependencies():
    manifests = _manifests()
    rows = re.findall(r"^\| `(edu_\w+)` \|([^|]*)\|", _doc(), re.M)
    table = {addon: set(re.findall(r"`([\w.]+)`", cell)) for addon, cell in rows}
    assert set(table) == set(manifests), "every addon has one row in docs/ARCHITECTURE.md"
    for addon, manifest in manifests.items():
        external = {dep for dep in manifest["depends"] if dep not in manifests}
        assert table[addon] == external, f"{addon}: the doc says {table[addon]}, not {external}"


def test_manifests_follow_the_conventions():
    for addon, manifest in _manifests().items():
        assert manifest.get("installable") is True, f"{addon}: installable"
        assert re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", manifest["version"]), addon
        assert manifest.get("license") == "LGPL-3", addon
        menus = [name for name in manifest.get("data", []) if name.endswith("menus.xml")]
        assert menus in ([], [f"views/{addon}_menus.xml"]), f"{addon}: menus in {menus}"
        assert (ADDONS / addon / "i18n" / f"{addon}.pot").exists(), f"{addon}: no .pot"
        assert not SITES & set(manifest["depends"]), f"{addon} depends on a site addon"


def test_the_platform_knows_no_city():
    """No data file of a platform addon names a region of a site addon."""
    manifests = _manifests()
    names = set()
    for site in SITES:
        for filename in manifests[site]["data"]:
            root = etree.parse(str(ADDONS / site / filename)).getroot()
            names.update(
                node.text
                for node in root.iterfind(".//record[@model='edu.region']/field[@name='name']")
            )
    assert names, "the site addon declares its regions as data"
    for addon, manifest in manifests.items():
        if addon in SITES:
            continue
        for filename in manifest.get("data", []) + manifest.get("demo", []):
            text = (ADDONS / addon / filename).read_text(encoding="utf-8")
            found = sorted(name for name in names if name in text)
            assert not found, f"{addon}/{filename} names {found}: site data belongs in a site addon"
