from odoo.addons.edu_supervision.upgrade import adopt_xmlids, reload_record_rules

from . import models

PROBLEM_MODELS = ("edu.problem", "edu.problem.category")


def pre_init_hook(env):
    """In a database where the inspection addon held the problem library, take over
    its records (models, fields, categories, views, menus, access rights, rules,
    SQL constraints) instead of creating copies. The record rules taken over are
    then created anew from this addon's file: they are noupdate, and the
    inspector's one changed."""
    adopted = adopt_xmlids(
        env.cr,
        "edu_supervision_problem",
        "edu_supervision_inspection",
        prefixes=(
            "model_edu_problem",
            "field_edu_problem",
            "selection__edu_problem",
            "constraint_edu_problem",
        ),
    )
    if not adopted:
        return
    reload_record_rules(env.cr, "edu_supervision_problem")
    # The reflected SQL constraints and foreign keys of the tables (the foreign keys of
    # the inspection's own columns too: their columns go with the inspection's fields).
    env.cr.execute(
        """
        UPDATE ir_model_constraint constraint_
           SET module = new.id
          FROM ir_module_module new, ir_module_module old, ir_model model
         WHERE new.name = 'edu_supervision_problem'
           AND old.name = 'edu_supervision_inspection'
           AND constraint_.module = old.id
           AND constraint_.model = model.id
           AND model.model IN %s
        """,
        [PROBLEM_MODELS],
    )
