from odoo import fields, models

ALLOWANCE_GROUPS = "edu_supervision.group_edu_inspector,edu_supervision.group_edu_finance"


class EduInspection(models.Model):
    _inherit = "edu.inspection"

    allowance_sheet_ids = fields.One2many(
        "edu.allowance.sheet",
        "inspection_id",
        string="Allowance Sheets",
        groups=ALLOWANCE_GROUPS,
    )
    allowance_sheet_count = fields.Integer(
        string="Allowance Sheet Count",
        compute="_compute_allowance_sheet_count",
        groups=ALLOWANCE_GROUPS,
    )
    service_contract_ids = fields.One2many(
        "edu.service.contract",
        "inspection_id",
        string="Service Contracts",
        groups="edu_supervision.group_edu_office,edu_supervision.group_edu_finance",
    )

    def _compute_allowance_sheet_count(self):
        groups = self.env["edu.allowance.sheet"]._read_group(
            [("inspection_id", "in", self.ids)], ["inspection_id"], ["__count"]
        )
        counts = {inspection.id: count for inspection, count in groups}
        for inspection in self:
            inspection.allowance_sheet_count = counts.get(inspection.id, 0)

    def action_create_allowance_sheet(self):
        """Allowance sheet of the part-time inspectors of the team for the on-site days."""
        self.ensure_one()
        sheet = self.env["edu.allowance.sheet"].create(
            self.env["edu.allowance.sheet"]._prepare_from_inspection(self)
        )
        return sheet._get_form_action()

    def action_view_allowance_sheets(self):
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_budget.edu_allowance_sheet_action"
        )
        action["domain"] = [("inspection_id", "=", self.id)]
        action["context"] = {"default_inspection_id": self.id, "default_source": "inspection"}
        return action
