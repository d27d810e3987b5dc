{
    "name": "Education Supervision: Routine Visits",
    "summary": "Routine visits of responsible inspectors (8 items), complaints, "
    "frequency targets and the inspector's 'My schools' home",
    "version": "18.0.1.2.0",
    "license": "LGPL-3",
    "author": "Wuhai Education Supervision Platform",
    "category": "Education Supervision",
    "depends": ["edu_supervision_problem", "report_xlsx"],
    "data": [
        "security/ir.model.access.csv",
        "security/edu_supervision_visit_security.xml",
        "data/ir_sequence_data.xml",
        "data/mail_activity_type_data.xml",
        "data/ir_cron_data.xml",
        "views/edu_visit_views.xml",
        "views/edu_complaint_views.xml",
        "views/edu_problem_views.xml",
        "views/edu_school_views.xml",
        "views/edu_inspector_assessment_views.xml",
        "views/res_config_settings_views.xml",
        "report/edu_visit_xlsx.xml",
        "report/edu_visit_semester_report.xml",
        "wizard/edu_visit_semester_wizard_views.xml",
        "views/edu_supervision_visit_menus.xml",
        "data/res_users_data.xml",
    ],
    "demo": [
        "demo/edu_visit_demo.xml",
        "demo/edu_inspector_assessment_demo.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "edu_supervision_visit/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
