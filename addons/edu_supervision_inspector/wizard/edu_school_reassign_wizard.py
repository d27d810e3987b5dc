from odoo import fields, models

from ..models.edu_authority import EDU_INSPECTOR_HR, edu_check_groups


class EduSchoolReassignWizard(models.TransientModel):
    _name = "edu.school.reassign.wizard"
    _description = "Reassign Responsible Inspector"

    school_id = fields.Many2one("edu.school", string="School", required=True)
    current_employee_id = fields.Many2one(
        related="school_id.responsible_employee_id", string="Current Inspector"
    )
    employee_id = fields.Many2one(
        "hr.employee",
        string="New Responsible Inspector",
        required=True,
        domain=[("edu_is_inspector", "=", True), ("edu_certificate_valid", "=", True)],
    )
    date = fields.Date(
        string="From", required=True, default=lambda self: self.env.company._edu_today()
    )

    def action_confirm(self):
        self.ensure_one()
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can reassign the responsible inspector of a school."),
        )
        self.env["edu.school.assignment"]._edu_reassign(self.school_id, self.employee_id, self.date)
        return {"type": "ir.actions.act_window_close"}
