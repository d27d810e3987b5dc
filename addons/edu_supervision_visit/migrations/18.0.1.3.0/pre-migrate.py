from odoo.tools import SQL
from odoo.tools.sql import column_exists, create_column

from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    # The rules name the user's regions and employees by id instead of selecting them
    # with a sub-query (child_of, employee.user_id) that PostgreSQL cannot estimate:
    # create them anew.
    reload_record_rules(cr, "edu_supervision_visit")
    # The problem rule of inspectors reads the users of the visit and of the complaint
    # from columns of the problem: fill them in one statement each (the update would
    # otherwise compute them problem by problem).
    for column, table, source in (
        ("visit_user_id", "edu_visit", "visit_id"),
        ("complaint_user_id", "edu_complaint", "complaint_id"),
    ):
        if column_exists(cr, "edu_problem", column):
            continue
        create_column(cr, "edu_problem", column, "int4")
        cr.execute(
            SQL(
                "UPDATE edu_problem p SET %s = s.user_id FROM %s s "
                "WHERE s.id = p.%s AND s.user_id IS NOT NULL",
                SQL.identifier(column),
                SQL.identifier(table),
                SQL.identifier(source),
            )
        )
