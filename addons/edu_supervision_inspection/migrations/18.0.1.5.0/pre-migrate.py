from odoo.tools.sql import column_exists, create_column

from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # The rules on the problems of published inspections read the inspection's state
    # stored on the problem instead of selecting the inspections with a sub-query:
    # create them anew, and fill the new column in one statement (the update would
    # otherwise compute it problem by problem).
    reload_record_rules(cr, "edu_supervision_inspection")
    if column_exists(cr, "edu_problem", "inspection_state"):
        return
    create_column(cr, "edu_problem", "inspection_state", "varchar")
    cr.execute(
        "UPDATE edu_problem p SET inspection_state = i.state "
        "FROM edu_inspection i WHERE i.id = p.inspection_id"
    )
