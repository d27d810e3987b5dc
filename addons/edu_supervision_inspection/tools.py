# Context value that only server code can pass: a JSON-RPC context holds plain data,
# never this object, so a client cannot claim to be inside a transition method.
TRANSITION = object()
TRANSITION_KEY = "edu_inspection_transition"


def in_transition(env):
    """Whether ``env`` comes from a transition method of this addon (or the superuser)."""
    return env.su or env.context.get(TRANSITION_KEY) is TRANSITION


def as_transition(records):
    """``records`` allowed to write their workflow fields (state, approval stamps)."""
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
    """A value that sets nothing: False, None, "", or x2many commands adding nothing."""
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
