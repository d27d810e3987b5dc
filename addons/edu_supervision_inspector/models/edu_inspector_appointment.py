from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .edu_authority import EDU_INSPECTOR_HR, edu_check_groups
from .hr_employee import INSPECTOR_ROLES, INSPECTOR_TYPES

# kinds that start or continue a term of office
TERM_KINDS = ("appoint", "renew", "replenish", "transfer_in")
# kinds that end the inspector service
END_KINDS = ("exit", "transfer_out")


class EduInspectorAppointment(models.Model):
    _name = "edu.inspector.appointment"
    _description = "Inspector Appointment"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _rec_name = "document_number"

    employee_id = fields.Many2one(
        "hr.employee",
        string="Inspector",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    kind = fields.Selection(
        [
            ("appoint", "Appointment"),
            ("renew", "Renewal"),
            ("replenish", "Replenishment"),
            ("transfer_in", "Transfer from principal or teacher post"),
            ("transfer_out", "Transfer to principal or teacher post"),
            ("exit", "Exit"),
        ],
        required=True,
        default="appoint",
        tracking=True,
    )
    inspector_type = fields.Selection(
        INSPECTOR_TYPES,
        string="Inspector Type",
        compute="_compute_inspector_type",
        store=True,
        precompute=True,
        readonly=False,
        tracking=True,
    )
    inspector_role = fields.Selection(
        INSPECTOR_ROLES,
        string="Inspector Role",
        compute="_compute_inspector_role",
        store=True,
        precompute=True,
        readonly=False,
        tracking=True,
    )
    authority = fields.Char(string="Appointing Authority", tracking=True)
    document_number = fields.Char(string="Document Number", tracking=True)
    date = fields.Date(
        required=True, default=lambda self: self.env.company._edu_today(), tracking=True
    )
    term_start = fields.Date(
        compute="_compute_term_start", store=True, readonly=False, precompute=True, tracking=True
    )
    term_end = fields.Date(
        compute="_compute_term_end", store=True, readonly=False, precompute=True, tracking=True
    )
    term_number = fields.Integer(
        compute="_compute_term_number",
        help="Number of this term within the consecutive part-time terms of the inspector.",
    )
    is_term = fields.Boolean(compute="_compute_is_term")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("confirmed", "Confirmed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
    )
    note = fields.Text()
    company_id = fields.Many2one(related="employee_id.company_id", store=True, index=True)

    @api.depends("employee_id")
    def _compute_inspector_type(self):
        for appointment in self:
            appointment.inspector_type = appointment.employee_id.edu_inspector_type

    @api.depends("employee_id")
    def _compute_inspector_role(self):
        for appointment in self:
            appointment.inspector_role = appointment.employee_id.edu_inspector_role or "inspector"

    @api.depends("kind", "date")
    def _compute_term_start(self):
        for appointment in self:
            if appointment.kind in TERM_KINDS:
                appointment.term_start = appointment.date
            else:
                appointment.term_start = False

    @api.depends("kind", "term_start", "inspector_type")
    def _compute_term_end(self):
        for appointment in self:
            if appointment.kind not in TERM_KINDS or not appointment.term_start:
                appointment.term_end = False
            elif appointment.inspector_type == "part_time":
                appointment.term_end = appointment._edu_max_term_end()
            else:
                # full-time terms have no fixed length: keep what was entered
                appointment.term_end = appointment.term_end

    @api.depends("kind")
    def _compute_is_term(self):
        for appointment in self:
            appointment.is_term = appointment.kind in TERM_KINDS

    @api.depends("employee_id", "kind", "term_start", "term_end", "state")
    def _compute_term_number(self):
        terms = self._edu_term_numbers()
        for appointment in self:
            appointment.term_number = terms.get(appointment._origin.id or appointment.id, 0)

    def _edu_max_term_end(self):
        self.ensure_one()
        years = self.employee_id.company_id.edu_parttime_term_years or 3
        return self.term_start + relativedelta(years=years, days=-1)

    @api.model
    def _edu_is_consecutive(self, previous, following):
        """Two part-time terms are consecutive when the following term starts
        at most one year after the previous one ended."""
        return following.term_start <= previous.term_end + relativedelta(years=1)

    def _edu_term_numbers(self):
        """Return {appointment id: consecutive part-time term number} for the
        part-time term appointments of the inspectors of ``self`` (all their
        non-cancelled terms are read in one query)."""
        employees = self.employee_id
        if not employees:
            return {}
        appointments = self.search(
            [
                ("employee_id", "in", employees.ids),
                ("kind", "in", TERM_KINDS),
                ("inspector_type", "=", "part_time"),
                ("state", "!=", "cancelled"),
                ("term_start", "!=", False),
            ],
            order="employee_id, term_start, id",
        )
        numbers = {}
        previous = None
        for appointment in appointments:
            if previous is None or previous.employee_id != appointment.employee_id:
                number = 1
            elif previous.term_end and self._edu_is_consecutive(previous, appointment):
                number = numbers[previous.id] + 1
            else:
                number = 1
            numbers[appointment.id] = number
            previous = appointment
        return numbers

    @api.constrains("kind", "term_start", "term_end", "inspector_type", "state")
    def _check_terms(self):
        for appointment in self:
            if appointment.kind not in TERM_KINDS:
                continue
            if not appointment.term_start:
                raise ValidationError(
                    self.env._("Set the start of the term of %s.", appointment.employee_id.name)
                )
            if appointment.term_end and appointment.term_end < appointment.term_start:
                raise ValidationError(
                    self.env._(
                        "The term of %s ends before it starts.", appointment.employee_id.name
                    )
                )
            if appointment.inspector_type == "part_time":
                years = appointment.employee_id.company_id.edu_parttime_term_years or 3
                if not appointment.term_end or (
                    appointment.term_end > appointment._edu_max_term_end()
                ):
                    raise ValidationError(
                        self.env._(
                            "A part-time inspector is appointed for a term of %(years)s "
                            "years: set the term end of %(name)s no later than %(end)s.",
                            years=years,
                            name=appointment.employee_id.name,
                            end=appointment._edu_max_term_end(),
                        )
                    )
        relevant = self.filtered(
            lambda a: (
                a.kind in TERM_KINDS and a.inspector_type == "part_time" and a.state != "cancelled"
            )
        )
        if not relevant:
            return
        numbers = relevant._edu_term_numbers()
        all_terms = self.browse(list(numbers)).sorted(lambda a: (a.employee_id.id, a.term_start))
        previous = None
        for appointment in all_terms:
            if (
                previous
                and previous.employee_id == appointment.employee_id
                and previous.term_end
                and appointment.term_start <= previous.term_end
            ):
                raise ValidationError(
                    self.env._(
                        "The terms of %(name)s overlap: a term starting on %(start)s "
                        "begins before the previous term ends on %(end)s.",
                        name=appointment.employee_id.name,
                        start=appointment.term_start,
                        end=previous.term_end,
                    )
                )
            previous = appointment
        for appointment in relevant:
            max_terms = appointment.employee_id.company_id.edu_parttime_max_terms or 3
            number = numbers.get(appointment.id, 0)
            if number > max_terms:
                raise ValidationError(
                    self.env._(
                        "%(name)s cannot be appointed for a consecutive part-time term "
                        "number %(number)s: a part-time inspector serves terms of "
                        "%(years)s years and at most %(max)s consecutive terms "
                        "(Regulations on Education Supervision, Art. 6).",
                        name=appointment.employee_id.name,
                        number=number,
                        years=appointment.employee_id.company_id.edu_parttime_term_years or 3,
                        max=max_terms,
                    )
                )

    def _compute_display_name(self):
        kinds = dict(self._fields["kind"]._description_selection(self.env))
        for appointment in self:
            parts = [appointment.employee_id.name or "", kinds.get(appointment.kind, "")]
            if appointment.document_number:
                parts.append(appointment.document_number)
            appointment.display_name = " - ".join(p for p in parts if p)

    def action_confirm(self):
        self._edu_check_inspector_hr()
        for appointment in self:
            if appointment.state != "draft":
                raise UserError(self.env._("Only draft appointments can be confirmed."))
        self.write({"state": "confirmed"})
        for appointment in self.sorted("date"):
            appointment._edu_apply()

    def action_cancel(self):
        self._edu_check_inspector_hr()
        for appointment in self:
            if appointment.state != "draft":
                raise UserError(
                    self.env._(
                        "Only draft appointments can be cancelled; record an exit or "
                        "a new appointment to change a confirmed one."
                    )
                )
        self.write({"state": "cancelled"})

    def action_draft(self):
        self._edu_check_inspector_hr()
        for appointment in self:
            if appointment.state != "cancelled":
                raise UserError(self.env._("Only cancelled appointments can be reset to draft."))
        self.write({"state": "draft"})

    def _edu_check_inspector_hr(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._(
                "Only Inspector HR can confirm, cancel or reset appointments, renewals "
                "and exits of inspectors."
            ),
        )

    def _edu_apply(self):
        """Apply a confirmed appointment to the inspector profile."""
        self.ensure_one()
        employee = self.employee_id
        if self.kind in TERM_KINDS:
            vals = {"edu_is_inspector": True, "edu_exit_date": False}
            if self.inspector_type:
                vals["edu_inspector_type"] = self.inspector_type
            if self.inspector_role:
                vals["edu_inspector_role"] = self.inspector_role
            employee.write(vals)
        elif self.kind in END_KINDS:
            reason = False
            if self.kind == "exit":
                reason = self.env._("Exit of the inspector (%s)", self.document_number or self.date)
            employee._edu_end_service(self.date, revoke_reason=reason)
