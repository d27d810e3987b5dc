{
    "name": "Education Supervision - Allowances for Training Courses",
    "summary": "Bridge: part-time inspector allowance sheets generated from the attendance "
    "of a training course",
    "version": "18.0.1.2.0",
    "license": "LGPL-3",
    "author": "Wuhai Education Supervision Platform",
    "category": "Education Supervision",
    "depends": ["edu_supervision_budget", "edu_supervision_training"],
    "data": [
        "views/edu_training_course_views.xml",
        "views/edu_allowance_sheet_views.xml",
    ],
    "pre_init_hook": "pre_init_hook",
    "installable": True,
    "auto_install": True,
    "application": False,
}
