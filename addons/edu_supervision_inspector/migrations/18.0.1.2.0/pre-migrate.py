from odoo.addons.edu_supervision.upgrade import rename_fields


def migrate(cr, version):
    # fields that the addon adds to the platform's own models carry no edu_ prefix
    rename_fields(
        cr,
        "edu.region",
        [
            ("edu_coverage", "coverage"),
            ("edu_uncovered_school_count", "uncovered_school_count"),
            ("edu_inspector_gap", "inspector_gap"),
        ],
    )
    # zone_ids names its relation table: the links stay where they are
    rename_fields(
        cr,
        "edu.school",
        [("edu_assignment_ids", "assignment_ids"), ("edu_zone_ids", "zone_ids")],
    )
