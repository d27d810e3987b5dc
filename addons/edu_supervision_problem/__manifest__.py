{
    "name": "Education Supervision: Problem Library",
    "summary": "The problem library (问题清单库): findings of inspections, visits and "
    "complaints with their categories, severities, deadlines and responsible inspectors",
    "version": "18.0.1.4.0",
    "license": "LGPL-3",
    "author": "Wuhai Education Supervision Platform",
    "website": "https://github.com/wuhai-edu/edu-supervision",
    "category": "Education Supervision",
    "depends": ["edu_supervision_inspector"],
    "data": [
        "security/ir.model.access.csv",
        "security/edu_supervision_problem_security.xml",
        "data/edu_problem_category_data.xml",
        "views/edu_problem_views.xml",
        "views/edu_problem_category_views.xml",
        "views/edu_supervision_problem_menus.xml",
    ],
    "pre_init_hook": "pre_init_hook",
    "installable": True,
    "application": False,
}
