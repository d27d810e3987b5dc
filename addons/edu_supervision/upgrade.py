"""Helpers of the addons' migration scripts."""


def reload_record_rules(cr, module):
    """Let the update reload the record rules ``module`` declares under
    ``noupdate="1"``: a changed or removed rule must reach existing databases
    (the loader sets the flag back when it reloads them)."""
    cr.execute(
        """
        UPDATE ir_model_data
           SET noupdate = FALSE
         WHERE module = %s AND model = 'ir.rule' AND noupdate
        """,
        [module],
    )
