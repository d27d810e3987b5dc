"""Authority matrix of the problem library (the problems and their categories).

Plain data (vocabulary in ``edu_supervision/tests/access_matrix.py``), checked
both ways by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

``edu.problem`` here states the problems found outside inspections, visits and
complaints (entered in the library itself); the addons that find problems state
theirs (inspection: its team, published inspections for the readers; routine
visits: the findings of visits and complaints, the schools of the responsible
inspector). ``own``: the problems an inspector is the responsible inspector of.
Viewers, inspector HR and finance read no problem of the library itself.
"""

# Models of Odoo this addon extends with transitions or rights of its own.
EXTENDED = set()

OFFICE = {"office": "region", "office_district": "region", "manager": "all"}
OWN_OR_OFFICE = {"inspector": "own", **OFFICE}
EVERY_INTERNAL_ROLE = {
    role: "all"
    for role in ("viewer", "inspector", "office", "office_district", "manager", "hr", "finance")
}
MANAGER_ONLY = {"manager": "all"}

MODELS = {
    "edu.problem": {
        "read": OWN_OR_OFFICE,
        "create": OFFICE,
        "write": OWN_OR_OFFICE,
        "unlink": OFFICE,
    },
    "edu.problem.category": {
        "read": EVERY_INTERNAL_ROLE,
        "create": MANAGER_ONLY,
        "write": MANAGER_ONLY,
        "unlink": MANAGER_ONLY,
    },
}

TRANSITIONS = {
    "edu.problem": {
        # With the rectification addon these open its close-out / reopen wizards
        # (whose confirm checks who closes out); on their own they close / reopen.
        "action_close": {"roles": OWN_OR_OFFICE},
        "action_reopen": {"roles": OWN_OR_OFFICE},
    },
}
