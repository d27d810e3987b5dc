from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EduResponsibilityZone(models.Model):
    _name = "edu.responsibility.zone"
    _description = "Responsibility Zone"
    _inherit = ["mail.thread"]
    _order = "region_id, name"

    name = fields.Char(required=True, tracking=True)
    code = fields.Char()
    region_id = fields.Many2one(
        "edu.region", string="Region", required=True, index=True, tracking=True
    )
    school_ids = fields.Many2many(
        "edu.school",
        "edu_responsibility_zone_edu_school_rel",
        "zone_id",
        "school_id",
        string="Schools",
    )
    inspector_ids = fields.Many2many(
        "hr.employee",
        "edu_responsibility_zone_hr_employee_rel",
        "zone_id",
        "employee_id",
        string="Responsible Inspectors",
        domain=[("edu_is_inspector", "=", True)],
    )
    school_count = fields.Integer(compute="_compute_counts", string="School Count")
    inspector_count = fields.Integer(compute="_compute_counts", string="Inspector Count")
    max_schools = fields.Integer(
        string="Max Schools",
        related="company_id.edu_zone_max_schools",
    )
    is_oversized = fields.Boolean(
        string="Too Many Schools",
        compute="_compute_counts",
        help="The zone holds more schools than the recommended maximum.",
    )
    note = fields.Text()
    active = fields.Boolean(default=True)
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.depends("school_ids", "inspector_ids", "company_id.edu_zone_max_schools")
    def _compute_counts(self):
        for zone in self:
            zone.school_count = len(zone.school_ids)
            zone.inspector_count = len(zone.inspector_ids)
            zone.is_oversized = zone.school_count > (zone.company_id.edu_zone_max_schools or 20)

    @api.constrains("region_id", "school_ids")
    def _check_schools(self):
        for zone in self:
            allowed = self.env["edu.region"].search([("id", "child_of", zone.region_id.id)])
            outside = zone.school_ids.filtered(
                lambda s, allowed=allowed: s.region_id not in allowed
            )
            if outside:
                raise ValidationError(
                    self.env._(
                        "Schools %(schools)s are not in region %(region)s of zone %(zone)s.",
                        schools=", ".join(outside.mapped("name")),
                        region=zone.region_id.name,
                        zone=zone.name,
                    )
                )
        others = self.search(
            [("id", "not in", self.ids), ("school_ids", "in", self.school_ids.ids)]
        )
        taken = {}
        for zone in others | self:
            for school in zone.school_ids:
                if school.id in taken and taken[school.id] != zone:
                    raise ValidationError(
                        self.env._(
                            "School %(school)s is already in responsibility zone %(zone)s: "
                            "a school belongs to one zone only.",
                            school=school.name,
                            zone=taken[school.id].name,
                        )
                    )
                taken[school.id] = zone

    @api.constrains("inspector_ids")
    def _check_inspectors(self):
        self.inspector_ids._edu_check_certificate_valid()

    @api.onchange("school_ids")
    def _onchange_school_ids(self):
        limit = self.company_id.edu_zone_max_schools or 20
        if len(self.school_ids) > limit:
            return {
                "warning": {
                    "title": self.env._("Large responsibility zone"),
                    "message": self.env._(
                        "This zone holds %(count)s schools; a responsibility zone "
                        "should hold at most %(limit)s schools.",
                        count=len(self.school_ids),
                        limit=limit,
                    ),
                }
            }
