from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    reload_record_rules(cr, "edu_supervision_visit")
