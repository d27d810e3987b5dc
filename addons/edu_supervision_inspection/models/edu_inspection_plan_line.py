from datetime import date

from odoo import api, fields, models


class EduInspectionPlanLine(models.Model):
    _name = "edu.inspection.plan.line"
    _description = "Planned Inspection"
    _order = "plan_id, period, planned_month, sequence, id"

    sequence = fields.Integer(default=10)
    plan_id = fields.Many2one("edu.inspection.plan", required=True, ondelete="cascade", index=True)
    name = fields.Char(required=True)
    period = fields.Selection(
        [("current", "Inspected this year"), ("next", "Pre-scheduled for next year")],
        required=True,
        default="current",
        help="实督第一年、预排第二年: inspect this year, pre-schedule next year.",
    )
    year = fields.Integer(compute="_compute_year", store=True)
    function = fields.Selection(
        [
            ("government", "Government supervision"),
            ("school", "School supervision"),
            ("monitoring", "Evaluation and monitoring"),
        ],
        required=True,
        default="school",
    )
    kind = fields.Selection(
        [
            ("comprehensive", "Comprehensive"),
            ("special", "Special"),
            ("routine", "Routine"),
            ("followup", "Follow-up"),
        ],
        required=True,
        default="comprehensive",
    )
    planned_month = fields.Selection(
        [(str(month), str(month)) for month in range(1, 13)], string="Month"
    )
    region_id = fields.Many2one("edu.region")
    school_ids = fields.Many2many("edu.school", string="Schools")
    framework_id = fields.Many2one("edu.indicator.framework", string="Indicator Framework")
    inspection_id = fields.Many2one("edu.inspection", readonly=True, copy=False)
    inspection_state = fields.Selection(related="inspection_id.state", string="Inspection Status")
    note = fields.Char()
    company_id = fields.Many2one(related="plan_id.company_id", store=True)

    @api.depends("period", "plan_id.year")
    def _compute_year(self):
        for line in self:
            line.year = line.plan_id.year + (1 if line.period == "next" else 0)

    def _edu_prepare_inspection_vals(self):
        self.ensure_one()
        month = int(self.planned_month or 1)
        vals = {
            "name": self.name,
            "function": self.function,
            "kind": self.kind,
            "region_id": (self.region_id or self.plan_id.region_id).id,
            "plan_id": self.plan_id.id,
            "plan_line_id": self.id,
            "framework_id": self.framework_id.id,
            "date_start": date(self.year, month, 1),
            "company_id": self.company_id.id,
        }
        if self.school_ids:
            vals["target_ids"] = [(0, 0, {"school_id": school.id}) for school in self.school_ids]
        return vals

    def _edu_create_inspections(self):
        inspections = self.env["edu.inspection"].create(
            [line._edu_prepare_inspection_vals() for line in self]
        )
        for line, inspection in zip(self, inspections, strict=True):
            line.inspection_id = inspection
        return inspections
