from odoo.addons.edu_supervision.upgrade import reload_record_rules, rename_fields


def migrate(cr, version):
    # The problem library's rules moved to edu_supervision_problem (its install took
    # them over); the rules left here on problems changed: create them anew.
    reload_record_rules(cr, "edu_supervision_inspection")
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
