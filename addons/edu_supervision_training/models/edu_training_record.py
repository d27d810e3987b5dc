from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import float_compare

from .edu_training_course import CENTRALIZED_LEVELS, KIND_SELECTION, LEVEL_SELECTION, MODE_SELECTION


class EduTrainingRecord(models.Model):
    _name = "edu.training.record"
    _description = "Inspector Training Record"
    _order = "date desc, id desc"
    _rec_names_search = ["employee_id", "course_name"]

    employee_id = fields.Many2one(
        "hr.employee",
        string="Inspector",
        required=True,
        index=True,
        ondelete="cascade",
        domain=[("edu_is_inspector", "=", True)],
    )
    course_id = fields.Many2one(
        "edu.training.course", string="Course", index=True, ondelete="restrict"
    )
    external_course = fields.Char(
        string="External Course",
        help="Title of a course not managed in the platform (e.g. exported by an online "
        "training platform).",
    )
    course_name = fields.Char(
        string="Course Title",
        compute="_compute_course_name",
        store=True,
        index=True,
        precompute=True,
    )
    course_state = fields.Selection(related="course_id.state", string="Course Status")
    kind = fields.Selection(
        KIND_SELECTION,
        string="Kind",
        compute="_compute_from_course",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
    )
    mode = fields.Selection(
        MODE_SELECTION,
        string="Mode",
        compute="_compute_from_course",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
    )
    organizer_level = fields.Selection(
        LEVEL_SELECTION,
        string="Organizer Level",
        compute="_compute_from_course",
        store=True,
        readonly=False,
        precompute=True,
    )
    date = fields.Date(
        string="Date",
        required=True,
        compute="_compute_date",
        store=True,
        readonly=False,
        precompute=True,
    )
    year = fields.Integer(
        string="Year", compute="_compute_year", store=True, index=True, precompute=True
    )
    hours = fields.Float(string="Hours Earned", required=True)
    result = fields.Selection(
        [
            ("pending", "Pending"),
            ("passed", "Passed"),
            ("failed", "Failed"),
            ("absent", "Absent"),
        ],
        string="Result",
        required=True,
        default="pending",
        index=True,
    )
    category = fields.Selection(
        [
            ("preservice", "Pre-service"),
            ("centralized", "Centralized (district level or above)"),
            ("online", "Online"),
            ("none", "Not counted"),
        ],
        string="Counts As",
        compute="_compute_category",
        store=True,
        index=True,
        precompute=True,
        help="Which training requirement the hours count for once the result is passed: "
        "pre-service training, yearly centralized training organised at district level or "
        "above, yearly online training, or none (e.g. school-level centralized training).",
    )
    source = fields.Selection(
        [("manual", "Manual"), ("import", "Import")],
        string="Source",
        required=True,
        default="manual",
        readonly=True,
    )
    proof_file = fields.Binary(string="Certificate or Proof", attachment=True)
    proof_filename = fields.Char(string="Proof File Name")
    note = fields.Text(string="Notes")
    region_id = fields.Many2one(
        related="employee_id.edu_region_id",
        string="Region",
        store=True,
        index=True,
        precompute=True,
    )
    inspector_type = fields.Selection(
        related="employee_id.edu_inspector_type",
        string="Inspector Type",
        store=True,
        precompute=True,
    )
    user_id = fields.Many2one(related="employee_id.user_id", string="User")
    company_id = fields.Many2one(
        related="employee_id.company_id",
        string="Company",
        store=True,
        index=True,
        precompute=True,
    )

    _sql_constraints = [
        (
            "employee_course_unique",
            "UNIQUE(employee_id, course_id)",
            "An inspector can be registered only once in a course.",
        ),
        ("hours_not_negative", "CHECK(hours >= 0)", "The hours earned cannot be negative."),
    ]

    @api.depends("course_id.name", "external_course")
    def _compute_course_name(self):
        for record in self:
            record.course_name = record.course_id.name or record.external_course

    @api.depends("course_id.kind", "course_id.mode", "course_id.organizer_level")
    def _compute_from_course(self):
        for record in self:
            course = record.course_id
            if course:
                record.kind = course.kind
                record.mode = course.mode
                record.organizer_level = course.organizer_level
            else:
                record.kind = record.kind or "inservice"
                record.mode = record.mode or "online"
                record.organizer_level = record.organizer_level

    @api.depends("course_id")
    def _compute_date(self):
        today = self.env.company._edu_today()
        for record in self:
            if record.course_id:
                record.date = record.course_id.date_end
            elif not record.date:
                record.date = today

    @api.depends("date")
    def _compute_year(self):
        for record in self:
            record.year = record.date.year if record.date else 0

    @api.depends("kind", "mode", "organizer_level")
    def _compute_category(self):
        for record in self:
            record.category = self._get_category(record.kind, record.mode, record.organizer_level)

    @api.model
    def _get_category(self, kind, mode, organizer_level):
        """Which requirement a passed record counts for (see the readme)."""
        if kind == "preservice":
            return "preservice"
        if mode == "online":
            return "online"
        if mode == "centralized" and organizer_level in CENTRALIZED_LEVELS:
            return "centralized"
        return "none"

    @api.depends("employee_id", "course_name")
    def _compute_display_name(self):
        for record in self:
            record.display_name = " - ".join(
                name for name in (record.employee_id.name, record.course_name) if name
            )

    @api.constrains("employee_id", "course_id", "external_course")
    def _check_course(self):
        for record in self:
            if not record.course_id and not record.external_course:
                raise ValidationError(
                    self.env._("A training record needs a course or an external course title.")
                )

    @api.constrains("hours", "course_id")
    def _check_hours(self):
        for record in self:
            course = record.course_id
            if course and float_compare(record.hours, course.hours, precision_digits=2) > 0:
                raise ValidationError(
                    self.env._(
                        "%(inspector)s cannot earn %(hours)s hours in the course %(course)s: "
                        "it has only %(max)s hours.",
                        inspector=record.employee_id.name,
                        hours=record.hours,
                        course=course.name,
                        max=course.hours,
                    )
                )

    @api.constrains("course_id")
    def _check_course_capacity(self):
        courses = self.course_id.filtered("capacity")
        if not courses:
            return
        counts = dict(
            self._read_group([("course_id", "in", courses.ids)], ["course_id"], ["__count"])
        )
        for course in courses:
            if counts.get(course, 0) > course.capacity:
                raise ValidationError(
                    self.env._(
                        "The course %(course)s is full: %(capacity)s attendees at most.",
                        course=course.name,
                        capacity=course.capacity,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        course_ids = {vals["course_id"] for vals in vals_list if vals.get("course_id")}
        self.env["edu.training.course"].browse(course_ids)._edu_check_done_edit()
        return super().create(vals_list)

    def write(self, vals):
        self.course_id._edu_check_done_edit()
        if vals.get("course_id"):
            self.env["edu.training.course"].browse(vals["course_id"])._edu_check_done_edit()
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_done_course(self):
        self.course_id._edu_check_done_edit()
