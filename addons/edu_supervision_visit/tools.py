"""Authority helpers shared by the routine-visit models."""

from odoo.exceptions import AccessError

#: Marks the writes done by the transition methods (``action_*``) themselves.
#: The state of a visit or a complaint changes only through these methods: a
#: JSON-RPC caller can put anything in the context, but not this object.
TRANSITION = object()
TRANSITION_KEY = "edu_visit_transition"

#: Fields of the chatter that any reader may still write.
MAIL_FIELD_PREFIXES = ("message_", "activity_", "website_message_", "rating_")

OFFICE_GROUP = "edu_supervision.group_edu_office"
MANAGER_GROUP = "edu_supervision.group_edu_manager"


def as_transition(records):
    """``records`` allowed to write the fields their transitions own."""
    return records.with_context(**{TRANSITION_KEY: TRANSITION})


def check_transition_fields(records, vals_list, field_names, create=False):
    """Refuse values of transition fields outside the transition methods.

    On create, the field's default (or an empty value) is accepted: forms send
    the default state of a new record.
    """
    env = records.env
    if env.su or env.context.get(TRANSITION_KEY) is TRANSITION:
        return
    for vals in vals_list:
        locked = []
        for name in field_names:
            if name not in vals:
                continue
            if create:
                field = records._fields[name]
                default = field.default(records) if field.default else False
                if not vals[name] or vals[name] == default:
                    continue
            locked.append(name)
        if locked:
            labels = ", ".join(records._fields[name]._description_string(env) for name in locked)
            raise AccessError(
                env._(
                    "%(model)s: %(fields)s change only through the record's buttons (submit, "
                    "acknowledge, verify, reply...), not by editing it.",
                    fields=labels,
                    model=env["ir.model"]._get(records._name).display_name,
                )
            )


def check_scope(records, operation, message):
    """Raise ``AccessError(message)`` unless the user may ``operation`` every
    record (ACL and record rules: own, region)."""
    if not records.has_access(operation):
        raise AccessError(message)
