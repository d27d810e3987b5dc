from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

SCHOOL_STAGES = [
    ("kindergarten", "Kindergarten"),
    ("primary", "Primary School"),
    ("junior", "Junior Secondary School"),
    ("nine_year", "Nine-year School"),
    ("senior", "Senior Secondary School"),
    ("complete_secondary", "Complete Secondary School"),
    ("vocational", "Vocational School"),
    ("special", "Special Education School"),
]


class EduSchool(models.Model):
    _name = "edu.school"
    _description = "School or Kindergarten"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "region_id, code, name"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char(required=True, tracking=True, help="School code, unique within its region.")
    region_id = fields.Many2one(
        "edu.region", string="Region", required=True, index=True, tracking=True, ondelete="restrict"
    )
    stage = fields.Selection(SCHOOL_STAGES, required=True, tracking=True)
    ownership = fields.Selection(
        [("public", "Public"), ("private", "Private")],
        required=True,
        default="public",
        tracking=True,
    )
    student_count = fields.Integer(string="Students", tracking=True)
    teacher_count = fields.Integer(string="Teachers")
    is_large = fields.Boolean(
        string="Large School",
        compute="_compute_is_large",
        store=True,
        help="At least as many students as the large-school threshold in the settings.",
    )
    principal_name = fields.Char(string="Principal", tracking=True)
    principal_phone = fields.Char()
    principal_term_start = fields.Date(string="Principal Term Start", tracking=True)
    principal_term_end = fields.Date(string="Principal Term End", tracking=True)
    principal_term_ending = fields.Boolean(
        string="Principal Term Ends Within a Year",
        compute="_compute_principal_term_ending",
        search="_search_principal_term_ending",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Contact",
        required=True,
        ondelete="restrict",
        help="The school as a contact: it receives mail and can later log into the portal.",
    )
    phone = fields.Char(related="partner_id.phone", readonly=False)
    email = fields.Char(related="partner_id.email", readonly=False)
    street = fields.Char(related="partner_id.street", readonly=False, string="Address")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    active = fields.Boolean(default=True, tracking=True)
    note = fields.Html()

    _sql_constraints = [
        (
            "code_region_uniq",
            "unique(region_id, code)",
            "The school code must be unique within its region.",
        ),
        (
            "student_count_positive",
            "CHECK(student_count >= 0)",
            "The number of students cannot be negative.",
        ),
        (
            "teacher_count_positive",
            "CHECK(teacher_count >= 0)",
            "The number of teachers cannot be negative.",
        ),
    ]

    @api.depends("student_count", "company_id.edu_large_school_threshold")
    def _compute_is_large(self):
        for school in self:
            threshold = school.company_id.edu_large_school_threshold
            school.is_large = bool(threshold) and school.student_count >= threshold

    def _principal_term_ending_domain(self):
        today = self.env.company._edu_today()
        return [
            ("principal_term_end", ">=", today),
            ("principal_term_end", "<=", today + relativedelta(years=1)),
        ]

    def _compute_principal_term_ending(self):
        ending = self.filtered_domain(self._principal_term_ending_domain())
        for school in self:
            school.principal_term_ending = school in ending

    def _search_principal_term_ending(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on the principal's term."))
        if (operator == "=") == value:
            return self._principal_term_ending_domain()
        return ["!", "&", *self._principal_term_ending_domain()]

    @api.constrains("principal_term_start", "principal_term_end")
    def _check_principal_term(self):
        for school in self:
            if (
                school.principal_term_start
                and school.principal_term_end
                and school.principal_term_end < school.principal_term_start
            ):
                raise ValidationError(
                    self.env._(
                        "The principal's term of “%s” cannot end before it starts.", school.name
                    )
                )

    @api.constrains("code")
    def _check_code(self):
        for school in self:
            if not school.code.strip() or any(ch.isspace() for ch in school.code):
                raise ValidationError(
                    self.env._(
                        "The code of school “%s” cannot be blank or contain spaces.", school.name
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        country = self.env.ref("base.cn")
        partner_vals = [
            self._prepare_partner_vals(vals, country)
            for vals in vals_list
            if not vals.get("partner_id")
        ]
        partners = iter(self.env["res.partner"].create(partner_vals))
        for vals in vals_list:
            if not vals.get("partner_id"):
                vals["partner_id"] = next(partners).id
        return super().create(vals_list)

    def write(self, vals):
        res = super().write(vals)
        if "name" in vals:
            self.partner_id.write({"name": vals["name"]})
        return res

    @api.model
    def _prepare_partner_vals(self, vals, country):
        """Values of the contact created for a new school."""
        return {
            "name": vals.get("name"),
            "is_company": True,
            "company_id": vals.get("company_id") or self.env.company.id,
            "country_id": country.id,
        }
