"""Authority matrix of the budget × training bridge (vocabulary:
edu_supervision/tests/access_matrix.py).

The bridge defines no model: it lets office staff prepare the allowance sheet of a
training course they read and open the course's sheets, like those of an inspection
(stated in the budget addon's matrix).
"""

EXTENDED = set()

MODELS = {}

# allowance sheets are prepared by office staff from a course they read
_OFFICE_SOURCE = {
    "roles": {"office": "region", "office_district": "region", "manager": "region"},
}

TRANSITIONS = {
    "edu.training.course": {
        "action_create_allowance_sheet": _OFFICE_SOURCE,
        "action_view_allowance_sheets": _OFFICE_SOURCE,
    },
}
