from odoo import api, fields, models
from odoo.exceptions import ValidationError


class EduSupervisionOrderLine(models.Model):
    _name = "edu.supervision.order.line"
    _description = "Supervision Order Problem"
    _order = "order_id desc, id"

    order_id = fields.Many2one(
        "edu.supervision.order", required=True, ondelete="cascade", index=True
    )
    problem_id = fields.Many2one("edu.problem", required=True, ondelete="restrict", index=True)
    partner_id = fields.Many2one(related="order_id.partner_id", store=True, string="Unit")
    order_state = fields.Selection(related="order_id.state", string="Order State")
    is_open = fields.Boolean(
        compute="_compute_is_open",
        store=True,
        help="The order is neither closed nor cancelled. A problem has at most one open "
        "order line (unique index).",
    )
    problem_state = fields.Selection(related="problem_id.state", string="Problem State")
    problem_deadline = fields.Date(related="problem_id.deadline", string="Deadline")
    problem_severity = fields.Selection(related="problem_id.severity", string="Severity")
    company_id = fields.Many2one(related="order_id.company_id", store=True)

    def init(self):
        # DB-level guarantee: never two open supervision orders for one problem,
        # even when two escalation runs overlap.
        self.env.cr.execute(
            "CREATE UNIQUE INDEX IF NOT EXISTS edu_supervision_order_line_open_problem_uniq "
            "ON edu_supervision_order_line (problem_id) WHERE is_open"
        )

    @api.depends("order_id.state")
    def _compute_is_open(self):
        for line in self:
            line.is_open = line.order_id.state in ("draft", "issued", "answered")

    @api.constrains("problem_id", "order_id")
    def _check_problem_unit(self):
        for line in self:
            if line.problem_id.partner_id != line.order_id.partner_id:
                raise ValidationError(
                    self.env._(
                        "Problem “%s” belongs to another unit than the supervision order.",
                        line.problem_id.display_name,
                    )
                )

    @api.model
    def _edu_check_no_open_order(self, problem_ids):
        """Friendly error before the unique index refuses a second open order."""
        duplicates = self.search_fetch(
            [("problem_id", "in", list(problem_ids)), ("is_open", "=", True)], ["problem_id"]
        ).problem_id
        if duplicates or len(set(problem_ids)) < len(problem_ids):
            problems = duplicates or self.env["edu.problem"].browse(problem_ids)
            raise ValidationError(
                self.env._(
                    "A problem can have only one open supervision order: %s",
                    ", ".join(problems.mapped("display_name")),
                )
            )

    @api.model_create_multi
    def create(self, vals_list):
        orders = self.env["edu.supervision.order"].browse(
            {vals["order_id"] for vals in vals_list if vals.get("order_id")}
        )
        open_orders = orders.filtered(lambda o: o.state in ("draft", "issued", "answered"))
        self._edu_check_no_open_order(
            [
                vals["problem_id"]
                for vals in vals_list
                if vals.get("problem_id") and vals.get("order_id") in open_orders.ids
            ]
        )
        return super().create(vals_list)
