from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision_inspector.models.edu_authority import (
    EDU_INSPECTOR_HR,
    EDU_MANAGER,
    EDU_OFFICE,
    edu_check_groups,
)

#: Organizer levels whose centralized courses count for the yearly requirement
#: ("centralized training organised at district level or above", DOMAIN.md §20).
CENTRALIZED_LEVELS = ("national", "regional", "city", "district")

KIND_SELECTION = [
    ("preservice", "Pre-service"),
    ("inservice", "In-service"),
    ("backbone", "Backbone"),
]
MODE_SELECTION = [
    ("centralized", "Centralized"),
    ("online", "Online"),
]
LEVEL_SELECTION = [
    ("national", "National"),
    ("regional", "Regional"),
    ("city", "City"),
    ("district", "District"),
    ("school", "School"),
]


class EduTrainingCourse(models.Model):
    _name = "edu.training.course"
    _description = "Inspector Training Course"
    _inherit = ["mail.thread"]
    _order = "date_start desc, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    kind = fields.Selection(
        KIND_SELECTION, string="Kind", required=True, default="inservice", tracking=True
    )
    mode = fields.Selection(
        MODE_SELECTION, string="Mode", required=True, default="centralized", tracking=True
    )
    organizer = fields.Char(string="Organizer")
    organizer_level = fields.Selection(
        LEVEL_SELECTION,
        string="Organizer Level",
        required=True,
        default="city",
        tracking=True,
        help="Only centralized courses organised at district level or above count for the "
        "yearly centralized training hours.",
    )
    region_id = fields.Many2one(
        "edu.region", string="Organizing Region", help="City or district organising the course."
    )
    date_start = fields.Date(string="Start Date", required=True, tracking=True)
    date_end = fields.Date(string="End Date", required=True, tracking=True)
    hours = fields.Float(string="Class Hours", required=True, tracking=True)
    location = fields.Char(string="Place or Platform")
    capacity = fields.Integer(string="Capacity", help="Maximum number of attendees; 0 = unlimited.")
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("open", "Open"),
            ("done", "Done"),
            ("cancelled", "Cancelled"),
        ],
        string="Status",
        required=True,
        default="draft",
        copy=False,
        tracking=True,
    )
    description = fields.Text(string="Description")
    record_ids = fields.One2many("edu.training.record", "course_id", string="Attendees")
    attendee_count = fields.Integer(string="Attendee Count", compute="_compute_attendee_counts")
    passed_count = fields.Integer(string="Passed Count", compute="_compute_attendee_counts")
    counts_as_centralized = fields.Boolean(
        string="Counts as Centralized Training",
        compute="_compute_counts_as_centralized",
        help="Centralized course organised at district level or above.",
    )
    company_id = fields.Many2one(
        "res.company", string="Company", required=True, default=lambda self: self.env.company
    )
    locked = fields.Boolean(
        string="Locked",
        compute="_compute_locked",
        help="Done course: only a supervision manager can change it or its attendees.",
    )
    active = fields.Boolean(default=True)

    _sql_constraints = [
        ("hours_positive", "CHECK(hours > 0)", "The class hours of a course must be positive."),
        ("capacity_positive", "CHECK(capacity >= 0)", "The capacity cannot be negative."),
        (
            "dates_order",
            "CHECK(date_end >= date_start)",
            "The end date of a course cannot be before its start date.",
        ),
    ]

    @api.depends("record_ids.result")
    def _compute_attendee_counts(self):
        groups = self.env["edu.training.record"]._read_group(
            [("course_id", "in", self.ids)], ["course_id", "result"], ["__count"]
        )
        counts = {}
        for course, result, count in groups:
            total, passed = counts.get(course.id, (0, 0))
            counts[course.id] = (total + count, passed + (count if result == "passed" else 0))
        for course in self:
            course.attendee_count, course.passed_count = counts.get(course.id, (0, 0))

    @api.depends("mode", "organizer_level")
    def _compute_counts_as_centralized(self):
        for course in self:
            course.counts_as_centralized = (
                course.mode == "centralized" and course.organizer_level in CENTRALIZED_LEVELS
            )

    @api.depends_context("uid")
    @api.depends("state")
    def _compute_locked(self):
        is_manager = self.env.user.has_group("edu_supervision.group_edu_manager")
        for course in self:
            course.locked = course.state == "done" and not is_manager

    @api.constrains("capacity", "record_ids")
    def _check_capacity(self):
        self.record_ids._check_course_capacity()

    def write(self, vals):
        self._edu_check_done_edit()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done(self):
        for course in self:
            if course.state not in ("draft", "cancelled") or course.record_ids:
                raise UserError(
                    self.env._(
                        "Only draft or cancelled courses without attendees can be deleted: %s",
                        course.display_name,
                    )
                )

    def action_open(self):
        self._edu_check_course_manager()
        for course in self:
            if course.state != "draft":
                raise UserError(self.env._("Only draft courses can be opened."))
        self.write({"state": "open"})

    def action_done(self):
        self._edu_check_course_manager()
        for course in self:
            if course.state != "open":
                raise UserError(self.env._("Only open courses can be marked as done."))
        self.write({"state": "done"})

    def action_cancel(self):
        self._edu_check_course_manager()
        for course in self:
            if course.state not in ("draft", "open"):
                raise UserError(self.env._("Only draft or open courses can be cancelled."))
        self.write({"state": "cancelled"})

    def action_reset_draft(self):
        edu_check_groups(
            self.env,
            (EDU_MANAGER,),
            self.env._(
                "Only a supervision manager (chief inspector) can reset a done or cancelled "
                "course to draft."
            ),
        )
        for course in self:
            if course.state not in ("cancelled", "done"):
                raise UserError(self.env._("Only done or cancelled courses can be reset to draft."))
        self.write({"state": "draft"})

    def action_view_records(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_training.edu_training_record_action"
        )
        action["domain"] = [("course_id", "=", self.id)]
        action["context"] = {"default_course_id": self.id}
        return action

    def _edu_check_course_manager(self):
        """Courses are run by the supervision office and Inspector HR."""
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._(
                "Only the supervision office and Inspector HR can open, close or cancel "
                "training courses."
            ),
        )

    def _edu_check_done_edit(self):
        """Done courses (and their attendee lines) are frozen except for the managers."""
        if self.env.su or self.env.user.has_group("edu_supervision.group_edu_manager"):
            return
        done = self.filtered(lambda c: c.state == "done")
        if done:
            raise UserError(
                self.env._(
                    "The course %s is done: only a supervision manager can modify it or its "
                    "attendees.",
                    ", ".join(done.mapped("display_name")),
                )
            )

    @api.constrains("hours", "record_ids")
    def _check_record_hours(self):
        self.record_ids._check_hours()
