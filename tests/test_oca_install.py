"""scripts/edu_setup/deps.py installs OCA addon wheels into .data/oca one set at a time:
a wheel installed later must not remove the addons installed before."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
from edu_setup.deps import merge_addon_wheels  # noqa: E402  (scripts/ is not a package)


def _wheel(root, addon, distribution, version):
    (root / "odoo" / "addons" / addon).mkdir(parents=True)
    (root / "odoo" / "addons" / addon / "__manifest__.py").write_text("{}", encoding="utf-8")
    dist_info = root / f"{distribution.replace('-', '_')}-{version}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {distribution}\nVersion: {version}\n", encoding="utf-8"
    )


def test_merge_keeps_the_addons_installed_before(tmp_path):
    target, scratch = tmp_path / "oca", tmp_path / "scratch"
    _wheel(target, "report_xlsx", "odoo-addon-report_xlsx", "18.0.1.1.3")
    _wheel(target, "fastapi", "odoo-addon-fastapi", "18.0.1.3.0")
    _wheel(scratch, "fastapi", "odoo-addon-fastapi", "18.0.1.4.0")
    _wheel(scratch, "endpoint_route_handler", "odoo-addon-endpoint_route_handler", "18.0.1.2.1")
    merge_addon_wheels(scratch, target)
    addons = sorted(path.name for path in (target / "odoo" / "addons").iterdir())
    assert addons == ["endpoint_route_handler", "fastapi", "report_xlsx"]
    dist_infos = sorted(path.name for path in target.glob("*.dist-info"))
    assert dist_infos == [
        "odoo_addon_endpoint_route_handler-18.0.1.2.1.dist-info",
        "odoo_addon_fastapi-18.0.1.4.0.dist-info",
        "odoo_addon_report_xlsx-18.0.1.1.3.dist-info",
    ]
