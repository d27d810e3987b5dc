from . import models

from odoo.addons.edu_supervision.upgrade import adopt_xmlids


def pre_init_hook(env):
    # Databases where the budget addon still held the training-course side of the
    # allowances keep their records: the views, fields and selection value move here.
    adopt_xmlids(
        env.cr,
        "edu_supervision_budget_training",
        "edu_supervision_budget",
        prefixes=(
            "model_edu_training_course",
            "field_edu_training_course__allowance_sheet_",
            "field_edu_allowance_sheet__training_course_id",
            "selection__edu_allowance_sheet__source__training",
        ),
    )
