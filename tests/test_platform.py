"""Cross-addon checks of the whole platform, run by scripts/test with pytest-odoo.

They run in the database scripts/test just installed (every edu_* addon with
demo data and Simplified Chinese), e.g.::

    python3 -m pytest tests --odoo-config .data/odoo.conf --odoo-database <db>
"""

import ast
import datetime
import os
import re
from pathlib import Path

import polib

from odoo.exceptions import AccessError
from odoo.tests.common import TransactionCase
from odoo.tools.safe_eval import safe_eval
from odoo.tools.translate import TranslationModuleReader

LATIN_RE = re.compile("[A-Za-z]")
ADDONS_DIR = Path(__file__).resolve().parent.parent / "addons"

# Demo users (edu_supervision_wuhai demo data) whose menus must all open.
DEMO_USERS = [
    "edu_supervision_wuhai.user_edu_viewer",
    "edu_supervision_wuhai.user_edu_inspector",
    "edu_supervision_wuhai.user_edu_office",
    "edu_supervision_wuhai.user_edu_district_office",
    "edu_supervision_wuhai.user_edu_manager",
    "edu_supervision_wuhai.user_edu_hr",
    "edu_supervision_wuhai.user_edu_finance",
]


def edu_addons():
    """The addons scripts/test installed: EDU_ADDONS, else every edu_* folder."""
    only = os.environ.get("EDU_ADDONS")
    if only:
        return [name.strip() for name in only.split(",") if name.strip()]
    return sorted(
        manifest.parent.name
        for manifest in ADDONS_DIR.glob("edu_*/__manifest__.py")
        if not re.search(r"['\"]installable['\"]\s*:\s*False", manifest.read_text(encoding="utf-8"))
    )


class TestPlatform(TransactionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.addons = edu_addons()

    def _addon_models(self, addon):
        """ir.model records created by ``addon`` that have a table."""
        data = self.env["ir.model.data"].search(
            [("module", "=", addon), ("model", "=", "ir.model")]
        )
        models = self.env["ir.model"].browse(data.mapped("res_id")).exists()
        return models.filtered(
            lambda m: (
                m.model in self.env and not self.env[m.model]._abstract and self.env[m.model]._auto
            )
        )

    def test_every_edu_addon_is_installed(self):
        self.assertIn("edu_supervision", self.addons)
        modules = self.env["ir.module.module"].search([("name", "in", self.addons)])
        states = {module.name: module.state for module in modules}
        not_installed = {
            name: states.get(name, "unknown")
            for name in self.addons
            if states.get(name) != "installed"
        }
        self.assertFalse(not_installed, f"addons not installed: {not_installed}")

    def test_manifests_follow_the_team_contract(self):
        problems = []
        for addon in self.addons:
            folder = ADDONS_DIR / addon
            manifest = ast.literal_eval((folder / "__manifest__.py").read_text(encoding="utf-8"))
            if not re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", manifest.get("version", "")):
                problems.append(f"{addon}: version {manifest.get('version')!r} is not 18.0.x.y.z")
            if manifest.get("license") != "LGPL-3":
                problems.append(f"{addon}: license is not LGPL-3")
            if manifest.get("author") != "Wuhai Education Supervision Platform":
                problems.append(f"{addon}: author {manifest.get('author')!r}")
            for path in ("readme/DESCRIPTION.md", "readme/USAGE.md"):
                if not (folder / path).is_file():
                    problems.append(f"{addon}: {path} is missing")
            if not any((folder / "tests").glob("test_*.py")):
                problems.append(f"{addon}: no tests/test_*.py")
        self.assertFalse(problems, "\n".join(problems))

    def test_admin_has_every_role_and_chinese(self):
        admin = self.env.ref("base.user_admin")
        for xmlid in (
            "edu_supervision.group_edu_manager",
            "edu_supervision.group_edu_inspector_hr",
            "edu_supervision.group_edu_finance",
        ):
            self.assertTrue(admin.has_group(xmlid), f"admin lacks {xmlid}")
        if self.env.ref("edu_supervision_wuhai.user_edu_viewer", raise_if_not_found=False):
            self.assertEqual(admin.lang, "zh_CN")
            self.assertEqual(admin.tz, "Asia/Shanghai")

    def test_simplified_chinese_is_loaded(self):
        self.assertTrue(self.env["res.lang"]._lang_get("zh_CN"), "zh_CN is not active")

    def test_every_model_has_access_rows(self):
        missing = []
        for addon in self.addons:
            for model in self._addon_models(addon):
                if not model.access_ids:
                    missing.append(f"{addon}: {model.model}")
        self.assertFalse(missing, f"models without ir.model.access rows: {missing}")

    def test_zh_cn_translation_is_complete(self):
        problems = []
        for addon in self.addons:
            path = ADDONS_DIR / addon / "i18n" / "zh_CN.po"
            if not path.is_file():
                problems.append(f"{addon}: i18n/zh_CN.po is missing")
                continue
            po = polib.pofile(str(path))
            if po.metadata.get("Language") not in ("zh_CN", "zh-CN"):
                problems.append(f"{addon}: Language header is not zh_CN")
            # msgid -> references it is translated for ("model:ir.model.fields,...:xmlid")
            translated = {}
            for entry in po:
                if entry.obsolete:
                    continue
                values = entry.msgstr_plural.values() if entry.msgid_plural else []
                if not entry.msgstr and not any(values):
                    problems.append(f"{addon}: empty msgstr for {entry.msgid!r}")
                    continue
                refs = translated.setdefault(entry.msgid, set())
                refs.update(reference for reference, _line in entry.occurrences)
            # every term Odoo would export for the addon is translated; record terms
            # (fields, selections, menus, views) are loaded per record, so the .po
            # must name that record, not only contain the same English text
            reader = TranslationModuleReader(self.env.cr, modules=[addon])
            for module, kind, name, res_id, source, _value, _comments in reader:
                if module != addon or not LATIN_RE.search(source):
                    # demo data of a Chinese city is written in Chinese: nothing to translate
                    continue
                if source not in translated:
                    problems.append(f"{addon}: no translation for {source!r}")
                elif kind in ("model", "model_terms"):
                    reference = f"{kind}:{name}:{res_id}"
                    if reference not in translated[source]:
                        problems.append(f"{addon}: {source!r} not translated for {reference}")
        self.assertFalse(problems, "\n".join(problems[:60]))

    def _eval_domain(self, action, user):
        context = {
            "uid": user.id,
            "user": user,
            "context_today": datetime.date.today,
            "allowed_company_ids": user.company_ids.ids,
            "active_id": False,
            "active_ids": [],
        }
        try:
            return safe_eval(action.domain or "[]", context)
        except Exception:  # domains that need a record in context
            return []

    def test_menus_open_for_demo_users(self):
        """Every menu of our addons that a demo user sees opens without AccessError."""
        imd = self.env["ir.model.data"].search(
            [("module", "in", self.addons), ("model", "=", "ir.ui.menu")]
        )
        menus = self.env["ir.ui.menu"].browse(imd.mapped("res_id")).exists()
        users = [self.env.ref(xmlid, raise_if_not_found=False) for xmlid in DEMO_USERS]
        users = [user for user in users if user]
        if not users:
            self.skipTest("no demo users (database without demo data)")
        errors = []
        opened = 0
        for user in users:
            visible = self.env["ir.ui.menu"].with_user(user)._visible_menu_ids()
            for menu in menus.filtered(lambda m, visible=visible: m.id in visible):
                action = menu.action
                if not action or action._name != "ir.actions.act_window":
                    continue
                model = self.env[action.res_model].with_user(user)
                modes = (action.view_mode or "list,form").split(",")
                try:
                    model.get_views([(False, mode) for mode in modes])
                    model.web_search_read(
                        self._eval_domain(action, user),
                        {"display_name": {}},
                        limit=80,
                    )
                    opened += 1
                except AccessError as exc:
                    errors.append(f"{user.login}: {menu.complete_name}: {exc}")
        self.assertFalse(errors, "\n".join(errors[:40]))
        self.assertTrue(opened, "no menu of our addons could be opened")
