from odoo import fields, models

from .hr_employee import (
    INSPECTOR_ROLES,
    INSPECTOR_SOURCES,
    INSPECTOR_SPECIALTIES,
    INSPECTOR_TYPES,
)


class HrEmployeePublic(models.Model):
    """Public inspector profile: what any internal user may know about an
    inspector (the responsible inspector is displayed on a plaque)."""

    _inherit = "hr.employee.public"

    edu_is_inspector = fields.Boolean(string="Is Inspector", readonly=True)
    edu_inspector_type = fields.Selection(INSPECTOR_TYPES, string="Inspector Type", readonly=True)
    edu_inspector_role = fields.Selection(INSPECTOR_ROLES, string="Inspector Role", readonly=True)
    edu_source = fields.Selection(INSPECTOR_SOURCES, string="Source", readonly=True)
    edu_specialty = fields.Selection(INSPECTOR_SPECIALTIES, string="Specialty", readonly=True)
    edu_region_id = fields.Many2one("edu.region", string="Inspector Region", readonly=True)
    edu_title = fields.Char(string="Professional Title", readonly=True)
    edu_affiliation_school_id = fields.Many2one(
        "edu.school", string="Affiliated School", readonly=True
    )
    edu_affiliation_partner_id = fields.Many2one(
        "res.partner", string="Affiliated Unit", readonly=True
    )
    edu_exit_date = fields.Date(string="Exit Date", readonly=True)
    edu_certificate_valid = fields.Boolean(
        string="Valid Certificate",
        related="employee_id.edu_certificate_valid",
        compute_sudo=True,
    )
