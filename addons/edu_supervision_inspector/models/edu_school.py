from odoo import api, fields, models

from .edu_authority import EDU_INSPECTOR_HR, EDU_OFFICE, edu_check_groups


class EduSchool(models.Model):
    _inherit = "edu.school"

    assignment_ids = fields.One2many(
        "edu.school.assignment", "school_id", string="Responsible Inspector History"
    )
    responsible_employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Inspector",
        compute="_compute_responsible_employee_id",
        store=True,
        index=True,
        help="The current responsible inspector (挂牌督导) of the school.",
    )
    zone_ids = fields.Many2many(
        "edu.responsibility.zone",
        "edu_responsibility_zone_edu_school_rel",
        "school_id",
        "zone_id",
        string="Responsibility Zones",
    )

    @api.depends(
        "assignment_ids.is_current",
        "assignment_ids.employee_id",
        "assignment_ids.active",
    )
    def _compute_responsible_employee_id(self):
        assignments = self.env["edu.school.assignment"].search(
            [("school_id", "in", self.ids), ("is_current", "=", True)],
            order="date_from desc, id desc",
        )
        current = {}
        for assignment in assignments:
            current.setdefault(assignment.school_id.id, assignment.employee_id)
        for school in self:
            school.responsible_employee_id = current.get(school._origin.id, self.env["hr.employee"])
        if self.filtered("id"):
            # the record rules name the schools in a user's charge
            # (res.users.edu_responsible_school_ids); a form's draft changes none
            self.env["res.users"]._edu_rule_scope_changed()

    def write(self, vals):
        res = super().write(vals)
        if vals.get("active") is False:
            # an archived school no longer has a responsible inspector
            self.env["edu.school.assignment"].search([("school_id", "in", self.ids)])._edu_end(
                self.env.company._edu_today()
            )
        return res

    def action_edu_reassign(self):
        self.ensure_one()
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can reassign the responsible inspector of a school."),
        )
        self.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Reassign Responsible Inspector"),
            "res_model": "edu.school.reassign.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_school_id": self.id},
        }

    def action_edu_print_plaque(self):
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._(
                "Only the supervision office and Inspector HR print the plaques of the "
                "responsible inspectors."
            ),
        )
        self.check_access("read")
        report = self.env.ref("edu_supervision_inspector.edu_school_plaque_report")
        return report.report_action(self, config=False)
