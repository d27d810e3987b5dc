"""Workflow and authority helpers shared by the platform's addons.

The state of a record (and the fields its transitions stamp: approval, close-out,
publication...) changes only through its transition methods (``action_*``), which
check who may call them. A write outside these methods is refused: the methods
mark their own writes with :func:`as_transition`.
"""

from odoo.exceptions import AccessError

#: Marks the writes done by the transition methods themselves. A JSON-RPC context
#: holds plain data, never this object: a client cannot claim to be inside a
#: transition method.
TRANSITION = object()
TRANSITION_KEY = "edu_transition"

#: Fields of the chatter that any reader may still write.
MAIL_FIELD_PREFIXES = ("message_", "activity_", "website_message_", "rating_")

INSPECTOR_GROUP = "edu_supervision.group_edu_inspector"
OFFICE_GROUP = "edu_supervision.group_edu_office"
MANAGER_GROUP = "edu_supervision.group_edu_manager"


def in_transition(env):
    """Whether ``env`` comes from a transition method (or is the superuser's)."""
    return env.su or env.context.get(TRANSITION_KEY) is TRANSITION


def as_transition(records):
    """``records`` allowed to write the fields their transitions own."""
    return records.with_context(**{TRANSITION_KEY: TRANSITION})


def changed_fields(record, vals, names):
    """The fields of ``names`` whose value in ``vals`` differs from ``record``'s."""
    changed = []
    for name in sorted(set(names).intersection(vals)):
        field = record._fields[name]
        value = field.convert_to_record(field.convert_to_cache(vals[name], record), record)
        if value != record[name]:
            changed.append(name)
    return changed


def _is_empty(value):
    """A value that sets nothing: False, None, "", or x2many commands adding nothing
    (``[(6, 0, [])]``, ``[(5,)]``)."""
    if not value:
        return True
    if isinstance(value, (list, tuple)):
        return all(
            isinstance(command, (list, tuple))
            and (command[0] == 5 or (command[0] == 6 and not command[2]))
            for command in value
        )
    return False


def workflow_fields_set(records, vals, names, initial, create=False):
    """The workflow fields of ``names`` that ``vals`` (or, on create, a ``default_*``
    context key) would set outside a transition method. On create a field may come
    with its initial value (``initial``, e.g. the draft state, as a form sends it) or
    empty."""
    if in_transition(records.env):
        return []
    if not create:
        return sorted(set(names).intersection(vals))
    offending = []
    for name in sorted(names):
        value = vals.get(name, records.env.context.get(f"default_{name}"))
        if name in initial:
            if value not in (None, initial[name]):
                offending.append(name)
        elif not _is_empty(value):
            offending.append(name)
    return offending


def check_transition_fields(records, vals_list, field_names, create=False):
    """Refuse values of transition fields outside the transition methods.

    On create, the field's default (or an empty value) is accepted: forms send
    the default state of a new record.
    """
    env = records.env
    if in_transition(env):
        return
    for vals in vals_list:
        locked = []
        for name in field_names:
            if name not in vals:
                continue
            if create:
                field = records._fields[name]
                default = (
                    field.convert_to_write(field.default(records), records)
                    if field.default
                    else False
                )
                if _is_empty(vals[name]) or vals[name] == default:
                    continue
            locked.append(name)
        if locked:
            labels = ", ".join(records._fields[name]._description_string(env) for name in locked)
            raise AccessError(
                env._(
                    "%(model)s: %(fields)s change only through the record's buttons (submit, "
                    "approve, verify, close out, publish...), not by editing it.",
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
    record (ACL and record rules: team, own, responsible, region)."""
    if not records.has_access(operation):
        raise AccessError(message)
