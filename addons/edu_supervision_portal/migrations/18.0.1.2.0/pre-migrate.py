from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # The rules on the problems of approved inspections read the inspection's state
    # stored on the problem (edu_supervision_inspection 18.0.1.5.0): create them anew.
    reload_record_rules(cr, "edu_supervision_portal")
