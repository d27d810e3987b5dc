from odoo.addons.edu_supervision.upgrade import install_new_addon


def migrate(cr, version):
    # The self-assessment column of the score report is filled by the new bridge
    # edu_supervision_dashboard_portal: where the portal is installed, the update
    # installs it (Odoo installs a new auto_install addon only with a dependency).
    install_new_addon(cr, "edu_supervision_dashboard_portal")
