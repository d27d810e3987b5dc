from odoo.addons.edu_supervision.upgrade import reload_record_rules


def migrate(cr, version):
    reload_record_rules(cr, "edu_supervision_inspection")
    # the busy check used to copy the other inspection's name into the note,
    # readable by users outside that inspection: keep the reason only
    cr.execute(
        """
        UPDATE edu_random_draw_exclusion
           SET note = NULL
         WHERE reason = 'busy' AND note IS NOT NULL
        """
    )
