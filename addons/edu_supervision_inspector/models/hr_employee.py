from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .edu_authority import (
    EDU_INSPECTOR_HR,
    EDU_INSPECTOR_RECORD_GROUPS,
    EDU_OFFICE,
    edu_check_groups,
)

INSPECTOR_TYPES = [("full_time", "Full-time"), ("part_time", "Part-time")]
INSPECTOR_ROLES = [
    ("chief", "Chief Inspector"),
    ("deputy_chief", "Deputy Chief Inspector"),
    ("inspector", "Inspector"),
]
INSPECTOR_SOURCES = [
    ("serving_cadre", "Serving cadre"),
    ("retired_cadre", "Retired cadre"),
    ("serving_principal", "Serving principal"),
    ("retired_principal", "Retired principal"),
    ("teacher", "Teacher"),
    ("expert", "Researcher or expert"),
    ("other", "Other"),
]
INSPECTOR_SPECIALTIES = [
    ("government", "Government supervision"),
    ("school", "School supervision"),
    ("monitoring", "Evaluation and monitoring"),
]


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    edu_is_inspector = fields.Boolean(string="Is Inspector", tracking=True, index=True)
    edu_inspector_type = fields.Selection(INSPECTOR_TYPES, string="Inspector Type", tracking=True)
    edu_inspector_role = fields.Selection(
        INSPECTOR_ROLES, string="Inspector Role", default="inspector", tracking=True
    )
    edu_source = fields.Selection(INSPECTOR_SOURCES, string="Source")
    edu_specialty = fields.Selection(INSPECTOR_SPECIALTIES, string="Specialty")
    edu_region_id = fields.Many2one(
        "edu.region", string="Inspector Region", index=True, tracking=True
    )
    edu_affiliation_school_id = fields.Many2one(
        "edu.school",
        string="Affiliated School",
        help="School where the person works or worked (conflict of interest).",
    )
    edu_affiliation_partner_id = fields.Many2one(
        "res.partner",
        string="Affiliated Unit",
        compute="_compute_edu_affiliation_partner_id",
        store=True,
        readonly=False,
        help="School or unit where the person works or worked; used to avoid "
        "conflicts of interest.",
    )
    edu_title = fields.Char(string="Professional Title")
    edu_exit_date = fields.Date(string="Exit Date", readonly=True, copy=False)
    # the inspector's records below are not on the public profile
    # (hr.employee.public): only the office and Inspector HR read them
    edu_certificate_ids = fields.One2many(
        "edu.inspector.certificate",
        "employee_id",
        string="Inspector Certificates",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_certificate_valid = fields.Boolean(
        string="Valid Certificate",
        compute="_compute_edu_certificate_valid",
        search="_search_edu_certificate_valid",
        compute_sudo=True,
        help="Holds a valid, unexpired inspector certificate today.",
    )
    edu_certificate_id = fields.Many2one(
        "edu.inspector.certificate",
        string="Current Certificate",
        compute="_compute_edu_certificate_valid",
        compute_sudo=True,
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_appointment_ids = fields.One2many(
        "edu.inspector.appointment",
        "employee_id",
        string="Appointments",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_assignment_ids = fields.One2many(
        "edu.school.assignment",
        "employee_id",
        string="Responsible Schools",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_assessment_ids = fields.One2many(
        "edu.inspector.assessment",
        "employee_id",
        string="Assessments",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_zone_ids = fields.Many2many(
        "edu.responsibility.zone",
        "edu_responsibility_zone_hr_employee_rel",
        "employee_id",
        "zone_id",
        string="Responsibility Zones",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_current_school_count = fields.Integer(
        string="Current Schools", compute="_compute_edu_counts", groups=EDU_INSPECTOR_RECORD_GROUPS
    )
    edu_certificate_count = fields.Integer(
        string="Certificate Count",
        compute="_compute_edu_counts",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_appointment_count = fields.Integer(
        string="Appointment Count",
        compute="_compute_edu_counts",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_assessment_count = fields.Integer(
        string="Assessment Count",
        compute="_compute_edu_counts",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )
    edu_term_number = fields.Integer(
        string="Current Term",
        compute="_compute_edu_term_number",
        help="Number of the current consecutive part-time term.",
        groups=EDU_INSPECTOR_RECORD_GROUPS,
    )

    @api.depends("edu_affiliation_school_id")
    def _compute_edu_affiliation_partner_id(self):
        for employee in self:
            if employee.edu_affiliation_school_id:
                employee.edu_affiliation_partner_id = employee.edu_affiliation_school_id.partner_id

    @api.depends(
        "edu_certificate_ids.state",
        "edu_certificate_ids.issue_date",
        "edu_certificate_ids.expiry_date",
    )
    def _compute_edu_certificate_valid(self):
        certificates = self.env["edu.inspector.certificate"].search(
            [("employee_id", "in", self.ids)]
            + self.env["edu.inspector.certificate"]._edu_valid_domain(),
            order="issue_date desc, id desc",
        )
        valid = {}
        for certificate in certificates:
            valid.setdefault(certificate.employee_id.id, certificate)
        for employee in self:
            certificate = valid.get(employee.id) or valid.get(employee._origin.id)
            employee.edu_certificate_valid = bool(certificate)
            employee.edu_certificate_id = certificate

    def _search_edu_certificate_valid(self, operator, value):
        if operator not in ("=", "!="):
            raise NotImplementedError(self.env._("Unsupported search on certificate validity."))
        positive = (operator == "=") == bool(value)
        domain = self.env["edu.inspector.certificate"]._edu_valid_domain()
        return [("edu_certificate_ids", "any" if positive else "not any", domain)]

    def _compute_edu_counts(self):
        models_fields = [
            ("edu.school.assignment", "edu_current_school_count", [("is_current", "=", True)]),
            ("edu.inspector.certificate", "edu_certificate_count", []),
            ("edu.inspector.appointment", "edu_appointment_count", []),
            ("edu.inspector.assessment", "edu_assessment_count", []),
        ]
        for model, fname, domain in models_fields:
            counts = dict(
                self.env[model]._read_group(
                    [("employee_id", "in", self.ids), *domain],
                    ["employee_id"],
                    ["__count"],
                )
            )
            for employee in self:
                employee[fname] = counts.get(employee._origin, 0)

    def _compute_edu_term_number(self):
        appointments = self.env["edu.inspector.appointment"].search(
            [
                ("employee_id", "in", self.ids),
                ("state", "=", "confirmed"),
            ]
        )
        terms = appointments._edu_term_numbers()
        today = self.env.company._edu_today()
        current = {}
        for appointment in appointments.sorted("term_start"):
            if (
                appointment.id in terms
                and appointment.term_start
                and appointment.term_start <= today
            ):
                current[appointment.employee_id.id] = terms[appointment.id]
        for employee in self:
            employee.edu_term_number = current.get(employee._origin.id, 0)

    def write(self, vals):
        res = super().write(vals)
        if vals.get("active") is False:
            # an archived (departed) employee is no longer a responsible inspector
            self.env["edu.school.assignment"].search([("employee_id", "in", self.ids)])._edu_end(
                self.env.company._edu_today()
            )
        return res

    def _edu_check_certificate_valid(self):
        """Raise a ValidationError naming the employees of ``self`` that do not
        hold a valid, unexpired inspector certificate today."""
        invalid = self.filtered(lambda employee: not employee.edu_certificate_valid)
        if invalid:
            raise ValidationError(
                self.env._(
                    "These people have no valid inspector certificate and cannot "
                    "be responsible inspectors or members of an inspection team: "
                    "%s. Only inspectors holding a valid, unexpired certificate "
                    "can be assigned.",
                    ", ".join(invalid.mapped("name")),
                )
            )
        return True

    def _edu_release_schools(self, date):
        """``self`` stop being responsible inspectors after ``date``: their
        current and future assignments end on ``date`` (those starting later are
        archived) and they leave their responsibility zones.

        :return: the assignments that were current or still to come
        """
        assignments = self.env["edu.school.assignment"].search(
            [
                ("employee_id", "in", self.ids),
                "|",
                ("date_to", "=", False),
                ("date_to", ">", date),
            ]
        )
        assignments._edu_end(date)
        for employee in self:
            if employee.edu_zone_ids:
                employee.edu_zone_ids = [fields.Command.clear()]
        return assignments

    def _edu_end_service(self, date, revoke_reason=False):
        """End the inspector service of ``self`` on ``date``: current and future
        responsible-inspector assignments end, zones are left and, when
        ``revoke_reason`` is given, valid certificates are revoked."""
        self._edu_release_schools(date)
        if revoke_reason:
            self.edu_certificate_ids.filtered(lambda c: c.state in ("valid", "suspended")).write(
                {"state": "revoked", "state_reason": revoke_reason}
            )
        self.write({"edu_is_inspector": False, "edu_exit_date": date})

    def action_edu_open_related(self):
        self.ensure_one()
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._("Only the supervision office and Inspector HR open the inspector records."),
        )
        self.check_access("read")
        model = self.env.context.get("edu_model")
        names = {
            "edu.inspector.certificate": self.env._("Certificates"),
            "edu.inspector.appointment": self.env._("Appointments"),
            "edu.school.assignment": self.env._("Responsible Schools"),
            "edu.inspector.assessment": self.env._("Assessments"),
        }
        return {
            "type": "ir.actions.act_window",
            "name": names.get(model, model),
            "res_model": model,
            "view_mode": "list,form",
            "domain": [("employee_id", "=", self.id)],
            "context": {"default_employee_id": self.id},
        }
