from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import (
    MAIL_FIELD_PREFIXES,
    OFFICE_GROUP,
    TRANSITION,
    TRANSITION_KEY,
    as_transition,
    check_scope,
    check_transition_fields,
)

#: What the assigned inspector records on his complaint; the rest (the
#: complainant, the facts, the assignment) is the office's.
INSPECTOR_FIELDS = ("verification_result", "verification_note", "reply_date", "reply_note")


class EduComplaint(models.Model):
    _name = "edu.complaint"
    _description = "Complaint or Report"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date desc, id desc"

    name = fields.Char(string="Reference", readonly=True, copy=False, index="trigram")
    source = fields.Selection(
        [
            ("hotline", "Hotline"),
            ("letter", "Letter or visit"),
            ("online", "Online or email"),
            ("superior", "Referred by a superior"),
            ("media", "Media"),
            ("other", "Other"),
        ],
        required=True,
        default="hotline",
        tracking=True,
    )
    date = fields.Date(
        string="Received On",
        required=True,
        default=lambda self: self.env.company._edu_today(),
        tracking=True,
    )
    # The complainant's identity: complaints are read by the office of their
    # region, the managers and the assigned inspector only (record rules).
    complainant = fields.Char()
    complainant_contact = fields.Char()
    school_id = fields.Many2one("edu.school", index=True, tracking=True)
    region_id = fields.Many2one(
        "edu.region",
        compute="_compute_region_id",
        store=True,
        readonly=False,
        index=True,
    )
    summary = fields.Text(required=True)
    employee_id = fields.Many2one(
        "hr.employee",
        string="Assigned Inspector",
        index=True,
        tracking=True,
        domain="[('edu_is_inspector', '=', True)]",
    )
    user_id = fields.Many2one(
        "res.users",
        string="Assigned User",
        related="employee_id.user_id",
        store=True,
        index=True,
    )
    verification_result = fields.Selection(
        [
            ("founded", "Founded"),
            ("partly", "Partly founded"),
            ("unfounded", "Unfounded"),
        ],
        tracking=True,
    )
    verification_note = fields.Text(string="Verification Details")
    reply_date = fields.Date(string="Replied On", tracking=True)
    reply_note = fields.Text(string="Reply")
    state = fields.Selection(
        [
            ("received", "Received"),
            ("assigned", "Assigned"),
            ("verified", "Verified"),
            ("replied", "Replied"),
        ],
        string="Status",
        required=True,
        default="received",
        copy=False,
        tracking=True,
        index=True,
    )
    visit_ids = fields.One2many("edu.visit", "complaint_id", string="Visits")
    visit_count = fields.Integer(string="Visits Count", compute="_compute_counts")
    problem_ids = fields.One2many("edu.problem", "complaint_id", string="Findings")
    problem_count = fields.Integer(string="Findings Count", compute="_compute_counts")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    is_office_user = fields.Boolean(
        string="Office User",
        compute="_compute_is_office_user",
        help="The current user is office staff: he may change the complainant, the facts "
        "and the assignment (the form mirrors the check of write).",
    )

    @api.depends_context("uid")
    def _compute_is_office_user(self):
        self.is_office_user = self.env.user.has_group(OFFICE_GROUP)

    @api.depends("school_id")
    def _compute_region_id(self):
        for complaint in self:
            if complaint.school_id:
                complaint.region_id = complaint.school_id.region_id

    @api.depends("visit_ids", "problem_ids")
    def _compute_counts(self):
        visits = dict(
            self.env["edu.visit"]._read_group(
                [("complaint_id", "in", self.ids)], ["complaint_id"], ["__count"]
            )
        )
        problems = dict(
            self.env["edu.problem"]._read_group(
                [("complaint_id", "in", self.ids)], ["complaint_id"], ["__count"]
            )
        )
        for complaint in self:
            complaint.visit_count = visits.get(complaint, 0)
            complaint.problem_count = problems.get(complaint, 0)

    @api.model_create_multi
    def create(self, vals_list):
        check_transition_fields(self, vals_list, ("state",), create=True)
        for vals in vals_list:
            if not vals.get("name"):
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.complaint") or "/"
            if vals.get("employee_id") and vals.get("state", "received") == "received":
                vals["state"] = "assigned"
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], ("state",))
        self._edu_check_office_fields(vals)
        previous = {complaint: complaint.employee_id for complaint in self}
        res = super().write(vals)
        if "employee_id" in vals:
            as_transition(self.filtered(lambda c: c.employee_id and c.state == "received")).write(
                {"state": "assigned"}
            )
            self._edu_follow_reassignment(previous)
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_only_received(self):
        if self.filtered(lambda c: c.state != "received"):
            raise UserError(
                self.env._(
                    "Only a complaint not yet assigned can be deleted: a handled complaint "
                    "stays on record."
                )
            )

    def _edu_check_office_fields(self, vals):
        """The assigned inspector records the verification and the reply; the
        complainant, the facts and the assignment are the office's."""
        if (
            self.env.su
            or self.env.context.get(TRANSITION_KEY) is TRANSITION
            or self.env.user.has_group(OFFICE_GROUP)
        ):
            return
        office_fields = [
            name
            for name in vals
            if name not in INSPECTOR_FIELDS and not name.startswith(MAIL_FIELD_PREFIXES)
        ]
        if office_fields:
            labels = ", ".join(
                self._fields[name]._description_string(self.env) for name in office_fields
            )
            raise AccessError(
                self.env._(
                    "Only the supervision office can change %s of a complaint; the assigned "
                    "inspector records the verification and the reply.",
                    labels,
                )
            )

    def _edu_follow_reassignment(self, previous):
        """Open findings follow the complaint to its new inspector: the former
        one no longer reads them (complaint findings are confidential)."""
        for complaint in self:
            old = previous[complaint]
            if old == complaint.employee_id:
                continue
            complaint.problem_ids.filtered(
                lambda p, old=old: p.responsible_employee_id == old and p.state != "closed"
            ).write({"responsible_employee_id": complaint.employee_id.id})

    def _edu_check_handler(self):
        """The assigned inspector, the office of the complaint's region, managers
        (the record rules say who may write the complaint)."""
        check_scope(
            self,
            "write",
            self.env._(
                "Only the assigned inspector and the supervision office of its region can "
                "handle this complaint."
            ),
        )

    def action_assign(self):
        """Hand a received complaint to its assigned inspector (承办督学)."""
        if not self.env.su and not self.env.user.has_group(OFFICE_GROUP):
            raise AccessError(self.env._("Only the supervision office can assign complaints."))
        check_scope(
            self,
            "write",
            self.env._("Only the supervision office of its region can assign this complaint."),
        )
        for complaint in self:
            if complaint.state not in ("received", "assigned"):
                raise UserError(
                    self.env._("Complaint %s has already been assigned.", complaint.name)
                )
            if not complaint.employee_id:
                raise UserError(
                    self.env._(
                        "Complaint %s: choose the “Assigned Inspector” who handles it first.",
                        complaint.name,
                    )
                )
        # saving the form with the inspector filled in already assigned it
        as_transition(self.filtered(lambda c: c.state == "received")).write({"state": "assigned"})
        return True

    def action_verify(self):
        self._edu_check_handler()
        for complaint in self:
            if complaint.state != "assigned":
                raise UserError(
                    self.env._(
                        "Complaint %s cannot be marked verified: it must be assigned to an "
                        "inspector first.",
                        complaint.name,
                    )
                )
            if not complaint.verification_result:
                raise UserError(
                    self.env._(
                        "Complaint %s: enter the verification result before marking it verified.",
                        complaint.name,
                    )
                )
        as_transition(self).write({"state": "verified"})
        return True

    def action_reply(self):
        self._edu_check_handler()
        for complaint in self:
            if complaint.state != "verified":
                raise UserError(
                    self.env._(
                        "Complaint %s cannot be replied to before it is verified.", complaint.name
                    )
                )
        for complaint in self:
            as_transition(complaint).write(
                {
                    "state": "replied",
                    "reply_date": complaint.reply_date or self.env.company._edu_today(),
                }
            )
        return True

    def action_create_visit(self):
        """Create a draft visit to verify the complaint on site and open it."""
        self.ensure_one()
        self._edu_check_handler()
        if not self.school_id or not self.employee_id:
            raise UserError(
                self.env._(
                    "Complaint %s: set the school and the assigned inspector before creating "
                    "a visit.",
                    self.name,
                )
            )
        if self.state not in ("assigned", "verified"):
            raise UserError(
                self.env._(
                    "Complaint %s: a verification visit is created while it is assigned or "
                    "verified.",
                    self.name,
                )
            )
        visit = self.env["edu.visit"].create(self._prepare_visit_vals())
        return {
            "type": "ir.actions.act_window",
            "res_model": "edu.visit",
            "res_id": visit.id,
            "view_mode": "form",
        }

    def action_new_problem(self):
        self.ensure_one()
        self._edu_check_handler()
        if self.state not in ("assigned", "verified"):
            raise UserError(
                self.env._(
                    "Complaint %s: findings are recorded while it is assigned or verified.",
                    self.name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Finding"),
            "res_model": "edu.problem",
            "view_mode": "form",
            "target": "new",
            "context": {
                "default_complaint_id": self.id,
                "default_source": "complaint",
                "default_school_id": self.school_id.id,
                "default_partner_id": self.school_id.partner_id.id,
                "default_region_id": self.region_id.id,
                "default_responsible_employee_id": self.employee_id.id,
            },
        }

    def action_view_visits(self):
        self.ensure_one()
        check_scope(self, "read", self.env._("You cannot open this complaint."))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Visits"),
            "res_model": "edu.visit",
            "view_mode": "list,form",
            "domain": [("complaint_id", "=", self.id)],
        }

    def action_view_problems(self):
        self.ensure_one()
        check_scope(self, "read", self.env._("You cannot open this complaint."))
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Findings"),
            "res_model": "edu.problem",
            "view_mode": "list,form",
            "domain": [("complaint_id", "=", self.id)],
        }

    def _prepare_visit_vals(self):
        self.ensure_one()
        return {
            "employee_id": self.employee_id.id,
            "school_id": self.school_id.id,
            "complaint_id": self.id,
            "announcement": "unannounced",
        }
