from odoo.addons.edu_supervision.upgrade import install_new_addon


def migrate(cr, version):
    # The allowance sheets of training courses moved to the bridge
    # edu_supervision_budget_training: where training is installed, the update
    # installs it, so that the courses' sheets keep their course.
    install_new_addon(cr, "edu_supervision_budget_training")
