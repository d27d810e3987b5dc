from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.fields import Command

from odoo.addons.edu_supervision.tools import (
    OFFICE_GROUP,
    as_transition,
    check_scope,
    check_transition_fields,
)

from .edu_visit_item import VISIT_ITEMS

DONE_STATES = ("submitted", "acknowledged")

#: Fields written only by the transitions of the visit.
TRANSITION_FIELDS = ("state", "submit_date", "acknowledge_user_id", "acknowledge_date")


class EduVisit(models.Model):
    _name = "edu.visit"
    _description = "Routine Supervision Visit"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"
    _rec_names_search = ["name", "school_id"]

    # ------------------------------------------------------------------
    # Defaults
    # ------------------------------------------------------------------
    def _default_employee_id(self):
        return self.env.user.employee_id

    def _default_school_id(self):
        employee = self._default_employee_id()
        if not employee:
            return False
        return self._edu_current_schools(employee)[:1]

    def _default_item_ids(self):
        return [Command.create(vals) for vals in self._prepare_item_vals_list()]

    def _default_date(self):
        return self.env.company._edu_today()

    # ------------------------------------------------------------------
    # Fields
    # ------------------------------------------------------------------
    name = fields.Char(string="Reference", readonly=True, copy=False, index="trigram")
    employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Inspector",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self._default_employee_id(),
        domain="[('edu_is_inspector', '=', True)]",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Inspector User",
        related="employee_id.user_id",
        store=True,
        index=True,
    )
    school_id = fields.Many2one(
        "edu.school",
        required=True,
        index=True,
        tracking=True,
        default=lambda self: self._default_school_id(),
    )
    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        related="school_id.region_id",
        store=True,
        index=True,
    )
    date = fields.Date(
        string="Visit Date",
        required=True,
        index=True,
        default=lambda self: self._default_date(),
        tracking=True,
    )
    duration = fields.Float(string="Duration (hours)", default=2.0)
    announcement = fields.Selection(
        [("announced", "Announced"), ("unannounced", "Unannounced")],
        string="Visit Type",
        required=True,
        default="announced",
    )
    item_ids = fields.One2many(
        "edu.visit.item",
        "visit_id",
        string="Routine Items",
        copy=True,
        default=lambda self: self._default_item_ids(),
    )
    problem_item_count = fields.Integer(
        string="Items Rated Problem", compute="_compute_problem_item_count"
    )
    people_met = fields.Text()
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_visit_ir_attachment_rel",
        "visit_id",
        "attachment_id",
        string="Photos and Files",
    )
    opinion = fields.Text(string="Overall Opinion")
    suggestions = fields.Text()
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("acknowledged", "Acknowledged"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
        index=True,
    )
    submit_date = fields.Date(string="Submitted On", readonly=True, copy=False)
    acknowledge_user_id = fields.Many2one(
        "res.users", string="Acknowledged By", readonly=True, copy=False
    )
    acknowledge_date = fields.Date(string="Acknowledged On", readonly=True, copy=False)
    problem_ids = fields.One2many("edu.problem", "visit_id", string="Findings")
    problem_count = fields.Integer(string="Findings Count", compute="_compute_problem_count")
    complaint_id = fields.Many2one("edu.complaint", index=True, ondelete="set null")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    semester = fields.Char(
        compute="_compute_semester",
        store=True,
        index=True,
        help="School year and term: 2026-2027-1 is the autumn semester (1 Aug 2026 - "
        "31 Jan 2027), 2026-2027-2 the spring semester (1 Feb - 31 Jul 2027).",
    )
    is_current_semester = fields.Boolean(
        string="This Semester",
        compute="_compute_is_current_semester",
        search="_search_is_current_semester",
    )

    # ------------------------------------------------------------------
    # Constraints
    # ------------------------------------------------------------------
    @api.constrains("duration")
    def _check_duration(self):
        if any(visit.duration < 0 for visit in self):
            raise ValidationError(self.env._("The duration of a visit cannot be negative."))

    # ------------------------------------------------------------------
    # Computes
    # ------------------------------------------------------------------
    @api.depends("item_ids.rating")
    def _compute_problem_item_count(self):
        for visit in self:
            visit.problem_item_count = len(
                visit.item_ids.filtered(lambda item: item.rating == "problem")
            )

    @api.depends("problem_ids")
    def _compute_problem_count(self):
        groups = self.env["edu.problem"]._read_group(
            [("visit_id", "in", self.ids)], ["visit_id"], ["__count"]
        )
        counts = {visit.id: count for visit, count in groups}
        for visit in self:
            visit.problem_count = counts.get(visit.id, 0)

    @api.depends("date", "company_id")
    def _compute_semester(self):
        for visit in self:
            company = visit.company_id or self.env.company
            visit.semester = company._edu_visit_semester_code(visit.date) if visit.date else False

    @api.depends("date", "company_id")
    @api.depends_context("uid")
    def _compute_is_current_semester(self):
        company = self.env.company
        start, end = company._edu_visit_semester_bounds(company._edu_today())
        for visit in self:
            visit.is_current_semester = bool(visit.date) and start <= visit.date <= end

    def _search_is_current_semester(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on 'This Semester'."))
        company = self.env.company
        start, end = company._edu_visit_semester_bounds(company._edu_today())
        domain = [("date", ">=", start), ("date", "<=", end)]
        if (operator == "=") == bool(value):
            return domain
        return ["|", ("date", "<", start), ("date", ">", end)]

    # ------------------------------------------------------------------
    # Onchanges
    # ------------------------------------------------------------------
    @api.onchange("employee_id")
    def _onchange_employee_id(self):
        schools = self._edu_current_schools(self.employee_id) if self.employee_id else None
        if schools and self.school_id not in schools:
            self.school_id = schools[:1]

    # ------------------------------------------------------------------
    # CRUD
    # ------------------------------------------------------------------
    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if not vals.get("name"):
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.visit") or "/"
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        visits = super().create(vals_list)
        visits._edu_add_missing_items()
        return visits

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if any(visit.state != "draft" for visit in self):
            raise UserError(self.env._("Only draft visits can be deleted."))
        with_findings = self.filtered("problem_ids")
        if with_findings:
            raise UserError(
                self.env._(
                    "Visit %s has findings: delete its findings first.",
                    with_findings[0].display_name,
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _edu_check_office(self, message):
        """Office staff of the visit's region (and managers)."""
        if not self.env.user.has_group(OFFICE_GROUP):
            raise AccessError(message)
        check_scope(self, "write", message)

    def action_submit(self):
        """The inspector who made the visit submits it (no one on his behalf)."""
        today = self.env.company._edu_today()
        others = self.filtered(lambda visit: visit.user_id != self.env.user)
        if others:
            raise AccessError(
                self.env._(
                    "Only the inspector who made the visit can submit it: %s",
                    ", ".join(others.mapped("name")),
                )
            )
        for visit in self:
            if visit.state != "draft":
                raise UserError(
                    self.env._("Visit %s cannot be submitted: it is not a draft.", visit.name)
                )
            if visit.date > today:
                raise UserError(
                    self.env._(
                        "Visit %(visit)s is dated %(date)s: a visit can be submitted only once "
                        "it has taken place.",
                        visit=visit.name,
                        date=visit.date,
                    )
                )
            problem_items = visit.item_ids.filtered(lambda item: item.rating == "problem")
            if problem_items and not visit.problem_ids:
                labels = dict(
                    self.env["edu.visit.item"]._fields["item"]._description_selection(self.env)
                )
                raise UserError(
                    self.env._(
                        'Visit %(visit)s rates %(items)s as "Problem": record at least one '
                        'finding (Findings tab, "Add Finding") before submitting.',
                        visit=visit.name,
                        items=", ".join(labels[item.item] for item in problem_items),
                    )
                )
        as_transition(self).write({"state": "submitted", "submit_date": today})
        return True

    def action_acknowledge(self):
        self._edu_check_office(
            self.env._("Only the supervision office of the visit's region can acknowledge it.")
        )
        for visit in self:
            if visit.state != "submitted":
                raise UserError(
                    self.env._(
                        "Visit %s cannot be acknowledged: it has not been submitted.", visit.name
                    )
                )
        as_transition(self).write(
            {
                "state": "acknowledged",
                "acknowledge_user_id": self.env.uid,
                "acknowledge_date": self.env.company._edu_today(),
            }
        )
        return True

    def action_reset_to_draft(self):
        self._edu_check_office(
            self.env._(
                "Only the supervision office of the visit's region can send it back to draft."
            )
        )
        for visit in self:
            if visit.state != "submitted":
                raise UserError(
                    self.env._(
                        "Visit %s cannot be sent back: only submitted visits can.", visit.name
                    )
                )
        as_transition(self).write({"state": "draft", "submit_date": False})
        return True

    def action_new_problem(self):
        """Open a new finding (edu.problem) prefilled from this visit: its inspector
        or the office of its region, until the office acknowledges the visit."""
        self.ensure_one()
        check_scope(self, "read", self.env._("You cannot add findings to this visit."))
        if self.user_id != self.env.user and not (
            self.env.user.has_group(OFFICE_GROUP) and self.has_access("write")
        ):
            raise AccessError(
                self.env._(
                    "Only the inspector who made visit %s and the supervision office of its "
                    "region can add findings to it.",
                    self.name,
                )
            )
        if self.state == "acknowledged":
            raise UserError(
                self.env._("Visit %s is acknowledged: no more findings can be added.", self.name)
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Finding"),
            "res_model": "edu.problem",
            "view_mode": "form",
            "target": "new",
            "context": self._prepare_problem_context(),
        }

    def action_view_problems(self):
        self.ensure_one()
        check_scope(self, "read", self.env._("You cannot open the findings of this visit."))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Findings"),
            "res_model": "edu.problem",
            "view_mode": "list,form",
            "domain": [("visit_id", "=", self.id)],
            "context": self._prepare_problem_context(),
        }

    # ------------------------------------------------------------------
    # Business methods
    # ------------------------------------------------------------------
    @api.model
    def _prepare_item_vals_list(self):
        return [
            {"item": key, "sequence": (index + 1) * 10}
            for index, (key, _label) in enumerate(VISIT_ITEMS)
        ]

    def _edu_add_missing_items(self):
        """Make sure every visit lists the eight routine items."""
        to_create = []
        for visit in self:
            present = set(visit.item_ids.mapped("item"))
            to_create += [
                dict(vals, visit_id=visit.id)
                for vals in self._prepare_item_vals_list()
                if vals["item"] not in present
            ]
        if to_create:
            self.env["edu.visit.item"].create(to_create)

    @api.model
    def _edu_current_schools(self, employee):
        """Schools currently assigned (挂牌督导) to ``employee``."""
        return self.env["edu.school"].search([("responsible_employee_id", "=", employee.id)])

    def _prepare_problem_context(self):
        self.ensure_one()
        return {
            "default_visit_id": self.id,
            "default_source": "visit",
            "default_school_id": self.school_id.id,
            "default_partner_id": self.school_id.partner_id.id,
            "default_region_id": self.region_id.id,
            "default_responsible_employee_id": self.employee_id.id,
            "default_complaint_id": self.complaint_id.id,
        }
