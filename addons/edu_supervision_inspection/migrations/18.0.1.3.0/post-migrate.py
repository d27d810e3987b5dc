def migrate(cr, version):
    # The exclusions of a draw keep only what the audit needs: the draw records who
    # performed it and when, and its company. Their own log and company columns go.
    cr.execute(
        """
        ALTER TABLE edu_random_draw_exclusion
            DROP COLUMN IF EXISTS create_uid,
            DROP COLUMN IF EXISTS create_date,
            DROP COLUMN IF EXISTS write_uid,
            DROP COLUMN IF EXISTS write_date,
            DROP COLUMN IF EXISTS company_id
        """
    )
