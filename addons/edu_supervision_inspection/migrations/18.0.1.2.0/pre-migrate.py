from odoo.addons.edu_supervision.upgrade import rename_fields


def migrate(cr, version):
    # fields that the addon adds to the platform's own models carry no edu_ prefix
    rename_fields(
        cr,
        "edu.region",
        [
            ("edu_active_inspection_count", "active_inspection_count"),
            ("edu_open_problem_count", "open_problem_count"),
            ("edu_overdue_problem_count", "overdue_problem_count"),
            ("edu_overview_scope", "overview_scope"),
        ],
    )
    rename_fields(
        cr,
        "edu.school",
        [
            ("edu_target_ids", "target_ids"),
            ("edu_inspection_count", "inspection_count"),
            ("edu_last_inspection_date", "last_inspection_date"),
            ("edu_term_inspected", "term_inspected"),
            ("edu_needs_term_inspection", "needs_term_inspection"),
        ],
    )
