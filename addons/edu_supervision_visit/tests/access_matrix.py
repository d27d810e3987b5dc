"""Authority matrix of the routine-visit addon (vocabulary: the core's access_matrix).

Plain data, read by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

``own``: the visits the inspector made, the complaints assigned to him (with the
complainant's identity) and their findings. ``responsible``: the schools the
inspector is the current responsible inspector of. Visits, complaints and their
findings take the region of their school; complaints without school are seen by
the city office only.

``edu.problem`` here states the findings of visits and complaints only (the
problem library and the inspection addon state the other problems). Their
``@state`` is the state of their visit: a complaint finding has none, so the
responsible inspector of the school never reads it (confidential: the office and
the assigned inspector only), nor the finding of another inspector's draft visit.
"""

# Models of Odoo this addon extends with transitions or rights of its own.
EXTENDED = set()

OFFICE_BY_REGION = {"office": "region", "office_district": "region", "manager": "all"}
VISIT_READERS = {
    "inspector": "own|responsible@submitted,acknowledged",
    **OFFICE_BY_REGION,
}
OWN_OR_OFFICE = {"inspector": "own", **OFFICE_BY_REGION}
OFFICE_OWN = {"office": "own", "office_district": "own", "manager": "own"}

MODELS = {
    "edu.visit": {
        "read": VISIT_READERS,
        "create": OWN_OR_OFFICE,
        "write": {"inspector": "own@draft", **OFFICE_BY_REGION},
        "unlink": {
            "inspector": "own@draft",
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    # state: the visit's
    "edu.visit.item": {
        "read": VISIT_READERS,
        "create": {"inspector": "own@draft", **OFFICE_BY_REGION},
        "write": {"inspector": "own@draft", **OFFICE_BY_REGION},
        "unlink": {"inspector": "own@draft", **OFFICE_BY_REGION},
    },
    # the assigned inspector writes the verification and the reply only
    "edu.complaint": {
        "read": OWN_OR_OFFICE,
        "create": OFFICE_BY_REGION,
        "write": OWN_OR_OFFICE,
        # a handled complaint stays on record
        "unlink": {
            "office": "region@received",
            "office_district": "region@received",
            "manager": "all@received",
        },
    },
    "edu.problem": {
        "read": VISIT_READERS,
        "create": OWN_OR_OFFICE,
        "write": OWN_OR_OFFICE,
        "unlink": OFFICE_BY_REGION,
    },
    "edu.visit.semester.wizard": {
        "read": OFFICE_OWN,
        "create": {"office": "all", "office_district": "all", "manager": "all"},
        "write": OFFICE_OWN,
    },
}

TRANSITIONS = {
    "edu.visit": {
        # only the inspector who made the visit submits it
        "action_submit": {
            "roles": {
                "inspector": "own",
                "office": "own",
                "office_district": "own",
                "manager": "own",
            },
            "states": ("draft",),
        },
        "action_acknowledge": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_reset_to_draft": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_new_problem": {"roles": OWN_OR_OFFICE, "states": ("draft", "submitted")},
        "action_view_problems": {"roles": VISIT_READERS},
    },
    "edu.complaint": {
        "action_assign": {"roles": OFFICE_BY_REGION, "states": ("received", "assigned")},
        "action_verify": {"roles": OWN_OR_OFFICE, "states": ("assigned",)},
        "action_reply": {"roles": OWN_OR_OFFICE, "states": ("verified",)},
        "action_create_visit": {"roles": OWN_OR_OFFICE, "states": ("assigned", "verified")},
        "action_new_problem": {"roles": OWN_OR_OFFICE, "states": ("assigned", "verified")},
        "action_view_visits": {"roles": OWN_OR_OFFICE},
        "action_view_problems": {"roles": OWN_OR_OFFICE},
    },
    "edu.school": {
        # visits are recorded and read by inspectors and the office
        "action_edu_visit_new": {
            "roles": {"inspector": "region", **OFFICE_BY_REGION},
        },
        "action_edu_visit_view": {
            "roles": {"inspector": "region", **OFFICE_BY_REGION},
        },
        # the problems themselves are filtered by their own rules
        "action_edu_visit_view_problems": {
            "roles": {
                "viewer": "region",
                "inspector": "region",
                **OFFICE_BY_REGION,
                "hr": "region",
                "finance": "region",
            },
        },
    },
    "edu.visit.semester.wizard": {
        "action_print": {"roles": OFFICE_OWN},
    },
}
