"""Helpers of the addons' migration scripts."""


def reload_record_rules(cr, module):
    """Have the update create the record rules of ``module`` anew.

    Record rules are declared under ``noupdate="1"``: on update Odoo skips every
    record of such a file that already exists, whatever the flag of its xml id.
    A changed or removed rule must still reach existing databases, so the
    module's rules and their xml ids are deleted before the update loads the
    files again (local changes to these rules are lost: redo them after).
    """
    cr.execute(
        """
        DELETE FROM ir_rule
         WHERE id IN (
               SELECT res_id FROM ir_model_data WHERE module = %s AND model = 'ir.rule'
         )
        """,
        [module],
    )
    cr.execute("DELETE FROM ir_model_data WHERE module = %s AND model = 'ir.rule'", [module])
