from odoo import api, fields, models
from odoo.exceptions import ValidationError

from odoo.addons.edu_supervision_inspector.models.edu_authority import (
    EDU_MANAGER,
    edu_check_groups,
)

#: kind of integration -> group its user must hold (the ORM rights of the API calls)
CLIENT_KINDS = [
    ("registry", "School Registry"),
    ("training", "Training Platform"),
    ("results", "Results Reader"),
    ("mobile", "Inspector Mobile App"),
]
KIND_GROUPS = {
    "registry": "edu_supervision_api.group_edu_api_registry",
    "training": "edu_supervision_api.group_edu_api_training",
    "results": "edu_supervision_api.group_edu_api_reader",
    "mobile": "edu_supervision.group_edu_inspector",
}


class EduApiClient(models.Model):
    """A system around the supervision office that uses the API (an integration).

    Its calls run as its user: that user's groups and region (``edu_region_id``) decide
    what the API lets it read and write, as for a person in the web client. The keys of
    the integration authenticate its calls; every write is logged.
    """

    _name = "edu.api.client"
    _description = "API Integration"
    _inherit = ["mail.thread"]
    _order = "name"

    def _default_rate_limit(self):
        return self.env.company.edu_api_rate_limit

    name = fields.Char(required=True, tracking=True)
    kind = fields.Selection(CLIENT_KINDS, required=True, tracking=True)
    user_id = fields.Many2one(
        "res.users",
        string="Integration User",
        required=True,
        index=True,
        ondelete="restrict",
        tracking=True,
        help="The API calls of this integration run as this user: its groups and region "
        "limit what they read and write. For a mobile app, the inspector's own user.",
    )
    region_id = fields.Many2one(
        related="user_id.edu_region_id", string="Region", store=True, index=True
    )
    rate_limit = fields.Integer(
        string="Requests per Minute",
        required=True,
        default=lambda self: self._default_rate_limit(),
        tracking=True,
        help="Requests each key of this integration may make per minute; further requests "
        "are answered with HTTP 429 until fewer calls remain in the last minute.",
    )
    key_ids = fields.One2many("edu.api.key", "client_id", string="Keys")
    key_count = fields.Integer(string="Active Keys", compute="_compute_counts")
    log_count = fields.Integer(string="Logged Writes", compute="_compute_counts")
    note = fields.Text()
    active = fields.Boolean(default=True, tracking=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    _sql_constraints = [
        ("user_uniq", "unique(user_id)", "A user can serve only one integration."),
        ("rate_limit_positive", "CHECK(rate_limit > 0)", "The rate limit must be positive."),
    ]

    def _compute_counts(self):
        keys = dict(
            self.env["edu.api.key"]._read_group(
                [("client_id", "in", self.ids), ("state", "=", "active")],
                ["client_id"],
                ["__count"],
            )
        )
        logs = dict(
            self.env["edu.api.log"]._read_group(
                [("client_id", "in", self.ids)], ["client_id"], ["__count"]
            )
        )
        for client in self:
            client.key_count = keys.get(client._origin, 0)
            client.log_count = logs.get(client._origin, 0)

    @api.constrains("kind", "user_id")
    def _check_user_role(self):
        for client in self:
            user = client.user_id
            if not user.has_group(KIND_GROUPS[client.kind]):
                kinds = dict(self._fields["kind"]._description_selection(self.env))
                raise ValidationError(
                    self.env._(
                        "The user %(user)s of integration “%(client)s” needs the role of a "
                        "%(kind)s integration.",
                        user=user.name,
                        client=client.name,
                        kind=kinds[client.kind],
                    )
                )
            if client.kind == "mobile" and not user.employee_id.edu_is_inspector:
                raise ValidationError(
                    self.env._(
                        "The user %s of a mobile app integration must be an inspector.",
                        user.name,
                    )
                )

    def action_generate_key(self):
        """Open the wizard that generates a key of this integration (shown once)."""
        self.ensure_one()
        self._edu_check_manager()
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Generate API Key"),
            "res_model": "edu.api.key.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_client_id": self.id},
        }

    def action_view_keys(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_api.edu_api_key_action"
        )
        action["domain"] = [("client_id", "=", self.id)]
        action["context"] = {"default_client_id": self.id}
        return action

    def action_view_logs(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_api.edu_api_log_action"
        )
        action["domain"] = [("client_id", "=", self.id)]
        return action

    def _edu_check_manager(self):
        edu_check_groups(
            self.env,
            (EDU_MANAGER,),
            self.env._("Only the chief inspector manages the keys of API integrations."),
        )
