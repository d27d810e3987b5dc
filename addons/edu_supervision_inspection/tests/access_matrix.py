"""Authority matrix of the inspections addon (plans, inspections, draws, scoring,
the problems of inspections).

Plain data (vocabulary in ``edu_supervision/tests/access_matrix.py``), checked
both ways by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

Notes on the cells:

* ``edu.inspection.target``, ``edu.inspection.score`` and ``edu.problem``: the
  states after ``@`` are those of the inspection the record belongs to. Once the
  report is approved (approved, published, closed) the scores, the evaluations of
  the units and the problem list are final for everyone; the follow-up of a
  problem (deadline, responsible inspector, rectification status) and the
  feedback to the units go on.
* ``edu.problem``: the problems of inspections; the problem library states the
  problems without inspection, the visit addon the findings of visits and
  complaints. Write: the finding itself (title, description, severity...).
  ``own``: the problems an inspector is the responsible inspector of.
* ``team`` in ``action_start``/``action_end_onsite``: the team leader.
* ``edu.random.draw`` write: a performed draw is immutable (its seed, pools,
  results and exclusions come from the draw itself); exclusions are written by
  the draw only.
* Indicator frameworks used by approved inspections refuse changes to their
  indicators, weights and grade bands: they change by a new version (a copy).
"""

OPEN = "draft,scheduled,in_progress,reporting"
UNFROZEN = OPEN + ",cancelled"
PUBLISHED = "region@published,closed"
ALL_READ = {
    "viewer": "all",
    "inspector": "all",
    "office": "all",
    "office_district": "all",
    "manager": "all",
    "hr": "all",
    "finance": "all",
}
MANAGER_ONLY = {"manager": "all"}
OFFICE = {"office": "region", "office_district": "region", "manager": "all"}

# Models of Odoo this addon extends with action methods of its own.
EXTENDED = {"hr.employee"}

INSPECTION_READ = {
    "viewer": PUBLISHED,
    "inspector": "team|" + PUBLISHED,
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": PUBLISHED,
    "finance": PUBLISHED,
}
UNFROZEN_OFFICE = {
    "office": "region@" + UNFROZEN,
    "office_district": "region@" + UNFROZEN,
    "manager": "all@" + UNFROZEN,
}

MODELS = {
    "edu.inspection": {
        "read": INSPECTION_READ,
        "create": OFFICE,
        "write": {
            "inspector": "team@" + OPEN,
            "office": "region",
            "office_district": "region",
            "manager": "all",
        },
        "unlink": {
            "office": "region@draft,cancelled",
            "office_district": "region@draft,cancelled",
            "manager": "all@draft,cancelled",
        },
    },
    "edu.inspection.target": {
        "read": INSPECTION_READ,
        "create": UNFROZEN_OFFICE,
        "write": {"inspector": "team@" + OPEN, **UNFROZEN_OFFICE},
        "unlink": UNFROZEN_OFFICE,
    },
    "edu.inspection.score": {
        "read": INSPECTION_READ,
        "create": {"inspector": "team@" + OPEN, **UNFROZEN_OFFICE},
        "write": {"inspector": "team@" + OPEN, **UNFROZEN_OFFICE},
        "unlink": UNFROZEN_OFFICE,
    },
    "edu.problem": {
        "read": {
            "viewer": PUBLISHED,
            "inspector": "team|own|" + PUBLISHED,
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": PUBLISHED,
            "finance": PUBLISHED,
        },
        "create": {"inspector": "team@" + OPEN, **UNFROZEN_OFFICE},
        "write": {"inspector": "team@" + UNFROZEN + "|own@" + UNFROZEN, **UNFROZEN_OFFICE},
        "unlink": UNFROZEN_OFFICE,
    },
    "edu.inspection.plan": {
        "read": {
            "viewer": "region@approved,closed",
            "inspector": "region@approved,closed",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@approved,closed",
            "finance": "region@approved,closed",
        },
        "create": OFFICE,
        "write": OFFICE,
        "unlink": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    "edu.inspection.plan.line": {
        "read": {
            "viewer": "region@approved,closed",
            "inspector": "region@approved,closed",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@approved,closed",
            "finance": "region@approved,closed",
        },
        "create": OFFICE,
        "write": OFFICE,
        "unlink": OFFICE,
    },
    "edu.random.draw": {
        "read": {
            "viewer": "region@confirmed,superseded",
            "inspector": "region@confirmed,superseded",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@confirmed,superseded",
            "finance": "region@confirmed,superseded",
        },
        "create": OFFICE,
        "write": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
        "unlink": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    "edu.random.draw.exclusion": {
        "read": {
            "viewer": "region@confirmed,superseded",
            "inspector": "region@confirmed,superseded",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@confirmed,superseded",
            "finance": "region@confirmed,superseded",
        },
        "create": {},
        "write": {},
        "unlink": {},
    },
    "edu.random.draw.redraw.wizard": {
        "read": {"office": "all", "office_district": "all", "manager": "all"},
        "create": {"office": "all", "office_district": "all", "manager": "all"},
        "write": {"office": "all", "office_district": "all", "manager": "all"},
        "unlink": {"office": "all", "office_district": "all", "manager": "all"},
    },
    "edu.indicator.framework": {
        "read": ALL_READ,
        "create": MANAGER_ONLY,
        "write": MANAGER_ONLY,
        "unlink": MANAGER_ONLY,
    },
    "edu.indicator": {
        "read": ALL_READ,
        "create": MANAGER_ONLY,
        "write": MANAGER_ONLY,
        "unlink": MANAGER_ONLY,
    },
    "edu.grade.band": {
        "read": ALL_READ,
        "create": MANAGER_ONLY,
        "write": MANAGER_ONLY,
        "unlink": MANAGER_ONLY,
    },
    "edu.funding.record": {
        "read": {
            "viewer": "region",
            "inspector": "region",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region",
            "finance": "region",
        },
        "create": OFFICE,
        "write": OFFICE,
        "unlink": OFFICE,
    },
}

# Readers of an inspection (the "view" buttons only open lists of what the user reads).
INSPECTION_READERS = dict(INSPECTION_READ)
LEADER_OR_OFFICE = {**OFFICE, "inspector": "team"}
TEAM_OR_OFFICE = {**OFFICE, "inspector": "team"}

TRANSITIONS = {
    "edu.inspection": {
        "action_schedule": {"roles": OFFICE, "states": ("draft",)},
        "action_start": {"roles": LEADER_OR_OFFICE, "states": ("scheduled",)},
        "action_end_onsite": {"roles": LEADER_OR_OFFICE, "states": ("in_progress",)},
        "action_approve": {"roles": MANAGER_ONLY, "states": ("reporting",)},
        "action_back_to_reporting": {"roles": MANAGER_ONLY, "states": ("approved",)},
        "action_publish": {"roles": MANAGER_ONLY, "states": ("approved",)},
        "action_close": {"roles": OFFICE, "states": ("published",)},
        "action_cancel": {
            "roles": OFFICE,
            "states": ("draft", "scheduled", "in_progress", "reporting"),
        },
        "action_reset_draft": {"roles": OFFICE, "states": ("cancelled",)},
        "action_generate_score_lines": {
            "roles": TEAM_OR_OFFICE,
            "states": ("scheduled", "in_progress", "reporting"),
        },
        "action_view_targets": {"roles": INSPECTION_READERS},
        "action_view_problems": {"roles": INSPECTION_READERS},
        "action_view_draws": {"roles": INSPECTION_READERS},
    },
    "edu.inspection.plan": {
        "action_approve": {"roles": MANAGER_ONLY, "states": ("draft",)},
        "action_close": {"roles": MANAGER_ONLY, "states": ("approved",)},
        "action_reset_draft": {"roles": MANAGER_ONLY, "states": ("approved",)},
        "action_create_inspections": {"roles": OFFICE, "states": ("approved",)},
        "action_view_inspections": {"roles": MODELS["edu.inspection.plan"]["read"]},
    },
    "edu.inspection.target": {
        "action_open_target": {"roles": INSPECTION_READERS},
        "action_generate_score_lines": {
            "roles": TEAM_OR_OFFICE,
            "states": ("scheduled", "in_progress", "reporting"),
        },
        "action_send_feedback": {
            "roles": OFFICE,
            "states": ("reporting", "approved", "published", "closed"),
        },
    },
    "edu.problem": {
        # With the rectification addon these open its close-out / reopen wizards
        # (whose confirm checks who closes out); on their own they close / reopen.
        "action_close": {"roles": {**OFFICE, "inspector": "team|own"}},
        "action_reopen": {"roles": {**OFFICE, "inspector": "team|own"}},
    },
    "edu.random.draw": {
        "action_draw": {"roles": OFFICE, "states": ("draft",)},
        "action_confirm": {"roles": OFFICE, "states": ("drawn",)},
        "action_open_redraw_wizard": {"roles": OFFICE, "states": ("drawn",)},
        "action_cancel": {"roles": OFFICE, "states": ("draft",)},
        # anyone who reads the draw may replay it (the office's replay is logged)
        "action_verify": {
            "roles": {
                **OFFICE,
                **{
                    role: "region@confirmed,superseded"
                    for role in ("viewer", "inspector", "hr", "finance")
                },
            },
            "states": ("drawn", "confirmed", "superseded"),
        },
    },
    "edu.random.draw.redraw.wizard": {
        "action_redraw": {"roles": OFFICE},
    },
    "edu.indicator.framework": {
        "action_copy_to_year": {"roles": MANAGER_ONLY},
        "action_copy_new_version": {"roles": MANAGER_ONLY},
    },
    "edu.school": {
        "action_edu_create_term_inspection": {"roles": OFFICE},
        "action_edu_view_inspections": {
            "roles": {
                "viewer": "region",
                "inspector": "region",
                "office": "region",
                "office_district": "region",
                "manager": "all",
                "hr": "region",
                "finance": "region",
            }
        },
    },
    "hr.employee": {
        # opens the inspections of an inspector: whoever reads full employee records
        "action_edu_view_inspections": {
            "roles": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"}
        },
    },
}
