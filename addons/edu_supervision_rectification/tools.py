"""Authority helpers shared by the rectification models."""

from odoo.exceptions import AccessError

#: Marks the writes done by the transition methods (``action_*``) themselves.
#: The fields a transition owns (state, approval, publication, close-out) change
#: only through these methods: a JSON-RPC caller can put anything in the context,
#: but not this object.
TRANSITION = object()
TRANSITION_KEY = "edu_rectification_transition"

#: Fields of the chatter that any reader may still write.
MAIL_FIELD_PREFIXES = ("message_", "activity_", "website_message_", "rating_")

OFFICE_GROUP = "edu_supervision.group_edu_office"
MANAGER_GROUP = "edu_supervision.group_edu_manager"
INSPECTOR_GROUP = "edu_supervision.group_edu_inspector"


def as_transition(records):
    """``records`` allowed to write the fields their transitions own."""
    return records.with_context(**{TRANSITION_KEY: TRANSITION})


def _is_empty(value):
    if not value:
        return True
    if isinstance(value, (list, tuple)):
        # x2many commands that leave the field empty: [(6, 0, [])], [(5,)]
        return all(
            isinstance(command, (list, tuple))
            and (command[0] == 5 or (command[0] == 6 and not command[2]))
            for command in value
        )
    return False


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
                if _is_empty(vals[name]) or vals[name] == default:
                    continue
            locked.append(name)
        if locked:
            labels = ", ".join(records._fields[name]._description_string(env) for name in locked)
            raise AccessError(
                env._(
                    "%(model)s: %(fields)s change only through the record's buttons (submit, "
                    "approve, close out, publish...), not by editing it.",
                    fields=labels,
                    model=env["ir.model"]._get(records._name).display_name,
                )
            )


def check_group(env, xmlid, message):
    """Raise ``AccessError(message)`` unless the user is in group ``xmlid``."""
    if not env.user.has_group(xmlid):
        raise AccessError(message)


def check_scope(records, operation, message):
    """Raise ``AccessError(message)`` unless the user may ``operation`` every
    record (ACL and record rules: team, own, region)."""
    if not records.has_access(operation):
        raise AccessError(message)
