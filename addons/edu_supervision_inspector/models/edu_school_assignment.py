from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .edu_authority import EDU_INSPECTOR_HR, edu_check_groups


class EduSchoolAssignment(models.Model):
    _name = "edu.school.assignment"
    _description = "Responsible Inspector Assignment"
    _inherit = ["mail.thread"]
    _order = "date_from desc, id desc"
    _rec_name = "school_id"

    school_id = fields.Many2one(
        "edu.school",
        string="School",
        required=True,
        index=True,
        ondelete="cascade",
        tracking=True,
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Inspector",
        required=True,
        index=True,
        ondelete="restrict",
        domain=[("edu_is_inspector", "=", True)],
        tracking=True,
    )
    date_from = fields.Date(
        string="From",
        required=True,
        default=lambda self: self.env.company._edu_today(),
        tracking=True,
    )
    date_to = fields.Date(string="To", tracking=True)
    is_current = fields.Boolean(
        string="Current",
        compute="_compute_is_current",
        store=True,
        index=True,
        help="The assignment is active today. Recomputed daily.",
    )
    active = fields.Boolean(default=True)
    region_id = fields.Many2one(
        related="school_id.region_id", store=True, index=True, string="Region"
    )
    company_id = fields.Many2one(related="school_id.company_id", store=True, index=True)
    phone = fields.Char(string="Inspector Phone", compute="_compute_phone", compute_sudo=True)
    note = fields.Text()

    @api.depends("date_from", "date_to", "active")
    def _compute_is_current(self):
        today = self.env.company._edu_today()
        for assignment in self:
            assignment.is_current = assignment._edu_is_current_on(today)

    def _edu_is_current_on(self, date):
        self.ensure_one()
        return bool(
            self.active
            and self.date_from
            and self.date_from <= date
            and (not self.date_to or self.date_to >= date)
        )

    @api.depends("employee_id")
    def _compute_phone(self):
        for assignment in self:
            employee = assignment.employee_id
            assignment.phone = employee.mobile_phone or employee.work_phone

    @api.constrains("date_from", "date_to")
    def _check_dates(self):
        for assignment in self:
            if assignment.date_to and assignment.date_to < assignment.date_from:
                raise ValidationError(
                    self.env._(
                        "The assignment of %s ends before it starts.",
                        assignment.school_id.name,
                    )
                )

    @api.constrains("school_id", "date_from", "date_to", "active")
    def _check_single_responsible(self):
        """A school has exactly one responsible inspector at any time."""
        schools = self.filtered("active").school_id
        if not schools:
            return
        others = self.search([("school_id", "in", schools.ids)], order="school_id, date_from, id")
        by_school = {}
        for assignment in others:
            by_school.setdefault(assignment.school_id, []).append(assignment)
        for school, assignments in by_school.items():
            previous = None
            for assignment in assignments:
                if previous and (not previous.date_to or previous.date_to >= assignment.date_from):
                    raise ValidationError(
                        self.env._(
                            "%(school)s already has a responsible inspector "
                            "(%(inspector)s, from %(date)s): a school has exactly one "
                            "current responsible inspector. Use Reassign to hand the "
                            "school over to another inspector.",
                            school=school.name,
                            inspector=previous.employee_id.name,
                            date=previous.date_from,
                        )
                    )
                previous = assignment

    @api.model_create_multi
    def create(self, vals_list):
        employee_ids = [vals["employee_id"] for vals in vals_list if vals.get("employee_id")]
        self.env["hr.employee"].browse(employee_ids)._edu_check_certificate_valid()
        return super().create(vals_list)

    def write(self, vals):
        if vals.get("employee_id"):
            self.env["hr.employee"].browse(vals["employee_id"])._edu_check_certificate_valid()
        return super().write(vals)

    def _edu_end(self, date):
        """End the assignments of ``self`` on ``date``; those starting later
        are archived."""
        later = self.filtered(lambda a: a.date_from > date)
        later.write({"active": False})
        ending = (self - later).filtered(lambda a: not a.date_to or a.date_to > date)
        ending.write({"date_to": date})

    def action_end(self):
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can end the assignment of a responsible inspector."),
        )
        today = self.env.company._edu_today()
        for assignment in self:
            if assignment.date_to and assignment.date_to <= today:
                raise UserError(
                    self.env._("The assignment of %s has already ended.", assignment.school_id.name)
                )
        self._edu_end(today)

    @api.model
    def _cron_update_current(self):
        """Daily: refresh ``is_current`` for assignments that started or ended."""
        today = self.env.company._edu_today()
        current_domain = [
            ("date_from", "<=", today),
            "|",
            ("date_to", "=", False),
            ("date_to", ">=", today),
        ]
        started = self.search([("is_current", "=", False), *current_domain])
        ended = self.search(
            [
                ("is_current", "=", True),
                "|",
                ("date_from", ">", today),
                ("date_to", "<", today),
            ]
        )
        ended |= self.with_context(active_test=False).search(
            [("is_current", "=", True), ("active", "=", False)]
        )
        if started:
            started.write({"is_current": True})
        if ended:
            ended.write({"is_current": False})
        return True

    @api.model
    def _edu_reassign(self, school, employee, date):
        """Hand ``school`` over to ``employee`` from ``date``: the assignment
        current on that date ends the day before (or is archived when it
        starts on that day), then a new one is created."""
        employee._edu_check_certificate_valid()
        overlapping = self.search(
            [
                ("school_id", "=", school.id),
                "|",
                ("date_to", "=", False),
                ("date_to", ">=", date),
            ]
        )
        if overlapping.filtered(lambda a: a.employee_id == employee and a.date_from <= date):
            raise UserError(
                self.env._(
                    "%(inspector)s is already the responsible inspector of %(school)s.",
                    inspector=employee.name,
                    school=school.name,
                )
            )
        overlapping._edu_end(date - timedelta(days=1))
        return self.create({"school_id": school.id, "employee_id": employee.id, "date_from": date})
