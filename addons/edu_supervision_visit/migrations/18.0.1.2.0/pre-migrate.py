from odoo.addons.edu_supervision.upgrade import reload_record_rules, rename_fields


def migrate(cr, version):
    # the rule on the problems of his schools reads is_confidential of the problem library
    reload_record_rules(cr, "edu_supervision_visit")
    # fields that the addon adds to the platform's own models carry no edu_ prefix
    rename_fields(
        cr,
        "edu.school",
        [
            ("edu_visit_last_date", "visit_last_date"),
            ("edu_visit_semester_count", "visit_semester_count"),
            ("edu_visit_semester_target", "visit_semester_target"),
            ("edu_visit_month_count", "visit_month_count"),
            ("edu_visit_month_target", "visit_month_target"),
            ("edu_visit_behind", "visit_behind"),
            ("edu_visit_open_problem_count", "visit_open_problem_count"),
        ],
    )
