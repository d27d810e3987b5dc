"""Authority matrix of the rectification addon (vocabulary: the core's access_matrix).

Plain data, read by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

Regions: plans and reports, supervision orders, look-backs and escalation
suggestions take the region of their unit (the school's district, or the district
whose government is inspected); records of units without region are seen by the
city office only. Problems (``edu.problem``) are stated by the inspection addon;
this addon adds their rectification transitions: ``own`` there is the problem's
responsible inspector.
"""

# Models of Odoo this addon extends with transitions or rights of its own.
EXTENDED = set()

READERS_BY_REGION = {
    "viewer": "region",
    "inspector": "region",
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region",
    "finance": "region",
}
OFFICE_BY_REGION = {"office": "region", "office_district": "region", "manager": "all"}
PUBLISHED_TO_READERS = {
    "viewer": "published",
    "inspector": "published",
    "office": "published",
    "office_district": "published",
    "manager": "all",
    "hr": "published",
    "finance": "published",
}
MANAGER = {"manager": "all"}
INTERNAL_OWN = {
    "viewer": "own",
    "inspector": "own",
    "office": "own",
    "office_district": "own",
    "manager": "own",
    "hr": "own",
    "finance": "own",
}

MODELS = {
    "edu.rectification.report": {
        "read": READERS_BY_REGION,
        "create": OFFICE_BY_REGION,
        # accepted: what the unit submitted is final (the publication text still changes)
        "write": {
            "office": "region@draft,submitted,returned",
            "office_district": "region@draft,submitted,returned",
            "manager": "all@draft,submitted,returned",
        },
        # a submitted plan or report is part of the problem's record
        "unlink": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    "edu.supervision.order": {
        "read": READERS_BY_REGION,
        "create": OFFICE_BY_REGION,
        "write": OFFICE_BY_REGION,
        "unlink": {
            "office": "region@draft,cancelled",
            "office_district": "region@draft,cancelled",
            "manager": "all@draft,cancelled",
        },
    },
    "edu.supervision.order.line": {
        "read": READERS_BY_REGION,
        "create": OFFICE_BY_REGION,
        "write": OFFICE_BY_REGION,
        "unlink": OFFICE_BY_REGION,
    },
    "edu.lookback": {
        "read": READERS_BY_REGION,
        # own: the look-backs the inspector is one of the inspectors of
        "create": {"inspector": "own", **OFFICE_BY_REGION},
        "write": {"inspector": "own@draft", **OFFICE_BY_REGION},
        # a completed look-back (its rebounds reopened problems) stays on record
        "unlink": {
            "office": "region@draft,cancelled",
            "office_district": "region@draft,cancelled",
            "manager": "all@draft,cancelled",
        },
    },
    # state: the look-back's; results are frozen once it is completed
    "edu.lookback.line": {
        "read": READERS_BY_REGION,
        "create": {
            "inspector": "own@draft",
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
        "write": {
            "inspector": "own@draft",
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
        "unlink": {
            "inspector": "own@draft",
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    "edu.accountability.action": {
        "read": PUBLISHED_TO_READERS,
        "create": MANAGER,
        "write": MANAGER,
        "unlink": {"manager": "all@draft,cancelled"},
    },
    "edu.accountability.person": {
        "read": PUBLISHED_TO_READERS,
        "create": MANAGER,
        "write": MANAGER,
        "unlink": MANAGER,
    },
    # drafted by the escalation (scheduled, or run by the city office): nobody
    # creates or deletes them by hand; the manager decides
    "edu.escalation.suggestion": {
        "read": OFFICE_BY_REGION,
        "write": MANAGER,
    },
    "edu.problem.close.wizard": {
        "read": {"inspector": "own", "office": "own", "office_district": "own", "manager": "own"},
        "create": {"inspector": "all", "office": "all", "office_district": "all", "manager": "all"},
        "write": {"inspector": "own", "office": "own", "office_district": "own", "manager": "own"},
    },
    "edu.problem.reopen.wizard": {
        "read": {"office": "own", "office_district": "own", "manager": "own"},
        "create": {"office": "all", "office_district": "all", "manager": "all"},
        "write": {"office": "own", "office_district": "own", "manager": "own"},
    },
    "edu.problem.export.wizard": {
        "read": INTERNAL_OWN,
        "create": {role: "all" for role in INTERNAL_OWN},
        "write": INTERNAL_OWN,
    },
}

CLOSE_OUT = {
    "inspector": "team|own",
    "office": "region",
    "office_district": "region",
    "manager": "all",
}
LOOKBACK_TEAM = {"inspector": "own", **OFFICE_BY_REGION}
# the escalation covers the whole city: not a district office
CITY_OFFICE = {"office": "all", "manager": "all"}

TRANSITIONS = {
    "edu.problem": {
        "action_edu_start_rectification": {
            "roles": OFFICE_BY_REGION,
            "states": ("open", "plan_submitted"),
        },
        # close-out (销号): opens the verification wizard
        "action_close": {"roles": CLOSE_OUT, "states": ("reported",)},
        # reopening is the office's decision (a look-back reopens its rebounds)
        "action_reopen": {"roles": OFFICE_BY_REGION, "states": ("closed",)},
        "action_edu_view_orders": {
            "roles": {
                "inspector": "team|own",
                "office": "region",
                "office_district": "region",
                "manager": "all",
                "viewer": "published",
                "hr": "published",
                "finance": "published",
            },
        },
    },
    "edu.inspection.target": {
        "action_edu_view_lookback_results": {
            "roles": {
                "inspector": "team",
                "office": "region",
                "office_district": "region",
                "manager": "all",
                "viewer": "published",
                "hr": "published",
                "finance": "published",
            },
        },
    },
    "edu.rectification.report": {
        "action_submit": {"roles": OFFICE_BY_REGION, "states": ("draft", "returned")},
        "action_accept": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_return": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_publish": {"roles": MANAGER, "states": ("accepted",)},
        "action_unpublish": {"roles": MANAGER, "states": ("accepted",)},
    },
    "edu.supervision.order": {
        "action_issue": {"roles": OFFICE_BY_REGION, "states": ("draft",)},
        "action_answer": {"roles": OFFICE_BY_REGION, "states": ("issued",)},
        "action_close": {"roles": OFFICE_BY_REGION, "states": ("answered",)},
        "action_cancel": {"roles": OFFICE_BY_REGION, "states": ("draft", "issued")},
        "action_reset_draft": {"roles": OFFICE_BY_REGION, "states": ("cancelled",)},
        "action_edu_run_escalation": {"roles": CITY_OFFICE},
    },
    "edu.lookback": {
        "action_load_problems": {"roles": LOOKBACK_TEAM, "states": ("draft",)},
        "action_done": {"roles": LOOKBACK_TEAM, "states": ("draft",)},
        "action_cancel": {"roles": LOOKBACK_TEAM, "states": ("draft",)},
        "action_reset_draft": {"roles": OFFICE_BY_REGION, "states": ("cancelled",)},
    },
    "edu.accountability.action": {
        "action_approve": {"roles": MANAGER, "states": ("draft",)},
        "action_publish": {"roles": MANAGER, "states": ("approved",)},
        "action_unpublish": {"roles": MANAGER, "states": ("published",)},
        "action_cancel": {"roles": MANAGER, "states": ("draft", "approved")},
        "action_reset_draft": {"roles": MANAGER, "states": ("cancelled", "approved")},
    },
    "edu.escalation.suggestion": {
        "action_accept": {"roles": MANAGER, "states": ("pending",)},
        "action_dismiss": {"roles": MANAGER, "states": ("pending",)},
        "action_edu_run_escalation": {"roles": CITY_OFFICE},
    },
    "edu.problem.close.wizard": {
        "action_confirm": {"roles": CLOSE_OUT},
    },
    "edu.problem.reopen.wizard": {
        "action_confirm": {"roles": OFFICE_BY_REGION},
    },
    "edu.problem.export.wizard": {
        "action_export": {"roles": INTERNAL_OWN},
    },
}
