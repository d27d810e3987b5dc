from odoo import fields, models

from odoo.addons.edu_supervision.tools import check_scope


class EduInspectionTarget(models.Model):
    _inherit = "edu.inspection.target"

    lookback_line_ids = fields.Many2many(
        "edu.lookback.line",
        compute="_compute_lookback_lines",
        string="Past Look-back Results",
        help="Look-back results of this unit recorded before this inspection (§13).",
    )
    lookback_count = fields.Integer(compute="_compute_lookback_lines", string="Look-back Results")
    lookback_rebound_count = fields.Integer(compute="_compute_lookback_lines", string="Rebounds")

    def _compute_lookback_lines(self):
        lines = self.env["edu.lookback.line"].search(
            [("partner_id", "in", self.partner_id.ids), ("lookback_state", "=", "done")]
        )
        today = self.env.company._edu_today()
        for target in self:
            before = target.inspection_id.date_start or today
            own = lines.filtered(
                lambda line, t=target, d=before: line.partner_id == t.partner_id and line.date <= d
            )
            target.lookback_line_ids = own
            target.lookback_count = len(own)
            target.lookback_rebound_count = len(own.filtered(lambda x: x.result == "rebounded"))

    def action_edu_view_lookback_results(self):
        self.ensure_one()
        check_scope(
            self, "read", self.env._("You cannot open inspected units you do not have access to.")
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_rectification.edu_lookback_line_action"
        )
        action["domain"] = [("id", "in", self.lookback_line_ids.ids)]
        action["context"] = {"create": False}
        return action
