"""Authority matrix of the budget addon (vocabulary: edu_supervision/tests/access_matrix.py).

Budget and allowance data is granted through our own roles only, never through Odoo's
accounting groups (every internal user of a real database holds them): supervision
finance reads and writes everything; office staff (the manager is office staff too) read
the budgets, lines, adjustments, contracts and execution figures of their region, read the
allowance rates and prepare the allowance sheets of their region; an inspector reads his
own allowance lines only. Allowance lines carry the state of their sheet, budget lines the
state of their budget.
"""

# Odoo's vendor bills: the budget control on posting and the finance-only override fields
# (edu_budget_override, edu_budget_override_reason); no rights of ours on the model itself.
EXTENDED = {"account.move"}

_FINANCE = {"finance": "all"}
_READ_REGION = {
    "office": "region",
    "office_district": "region",
    "manager": "region",
    "finance": "all",
}

MODELS = {
    "edu.budget": {
        "read": _READ_REGION,
        "create": _FINANCE,
        "write": _FINANCE,
        "unlink": {"finance": "all@draft"},
    },
    "edu.budget.line": {
        "read": _READ_REGION,
        "create": _FINANCE,
        "write": _FINANCE,
        "unlink": {"finance": "all@draft"},
    },
    "edu.budget.adjustment": {
        "read": _READ_REGION,
        "create": _FINANCE,
        "write": _FINANCE,
        "unlink": {"finance": "all@draft,submitted,refused"},
    },
    "edu.allowance.rate": {
        "read": {
            "office": "all",
            "office_district": "all",
            "manager": "all",
            "finance": "all",
        },
        "create": _FINANCE,
        "write": _FINANCE,
        "unlink": _FINANCE,
    },
    "edu.allowance.sheet": {
        "read": _READ_REGION,
        "create": _READ_REGION,
        "write": {
            "office": "region@draft,cancelled",
            "office_district": "region@draft,cancelled",
            "manager": "region@draft,cancelled",
            "finance": "all",
        },
        "unlink": {"finance": "all@draft,cancelled"},
    },
    "edu.allowance.sheet.line": {
        "read": {
            "inspector": "own",
            "office": "region|own",
            "office_district": "region|own",
            "manager": "region|own",
            "finance": "all",
        },
        "create": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "region@draft",
            "finance": "all@draft",
        },
        "write": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "region@draft",
            "finance": "all@draft",
        },
        "unlink": {
            "office": "region@draft",
            "office_district": "region@draft",
            "manager": "region@draft",
            "finance": "all@draft",
        },
    },
    "edu.service.contract": {
        "read": _READ_REGION,
        "create": _FINANCE,
        "write": _FINANCE,
        "unlink": {"finance": "all@draft,cancelled"},
    },
    "edu.budget.execution.report": {
        "read": _READ_REGION,
    },
}

# transitions that open or print what the user reads
_READERS = {"roles": dict(_READ_REGION)}
# allowance sheets are prepared by office staff from an inspection they read
_OFFICE_SOURCE = {
    "roles": {"office": "region", "office_district": "region", "manager": "region"},
}

TRANSITIONS = {
    "edu.budget": {
        "action_submit": {"roles": _FINANCE, "states": ("draft",)},
        "action_approve": {"roles": _FINANCE, "states": ("submitted",)},
        "action_reset_draft": {"roles": _FINANCE, "states": ("submitted",)},
        "action_close": {"roles": _FINANCE, "states": ("approved",)},
        "action_view_adjustments": _READERS,
        "action_view_execution": _READERS,
        "action_print_xlsx": _READERS,
    },
    "edu.budget.adjustment": {
        "action_submit": {"roles": _FINANCE, "states": ("draft",)},
        "action_approve": {"roles": _FINANCE, "states": ("submitted",)},
        "action_refuse": {"roles": _FINANCE, "states": ("submitted",)},
        "action_reset_draft": {"roles": _FINANCE, "states": ("refused",)},
    },
    "edu.allowance.sheet": {
        "action_approve": {"roles": _FINANCE, "states": ("draft",)},
        "action_post": {"roles": _FINANCE, "states": ("approved",)},
        "action_cancel": {
            "roles": {
                "finance": "all@draft,approved",
                "office": "region@draft",
                "office_district": "region@draft",
                "manager": "region@draft",
            },
            "states": ("draft", "approved"),
        },
        "action_reset_draft": {
            "roles": {
                "finance": "all",
                "office": "region",
                "office_district": "region",
                "manager": "region",
            },
            "states": ("cancelled",),
        },
        "action_view_bills": _READERS,
    },
    "edu.service.contract": {
        "action_confirm": {"roles": _FINANCE, "states": ("draft",)},
        "action_create_bill": {"roles": _FINANCE, "states": ("confirmed",)},
        "action_done": {"roles": _FINANCE, "states": ("confirmed",)},
        "action_cancel": {"roles": _FINANCE, "states": ("draft", "confirmed")},
        "action_reset_draft": {"roles": _FINANCE, "states": ("cancelled",)},
        "action_view_bills": _READERS,
    },
    "edu.inspection": {
        "action_create_allowance_sheet": _OFFICE_SOURCE,
        "action_view_allowance_sheets": _OFFICE_SOURCE,
    },
}
