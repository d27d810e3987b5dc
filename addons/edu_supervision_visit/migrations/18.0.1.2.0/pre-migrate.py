from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # the rule on the problems of his schools reads is_confidential of the problem library
    reload_record_rules(cr, "edu_supervision_visit")
