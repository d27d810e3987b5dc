from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # The rules name the user's regions and employees by id instead of selecting them
    # with a sub-query (child_of, employee.user_id) that PostgreSQL cannot estimate:
    # create them anew.
    reload_record_rules(cr, "edu_supervision_inspection")
