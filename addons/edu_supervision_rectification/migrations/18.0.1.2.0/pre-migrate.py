from odoo.addons.edu_supervision.upgrade import rename_fields


def migrate(cr, version):
    # fields that the addon adds to the platform's own models carry no edu_ prefix
    rename_fields(
        cr,
        "edu.inspection.target",
        [
            ("edu_lookback_line_ids", "lookback_line_ids"),
            ("edu_lookback_count", "lookback_count"),
            ("edu_lookback_rebound_count", "lookback_rebound_count"),
        ],
    )
