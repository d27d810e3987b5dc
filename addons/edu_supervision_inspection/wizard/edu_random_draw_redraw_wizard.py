from odoo import fields, models


class EduRandomDrawRedrawWizard(models.TransientModel):
    _name = "edu.random.draw.redraw.wizard"
    _description = "Redraw a Random Draw"

    draw_id = fields.Many2one("edu.random.draw", required=True, ondelete="cascade")
    reason = fields.Text(required=True)

    def action_redraw(self):
        self.ensure_one()
        new = self.draw_id._edu_redraw(self.reason)
        return {
            "type": "ir.actions.act_window",
            "res_model": "edu.random.draw",
            "res_id": new.id,
            "view_mode": "form",
            "target": "current",
        }
