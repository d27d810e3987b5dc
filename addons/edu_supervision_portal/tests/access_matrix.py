"""Authority matrix of the portal addon (vocabulary: the core's access_matrix).

Plain data, read by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

The ``portal`` role is the portal user of an inspected unit (``unit``: its school or
its district government; ``unit_district``: what a district government's user also
reads of the schools of its district). The tests check every cell twice: once with
the portal user bound to a school, once bound to a district government.

* ``MODELS``: the models this addon defines, every role.
* ``PORTAL_MODELS``: the models of other addons the portal users reach, with the
  ``portal`` and ``public`` cells only; the other roles' cells are stated (and
  tested) by the addon that defines the model, where the portal user is one bound
  to no unit (it sees nothing).
* States after ``@``: those of the record, except for ``edu.inspection`` and
  ``edu.inspection.target`` (the inspection's, with ``announced`` standing for an
  announced inspection from its scheduling on: an unannounced one shows only once
  the on-site phase is over), ``edu.problem`` (its inspection's; ``none``: a problem
  without inspection), order lines (the order's), accountability persons (the
  action's) and self-assessment lines (the self-assessment's).
* ``edu.self.assessment`` create: only for an announced comprehensive inspection
  that is scheduled or on site (checked in ``create``).
* Transitions on other addons' models that this addon extends to the portal
  (``action_submit`` of plans and reports, ``action_answer`` of orders) are restated
  here with every role.
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
OFFICE_OWN = {"office": "own", "office_district": "own", "manager": "own"}
OFFICE_ANY = {"office": "all", "office_district": "all", "manager": "all"}
UNSUBMITTED = "draft,returned"
INTERNAL = ("viewer", "inspector", "office", "office_district", "manager", "hr", "finance")
VISIBLE_INSPECTION = "announced,reporting,approved,published,closed"
FINAL_REPORT = "approved,published,closed,none"
ORDER_SENT = "issued,answered,closed"

MODELS = {
    "edu.self.assessment": {
        "read": {**READERS_BY_REGION, "portal": "unit"},
        "create": {**OFFICE_BY_REGION, "portal": "unit"},
        # what the unit submitted is final once submitted (the office writes its review
        # comments on a submitted one) and for everyone once accepted
        "write": {
            "office": "region@" + UNSUBMITTED,
            "office_district": "region@" + UNSUBMITTED,
            "manager": "all@" + UNSUBMITTED,
            "portal": "unit@" + UNSUBMITTED,
        },
        "unlink": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "all@draft",
        },
    },
    # lines come from the framework (created with their self-assessment only); they
    # change only before the self-assessment is submitted
    "edu.self.assessment.line": {
        "read": {**READERS_BY_REGION, "portal": "unit"},
        "write": {
            "office": "region@" + UNSUBMITTED,
            "office_district": "region@" + UNSUBMITTED,
            "manager": "all@" + UNSUBMITTED,
            "portal": "unit@" + UNSUBMITTED,
        },
        "unlink": {
            "office": "region@" + UNSUBMITTED,
            "office_district": "region@" + UNSUBMITTED,
            "manager": "all@" + UNSUBMITTED,
        },
    },
    # the office's inbox (a view over the submissions)
    "edu.portal.submission": {
        "read": OFFICE_BY_REGION,
    },
    "edu.portal.invite.wizard": {
        "read": OFFICE_OWN,
        "create": OFFICE_ANY,
        "write": OFFICE_OWN,
    },
    "edu.portal.invite.wizard.line": {
        "read": OFFICE_OWN,
        "create": OFFICE_OWN,
        "write": OFFICE_OWN,
        "unlink": OFFICE_OWN,
    },
    "edu.portal.return.wizard": {
        "read": OFFICE_OWN,
        "create": OFFICE_ANY,
        "write": OFFICE_OWN,
    },
}

PORTAL_MODELS = {
    "edu.school": {"read": {"portal": "unit|unit_district"}},
    "edu.inspection": {
        "read": {"portal": f"unit@{VISIBLE_INSPECTION}|unit_district@{VISIBLE_INSPECTION}"},
    },
    "edu.inspection.target": {
        "read": {"portal": f"unit@{VISIBLE_INSPECTION}|unit_district@{VISIBLE_INSPECTION}"},
    },
    # the framework and indicators of the unit's visible inspections
    "edu.indicator.framework": {"read": {"portal": "unit"}},
    "edu.indicator": {"read": {"portal": "unit"}},
    "edu.problem": {
        "read": {"portal": f"unit@{FINAL_REPORT}|unit_district@{FINAL_REPORT}"},
    },
    # reference data, for a portal user bound to a unit
    "edu.problem.category": {"read": {"portal": "all"}},
    "edu.rectification.report": {
        "read": {"portal": "unit|unit_district"},
        "create": {"portal": "unit"},
        "write": {"portal": "unit@" + UNSUBMITTED},
        "unlink": {"portal": "unit@draft"},
    },
    "edu.supervision.order": {
        "read": {"portal": f"unit@{ORDER_SENT}|unit_district@{ORDER_SENT}"},
        # the answer only (acknowledgement and submission through the transitions)
        "write": {"portal": "unit@issued"},
    },
    "edu.supervision.order.line": {
        "read": {"portal": f"unit@{ORDER_SENT}|unit_district@{ORDER_SENT}"},
    },
    # the notices addressed to the unit
    "edu.accountability.action": {"read": {"portal": "unit@approved,published"}},
    "edu.accountability.person": {"read": {"portal": "unit@approved,published"}},
}

INTERNAL_READERS_OF_INSPECTION = {
    "viewer": "region@published,closed",
    "inspector": "team|region@published,closed",
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region@published,closed",
    "finance": "region@published,closed",
}

TRANSITIONS = {
    "edu.school": {
        "action_edu_portal_invite": {"roles": OFFICE_BY_REGION},
        "action_edu_view_portal_contacts": {"roles": READERS_BY_REGION},
    },
    "edu.region": {
        # the city office for every region, a district office for its own
        "action_edu_portal_invite": {"roles": OFFICE_BY_REGION},
        "action_edu_view_portal_contacts": {"roles": {role: "all" for role in INTERNAL}},
    },
    "edu.inspection": {
        "action_view_self_assessments": {"roles": INTERNAL_READERS_OF_INSPECTION},
    },
    "edu.inspection.target": {
        # the unit acknowledges the feedback it received (once)
        "action_acknowledge_feedback": {"roles": {"portal": "unit"}},
    },
    "edu.rectification.report": {
        "action_submit": {
            "roles": {**OFFICE_BY_REGION, "portal": "unit"},
            "states": ("draft", "returned"),
        },
    },
    "edu.supervision.order": {
        "action_acknowledge": {
            "roles": {**OFFICE_BY_REGION, "portal": "unit"},
            "states": ("issued",),
        },
        "action_answer": {
            "roles": {**OFFICE_BY_REGION, "portal": "unit"},
            "states": ("issued",),
        },
        "action_return_answer": {"roles": OFFICE_BY_REGION, "states": ("answered",)},
    },
    "edu.self.assessment": {
        "action_submit": {
            "roles": {**OFFICE_BY_REGION, "portal": "unit"},
            "states": ("draft", "returned"),
        },
        "action_accept": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_return": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
    },
    "edu.portal.submission": {
        "action_open_document": {"roles": OFFICE_BY_REGION},
        "action_accept": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
        "action_return": {"roles": OFFICE_BY_REGION, "states": ("submitted",)},
    },
    "edu.portal.invite.wizard": {
        "action_invite": {"roles": OFFICE_OWN},
    },
    "edu.portal.return.wizard": {
        "action_confirm": {"roles": OFFICE_OWN},
    },
}
