from odoo.tools.sql import TableKind, column_exists, create_column, table_kind


def migrate(cr, version):
    # The kind of an exclusion line is labelled "Excluded" (被排除对象), no longer "Kind"
    # (督导类型, the kind of an inspection): drop the label's old translations, which
    # the update loads again from the new terms.
    cr.execute(
        """
        UPDATE ir_model_fields
           SET field_description = jsonb_build_object('en_US', field_description->>'en_US')
         WHERE model = 'edu.random.draw.exclusion' AND name = 'kind'
        """
    )
    # The exclusions of a draw are frozen as JSON on the draw (one column written with
    # the draw's state change) and the exclusion lines a query of it: move the
    # rows of the former table into the column, then drop the table.
    if not column_exists(cr, "edu_random_draw", "exclusion_json"):
        create_column(cr, "edu_random_draw", "exclusion_json", "text")
    if table_kind(cr, "edu_random_draw_exclusion") != TableKind.Regular:
        return
    cr.execute(
        """
        UPDATE edu_random_draw d
           SET exclusion_json = x.lines::text
          FROM (SELECT draw_id,
                       jsonb_agg(jsonb_build_array(kind, school_id, employee_id, reason, note)
                                 ORDER BY id) AS lines
                  FROM edu_random_draw_exclusion
                 GROUP BY draw_id) x
         WHERE x.draw_id = d.id
        """
    )
    cr.execute("DROP TABLE edu_random_draw_exclusion")
    cr.execute(
        "DELETE FROM ir_model_constraint WHERE type = 'f' AND name LIKE %s",
        ["edu_random\\_draw\\_exclusion\\_%"],
    )
