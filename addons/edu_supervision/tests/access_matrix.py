"""Authority matrix of the core addon, and the vocabulary every addon's matrix uses.

Plain data: read by the tests (``test_access_matrix.py``) and rendered for
people as ``docs/ACCESS.md`` (``scripts/access_doc``). A role missing from a
cell may not do that operation at all.
"""

ROLES = {
    "viewer": "Viewer: committee members and leaders (read)",
    "inspector": "Inspector (督学)",
    "office": "Office staff of the city supervision office",
    "office_district": "Office staff of one district office (乌达区 in the demo)",
    "manager": "Manager: chief inspector (总督学)",
    "hr": "Inspector HR",
    "finance": "Supervision finance",
    "portal": "Portal user of an inspected unit (its own unit only)",
    "public": "Public visitor (not logged in)",
}

SCOPES = {
    "all": "every record",
    "region": "records of the user's region and its sub-regions, resolved at query time "
    "(a user without region: the whole city); records without region: city users only",
    "own": "records about the user (his own profile, visits, allowance lines, background jobs)",
    "team": "records of the inspections whose team the user is on",
    "responsible": "records of the schools the user is the current responsible inspector of",
    "published": "published records only",
    "unit": "records of the inspected unit the portal user acts for (its school or its government)",
    "unit_district": "records of the schools in the district whose government the portal user "
    "acts for",
}

STATE_NOTE = "`scope@s1,s2`: only while the record is in state s1 or s2; `a|b`: either."

# Models of Odoo this addon extends with rights of its own (none for the core).
EXTENDED = {}

# reference data every internal role reads; the chief inspector maintains it
EVERY_INTERNAL_ROLE = {
    role: "all"
    for role in ("viewer", "inspector", "office", "office_district", "manager", "hr", "finance")
}
MANAGER_MAINTAINS = {op: {"manager": "all"} for op in ("create", "write", "unlink")}

MODELS = {
    "edu.region": {
        "read": EVERY_INTERNAL_ROLE,
        **MANAGER_MAINTAINS,
    },
    "edu.school": {
        "read": {
            "viewer": "region",
            "inspector": "region",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region",
            "finance": "region",
        },
        "create": {"office": "region", "office_district": "region", "manager": "all"},
        "write": {"office": "region", "office_district": "region", "manager": "all"},
        "unlink": {"manager": "all"},
    },
    "edu.committee": {
        "read": EVERY_INTERNAL_ROLE,
        **MANAGER_MAINTAINS,
    },
    "edu.committee.member": {
        "read": EVERY_INTERNAL_ROLE,
        **MANAGER_MAINTAINS,
    },
    # background jobs: each user reads his own, the managers every one; only the job
    # machinery writes them (no create/write/unlink cell: refused to everyone)
    "edu.job": {
        "read": {
            "viewer": "own",
            "inspector": "own",
            "office": "own",
            "office_district": "own",
            "manager": "all",
            "hr": "own",
            "finance": "own",
        },
    },
}

TRANSITIONS = {
    "edu.region": {
        # opens the schools of the region: whoever reads the region
        "action_view_schools": {
            "roles": EVERY_INTERNAL_ROLE,
        },
    },
}
