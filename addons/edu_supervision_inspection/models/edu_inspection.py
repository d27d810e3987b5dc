from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.edu_supervision.tools import as_transition, changed_fields, workflow_fields_set

OPEN_STATES = ("draft", "scheduled", "in_progress", "reporting")
ONSITE_DONE_STATES = ("reporting", "approved", "published", "closed")
# Once the report is approved, its scores, grades and findings are final.
FROZEN_STATES = ("approved", "published", "closed")
# Written only by the transition methods (who may call them is checked there).
WORKFLOW_FIELDS = frozenset(
    {"state", "approved_by_id", "approval_date", "publish_date", "burden_justified_by_id"}
)
# The approved report: fixed from approval on (the public summary from publication on).
REPORT_FIELDS = frozenset({"framework_id", "report_summary", "function", "kind"})


class EduInspection(models.Model):
    _name = "edu.inspection"
    _description = "Inspection"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "date_start desc, id desc"

    name = fields.Char(required=True, tracking=True)
    reference = fields.Char(
        readonly=True, copy=False, index=True, default=lambda self: self.env._("New")
    )
    function = fields.Selection(
        [
            ("government", "Government supervision"),
            ("school", "School supervision"),
            ("monitoring", "Evaluation and monitoring"),
        ],
        required=True,
        default="school",
        tracking=True,
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
        tracking=True,
    )
    method = fields.Selection(
        [("announced", "Announced"), ("unannounced", "Unannounced")],
        required=True,
        default="announced",
        help="明察 (announced) or 暗访 (unannounced).",
    )
    region_id = fields.Many2one(
        "edu.region",
        default=lambda self: self.env.user.edu_region_id,
        tracking=True,
        index=True,
    )
    plan_id = fields.Many2one("edu.inspection.plan", index=True, copy=False)
    plan_line_id = fields.Many2one("edu.inspection.plan.line", copy=False)
    framework_id = fields.Many2one(
        "edu.indicator.framework",
        string="Indicator Framework",
        domain="[('function', '=', function)]",
        tracking=True,
    )
    date_start = fields.Date(string="On-site Start", tracking=True)
    date_end = fields.Date(string="On-site End", tracking=True)
    year = fields.Integer(compute="_compute_year", store=True, index=True)
    leader_id = fields.Many2one(
        "hr.employee",
        string="Team Leader",
        domain="[('edu_is_inspector', '=', True)]",
        tracking=True,
    )
    member_ids = fields.Many2many(
        "hr.employee",
        "edu_inspection_member_rel",
        "inspection_id",
        "employee_id",
        string="Team Members",
        domain="[('edu_is_inspector', '=', True)]",
    )
    team_employee_ids = fields.Many2many(
        "hr.employee",
        "edu_inspection_team_rel",
        "inspection_id",
        "employee_id",
        string="Team",
        compute="_compute_team_employee_ids",
        store=True,
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("scheduled", "Scheduled"),
            ("in_progress", "In Progress"),
            ("reporting", "Reporting"),
            ("approved", "Report Approved"),
            ("published", "Published"),
            ("closed", "Closed"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
        group_expand=True,
    )
    target_ids = fields.One2many("edu.inspection.target", "inspection_id", string="Targets")
    target_count = fields.Integer(compute="_compute_counts")
    problem_ids = fields.One2many("edu.problem", "inspection_id", string="Problems")
    problem_count = fields.Integer(compute="_compute_counts")
    draw_ids = fields.One2many("edu.random.draw", "inspection_id", string="Random Draws")
    draw_count = fields.Integer(compute="_compute_counts")
    feedback_overdue_count = fields.Integer(compute="_compute_counts")
    third_party_partner_id = fields.Many2one(
        "res.partner",
        string="Commissioned Third Party",
        help="Evaluation and monitoring commissioned to a third party by government procurement.",
    )
    contract_amount = fields.Monetary(currency_field="currency_id")
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )
    description = fields.Html(string="Scope and Arrangements")
    report_summary = fields.Html(string="Report Conclusions")
    public_summary = fields.Text(
        help="Summary published on the government website and in the media.", tracking=True
    )
    approved_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    approval_date = fields.Date(readonly=True, copy=False)
    publish_date = fields.Date(readonly=True, copy=False, tracking=True)
    burden_justification = fields.Text(
        copy=False,
        tracking=True,
        help="Recorded by a manager when this inspection exceeds the yearly cap of "
        "inspections per school.",
    )
    burden_justified_by_id = fields.Many2one("res.users", readonly=True, copy=False)
    color = fields.Integer()

    @api.depends("date_start")
    def _compute_year(self):
        today = self.env.company._edu_today()
        for inspection in self:
            inspection.year = (inspection.date_start or today).year

    @api.depends("leader_id", "member_ids")
    def _compute_team_employee_ids(self):
        for inspection in self:
            inspection.team_employee_ids = inspection.leader_id | inspection.member_ids

    def _compute_counts(self):
        domain = [("inspection_id", "in", self.ids)]
        targets = dict(
            self.env["edu.inspection.target"]._read_group(domain, ["inspection_id"], ["__count"])
        )
        problems = dict(self.env["edu.problem"]._read_group(domain, ["inspection_id"], ["__count"]))
        draws = dict(
            self.env["edu.random.draw"]._read_group(domain, ["inspection_id"], ["__count"])
        )
        overdue = dict(
            self.env["edu.inspection.target"]._read_group(
                domain + [("feedback_overdue", "=", True)], ["inspection_id"], ["__count"]
            )
        )
        for inspection in self:
            inspection.target_count = targets.get(inspection, 0)
            inspection.problem_count = problems.get(inspection, 0)
            inspection.draw_count = draws.get(inspection, 0)
            inspection.feedback_overdue_count = overdue.get(inspection, 0)

    @api.constrains("date_start", "date_end")
    def _check_dates(self):
        for inspection in self:
            if (
                inspection.date_start
                and inspection.date_end
                and inspection.date_end < inspection.date_start
            ):
                raise ValidationError(
                    self.env._("The on-site end cannot be before the on-site start.")
                )

    @api.constrains("leader_id", "member_ids")
    def _check_team_certificates(self):
        for inspection in self:
            if inspection.state in ("closed", "cancelled"):
                continue
            team = inspection.leader_id | inspection.member_ids
            if team:
                team._edu_check_certificate_valid()

    @api.constrains("date_start", "state", "burden_justification")
    def _check_burden_constraint(self):
        self._edu_check_burden()

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._edu_check_workflow_vals(vals, create=True)
        if any(vals.get("burden_justification") for vals in vals_list):
            self._edu_check_manager_justification()
        for vals in vals_list:
            if not vals.get("reference") or vals["reference"] == self.env._("New"):
                vals["reference"] = self.env["ir.sequence"].next_by_code("edu.inspection") or "/"
        inspections = super().create(vals_list)
        # Searches on a many2many do not flush pending computations: store the team now
        # so that record rules and searches on it see it in the same transaction.
        inspections.flush_recordset(["team_employee_ids"])
        if inspections.team_employee_ids.user_id:
            # the record rules name the inspections of a user's teams
            self.env["res.users"]._edu_rule_scope_changed()
        return inspections

    def write(self, vals):
        self._edu_check_workflow_vals(vals)
        self._edu_check_report_frozen(vals)
        if "burden_justification" in vals:
            self._edu_check_manager_justification()
            vals = dict(
                vals,
                burden_justified_by_id=self.env.user.id if vals["burden_justification"] else False,
            )
        res = super().write(vals)
        if "leader_id" in vals or "member_ids" in vals:
            self.flush_recordset(["team_employee_ids"])
            self.env["res.users"]._edu_rule_scope_changed()
        return res

    @api.ondelete(at_uninstall=False)
    def _unlink_except_started(self):
        if any(inspection.state not in ("draft", "cancelled") for inspection in self):
            raise UserError(self.env._("Only draft or cancelled inspections can be deleted."))

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    def _edu_onsite_days(self):
        """Number of on-site days (both ends included), 0 when dates are missing."""
        self.ensure_one()
        if not self.date_start or not self.date_end:
            return 0
        return (self.date_end - self.date_start).days + 1

    def _edu_report_region(self):
        """The region printed on the inspection's documents: its own, else (a city-level
        inspection without region) the city of its company."""
        self.ensure_one()
        return self.region_id or self.env["edu.region"].search(
            [
                ("level", "=", "city"),
                ("parent_id", "=", False),
                ("company_id", "=", self.company_id.id),
            ],
            limit=1,
        )

    def _edu_is_manager(self):
        return self.env.user.has_group("edu_supervision.group_edu_manager")

    def _edu_is_office(self):
        return self.env.user.has_group("edu_supervision.group_edu_office")

    def _edu_check_manager_justification(self):
        if not self.env.su and not self._edu_is_manager():
            raise AccessError(
                self.env._(
                    "Only a manager can record a justification for exceeding the inspection cap."
                )
            )

    def _edu_check_burden(self):
        """Refuse inspections that exceed the yearly cap of inspections per school (§9)."""
        inspections = self.filtered(lambda i: i.state != "cancelled" and not i.burden_justification)
        if not inspections:
            return
        targets = inspections.target_ids.filtered("school_id")
        if not targets:
            return
        years = set(inspections.mapped("year"))
        counts = self.env["edu.inspection.target"]._edu_school_year_counts(
            targets.school_id.ids, years
        )
        for inspection in inspections:
            cap = inspection.company_id.edu_max_inspections_per_school
            if not cap:
                continue
            over = inspection.target_ids.school_id.filtered(
                lambda school, i=inspection, c=cap: counts.get((school.id, i.year), 0) > c
            )
            if over:
                raise ValidationError(
                    self.env._(
                        "Inspection %(name)s exceeds the cap of %(cap)s inspections per school "
                        "in %(year)s for: %(schools)s. "
                        "A manager must record a justification first.",
                        name=inspection.display_name,
                        cap=cap,
                        year=inspection.year,
                        schools=", ".join(over.mapped("name")),
                    )
                )

    def _edu_check_state(self, states, action_label):
        for inspection in self:
            if inspection.state not in states:
                raise UserError(
                    self.env._(
                        "%(action)s is not possible for inspection %(name)s in its current state.",
                        action=action_label,
                        name=inspection.display_name,
                    )
                )

    def _edu_check_office_or_leader(self):
        if self.env.su or self._edu_is_office():
            return
        for inspection in self:
            if inspection.leader_id.user_id != self.env.user:
                raise AccessError(
                    self.env._("Only the team leader or the supervision office can do this.")
                )

    def _edu_check_team_can_edit(self):
        """Inspectors change the inspected units and scores of their own team's inspections
        until the report is approved. The record rules enforce it; this names the rule."""
        if self.env.su or self._edu_is_office():
            return
        mine = self.search(
            [("id", "in", self.ids), ("team_employee_ids.user_id", "=", self.env.uid)]
        )
        if self - mine:
            raise AccessError(
                self.env._(
                    "Only members of the inspection team can score and evaluate its "
                    "inspected units."
                )
            )
        for inspection in mine:
            if inspection.state not in OPEN_STATES:
                raise AccessError(
                    self.env._(
                        "The report of inspection %s has been approved: its inspected units, "
                        "scores and evaluations are final.",
                        inspection.display_name,
                    )
                )

    def _edu_check_office(self):
        if not self.env.su and not self._edu_is_office():
            raise AccessError(self.env._("Only the supervision office can do this."))

    def _edu_check_manager(self):
        if not self.env.su and not self._edu_is_manager():
            raise AccessError(self.env._("Only a manager (chief inspector) can do this."))

    def _edu_check_workflow_vals(self, vals, create=False):
        """The state and the approval stamps change only through the transition methods,
        which check who may call them: a direct create or write of them is refused."""
        if workflow_fields_set(self, vals, WORKFLOW_FIELDS, {"state": "draft"}, create):
            raise AccessError(
                self.env._(
                    "The status of an inspection and its approval and publication stamps "
                    "change only through its buttons (Schedule, Approve Report, Publish...)."
                )
            )

    def _edu_check_report_frozen(self, vals):
        """An approved report is final: its framework, conclusions and nature no longer
        change (the public summary neither, once published)."""
        if self.env.su:
            return
        for inspection in self:
            frozen = set()
            if inspection.state in FROZEN_STATES:
                frozen |= REPORT_FIELDS
            if inspection.state in ("published", "closed"):
                frozen.add("public_summary")
            changed = changed_fields(inspection, vals, frozen)
            if changed:
                raise UserError(
                    self.env._(
                        "The report of inspection %(name)s has been approved: %(fields)s "
                        "can no longer be changed.",
                        name=inspection.display_name,
                        fields="、".join(
                            self._fields[name]._description_string(self.env)
                            for name in sorted(changed)
                        ),
                    )
                )

    def _edu_write_transition(self, vals):
        return as_transition(self).write(vals)

    @api.depends("reference", "name")
    def _compute_display_name(self):
        for inspection in self:
            if inspection.reference and inspection.reference != "/":
                inspection.display_name = f"[{inspection.reference}] {inspection.name}"
            else:
                inspection.display_name = inspection.name

    # ------------------------------------------------------------------
    # State machine
    # ------------------------------------------------------------------
    def action_schedule(self):
        self._edu_check_office()
        self._edu_check_state(("draft",), self.env._("Scheduling"))
        self.check_access("write")
        for inspection in self:
            if not inspection.date_start or not inspection.date_end:
                raise UserError(self.env._("Set the on-site dates before scheduling."))
            if not inspection.leader_id:
                raise UserError(self.env._("Choose a team leader before scheduling."))
            if not inspection.target_ids:
                raise UserError(self.env._("Add at least one inspected unit before scheduling."))
            (inspection.leader_id | inspection.member_ids)._edu_check_certificate_valid()
        self._edu_write_transition({"state": "scheduled"})
        self._edu_check_burden()

    def action_start(self):
        self._edu_check_office_or_leader()
        self._edu_check_state(("scheduled",), self.env._("Starting the on-site phase"))
        self.check_access("write")
        self._edu_write_transition({"state": "in_progress"})
        self.target_ids._edu_generate_score_lines()

    def action_end_onsite(self):
        self._edu_check_office_or_leader()
        self._edu_check_state(("in_progress",), self.env._("Ending the on-site phase"))
        self.check_access("write")
        self._edu_write_transition({"state": "reporting"})

    def action_approve(self):
        self._edu_check_manager()
        self._edu_check_state(("reporting",), self.env._("Approving the report"))
        # The totals and grades are stored as they are now: from approval on they are
        # final (see edu.inspection.target._compute_scores).
        self.target_ids._edu_snapshot_scores()
        self._edu_write_transition(
            {
                "state": "approved",
                "approved_by_id": self.env.user.id,
                "approval_date": self.env.company._edu_today(),
            }
        )

    def action_back_to_reporting(self):
        self._edu_check_manager()
        self._edu_check_state(("approved",), self.env._("Sending the report back"))
        self._edu_write_transition(
            {"state": "reporting", "approved_by_id": False, "approval_date": False}
        )

    def action_publish(self):
        self._edu_check_manager()
        self._edu_check_state(("approved",), self.env._("Publishing"))
        for inspection in self:
            if not inspection.public_summary:
                raise UserError(self.env._("Write the public summary before publishing."))
        self._edu_write_transition(
            {"state": "published", "publish_date": self.env.company._edu_today()}
        )

    def action_close(self):
        self._edu_check_office()
        self._edu_check_state(("published",), self.env._("Closing"))
        self.check_access("write")
        for inspection in self:
            missing = inspection.target_ids.filtered(lambda t: not t.feedback_date)
            if missing:
                raise UserError(
                    self.env._(
                        "Feedback has not been sent to: %s",
                        ", ".join(missing.mapped("display_name")),
                    )
                )
        self._edu_write_transition({"state": "closed"})

    def action_cancel(self):
        self._edu_check_office()
        self._edu_check_state(
            ("draft", "scheduled", "in_progress", "reporting"), self.env._("Cancelling")
        )
        self.check_access("write")
        self._edu_write_transition({"state": "cancelled"})

    def action_reset_draft(self):
        self._edu_check_office()
        self._edu_check_state(("cancelled",), self.env._("Resetting to draft"))
        self.check_access("write")
        self._edu_write_transition({"state": "draft"})
        self._edu_check_burden()

    # ------------------------------------------------------------------
    # Buttons
    # ------------------------------------------------------------------
    def _edu_action_open(self, xmlid, domain, context):
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(xmlid)
        action["domain"] = domain
        action["context"] = context
        return action

    def action_view_targets(self):
        self.ensure_one()
        return self._edu_action_open(
            "edu_supervision_inspection.edu_inspection_target_action",
            [("inspection_id", "=", self.id)],
            {"default_inspection_id": self.id},
        )

    def action_view_problems(self):
        self.ensure_one()
        return self._edu_action_open(
            "edu_supervision_problem.edu_problem_action",
            [("inspection_id", "=", self.id)],
            {"default_inspection_id": self.id},
        )

    def action_view_draws(self):
        self.ensure_one()
        return self._edu_action_open(
            "edu_supervision_inspection.edu_random_draw_action",
            [("inspection_id", "=", self.id)],
            {"default_inspection_id": self.id},
        )

    def action_generate_score_lines(self):
        self._edu_check_state(
            ("scheduled", "in_progress", "reporting"), self.env._("Generating the scoring sheets")
        )
        self.check_access("write")
        self.target_ids._edu_generate_score_lines()

    # ------------------------------------------------------------------
    # Scheduled action
    # ------------------------------------------------------------------
    @api.model
    def _cron_feedback_overdue(self):
        """Create one activity per inspection for its team leader when the feedback to
        some of its units is overdue; each unit is reminded once."""
        targets = self.env["edu.inspection.target"].search(
            [("feedback_overdue", "=", True), ("feedback_reminded", "=", False)]
        )
        activity_type = self.env.ref("mail.mail_activity_data_todo", raise_if_not_found=False)
        model_id = self.env["ir.model"]._get_id("edu.inspection")
        today = self.env.company._edu_today()
        vals_list = []
        for inspection in targets.inspection_id:
            overdue = targets.filtered(lambda t, i=inspection: t.inspection_id == i)
            user = inspection.leader_id.user_id or inspection.create_uid
            units = ", ".join(
                f"{target.display_name} ({target.feedback_due_date})" for target in overdue
            )
            vals_list.append(
                {
                    "res_model_id": model_id,
                    "res_id": inspection.id,
                    "activity_type_id": activity_type.id if activity_type else False,
                    "summary": self.env._("Feedback overdue: %s", inspection.display_name),
                    "note": self.env._("The feedback to these units is overdue: %s", units),
                    "date_deadline": today,
                    "user_id": user.id,
                }
            )
        self.env["mail.activity"].create(vals_list)
        targets.write({"feedback_reminded": True})
        return targets
