from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

from odoo.addons.base.models.res_users import INDEX_SIZE, KEY_CRYPT_CONTEXT

#: scope of the Odoo API keys of the integrations: valid for this API only, not for
#: XML-RPC/JSON-RPC nor the web login (Odoo accepts a key elsewhere only without scope)
API_SCOPE = "edu_api"

#: the window of the rate limit, in seconds (a limit is requests per minute)
RATE_WINDOW = 60

#: marks the writes of the fields only the key's transitions set
TRANSITION = object()
TRANSITION_KEY = "edu_api_key_transition"
TRANSITION_FIELDS = ("apikey_id", "prefix", "expiration_date", "state", "client_id")


class EduApiKey(models.Model):
    """A key of an integration: an Odoo API key (``res.users.apikeys``, stored hashed)
    of the integration's user, with scope ``edu_api``, plus what the office needs to
    follow it: its label, who revoked it and when, when it was last used."""

    _name = "edu.api.key"
    _description = "API Key"
    _order = "state, create_date desc, id desc"

    name = fields.Char(
        string="Label", required=True, help="What the key is for, e.g. the server that uses it."
    )
    client_id = fields.Many2one(
        "edu.api.client", string="Integration", required=True, index=True, ondelete="cascade"
    )
    user_id = fields.Many2one(related="client_id.user_id", store=True, index=True)
    region_id = fields.Many2one(related="client_id.region_id", store=True, index=True)
    company_id = fields.Many2one(related="client_id.company_id", store=True, index=True)
    apikey_id = fields.Many2one(
        "res.users.apikeys", string="Odoo API Key", readonly=True, ondelete="set null"
    )
    prefix = fields.Char(
        readonly=True,
        help="The first characters of the key: they tell which key a caller uses, the rest "
        "is stored only as a hash.",
    )
    expiration_date = fields.Datetime(string="Expires On", readonly=True)
    state = fields.Selection(
        [("active", "Active"), ("revoked", "Revoked")],
        string="Status",
        required=True,
        default="active",
        readonly=True,
        index=True,
    )
    is_expired = fields.Boolean(string="Expired", compute="_compute_is_expired")
    revoked_date = fields.Datetime(string="Revoked On", readonly=True)
    revoked_by_id = fields.Many2one("res.users", string="Revoked By", readonly=True)
    call_ids = fields.One2many("edu.api.call", "key_id", string="Calls")
    last_used = fields.Datetime(string="Last Used", compute="_compute_calls")
    call_count = fields.Integer(
        string="Calls (24 h)", compute="_compute_calls", help="Accepted calls in the last 24 hours."
    )

    def _compute_calls(self):
        since = fields.Datetime.now() - timedelta(days=1)
        last = dict(
            self.env["edu.api.call"]._read_group(
                [("key_id", "in", self.ids)], ["key_id"], ["at:max"]
            )
        )
        recent = dict(
            self.env["edu.api.call"]._read_group(
                [("key_id", "in", self.ids), ("at", ">", since)], ["key_id"], ["__count"]
            )
        )
        for key in self:
            key.last_used = last.get(key._origin, False)
            key.call_count = recent.get(key._origin, 0)

    @api.depends("expiration_date", "apikey_id")
    def _compute_is_expired(self):
        now = fields.Datetime.now()
        for key in self:
            key.is_expired = key.state == "active" and (
                not key.apikey_id or bool(key.expiration_date and key.expiration_date < now)
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._edu_check_transition_fields(vals_list)
        return super().create(vals_list)

    def write(self, vals):
        self._edu_check_transition_fields([vals])
        return super().write(vals)

    def _edu_check_transition_fields(self, vals_list):
        if self.env.su or self.env.context.get(TRANSITION_KEY) is TRANSITION:
            return
        if any(name in vals for vals in vals_list for name in TRANSITION_FIELDS):
            raise AccessError(
                self.env._(
                    "API keys are generated and revoked with their buttons, not by editing them."
                )
            )

    def action_revoke(self):
        """Revoke the keys at once: their Odoo API keys are deleted, the record stays."""
        self.client_id._edu_check_manager()
        self.check_access("write")
        for key in self:
            if key.state != "active":
                raise UserError(self.env._("The key “%s” is already revoked.", key.name))
        apikeys = self.apikey_id
        self.with_context(**{TRANSITION_KEY: TRANSITION}).write(
            {
                "state": "revoked",
                "revoked_date": fields.Datetime.now(),
                "revoked_by_id": self.env.uid,
                "apikey_id": False,
            }
        )
        # Odoo removes an API key for its owner or an administrator; the chief
        # inspector's authority over the integration was checked above
        apikeys.sudo()._remove()
        return True

    # ------------------------------------------------------------------
    # Authentication and rate limit (called before the caller is known)
    # ------------------------------------------------------------------
    @api.model
    def _edu_generate(self, client, name, expiration_date=None):
        """Generate a key for ``client`` (an Odoo API key of its user, scope
        ``edu_api``); return ``(key record, clear key)``. The clear key is shown once."""
        client = client.with_env(self.env)
        client._edu_check_manager()
        client.check_access("write")
        # an Odoo API key belongs to the user it is generated as; sudo lets the key live
        # longer than the user's own groups allow (integration keys are long-lived)
        clear = (
            self.env["res.users.apikeys"]
            .with_user(client.user_id)
            .sudo()
            ._generate(API_SCOPE, name, expiration_date)
        )
        self.env.cr.execute(
            SQL(
                "SELECT id FROM res_users_apikeys WHERE user_id = %s AND index = %s "
                "ORDER BY id DESC LIMIT 1",
                client.user_id.id,
                clear[:INDEX_SIZE],
            )
        )
        apikey_id = self.env.cr.fetchone()[0]
        key = self.with_context(**{TRANSITION_KEY: TRANSITION}).create(
            {
                "name": name,
                "client_id": client.id,
                "apikey_id": apikey_id,
                "prefix": clear[:INDEX_SIZE],
                "expiration_date": expiration_date,
            }
        )
        return key.with_env(self.env), clear

    @api.model
    def _edu_authenticate(self, clear):
        """The key (``key_id``), integration (``client_id``, ``client_name``, ``kind``,
        ``rate_limit``: requests per minute) and user (``user_id``) of an active,
        unexpired key of an active integration and user, else None.

        Checked as Odoo checks its own API keys (``res.users.apikeys``): the first
        characters select the candidates, the hash is verified with passlib."""
        if not clear or len(clear) < INDEX_SIZE:
            return None
        self.env.cr.execute(
            SQL(
                """
                SELECT k.id, c.id, c.name, c.kind, c.rate_limit, a.user_id, a.key
                  FROM edu_api_key k
                  JOIN edu_api_client c ON c.id = k.client_id
                  JOIN res_users_apikeys a ON a.id = k.apikey_id
                  JOIN res_users u ON u.id = a.user_id
                 WHERE a.index = %s AND a.scope = %s AND a.user_id = c.user_id
                   AND k.state = 'active' AND c.active AND u.active
                   AND (a.expiration_date IS NULL
                        OR a.expiration_date >= now() AT TIME ZONE 'utc')
                """,
                clear[:INDEX_SIZE],
                API_SCOPE,
            )
        )
        for key_id, client_id, name, kind, rate_limit, user_id, hashed in self.env.cr.fetchall():
            if KEY_CRYPT_CONTEXT.verify(clear, hashed):
                return {
                    "key_id": key_id,
                    "client_id": client_id,
                    "client_name": name,
                    "kind": kind,
                    "rate_limit": rate_limit,
                    "user_id": user_id,
                }
        return None

    @api.model
    def _edu_count_request(self, key_id):
        """Record a call of the key; return ``(calls in the last minute, seconds until the
        oldest of them leaves the window)``.

        The call is recorded in the request's own transaction: the calls of all the
        workers and servers count, a refused or failed request (rolled back) does not,
        and parallel requests of one key do not wait for each other (rows are only
        added)."""
        now = fields.Datetime.now()
        since = now - timedelta(seconds=RATE_WINDOW)
        self.env.cr.execute(
            SQL(
                "INSERT INTO edu_api_call (key_id, at) VALUES (%s, %s)",
                key_id,
                now,
            )
        )
        self.env.cr.execute(
            SQL(
                "SELECT count(*), min(at) FROM edu_api_call WHERE key_id = %s AND at > %s",
                key_id,
                since,
            )
        )
        count, oldest = self.env.cr.fetchone()
        return count, max(1, RATE_WINDOW - int((now - oldest).total_seconds()))

    @api.model
    def _edu_demo_key(self, client_id, clear, name):
        """Demo data only: give the integration ``client_id`` the key ``clear`` (the keys
        of docs/API.md, so that its examples run against a demo database). Stored as
        Odoo stores API keys: hashed, with the scope of the API. Loaded again by an
        update of the demo, it leaves an existing key as it is."""
        client = self.env["edu.api.client"].browse(client_id)
        existing = self.search([("client_id", "=", client.id), ("prefix", "=", clear[:INDEX_SIZE])])
        if existing:
            return existing
        self.env.cr.execute(
            SQL(
                "INSERT INTO res_users_apikeys (name, user_id, scope, key, index) "
                "VALUES (%s, %s, %s, %s, %s) RETURNING id",
                name,
                client.user_id.id,
                API_SCOPE,
                KEY_CRYPT_CONTEXT.hash(clear),
                clear[:INDEX_SIZE],
            )
        )
        key = self.with_context(**{TRANSITION_KEY: TRANSITION}).create(
            {
                "name": name,
                "client_id": client.id,
                "apikey_id": self.env.cr.fetchone()[0],
                "prefix": clear[:INDEX_SIZE],
            }
        )
        return key.with_env(self.env)
