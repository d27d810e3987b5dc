from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.osv import expression

from .edu_authority import EDU_INSPECTOR_HR, edu_check_groups

#: the state changes a certificate may go through (a revoked certificate is final)
STATE_TRANSITIONS = {
    "valid": ("suspended", "revoked"),
    "suspended": ("valid", "revoked"),
    "revoked": (),
}


class EduInspectorCertificate(models.Model):
    _name = "edu.inspector.certificate"
    _description = "Inspector Certificate"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "issue_date desc, id desc"

    name = fields.Char(string="Certificate Number", required=True, tracking=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Inspector",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    issue_date = fields.Date(
        required=True, default=lambda self: self.env.company._edu_today(), tracking=True
    )
    issuing_office = fields.Char(help="Supervision office that issued the certificate.")
    expiry_date = fields.Date(
        tracking=True,
        help="Leave empty when the certificate does not expire. An expired "
        "certificate is not valid.",
    )
    state = fields.Selection(
        [
            ("valid", "Valid"),
            ("suspended", "Suspended"),
            ("revoked", "Revoked"),
        ],
        default="valid",
        required=True,
        tracking=True,
    )
    state_reason = fields.Text(
        string="Reason",
        tracking=True,
        help="Why the certificate was suspended or revoked.",
    )
    is_valid = fields.Boolean(
        string="Currently Valid",
        compute="_compute_is_valid",
        search="_search_is_valid",
        help="Valid state, already issued and not expired today.",
    )
    is_expired = fields.Boolean(compute="_compute_is_valid")
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)

    _sql_constraints = [
        (
            "name_unique",
            "unique(name)",
            "The certificate number must be unique.",
        ),
    ]

    @api.constrains("state", "state_reason")
    def _check_state_reason(self):
        for certificate in self:
            if certificate.state != "valid" and not certificate.state_reason:
                raise ValidationError(
                    self.env._(
                        "Give the reason why certificate %s is suspended or revoked.",
                        certificate.name,
                    )
                )

    @api.constrains("issue_date", "expiry_date")
    def _check_dates(self):
        for certificate in self:
            if certificate.expiry_date and certificate.expiry_date < certificate.issue_date:
                raise ValidationError(
                    self.env._(
                        "The expiry date of certificate %s is before its issue date.",
                        certificate.name,
                    )
                )

    @api.model
    def _edu_valid_domain(self, date=None):
        """Domain of certificates valid on ``date`` (default: today)."""
        date = date or self.env.company._edu_today()
        return [
            ("state", "=", "valid"),
            ("issue_date", "<=", date),
            "|",
            ("expiry_date", "=", False),
            ("expiry_date", ">=", date),
        ]

    @api.depends("state", "issue_date", "expiry_date")
    def _compute_is_valid(self):
        today = self.env.company._edu_today()
        for certificate in self:
            expired = bool(certificate.expiry_date and certificate.expiry_date < today)
            certificate.is_expired = expired
            certificate.is_valid = (
                certificate.state == "valid"
                and certificate.issue_date
                and certificate.issue_date <= today
                and not expired
            )

    def _search_is_valid(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(self.env._("Unsupported search on validity."))
        positive = (operator == "=") == bool(value)
        domain = self._edu_valid_domain()
        return domain if positive else ["!", *expression.normalize_domain(domain)]

    @api.model
    def _cron_expiry_reminder(self, days=60):
        """Daily: plan a to-do for whoever recorded a valid certificate that
        expires within ``days`` days (once per certificate)."""
        today = self.env.company._edu_today()
        certificates = self.search(
            [
                ("state", "=", "valid"),
                ("expiry_date", ">=", today),
                ("expiry_date", "<=", today + timedelta(days=days)),
                ("activity_ids", "=", False),
            ]
        )
        for certificate in certificates:
            user = certificate.create_uid
            if not user.active or user.share:
                user = self.env.user
            certificate.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=certificate.expiry_date,
                summary=self.env._("Inspector certificate expires"),
                note=self.env._(
                    "The certificate %(number)s of %(name)s expires on %(date)s: renew it or "
                    "plan the inspector's exit.",
                    number=certificate.name,
                    name=certificate.employee_id.name,
                    date=certificate.expiry_date,
                ),
                user_id=user.id,
            )
        return True

    def write(self, vals):
        ending = self.browse()
        if "state" in vals:
            self._edu_check_state_change(vals["state"])
            if vals["state"] != "valid":
                ending = self.filtered(lambda c: c.state == "valid")
        res = super().write(vals)
        if ending:
            ending._edu_release_inspectors()
        return res

    def action_suspend(self):
        self._edu_set_state("suspended", from_states=("valid",))

    def action_revoke(self):
        self._edu_set_state("revoked", from_states=("valid", "suspended"))

    def action_reinstate(self):
        self._edu_set_state("valid", from_states=("suspended",))

    def _edu_set_state(self, state, from_states):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._(
                "Only Inspector HR can suspend, revoke or reinstate inspector certificates."
            ),
        )
        for certificate in self:
            if certificate.state not in from_states:
                raise UserError(
                    self.env._(
                        "Certificate %(number)s is %(state)s and cannot be changed that way.",
                        number=certificate.name,
                        state=dict(self._fields["state"]._description_selection(self.env))[
                            certificate.state
                        ],
                    )
                )
            if state != "valid" and not certificate.state_reason:
                raise UserError(
                    self.env._(
                        "Fill in the reason before suspending or revoking certificate %s.",
                        certificate.name,
                    )
                )
        vals = {"state": state}
        if state == "valid":
            vals["state_reason"] = False
        self.write(vals)

    def _edu_check_state_change(self, state):
        """A certificate changes state only along ``STATE_TRANSITIONS``, whatever
        the way (buttons or a direct write)."""
        labels = dict(self._fields["state"]._description_selection(self.env))
        for certificate in self:
            if certificate.state != state and state not in STATE_TRANSITIONS[certificate.state]:
                raise UserError(
                    self.env._(
                        "Certificate %(number)s is %(state)s and cannot become %(new)s.",
                        number=certificate.name,
                        state=labels[certificate.state],
                        new=labels[state],
                    )
                )

    def _edu_release_inspectors(self):
        """The certificates of ``self`` were suspended or revoked: an inspector
        left without a valid certificate is no longer a responsible inspector
        from today on. His current assignments end yesterday (so that neither
        the schools' responsible inspector nor the coverage count him today)
        and he leaves his responsibility zones; the chatter of the certificate
        says which schools were handed back."""
        yesterday = self.env.company._edu_today() - timedelta(days=1)
        released = self.employee_id.filtered(lambda employee: not employee.edu_certificate_valid)
        for certificate in self.filtered(lambda c: c.employee_id in released):
            assignments = certificate.employee_id._edu_release_schools(yesterday)
            if assignments:
                certificate.message_post(
                    body=self.env._(
                        "%(inspector)s no longer holds a valid certificate and is no longer "
                        "the responsible inspector of %(schools)s.",
                        inspector=certificate.employee_id.name,
                        schools=", ".join(assignments.school_id.mapped("name")),
                    )
                )
