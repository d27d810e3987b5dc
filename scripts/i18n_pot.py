"""Write the translation templates (``addons/<addon>/i18n/<addon>.pot``) of the edu_* addons.

    python3 scripts/i18n_pot.py -c .data/odoo-<db>.conf -d <db> [addon ...]

Reads a database where the addons are installed (e.g. ``scripts/test --keep-db --db pot``)
and exports each addon's terms with Odoo's own exporter, as ``odoo-bin --i18n-export``
does, one file per addon in one run. Translators start a new language from the ``.pot``;
``zh_CN.po`` is kept by hand beside it.
"""

import argparse
import io
import re
from pathlib import Path

ADDONS = Path(__file__).resolve().parent.parent / "addons"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--database", required=True)
    parser.add_argument("addons", nargs="*")
    args = parser.parse_args()

    import odoo  # noqa: PLC0415 - Odoo is imported only when the script runs
    from odoo.tools.translate import trans_export  # noqa: PLC0415

    odoo.tools.config.parse_config(["-c", args.config, "-d", args.database])
    addons = args.addons or sorted(
        path.parent.name for path in ADDONS.glob("edu_*/__manifest__.py")
    )
    registry = odoo.modules.registry.Registry(args.database)
    with registry.cursor() as cr:
        for addon in addons:
            buffer = io.BytesIO()
            trans_export(None, [addon], buffer, "po", cr)
            # the dates of the header change on every export: keep the file stable
            text = re.sub(
                r'"(POT-Creation-Date|PO-Revision-Date): [^"]*\\n"\n',
                "",
                buffer.getvalue().decode(),
            )
            path = ADDONS / addon / "i18n" / f"{addon}.pot"
            path.parent.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(ADDONS.parent)}: {text.count('msgid ') - 1} terms")


if __name__ == "__main__":
    main()
