{
    "name": "Education Supervision",
    "summary": "Core of the education supervision platform: regions, schools, "
    "committees, roles and settings (教育督导)",
    "version": "18.0.1.2.0",
    "category": "Education Supervision",
    "author": "Wuhai Education Supervision Platform",
    "website": "https://github.com/wuhai-edu/edu-supervision",
    "license": "LGPL-3",
    "depends": ["base", "mail", "hr", "contacts"],
    "data": [
        "security/edu_supervision_groups.xml",
        "security/ir.model.access.csv",
        "security/edu_supervision_security.xml",
        "data/res_company_data.xml",
        "views/edu_region_views.xml",
        "views/edu_school_views.xml",
        "views/edu_committee_views.xml",
        "views/res_config_settings_views.xml",
        "views/res_users_views.xml",
        "views/edu_supervision_menus.xml",
        "data/res_users_data.xml",
    ],
    "demo": [
        "demo/res_company_demo.xml",
        "demo/edu_region_demo.xml",
        "demo/edu_school_demo.xml",
        "demo/edu_committee_demo.xml",
        "demo/res_users_demo.xml",
        "demo/hr_employee_demo.xml",
    ],
    "application": True,
    "assets": {
        "web.assets_tests": [
            "edu_supervision/static/tests/tours/*.js",
        ],
    },
    "installable": True,
}
