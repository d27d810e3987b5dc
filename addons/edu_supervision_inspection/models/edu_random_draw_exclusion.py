from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.edu_supervision.tools import in_transition


class EduRandomDrawExclusion(models.Model):
    _name = "edu.random.draw.exclusion"
    _description = "Random Draw Exclusion"
    _order = "draw_id, kind, id"
    # Written once by the draw, which records who performed it and when: the rows keep
    # only what the audit needs (no log columns, the company read from the draw).
    _log_access = False

    draw_id = fields.Many2one("edu.random.draw", required=True, ondelete="cascade", index=True)
    kind = fields.Selection([("target", "Unit"), ("inspector", "Inspector")], required=True)
    school_id = fields.Many2one("edu.school")
    employee_id = fields.Many2one("hr.employee", string="Inspector")
    reason = fields.Selection(
        [
            ("recent", "Inspected recently"),
            ("burden", "Yearly inspection cap reached"),
            ("certificate", "No valid inspector certificate"),
            ("affiliation", "Affiliated with an inspected unit"),
            ("responsible", "Responsible inspector of an inspected school"),
            ("busy", "Busy on the inspection dates"),
        ],
        required=True,
    )
    note = fields.Char(string="Details")
    company_id = fields.Many2one(related="draw_id.company_id")

    @api.model_create_multi
    def create(self, vals_list):
        if not in_transition(self.env):
            raise UserError(
                self.env._("Exclusions are recorded by the draw itself when it is performed.")
            )
        draws = self.env["edu.random.draw"].browse({vals.get("draw_id") for vals in vals_list})
        if any(draw.state != "draft" for draw in draws):
            raise UserError(self.env._("The exclusions of a performed draw cannot be changed."))
        return super().create(vals_list)

    def write(self, vals):
        if any(line.draw_id.state != "draft" for line in self):
            raise UserError(self.env._("The exclusions of a performed draw cannot be changed."))
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_performed(self):
        if any(line.draw_id.state != "draft" for line in self):
            raise UserError(self.env._("The exclusions of a performed draw cannot be changed."))
