from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from odoo.addons.edu_supervision.tools import (
    MANAGER_GROUP,
    OFFICE_GROUP,
    as_transition,
    check_group,
    check_scope,
    check_transition_fields,
)

#: Fields written only by the submission, review and publication transitions.
TRANSITION_FIELDS = (
    "state",
    "submit_date",
    "submitted_by_id",
    "reviewer_id",
    "review_date",
    "is_published",
    "published_date",
)

#: What the unit submitted: final once the office accepted it (the publication fields
#: and the chatter still change).
SUBMISSION_FIELDS = frozenset(
    {
        "kind",
        "partner_id",
        "inspection_id",
        "problem_ids",
        "measures",
        "responsible_person",
        "planned_date",
        "actual_date",
        "attachment_ids",
    }
)


class EduRectificationReport(models.Model):
    _name = "edu.rectification.report"
    _description = "Rectification Plan or Report"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "submit_date desc, id desc"

    name = fields.Char(string="Reference", required=True, readonly=True, copy=False, default="/")
    kind = fields.Selection(
        [("plan", "Rectification Plan"), ("result", "Rectification Report")],
        required=True,
        default="plan",
        tracking=True,
    )
    partner_id = fields.Many2one(
        "res.partner", string="Inspected Unit", required=True, index=True, tracking=True
    )
    region_id = fields.Many2one(
        "edu.region",
        string="Region",
        compute="_compute_region_id",
        store=True,
        index=True,
        help="Region of the inspected unit: district offices see the reports of their "
        "district; reports of units without region are seen by the city office only.",
    )
    inspection_id = fields.Many2one("edu.inspection", string="Inspection", index=True)
    problem_ids = fields.Many2many(
        "edu.problem",
        "edu_problem_rectification_report_rel",
        "report_id",
        "problem_id",
        string="Problems",
        domain="[('partner_id', '=', partner_id), ('state', '!=', 'closed')]",
    )
    problem_count = fields.Integer(compute="_compute_problem_count")
    measures = fields.Html(string="Rectification Measures")
    responsible_person = fields.Char()
    planned_date = fields.Date(string="Planned Completion")
    actual_date = fields.Date(string="Actual Completion")
    attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_rectification_report_attachment_rel",
        "report_id",
        "attachment_id",
        string="Attachments",
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("submitted", "Submitted"),
            ("accepted", "Accepted"),
            ("returned", "Returned"),
        ],
        default="draft",
        required=True,
        readonly=True,
        copy=False,
        tracking=True,
    )
    submit_date = fields.Datetime(readonly=True, copy=False)
    submitted_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    review_comment = fields.Text(string="Review Comments", tracking=True)
    reviewer_id = fields.Many2one("res.users", string="Reviewed By", readonly=True, copy=False)
    review_date = fields.Date(readonly=True, copy=False)
    is_published = fields.Boolean(string="Published", readonly=True, copy=False, tracking=True)
    published_date = fields.Date(readonly=True, copy=False)
    public_summary = fields.Text(
        help="Rectification status shown on the public page once a manager publishes it."
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )

    @api.constrains("partner_id", "problem_ids")
    def _check_problem_units(self):
        for report in self:
            if any(p.partner_id != report.partner_id for p in report.problem_ids):
                raise ValidationError(
                    self.env._("A rectification report covers problems of its own unit only.")
                )

    @api.depends("partner_id")
    def _compute_region_id(self):
        regions = self.partner_id._edu_unit_regions()
        for report in self:
            report.region_id = regions.get(report.partner_id.id, False)

    def _compute_problem_count(self):
        for report in self:
            report.problem_count = len(report.problem_ids)

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("name", "/") == "/":
                vals["name"] = (
                    self.env["ir.sequence"].next_by_code("edu.rectification.report") or "/"
                )
        check_transition_fields(self, vals_list, TRANSITION_FIELDS, create=True)
        return super().create(vals_list)

    def write(self, vals):
        check_transition_fields(self, [vals], TRANSITION_FIELDS)
        self._edu_check_submission_final(vals)
        return super().write(vals)

    def _edu_check_submission_final(self, vals):
        """An accepted plan or report is final: what the unit submitted no longer
        changes, for anyone (the office still writes the publication text)."""
        if self.env.su or not SUBMISSION_FIELDS.intersection(vals):
            return
        accepted = self.filtered(lambda r: r.state == "accepted")
        if accepted:
            raise UserError(
                self.env._(
                    "%s has been accepted: its problems, measures, dates and attachments "
                    "can no longer change.",
                    accepted[0].display_name,
                )
            )

    @api.ondelete(at_uninstall=False)
    def _unlink_only_draft(self):
        if self.filtered(lambda r: r.state != "draft"):
            raise UserError(
                self.env._(
                    "Only draft rectification plans and reports can be deleted: a submitted "
                    "one is part of the problem's record."
                )
            )

    def _edu_check_report_state(self, allowed):
        if self.filtered(lambda r: r.state not in allowed):
            raise UserError(
                self.env._("This action is not possible in the current state of the report.")
            )

    def action_submit(self):
        """Submit plans/reports to the supervision office.

        Public business method: office staff call it from the form on a unit's
        behalf, the unit portal will call it from its controller.
        """
        self._edu_check_submit_authority()
        self._edu_check_report_state(("draft", "returned"))
        for report in self:
            if not report.problem_ids:
                raise UserError(self.env._("Select the problems the report covers."))
            if report.kind == "result" and not report.actual_date:
                raise UserError(
                    self.env._("A rectification report needs the actual completion date.")
                )
        as_transition(self).write(
            {
                "state": "submitted",
                "submit_date": fields.Datetime.now(),
                "submitted_by_id": self.env.user.id,
            }
        )
        self.filtered(lambda r: r.kind == "plan").problem_ids._edu_mark_plan_submitted()
        self.filtered(lambda r: r.kind == "result").problem_ids._edu_mark_reported()
        return True

    def _edu_check_submit_authority(self):
        """Who may submit: office staff of the unit's region, on the unit's behalf
        (the portal addon lets the unit's own portal users submit too)."""
        self._edu_check_office()

    def _edu_check_office(self):
        """Office staff of the unit's region."""
        check_group(
            self.env,
            OFFICE_GROUP,
            self.env._("Only office staff submit and review rectification plans and reports."),
        )
        check_scope(
            self,
            "write",
            self.env._(
                "You can only handle the rectification plans and reports of the units of "
                "your region."
            ),
        )

    def _edu_check_manager(self):
        check_group(
            self.env, MANAGER_GROUP, self.env._("Only managers publish rectification status.")
        )

    def action_accept(self):
        self._edu_check_office()
        self._edu_check_report_state(("submitted",))
        as_transition(self).write(
            {
                "state": "accepted",
                "reviewer_id": self.env.user.id,
                "review_date": self.env.company._edu_today(),
            }
        )
        plans = self.filtered(lambda r: r.kind == "plan")
        plans.problem_ids.filtered(
            lambda p: p.state == "plan_submitted"
        ).action_edu_start_rectification()
        return True

    def action_return(self):
        self._edu_check_office()
        self._edu_check_report_state(("submitted",))
        if any(not (report.review_comment or "").strip() for report in self):
            raise UserError(self.env._("Write review comments before returning a report."))
        as_transition(self).write(
            {
                "state": "returned",
                "reviewer_id": self.env.user.id,
                "review_date": self.env.company._edu_today(),
            }
        )
        self.filtered(lambda r: r.kind == "plan").problem_ids._edu_mark_plan_returned()
        self.filtered(lambda r: r.kind == "result").problem_ids._edu_mark_report_returned()
        return True

    def action_publish(self):
        self._edu_check_manager()
        self._edu_check_report_state(("accepted",))
        if self.filtered("is_published"):
            raise UserError(self.env._("This report is already published."))
        if any(not (report.public_summary or "").strip() for report in self):
            raise UserError(self.env._("Write the public summary before publishing."))
        as_transition(self).write(
            {"is_published": True, "published_date": self.env.company._edu_today()}
        )
        return True

    def action_unpublish(self):
        self._edu_check_manager()
        self._edu_check_report_state(("accepted",))
        if self.filtered(lambda r: not r.is_published):
            raise UserError(self.env._("This report is not published."))
        as_transition(self).write({"is_published": False, "published_date": False})
        return True
