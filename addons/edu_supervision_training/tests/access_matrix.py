"""Authority matrix of the training addon (vocabulary: the core's ``access_matrix``).

Courses are open information: every supervision user reads them; the office and
Inspector HR run the courses organised in their region (courses without region:
city users), and a done course is frozen except for the manager. Training hours
are personal: an inspector (any supervision user) reads his own records and
figures, the office and Inspector HR those of the inspectors of their region
(the inspector's region, resolved at query time; inspectors without region: city
users), the manager all. The import wizard and its rows belong to their creator.

Issuing an inspector certificate (here or on the certificate itself) requires the
passed pre-service hours: see ``edu.inspector.certificate`` in the inspector
addon's matrix for who may create certificates.
"""

EXTENDED = {"hr.employee"}

_RUN = {"office": "region", "office_district": "region", "manager": "all", "hr": "region"}
# a done course and its attendees are frozen except for the manager
_RUN_UNLESS_DONE = {
    "office": "region@draft,open,cancelled",
    "office_district": "region@draft,open,cancelled",
    "manager": "all",
    "hr": "region@draft,open,cancelled",
}
_ANY_USER = {
    "viewer": "all",
    "inspector": "all",
    "office": "all",
    "office_district": "all",
    "manager": "all",
    "hr": "all",
    "finance": "all",
}
_PERSONAL = {
    "viewer": "own",
    "inspector": "own",
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region",
    "finance": "own",
}
_OWN_WIZARD = {
    "read": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
    "create": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
    "write": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
    "unlink": {"office": "own", "office_district": "own", "manager": "own", "hr": "own"},
}

MODELS = {
    "edu.training.course": {
        "read": _ANY_USER,
        "create": _RUN,
        "write": _RUN_UNLESS_DONE,
        "unlink": _RUN,
    },
    # the state of a training record is that of its course
    "edu.training.record": {
        "read": _PERSONAL,
        "create": _RUN_UNLESS_DONE,
        "write": _RUN_UNLESS_DONE,
        "unlink": _RUN_UNLESS_DONE,
    },
    # SQL view: read only
    "edu.training.compliance": {
        "read": _PERSONAL,
    },
    "edu.training.import.wizard": _OWN_WIZARD,
    "edu.training.import.line": _OWN_WIZARD,
}

_OWN_IMPORT = {"roles": _OWN_WIZARD["read"]}

TRANSITIONS = {
    # the reminders are activities on the inspectors' employee records: inspector HR's
    "edu.training.compliance": {"action_send_reminder": {"roles": {"hr": "region"}}},
    "hr.employee": {
        "action_edu_view_training_records": {
            "roles": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
        },
        "action_edu_view_training_compliance": {
            "roles": {"office": "all", "office_district": "all", "manager": "all", "hr": "all"},
        },
        # the pre-service hours are checked whatever the way the certificate is made
        "action_edu_issue_certificate": {"roles": {"hr": "all"}},
    },
    "edu.inspector.assessment": {
        # fills the training hours, then the inspector addon's submission
        "action_submit": {"roles": {"hr": "region"}, "states": ("draft",)},
    },
    "edu.training.course": {
        "action_open": {"roles": _RUN, "states": ("draft",)},
        "action_done": {"roles": _RUN, "states": ("open",)},
        "action_cancel": {"roles": _RUN, "states": ("draft", "open")},
        "action_reset_draft": {"roles": {"manager": "all"}, "states": ("done", "cancelled")},
        "action_view_records": {"roles": _ANY_USER},
    },
    "edu.training.import.wizard": {
        "action_check": _OWN_IMPORT,
        "action_import": _OWN_IMPORT,
        "action_reset": _OWN_IMPORT,
        "action_view_records": _OWN_IMPORT,
        "action_download_template": _OWN_IMPORT,
    },
}
