"""Test engine of the authority matrix.

Every addon states who may do what in ``tests/access_matrix.py`` (plain data, no
imports, also rendered as ``docs/ACCESS.md``). A test class of the addon mixes
:class:`AccessMatrixCase` into its own fixtures and implements the sample hooks;
the engine then checks every cell both ways: an operation allowed by the matrix
must work, every other one must raise.

Data cells (read/create/write/unlink) run through ``with_user``; transition
methods (``action_*`` and wizard confirms) through real JSON-RPC calls
(``/web/dataset/call_kw``) as the role's user.

Vocabulary (see ``access_matrix.py`` of the core for the roles and scopes):

* a cell is a scope, ``scope@state1,state2`` (only in these states) or several
  of them joined by ``|`` (any of them);
* a sample record comes with tags describing where it stands: ``district``
  (inside the district office's region), ``own:<role>``, ``team:<role>``,
  ``responsible:<role>``, ``published`` and ``state:<value>``.
"""

import logging
from contextlib import contextmanager

from odoo.exceptions import UserError
from odoo.tests import HttpCase
from odoo.tests.common import JsonRpcException
from odoo.tools import mute_logger

from . import access_matrix as core_matrix

_logger = logging.getLogger(__name__)

OPERATIONS = ("read", "create", "write", "unlink")
REFUSALS = (
    "odoo.exceptions.AccessError",
    "odoo.exceptions.UserError",
    "odoo.http.SessionExpiredException",
)


class _Rollback(Exception):
    """Raised inside a savepoint to undo an operation that worked."""


def cell_allows(cell, role, tags, user_has_region):
    """Whether ``cell`` lets ``role`` reach a record carrying ``tags``."""
    if not cell:
        return False
    for alternative in cell.split("|"):
        scope, _sep, states = alternative.partition("@")
        if scope not in core_matrix.SCOPES:
            raise ValueError(f"unknown scope {scope!r} in cell {cell!r}")
        if scope == "all":
            allowed = True
        elif scope == "region":
            allowed = not user_has_region or "district" in tags
        elif scope == "published":
            allowed = "published" in tags
        else:
            allowed = f"{scope}:{role}" in tags
        if allowed and states:
            allowed = any(f"state:{state}" in tags for state in states.split(","))
        if allowed:
            return True
    return False


class AccessMatrixCase(HttpCase):
    """Mixin of the per-addon matrix tests.

    Subclasses set ``matrix`` (the addon's ``access_matrix`` module) and
    ``matrix_module`` (the addon's technical name) and implement
    :meth:`_matrix_samples` and :meth:`_matrix_transition_record`; they may
    override :meth:`_matrix_write_vals` and :meth:`_matrix_create_vals`.
    """

    matrix = None
    matrix_module = None
    # (model, method) pairs an addon installed above overrides with rules of its own,
    # stated and tested in that addon's matrix
    matrix_superseded = frozenset()
    # the test methods live here, in the mixin: let Odoo's loader collect them
    allow_inherited_tests_method = True

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.matrix_users = cls._matrix_role_users()
        for role, user in cls.matrix_users.items():
            if role != "public":
                user.password = f"{user.login}-pw"

    # ------------------------------------------------------------------
    # Hooks
    # ------------------------------------------------------------------
    @classmethod
    def _matrix_role_users(cls):
        """One user per role of the core matrix. The defaults are the users of
        the core's ``EduSupervisionCase``; ``office_district`` must have a region
        (the region of every sample tagged ``district``)."""
        portal = (
            cls.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": "Matrix Portal",
                    "login": "t_matrix_portal",
                    "email": "t_matrix_portal@example.com",
                    "groups_id": [(6, 0, [cls.env.ref("base.group_portal").id])],
                }
            )
        )
        return {
            "viewer": cls.user_viewer,
            "inspector": cls.user_inspector,
            "office": cls.user_office,
            "office_district": cls.user_district_office,
            "manager": cls.user_manager,
            "hr": cls.user_hr,
            "finance": cls.user_finance,
            "portal": portal,
            "public": cls.env.ref("base.public_user"),
        }

    def _matrix_roles(self, model):
        """The roles checked on ``model``: the core's, then the addon's own roles
        (``ROLES`` of its matrix, e.g. the API's integration users); only the
        addon's own on the models of ``OWN_ROLES_ONLY``, whose cells for the core's
        roles the matrix of the addon defining them states."""
        own = list(getattr(self.matrix, "ROLES", {}))
        if model in getattr(self.matrix, "OWN_ROLES_ONLY", ()):
            return own
        return [*core_matrix.ROLES, *own]

    def _matrix_samples(self, model):
        """Sample records of ``model`` with their tags: ``[(record, {tags})]``.
        Cover every position the model's cells tell apart (inside and outside
        the district, in and out of the team, each state that matters)."""
        raise NotImplementedError

    def _matrix_write_vals(self, model, record):
        """Harmless values to write on ``record`` (default: its name)."""
        name_field = record._rec_name or "name"
        return {name_field: record[name_field]}

    def _matrix_create_vals(self, model, record):
        """Values to create a record standing where ``record`` stands."""
        return record.copy_data()[0]

    def _matrix_unlink_record(self, model, record):
        """A disposable record standing where ``record`` stands (default: a
        copy created from :meth:`_matrix_create_vals`)."""
        return self.env[model].create(self._matrix_create_vals(model, record))

    def _matrix_transition_record(self, model, method, user):
        """A fresh record (or wizard, created as ``user`` when transient) on
        which ``method`` may be called, and its tags: ``(record, {tags})``."""
        raise NotImplementedError

    def _matrix_set_state(self, record, state):
        """Put ``record`` in ``state`` for the wrong-state check (default: write
        it as the superuser; override for records that refuse such a write)."""
        record.write({"state": state})

    # ------------------------------------------------------------------
    # Engine
    # ------------------------------------------------------------------
    @contextmanager
    def _undone(self):
        try:
            with self.env.cr.savepoint():
                yield
                self.env.flush_all()
                raise _Rollback()
        except _Rollback:
            # the operation worked: its savepoint undid it
            self.env.invalidate_all()

    def _do(self, operation, model, record, user):
        if operation == "read":
            as_user = record.with_user(user)
            as_user.check_access("read")
            as_user.read(["display_name"])
            return
        with self._undone():
            if operation == "create":
                vals = self._matrix_create_vals(model, record)
                self.env[model].with_user(user).create(vals)
            elif operation == "write":
                record.with_user(user).write(self._matrix_write_vals(model, record))
            else:
                self._matrix_unlink_record(model, record).with_user(user).unlink()

    def _check_cell(self, model, operation, role, record, tags):
        user = self.matrix_users[role]
        cell = self.matrix.MODELS[model].get(operation, {}).get(role)
        allowed = cell_allows(cell, role, tags, bool(user.edu_region_id))
        label = f"{model} {operation} as {role} on {sorted(tags)}"
        if allowed:
            try:
                self._do(operation, model, record, user)
            except UserError as error:
                self.fail(f"{label}: allowed by the matrix ({cell}) but refused: {error}")
        else:
            with self.assertRaises(UserError, msg=f"{label}: refused by the matrix ({cell})"):
                self._do(operation, model, record, user)

    def test_matrix_covers_models(self):
        """Every model the addon defines is stated in the matrix (the models it
        only extends are stated where they are defined, unless it changes their
        rights)."""
        names = set(
            self.env["ir.model.data"]
            .search([("module", "=", self.matrix_module), ("model", "=", "ir.model")])
            .mapped(lambda data: self.env["ir.model"].browse(data.res_id).model)
        )
        # the models the addon defines (it also holds an ir.model xmlid of every
        # model it extends: those are stated where it changes their rights)
        missing = {
            name
            for name in names
            if name.startswith("edu.")
            and not self.env[name]._abstract
            and self.env[name]._original_module == self.matrix_module
        } - set(self.matrix.MODELS)
        self.assertFalse(missing, f"models missing from the access matrix: {sorted(missing)}")

    def test_matrix_covers_transitions(self):
        """Every ``action_*`` method the addon defines is stated in the matrix."""
        missing = []
        for model in self.env:
            if not model.startswith("edu.") and model not in self.matrix.EXTENDED:
                continue
            if self.env[model]._abstract:
                # a mixin has no records: its methods are stated on the models using it
                continue
            stated = self.matrix.TRANSITIONS.get(model, {})
            mro = type(self.env[model]).__mro__
            for cls in mro:
                if not self._matrix_states_class(model, cls, mro):
                    continue
                missing += [
                    f"{model}.{name}"
                    for name, value in vars(cls).items()
                    # methods only: not fields such as ``action_id``
                    if name.startswith("action_") and callable(value) and name not in stated
                ]
        self.assertFalse(missing, f"transitions missing from the access matrix: {missing}")

    def _matrix_states_class(self, model, cls, mro):
        """Whether the ``action_*`` methods of ``cls`` (a class in the MRO of ``model``)
        belong in this addon's matrix: those of its own classes; those of a mixin of
        ours only where this addon applies the mixin to ``model`` (a bridge applying
        another addon's mixin to a model states them itself)."""
        module = getattr(cls, "_module", None)
        name = getattr(cls, "_name", None)
        if (
            name
            and name != model
            and (module or "").startswith("edu_")
            and self.env.registry[name]._abstract
        ):
            return any(
                getattr(other, "_module", None) == self.matrix_module
                and name in self._matrix_inherited(other)
                for other in mro
            )
        return module == self.matrix_module

    @staticmethod
    def _matrix_inherited(cls):
        inherit = getattr(cls, "_inherit", None) or ()
        return (inherit,) if isinstance(inherit, str) else tuple(inherit)

    @mute_logger("odoo.models", "odoo.addons.base.models.ir_rule", "odoo.models.unlink")
    def test_matrix_data_cells(self):
        """Every role × model × operation × sample, both ways."""
        count = 0
        for model in self.matrix.MODELS:
            samples = self._matrix_samples(model)
            self.assertTrue(samples, f"no samples for {model}")
            for record, tags in samples:
                for operation in OPERATIONS:
                    for role in self._matrix_roles(model):
                        with self.subTest(model=model, operation=operation, role=role):
                            self._check_cell(model, operation, role, record, tags)
                        count += 1
        _logger.info("access matrix %s: %d data cells checked", self.matrix_module, count)

    def url_open(self, url, data=None, files=None, timeout=180, **kwargs):
        # Some transitions render a report (charts, PDF); on a loaded machine they take
        # longer than the 12 s Odoo's test client waits by default.
        return super().url_open(url, data=data, files=files, timeout=timeout, **kwargs)

    def _call(self, role, record, method):
        user = self.matrix_users[role]
        if role == "public":
            self.authenticate(None, None)
        else:
            self.authenticate(user.login, f"{user.login}-pw")
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{record._name}/{method}",
            {
                "model": record._name,
                "method": method,
                "args": [record.ids],
                "kwargs": {"context": {"lang": "en_US"}},
            },
        )

    def _expect_refusal(self, label, role, record, method):
        with self.assertRaises(JsonRpcException, msg=f"{label}: refused by the matrix") as caught:
            self._call(role, record, method)
        self.assertIn(
            caught.exception.args[0] if caught.exception.args else str(caught.exception),
            REFUSALS,
            f"{label}: refused with an unexpected error",
        )

    @mute_logger("odoo.http", "odoo.models", "odoo.addons.base.models.ir_rule")
    def test_matrix_transitions(self):
        """Every transition method, as every role, over JSON-RPC; and once in a
        state it does not accept."""
        count = 0
        for model, methods in self.matrix.TRANSITIONS.items():
            for method, spec in methods.items():
                if (model, method) in self.matrix_superseded:
                    continue
                for role in self._matrix_roles(model):
                    user = self.matrix_users[role]
                    record, tags = self._matrix_transition_record(model, method, user)
                    cell = spec["roles"].get(role)
                    allowed = cell_allows(cell, role, tags, bool(user.edu_region_id))
                    label = f"{model}.{method} as {role} on {sorted(tags)}"
                    with self.subTest(model=model, method=method, role=role):
                        if allowed:
                            try:
                                self._call(role, record, method)
                            except JsonRpcException as error:
                                self.fail(f"{label}: allowed ({cell}) but refused: {error}")
                        else:
                            self._expect_refusal(label, role, record, method)
                    count += 1
                count += self._check_wrong_state(model, method, spec)
        _logger.info("access matrix %s: %d transition cells checked", self.matrix_module, count)

    def _check_wrong_state(self, model, method, spec):
        states = spec.get("states")
        if not states:
            return 0
        Model = self.env[model]
        wrong = [
            value
            for value, _label in Model._fields["state"]._description_selection(self.env)
            if value not in states
        ]
        role = next(iter(spec["roles"]), None)
        if not wrong or role is None:
            return 0
        user = self.matrix_users[role]
        record, _tags = self._matrix_transition_record(model, method, user)
        self._matrix_set_state(record, wrong[0])
        label = f"{model}.{method} as {role} in state {wrong[0]}"
        with self.subTest(model=model, method=method, state=wrong[0]):
            self._expect_refusal(label, role, record, method)
        return 1
