from datetime import timedelta

from odoo import api, fields, models

DURATIONS = [
    ("90", "3 Months"),
    ("365", "1 Year"),
    ("730", "2 Years"),
    ("0", "No Expiry"),
]


class EduApiKeyWizard(models.TransientModel):
    """Generate a key of an integration; the key is shown once and stored only hashed."""

    _name = "edu.api.key.wizard"
    _description = "Generate API Key"

    client_id = fields.Many2one("edu.api.client", string="Integration", required=True)
    name = fields.Char(
        string="Label", required=True, help="What the key is for, e.g. the server that uses it."
    )
    duration = fields.Selection(DURATIONS, string="Valid For", required=True, default="365")
    expiration_date = fields.Datetime(
        string="Expires On", compute="_compute_expiration_date", store=True
    )

    @api.depends("duration")
    def _compute_expiration_date(self):
        now = fields.Datetime.now()
        for wizard in self:
            days = int(wizard.duration or 0)
            wizard.expiration_date = now + timedelta(days=days) if days else False

    def action_generate(self):
        """Generate the key and show it once (Odoo's own 'API Key Ready' dialog)."""
        self.ensure_one()
        _key, clear = self.env["edu.api.key"]._edu_generate(
            self.client_id, self.name, self.expiration_date or None
        )
        return {
            "type": "ir.actions.act_window",
            "res_model": "res.users.apikeys.show",
            "name": self.env._("API Key Ready"),
            "views": [(False, "form")],
            "target": "new",
            "context": {"default_key": clear},
        }
