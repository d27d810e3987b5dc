"""Helpers of the addons' migration scripts."""

import ast
import csv
import io

from lxml import etree

from odoo import SUPERUSER_ID, api
from odoo.modules.module import get_module_path
from odoo.tools import file_open
from odoo.tools.sql import column_exists, rename_column


def reload_record_rules(cr, module):
    """Have the update create the record rules of ``module`` anew.

    Record rules are declared under ``noupdate="1"``: on update Odoo skips every
    record of such a file that already exists, whatever the flag of its xml id.
    A changed or removed rule must still reach existing databases, so the
    module's rules and their xml ids are deleted before the update loads the
    files again (local changes to these rules are lost: redo them after).
    """
    cr.execute(
        """
        DELETE FROM ir_rule
         WHERE id IN (
               SELECT res_id FROM ir_model_data WHERE module = %s AND model = 'ir.rule'
         )
        """,
        [module],
    )
    cr.execute("DELETE FROM ir_model_data WHERE module = %s AND model = 'ir.rule'", [module])


def rename_fields(cr, model, renames):
    """Rename fields of ``model`` in place, from the pre-migrate of the addon declaring them.

    ``renames`` is a list of ``(old name, new name)``. The column of a stored field is
    renamed, and the field's ``ir.model.fields`` row and its xml id
    ``field_<model>__<name>`` follow, so the update finds the field under its new name:
    nothing is dropped and created again (values, the row's id and what refers to it are
    kept). A Many2many keeps its relation table when the field names it explicitly.
    Names already renamed are left alone, so the script may run twice. (The xml ids of
    the values of a Selection field are not renamed: rename no Selection with it.)
    """

    table = model.replace(".", "_")
    for old, new in renames:
        if column_exists(cr, table, old) and not column_exists(cr, table, new):
            rename_column(cr, table, old, new)
        cr.execute(
            """
            UPDATE ir_model_fields
               SET name = %s
             WHERE model = %s AND name = %s
               AND NOT EXISTS (SELECT 1 FROM ir_model_fields WHERE model = %s AND name = %s)
            """,
            [new, model, old, model, new],
        )
        cr.execute(
            """
            UPDATE ir_model_data old
               SET name = %s
             WHERE old.model = 'ir.model.fields' AND old.name = %s
               AND NOT EXISTS (
                   SELECT 1 FROM ir_model_data new WHERE new.module = old.module AND new.name = %s
               )
            """,
            [f"field_{table}__{new}", f"field_{table}__{old}", f"field_{table}__{new}"],
        )


def _declared_xmlids(module):
    """The xml ids that the data and demo files of ``module`` declare (its own ones)."""

    path = get_module_path(module)
    with file_open(f"{path}/__manifest__.py") as file:
        manifest = ast.literal_eval(file.read())
    names = set()
    for filename in manifest.get("data", []) + manifest.get("demo", []):
        with file_open(f"{path}/{filename}", "rb") as file:
            content = file.read()
        if filename.endswith(".csv"):
            rows = csv.DictReader(io.StringIO(content.decode()))
            ids = [row["id"] for row in rows if row.get("id")]
        elif filename.endswith(".xml"):
            ids = [node.get("id") for node in etree.fromstring(content).iter() if node.get("id")]
        else:
            continue
        for xmlid in ids:
            owner, _dot, name = xmlid.rpartition(".")
            if owner in ("", module):
                names.add(name)
    return names


def adopt_xmlids(cr, module, old_module, prefixes=()):
    """Let a new ``module`` take over records that ``old_module`` used to declare.

    Called from the ``pre_init_hook`` of an addon split off another one (or of a site
    addon taking over local data): before its files load, the xml ids that it declares
    and that still belong to ``old_module`` move to it, so the install updates the
    existing records (rules, categories, views, demo records, their links) instead of
    creating copies while the old ones are deleted or linger. ``prefixes`` adds the
    reflected ids of moved models and fields (``model_edu_problem``,
    ``field_edu_problem__``, ``selection__edu_problem__``): a field that stays with
    ``old_module`` gets its id back there at that module's update, and the stale one
    is then dropped alone (the field keeps its column). The ids Odoo gave to the
    ``_inherits`` parents of declared records (``<name>_res_partner`` of a user) move
    with them.
    """
    names = sorted(_declared_xmlids(module))
    patterns = [prefix.replace("_", r"\_") + "%" for prefix in prefixes]
    cr.execute(
        """
        UPDATE ir_model_data old
           SET module = %s
         WHERE old.module = %s
           AND (
               old.name = ANY(%s)
               OR old.name LIKE ANY(%s)
               OR old.name IN (
                   SELECT declared || '_' || replace(old.model, '.', '_')
                     FROM unnest(%s::varchar[]) declared
               )
           )
           AND NOT EXISTS (
               SELECT 1 FROM ir_model_data new WHERE new.module = %s AND new.name = old.name
           )
        """,
        [module, old_module, names, patterns, names, module],
    )
    return cr.rowcount


def install_new_addon(cr, module):
    """Have the running update install ``module``, a new addon, when all its dependencies
    are installed.

    Called from the ``post-migrate`` of an addon whose records move to a new
    ``auto_install`` bridge: Odoo installs a new auto_install addon only when one of its
    dependencies gets installed, never on an update, and at the end of the update it would
    delete what the bridge was to take over (a field and its column). The addon is marked
    to install; the update installs it before it ends (its ``pre_init_hook`` then adopts
    the records).
    """

    env = api.Environment(cr, SUPERUSER_ID, {})
    addon = env["ir.module.module"].search([("name", "=", module), ("state", "=", "uninstalled")])
    if not addon or any(
        dep.state not in ("installed", "to upgrade") for dep in addon.dependencies_id
    ):
        return False
    addon.button_install()
    return True
