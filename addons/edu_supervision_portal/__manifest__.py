{
    "name": "Education Supervision - Portal of the Inspected Units",
    "summary": "Schools and district governments on Odoo's portal: their inspections, "
    "self-assessment (自评), problems, rectification plans and reports, supervision "
    "orders (督办单), feedback and accountability notices; the office's inbox",
    "version": "18.0.1.2.0",
    "license": "LGPL-3",
    "author": "Wuhai Education Supervision Platform",
    "category": "Education Supervision",
    "depends": [
        "portal",
        "edu_supervision_problem",
        "edu_supervision_inspection",
        "edu_supervision_rectification",
    ],
    "data": [
        "security/ir.model.access.csv",
        "security/edu_supervision_portal_security.xml",
        "data/mail_activity_type_data.xml",
        "data/mail_template_data.xml",
        "data/ir_cron_data.xml",
        "wizard/edu_portal_invite_wizard_views.xml",
        "wizard/edu_portal_return_wizard_views.xml",
        "views/edu_self_assessment_views.xml",
        "views/edu_self_assessment_line_views.xml",
        "views/edu_portal_submission_views.xml",
        "views/edu_school_views.xml",
        "views/edu_region_views.xml",
        "views/edu_inspection_views.xml",
        "views/edu_inspection_target_views.xml",
        "views/edu_supervision_order_views.xml",
        "views/res_partner_views.xml",
        "views/res_config_settings_views.xml",
        "views/edu_supervision_portal_menus.xml",
        "views/portal_templates.xml",
    ],
    "assets": {
        "web.assets_frontend": [
            "edu_supervision_portal/static/src/scss/portal.scss",
        ],
    },
    "installable": True,
    "application": False,
}
