from datetime import timedelta

from odoo import api, fields, models
from odoo.tools import SQL
from odoo.tools.sql import create_index

#: calls are kept this many days (the rate limit needs one minute, the office a week)
KEEP_DAYS = 7


class EduApiCall(models.Model):
    """One accepted call of an API key: what the rate limit counts (the calls of the
    last minute) and what the office sees of a key's use. Recorded by the API itself,
    in the transaction of the request, before its caller is known."""

    _name = "edu.api.call"
    _description = "API Call"
    _order = "at desc, id desc"
    _log_access = False
    _rec_name = "at"

    key_id = fields.Many2one(
        "edu.api.key", string="Key", required=True, index=True, ondelete="cascade"
    )
    at = fields.Datetime(string="Time", required=True, index=True)

    def init(self):
        # the rate limit counts the calls of one key in the last minute
        create_index(self.env.cr, "edu_api_call_key_id_at_index", self._table, ["key_id", "at"])

    @api.autovacuum
    def _gc_calls(self):
        """Forget the calls older than a week (many rows: one statement, as Odoo's own
        clean-up of expired API keys)."""
        self.env.cr.execute(
            SQL(
                "DELETE FROM edu_api_call WHERE at < %s",
                fields.Datetime.now() - timedelta(days=KEEP_DAYS),
            )
        )
