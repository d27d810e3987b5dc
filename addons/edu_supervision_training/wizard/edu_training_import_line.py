from odoo import fields, models


class EduTrainingImportLine(models.TransientModel):
    _name = "edu.training.import.line"
    _description = "Online Training Hours Import Row"
    _order = "row"

    wizard_id = fields.Many2one(
        "edu.training.import.wizard", string="Wizard", required=True, ondelete="cascade"
    )
    row = fields.Integer(string="Row")
    inspector_ref = fields.Char(string="Inspector (ID or name)")
    employee_id = fields.Many2one("hr.employee", string="Inspector")
    date = fields.Date(string="Date")
    course = fields.Char(string="Course")
    hours = fields.Float(string="Hours")
    status = fields.Selection(
        [("ok", "OK"), ("error", "Error"), ("imported", "Imported")],
        string="Status",
        required=True,
        default="ok",
    )
    message = fields.Char(string="Message")
