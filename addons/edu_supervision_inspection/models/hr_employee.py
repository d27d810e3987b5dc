from odoo import fields, models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    # Not on hr.employee.public: only the users who read full employee records see it.
    edu_inspection_count = fields.Integer(
        string="Inspection Count",
        compute="_compute_edu_inspection_count",
        groups="hr.group_hr_user,edu_supervision.group_edu_office,"
        "edu_supervision.group_edu_inspector_hr",
    )

    def _compute_edu_inspection_count(self):
        counts = dict(
            self.env["edu.inspection"]._read_group(
                [("team_employee_ids", "in", self.ids), ("state", "!=", "cancelled")],
                ["team_employee_ids"],
                ["__count"],
            )
        )
        for employee in self:
            employee.edu_inspection_count = counts.get(employee, 0)

    def action_edu_view_inspections(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspection.edu_inspection_action"
        )
        action["domain"] = [("team_employee_ids", "in", self.ids)]
        action["context"] = {}
        return action
