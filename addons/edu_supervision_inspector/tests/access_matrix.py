"""Authority matrix of the inspector addon (vocabulary: the core's ``access_matrix``).

The inspector workforce is personnel data: Inspector HR keeps it (certificates,
appointments, responsible-inspector assignments, zones, annual assessments), the
office and the manager read it, an inspector reads his own records only. The
district walls: the office and Inspector HR reach the records of their region
(the inspector's region; for assignments the school's region) resolved at query
time, records without region only by city users; the manager reaches all.

On ``hr.employee`` the inspector profile fields that anyone may know (type, role,
specialty, region, title, validity of the certificate, shown on the plaques) are
also on ``hr.employee.public``; the inspector's records (certificates,
appointments, schools, zones, assessments and their counts) carry
``groups="<office>,<Inspector HR>"``, following Odoo's public/private employee
pattern.
"""

EXTENDED = {"hr.employee"}

_HR_READERS = {
    "inspector": "own",
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region",
}
_HR_KEEPS = {"hr": "region"}
_OWN_WIZARD = {
    "read": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
    "create": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
    "write": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
    "unlink": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
}

MODELS = {
    # employees: the office reads them (the inspector's private records stay
    # behind their own rules), Inspector HR (an HR officer of Odoo too) keeps them
    "hr.employee": {
        "read": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
        "create": {"hr": "all"},
        "write": {"hr": "all"},
        "unlink": {"hr": "all"},
    },
    "edu.inspector.certificate": {
        "read": _HR_READERS,
        "create": _HR_KEEPS,
        "write": _HR_KEEPS,
        "unlink": _HR_KEEPS,
    },
    "edu.inspector.appointment": {
        "read": _HR_READERS,
        "create": _HR_KEEPS,
        "write": _HR_KEEPS,
        "unlink": _HR_KEEPS,
    },
    "edu.school.assignment": {
        "read": _HR_READERS,
        "create": _HR_KEEPS,
        "write": _HR_KEEPS,
        "unlink": _HR_KEEPS,
    },
    "edu.inspector.assessment": {
        "read": _HR_READERS,
        "create": _HR_KEEPS,
        # an approved assessment is frozen (reset it to draft first)
        "write": {"hr": "region@draft,submitted"},
        "unlink": _HR_KEEPS,
    },
    # zones are organisational, not personal: every supervision user reads those
    # of his region
    "edu.responsibility.zone": {
        "read": {
            "viewer": "region",
            "inspector": "region",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region",
            "finance": "region",
        },
        "create": _HR_KEEPS,
        "write": _HR_KEEPS,
        "unlink": _HR_KEEPS,
    },
    # transient: the lines of the staffing report its user generated
    "edu.staffing.report": _OWN_WIZARD,
    "edu.school.reassign.wizard": {
        "read": {"hr": "own"},
        "create": {"hr": "all"},
        "write": {"hr": "own"},
        "unlink": {"hr": "own"},
    },
}

_OFFICE_AND_HR = {
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region",
}

TRANSITIONS = {
    "hr.employee": {
        # opens the inspector's certificates, appointments, schools or assessments
        "action_edu_open_related": {
            "roles": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
        },
    },
    "edu.inspector.certificate": {
        "action_suspend": {"roles": _HR_KEEPS, "states": ("valid",)},
        "action_revoke": {"roles": _HR_KEEPS, "states": ("valid", "suspended")},
        "action_reinstate": {"roles": _HR_KEEPS, "states": ("suspended",)},
    },
    "edu.inspector.appointment": {
        # confirming applies the appointment, renewal or exit to the inspector
        "action_confirm": {"roles": _HR_KEEPS, "states": ("draft",)},
        "action_cancel": {"roles": _HR_KEEPS, "states": ("draft",)},
        "action_draft": {"roles": _HR_KEEPS, "states": ("cancelled",)},
    },
    "edu.school.assignment": {
        "action_end": {"roles": _HR_KEEPS},
    },
    "edu.inspector.assessment": {
        "action_refresh_figures": {"roles": _HR_KEEPS, "states": ("draft", "submitted")},
        "action_submit": {"roles": _HR_KEEPS, "states": ("draft",)},
        "action_approve": {"roles": _HR_KEEPS, "states": ("submitted",)},
        "action_reset_draft": {"roles": _HR_KEEPS, "states": ("submitted", "approved")},
    },
    "edu.school": {
        # opens the reassign wizard
        "action_edu_reassign": {"roles": _HR_KEEPS},
        "action_edu_print_plaque": {"roles": _OFFICE_AND_HR},
    },
    "edu.staffing.report": {
        # model-level: generates the report lines of the user
        "action_open_report": {
            "roles": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
        },
        "action_view_uncovered_schools": {
            "roles": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
        },
    },
    "edu.school.reassign.wizard": {
        "action_confirm": {"roles": {"hr": "own"}},
    },
}
