from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # The problem library's rules moved to edu_supervision_problem (its install took
    # them over); the rules left here on problems changed: create them anew.
    reload_record_rules(cr, "edu_supervision_inspection")
