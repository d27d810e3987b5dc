{
    "name": "Education Supervision - Self-assessments on the Dashboards",
    "summary": "Bridge: the inspected units' self-assessment score and its gap to the "
    "team's score in the score ranking and the 督导评估 dashboard",
    "version": "18.0.1.0.0",
    "license": "LGPL-3",
    "author": "Wuhai Education Supervision Platform",
    "website": "https://github.com/wuhai-edu/edu-supervision",
    "category": "Education Supervision",
    "depends": ["edu_supervision_dashboard", "edu_supervision_portal"],
    "data": [],
    "installable": True,
    "auto_install": True,
    "application": False,
}
