from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL


class EduRandomDrawExclusion(models.Model):
    """The exclusions of a draw, one line per excluded unit or inspector with its reason.

    The draw freezes them with its pools, as JSON on the draw (``exclusion_json``),
    written with the draw's own state change: no row to insert per excluded unit, no
    foreign key to check and lock per row, and nothing a later change of a school or an
    inspector could rewrite. This read-only model unfolds them into lines for the form,
    the report and the record rules (a query of the draw's column, no table of its own).
    A line's id is the draw's id times 2**20 plus the line's position in the draw.
    """

    _name = "edu.random.draw.exclusion"
    _description = "Random Draw Exclusion"
    _order = "draw_id, kind, id"
    _auto = False
    _log_access = False
    _depends = {"edu.random.draw": ["exclusion_json"]}

    draw_id = fields.Many2one("edu.random.draw", readonly=True)
    kind = fields.Selection(
        [("target", "Unit"), ("inspector", "Inspector")],
        string="Excluded",
        required=True,
        readonly=True,
    )
    school_id = fields.Many2one("edu.school", readonly=True)
    employee_id = fields.Many2one("hr.employee", string="Inspector", readonly=True)
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
        readonly=True,
    )
    note = fields.Char(string="Details", readonly=True)
    company_id = fields.Many2one(related="draw_id.company_id")

    @property
    def _table_query(self):
        return SQL(
            """
            SELECT d.id::bigint * 1048576 + e.position AS id,
                   d.id AS draw_id,
                   e.line->>0 AS kind,
                   (e.line->>1)::integer AS school_id,
                   (e.line->>2)::integer AS employee_id,
                   e.line->>3 AS reason,
                   e.line->>4 AS note
              FROM edu_random_draw d
             CROSS JOIN LATERAL jsonb_array_elements(d.exclusion_json::jsonb)
                   WITH ORDINALITY AS e(line, position)
             WHERE d.exclusion_json IS NOT NULL
            """
        )

    def _edu_refuse_change(self):
        """Always raises: the lines are the draw's frozen record, changed by no one
        (the superuser included, whom the access rights do not stop)."""
        raise UserError(
            self.env._(
                "Exclusions are recorded by the draw itself when it is performed and "
                "cannot be changed."
            )
        )

    @api.model_create_multi
    def create(self, vals_list):
        self._edu_refuse_change()
        return super().create(vals_list)

    def write(self, vals):
        self._edu_refuse_change()
        return super().write(vals)

    def unlink(self):
        self._edu_refuse_change()
        return super().unlink()
