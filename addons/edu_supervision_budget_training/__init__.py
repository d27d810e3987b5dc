from . import models

from odoo.addons.edu_supervision.upgrade import adopt_xmlids

MODULE = "edu_supervision_budget_training"


def pre_init_hook(env):
    # Databases where the budget addon still held the training-course side of the
    # allowances keep their records: the views, fields and selection value move here,
    # and so does the foreign key of the sheets' course (as a fresh install has it).
    adopt_xmlids(
        env.cr,
        MODULE,
        "edu_supervision_budget",
        prefixes=(
            "model_edu_training_course",
            "field_edu_training_course__allowance_sheet_",
            "field_edu_allowance_sheet__training_course_id",
            "selection__edu_allowance_sheet__source__training",
        ),
    )
    env.cr.execute(
        """
        UPDATE ir_model_constraint
           SET module = (SELECT id FROM ir_module_module WHERE name = %s)
         WHERE name = %s AND type = 'f'
        """,
        [MODULE, "edu_allowance_sheet_training_course_id_fkey"],
    )
