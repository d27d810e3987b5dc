"""Authority matrix of the dashboard addon (vocabulary: the core's access_matrix).

Plain data, read by ``test_access_matrix.py`` and rendered in ``docs/ACCESS.md``.

The dashboards' data sources are read-only report views. The rows of
``edu.dashboard.problem``, ``edu.dashboard.score`` and ``edu.dashboard.training``
follow the access to the record each row stands for (the problem, the inspected
unit, the training compliance line): their cells are those of that record.
Staffing and the ranking of the regions are rows per region: a district office
sees its district's. The annual report is written by the office of its region
and published by the manager.
"""

EXTENDED = set()

REGION_READERS = {
    "viewer": "region",
    "inspector": "region",
    "office": "region",
    "office_district": "region",
    "manager": "all",
    "hr": "region",
    "finance": "region",
}
OFFICE_BY_REGION = {"office": "region", "office_district": "region", "manager": "all"}
INTERNAL_OWN = {
    "viewer": "own",
    "inspector": "own",
    "office": "own",
    "office_district": "own",
    "manager": "own",
    "hr": "own",
    "finance": "own",
}
OFFICE_OWN = {"office": "own", "office_district": "own", "manager": "own"}

MODELS = {
    "edu.dashboard.staffing": {
        "read": {"office": "region", "office_district": "region", "manager": "all", "hr": "region"},
    },
    "edu.dashboard.training": {
        # the cells of edu.training.compliance
        "read": {
            "viewer": "own",
            "inspector": "own",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region",
            "finance": "own",
        },
    },
    "edu.dashboard.score": {
        # the cells of edu.inspection.target (only published results are ranked)
        "read": {
            "viewer": "region@published,closed",
            "inspector": "team|region@published,closed",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@published,closed",
            "finance": "region@published,closed",
        },
    },
    "edu.dashboard.district.score": {
        "read": REGION_READERS,
    },
    "edu.dashboard.problem": {
        # the cells of edu.problem
        "read": {
            "viewer": "region@published,closed",
            "inspector": "team|own|region@published,closed",
            "office": "region",
            "office_district": "region",
            "manager": "all",
            "hr": "region@published,closed",
            "finance": "region@published,closed",
        },
    },
    "edu.annual.report": {
        "read": {
            "viewer": "published",
            "inspector": "published",
            "office": "region|published",
            "office_district": "region|published",
            "manager": "all",
            "hr": "published",
            "finance": "published",
        },
        "create": OFFICE_BY_REGION,
        # a published report is final
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
    "edu.annual.report.wizard": {
        "read": OFFICE_OWN,
        "create": {"office": "all", "office_district": "all", "manager": "all"},
        "write": OFFICE_OWN,
    },
}

TRANSITIONS = {
    "edu.annual.report": {
        "action_generate": {"roles": OFFICE_BY_REGION, "states": ("draft",)},
        "action_publish": {"roles": {"manager": "all"}, "states": ("draft",)},
        "action_unpublish": {"roles": {"manager": "all"}, "states": ("published",)},
    },
    "edu.annual.report.wizard": {
        # the scope must be the user's region (checked in the method)
        "action_generate": {"roles": OFFICE_OWN},
    },
}
