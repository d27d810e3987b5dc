import hashlib
import json

from odoo import api, fields, models

OPERATIONS = [
    ("school_sync", "School Registry Sync"),
    ("training_hours", "Training Hours"),
    ("visit", "Routine Visit"),
]


class EduApiLog(models.Model):
    """One write through the API: who (the integration user), which key, when, what.

    Written in the transaction of the write itself (a refused or failed write leaves no
    record, since nothing was written) and never changed afterwards. The record of a
    write sent with an idempotency key also keeps its response: a retry with the same
    key returns it again instead of writing twice."""

    _name = "edu.api.log"
    _description = "API Write Log"
    _order = "create_date desc, id desc"
    _rec_name = "operation"

    key_id = fields.Many2one("edu.api.key", string="Key", required=True, index=True)
    client_id = fields.Many2one("edu.api.client", string="Integration", required=True, index=True)
    user_id = fields.Many2one(
        "res.users",
        string="Integration User",
        required=True,
        index=True,
        default=lambda self: self.env.user,
    )
    region_id = fields.Many2one(related="client_id.region_id", store=True, index=True)
    company_id = fields.Many2one(related="client_id.company_id", store=True, index=True)
    operation = fields.Selection(OPERATIONS, required=True, index=True)
    method = fields.Char(string="HTTP Method")
    path = fields.Char()
    status = fields.Integer(string="HTTP Status")
    record_count = fields.Integer(string="Records")
    summary = fields.Char()
    idempotency_key = fields.Char(index=True)
    request_hash = fields.Char(help="SHA-256 of the request body.")
    response_body = fields.Text(help="The JSON response, returned again for a retry.")
    school_ids = fields.Many2many(
        "edu.school", "edu_api_log_edu_school_rel", "log_id", "school_id", string="Schools"
    )
    training_record_ids = fields.Many2many(
        "edu.training.record",
        "edu_api_log_edu_training_record_rel",
        "log_id",
        "record_id",
        string="Training Records",
    )
    visit_ids = fields.Many2many(
        "edu.visit", "edu_api_log_edu_visit_rel", "log_id", "visit_id", string="Visits"
    )

    _sql_constraints = [
        (
            "idempotency_key_uniq",
            "unique(client_id, operation, idempotency_key)",
            "An idempotency key is used once per integration and operation.",
        ),
    ]

    @api.model
    def _edu_hash(self, payload):
        """SHA-256 of a request payload (a JSON-serialisable value), keys sorted."""
        text = json.dumps(payload, sort_keys=True, ensure_ascii=False, default=str)
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    @api.model
    def _edu_find_replay(self, client_id, operation, idempotency_key):
        """The earlier write of ``client_id`` with this idempotency key, if any."""
        return self.search(
            [
                ("client_id", "=", client_id),
                ("operation", "=", operation),
                ("idempotency_key", "=", idempotency_key),
            ],
            limit=1,
        )

    def _edu_response(self):
        self.ensure_one()
        return json.loads(self.response_body) if self.response_body else None
