from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from .edu_funding_record import RULE_SELECTION

ONSITE_DONE_STATES = ("reporting", "approved", "published", "closed")
FROZEN_STATES = ("approved", "published", "closed")
# What may still change on a unit once the report is approved: the feedback to it.
FEEDBACK_FIELDS = frozenset({"feedback_date", "feedback_note", "feedback_reminded"})
# Computed from the scoring sheet, never entered.
SCORE_FIELDS = (
    "total_score",
    "max_total_score",
    "score_percent",
    "veto_triggered",
    "grade_band_id",
)
# Copies of the inspection's fields: they change on the inspection.
INSPECTION_FIELDS = ("state", "function", "year", "kind", "inspection_date_start", "company_id")


class EduInspectionTarget(models.Model):
    _name = "edu.inspection.target"
    _description = "Inspected Unit"
    _order = "inspection_id, sequence, id"

    sequence = fields.Integer(default=10)
    inspection_id = fields.Many2one("edu.inspection", required=True, ondelete="cascade", index=True)
    function = fields.Selection(related="inspection_id.function", store=True)
    state = fields.Selection(related="inspection_id.state", string="Inspection Status", store=True)
    year = fields.Integer(related="inspection_id.year", store=True, index=True)
    kind = fields.Selection(related="inspection_id.kind", store=True)
    inspection_date_start = fields.Date(related="inspection_id.date_start", store=True)
    school_id = fields.Many2one("edu.school", index=True)
    region_id = fields.Many2one(
        "edu.region",
        compute="_compute_region_id",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
        help="The district (for government supervision) or the school's region.",
    )
    partner_id = fields.Many2one(
        "res.partner",
        string="Inspected Unit",
        compute="_compute_partner_id",
        store=True,
        precompute=True,
        index=True,
    )
    score_ids = fields.One2many("edu.inspection.score", "target_id", string="Scoring Sheet")
    total_score = fields.Float(compute="_compute_scores", store=True, digits=(16, 2))
    max_total_score = fields.Float(
        string="Maximum", compute="_compute_scores", store=True, digits=(16, 2)
    )
    score_percent = fields.Float(
        string="Score (%)", compute="_compute_scores", store=True, digits=(16, 2)
    )
    veto_triggered = fields.Boolean(compute="_compute_scores", store=True)
    is_scored = fields.Boolean(
        string="Scored",
        compute="_compute_scores",
        store=True,
        help="At least one check point has a score or a triggered veto. Until then the unit "
        "has no total and no grade.",
    )
    grade_band_id = fields.Many2one("edu.grade.band", compute="_compute_scores", store=True)
    grade = fields.Char(related="grade_band_id.name", string="Grade")
    strengths = fields.Text()
    weaknesses = fields.Text()
    evaluation = fields.Html()
    evaluator_id = fields.Many2one("hr.employee", domain="[('edu_is_inspector', '=', True)]")
    evidence_attachment_ids = fields.Many2many(
        "ir.attachment",
        "edu_inspection_target_attachment_rel",
        "target_id",
        "attachment_id",
        string="Evidence",
    )
    problem_ids = fields.One2many("edu.problem", "target_id", string="Problems")
    problem_count = fields.Integer(compute="_compute_problem_count")
    feedback_due_date = fields.Date(
        compute="_compute_feedback_due_date",
        store=True,
        help="Set when the on-site phase ends: end + 30 days (comprehensive) or 15 days (others).",
    )
    feedback_date = fields.Date(string="Feedback Sent On", copy=False)
    feedback_note = fields.Text(string="Feedback")
    feedback_overdue = fields.Boolean(
        compute="_compute_feedback_overdue", search="_search_feedback_overdue"
    )
    feedback_reminded = fields.Boolean(copy=False)
    funding_record_id = fields.Many2one(
        "edu.funding.record", string="Funding Figures", compute="_compute_funding_record_id"
    )
    funding_rule_expenditure = fields.Selection(
        RULE_SELECTION,
        string="Budget expenditure only increases",
        compute="_compute_funding_record_id",
    )
    funding_rule_per_student = fields.Selection(
        RULE_SELECTION,
        string="Per-student expenditure only increases",
        compute="_compute_funding_record_id",
    )
    funding_rule_appropriation = fields.Selection(
        RULE_SELECTION,
        string="Appropriation grows faster than revenue",
        compute="_compute_funding_record_id",
    )
    funding_rule_per_student_growth = fields.Selection(
        RULE_SELECTION,
        string="Per-student expenditure increases",
        compute="_compute_funding_record_id",
    )
    funding_rule_salary_funds = fields.Selection(
        RULE_SELECTION,
        string="Teacher salary and public funds increase",
        compute="_compute_funding_record_id",
    )
    funding_rule_teacher_salary = fields.Selection(
        RULE_SELECTION,
        string="Teacher salary not below civil servants",
        compute="_compute_funding_record_id",
    )
    funding_rules_met = fields.Boolean(string="All Rules Met", compute="_compute_funding_record_id")
    company_id = fields.Many2one(related="inspection_id.company_id", store=True)

    _sql_constraints = [
        (
            "inspection_partner_uniq",
            "unique(inspection_id, partner_id)",
            "A unit can be inspected only once within an inspection.",
        ),
    ]

    @api.depends("school_id")
    def _compute_region_id(self):
        for target in self:
            if target.school_id:
                target.region_id = target.school_id.region_id

    @api.depends("school_id", "region_id")
    def _compute_partner_id(self):
        for target in self:
            if target.school_id:
                target.partner_id = target.school_id.partner_id
            else:
                target.partner_id = target.region_id.government_partner_id

    @api.depends(
        "score_ids.score",
        "score_ids.veto_triggered",
        "score_ids.indicator_id.max_score",
        "score_ids.indicator_id.effective_weight",
        "inspection_id.framework_id.grade_band_ids",
        "inspection_id.state",
    )
    def _compute_scores(self):
        """Weighted totals and grade. Once the inspection's report is approved they are a
        stored snapshot: a later change of a weight, a maximum or a band no longer moves
        them (the stored values are kept)."""
        band_model = self.env["edu.grade.band"]
        bands_by_framework = {}
        for target in self:
            if target.id and target.inspection_id.state in FROZEN_STATES:
                continue
            total = maximum = 0.0
            for line in target.score_ids:
                weight = line.indicator_id.effective_weight
                total += line.score * weight
                maximum += line.indicator_id.max_score * weight
            veto = any(target.score_ids.mapped("veto_triggered"))
            percent = total / maximum * 100.0 if maximum else 0.0
            target.total_score = total
            target.max_total_score = maximum
            target.score_percent = percent
            target.veto_triggered = veto
            target.is_scored = veto or any(target.score_ids.mapped("score"))
            if not target.is_scored:
                target.grade_band_id = False
                continue
            framework = target.inspection_id.framework_id
            if framework.id not in bands_by_framework:
                bands_by_framework[framework.id] = band_model._edu_bands_for(framework)
            band = band_model._edu_band_for_percent(bands_by_framework[framework.id], percent, veto)
            target.grade_band_id = band

    def _compute_problem_count(self):
        counts = dict(
            self.env["edu.problem"]._read_group(
                [("target_id", "in", self.ids)], ["target_id"], ["__count"]
            )
        )
        for target in self:
            target.problem_count = counts.get(target, 0)

    @api.depends("inspection_id.state", "inspection_id.date_end", "inspection_id.kind")
    def _compute_feedback_due_date(self):
        for target in self:
            inspection = target.inspection_id
            if inspection.state in ONSITE_DONE_STATES and inspection.date_end:
                company = inspection.company_id
                days = (
                    company.edu_feedback_days_comprehensive
                    if inspection.kind == "comprehensive"
                    else company.edu_feedback_days_special
                )
                target.feedback_due_date = inspection.date_end + timedelta(days=days)
            else:
                target.feedback_due_date = False

    @api.depends("feedback_due_date", "feedback_date")
    def _compute_feedback_overdue(self):
        today = self.env.company._edu_today()
        for target in self:
            target.feedback_overdue = bool(
                target.feedback_due_date
                and not target.feedback_date
                and target.feedback_due_date < today
                and target.state != "cancelled"
            )

    def _search_feedback_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on overdue feedback."))
        domain = [
            ("feedback_due_date", "<", self.env.company._edu_today()),
            ("feedback_date", "=", False),
            ("state", "!=", "cancelled"),
        ]
        if (operator == "=") == value:
            return domain
        return ["!", "&", "&", *domain]

    def _compute_funding_record_id(self):
        regions = self.region_id
        records = self.env["edu.funding.record"].search(
            [
                ("region_id", "in", regions.ids),
                ("year", "in", [y for year in self.mapped("year") for y in (year - 1, year)]),
            ]
        )
        by_key = {(rec.region_id.id, rec.year): rec for rec in records}
        for target in self:
            record = records.browse()
            if target.function == "government":
                record = (
                    by_key.get((target.region_id.id, target.year - 1))
                    or by_key.get((target.region_id.id, target.year))
                    or record
                )
            target.funding_record_id = record
            target.funding_rule_expenditure = record.rule_expenditure_not_decreased
            target.funding_rule_per_student = record.rule_per_student_not_decreased
            target.funding_rule_appropriation = record.rule_appropriation_growth
            target.funding_rule_per_student_growth = record.rule_per_student_growth
            target.funding_rule_salary_funds = record.rule_salary_funds_growth
            target.funding_rule_teacher_salary = record.rule_teacher_salary_level
            target.funding_rules_met = record.rules_met

    @api.constrains("school_id", "region_id", "inspection_id")
    def _check_unit(self):
        for target in self:
            if target.function == "school" and not target.school_id:
                raise ValidationError(self.env._("School supervision targets must be schools."))
            if target.function == "government" and not target.region_id:
                raise ValidationError(
                    self.env._("Government supervision targets must be district governments.")
                )
            if not target.partner_id and target.region_id and not target.school_id:
                raise ValidationError(
                    self.env._(
                        "Set the “Government Unit” of region %s first: government supervision "
                        "inspects that unit.",
                        target.region_id.display_name,
                    )
                )
            if not target.partner_id:
                raise ValidationError(
                    self.env._("The inspected unit has no partner (school or government unit).")
                )

    @api.constrains("school_id", "inspection_id")
    def _check_burden(self):
        self.inspection_id._edu_check_burden()

    @api.depends("school_id", "region_id", "partner_id")
    def _compute_display_name(self):
        for target in self:
            target.display_name = (
                target.school_id.name or target.partner_id.name or target.region_id.name or ""
            )

    @api.model_create_multi
    def create(self, vals_list):
        inspections = self.env["edu.inspection"].browse(
            {vals.get("inspection_id") for vals in vals_list if vals.get("inspection_id")}
        )
        self.check_access("create")
        self._edu_check_inspections_frozen(inspections)
        return super().create(vals_list)

    def write(self, vals):
        if not self.env.su and set(SCORE_FIELDS).intersection(vals):
            raise UserError(self.env._("Totals and grades are computed from the scoring sheet."))
        if not self.env.su and set(INSPECTION_FIELDS).intersection(vals):
            raise UserError(
                self.env._(
                    "The status, nature, year and dates of an inspected unit are those of its "
                    "inspection: change them on the inspection."
                )
            )
        if set(vals) - FEEDBACK_FIELDS:
            self.inspection_id._edu_check_team_can_edit()
        self._edu_check_report_frozen(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_report_approved(self):
        self._edu_check_inspections_frozen(self.inspection_id)

    def _edu_snapshot_scores(self):
        """Compute the totals and grades from the current scoring sheets and store them:
        called just before approval, after which they are kept as they are."""
        for name in SCORE_FIELDS:
            self.env.add_to_compute(self._fields[name], self)
        self.flush_recordset(list(SCORE_FIELDS))

    def _edu_check_report_frozen(self, vals):
        """Once the report is approved, only the feedback to the unit may change."""
        if self.env.su or not set(vals) - FEEDBACK_FIELDS:
            return
        self._edu_check_inspections_frozen(self.inspection_id, self)

    def _edu_check_inspections_frozen(self, inspections, records=None):
        """Refuse when one of ``inspections`` has an approved report; a user who may not
        write ``records`` at all is told so first (AccessError)."""
        if self.env.su:
            return
        frozen = inspections.filtered(lambda i: i.state in FROZEN_STATES)
        if frozen:
            if records:
                records.check_access("write")
            raise UserError(
                self.env._(
                    "The report of inspection %s has been approved: its inspected units, "
                    "scores and evaluations are final.",
                    frozen[0].display_name,
                )
            )

    @api.model
    def _edu_school_year_counts(self, school_ids, years):
        """{(school_id, year): number of non-cancelled inspections} in one query.

        The cap counts every inspection of the school, including those the current
        user is not allowed to see, hence the superuser read of the counts only.
        """
        groups = self.sudo()._read_group(
            [
                ("school_id", "in", list(school_ids)),
                ("year", "in", list(years)),
                ("state", "!=", "cancelled"),
            ],
            ["school_id", "year"],
            ["__count"],
        )
        return {(school.id, year): count for school, year, count in groups}

    def _edu_generate_score_lines(self):
        """Create the scoring sheet lines for every check point of the framework."""
        vals_list = []
        for target in self:
            framework = target.inspection_id.framework_id
            if not framework:
                continue
            existing = set(target.score_ids.indicator_id.ids)
            for leaf in framework._edu_leaf_indicators():
                if leaf.id not in existing:
                    vals_list.append({"target_id": target.id, "indicator_id": leaf.id})
        return self.env["edu.inspection.score"].create(vals_list)

    def action_open_target(self):
        self.ensure_one()
        self.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "target": "current",
        }

    def action_generate_score_lines(self):
        if any(t.state not in ("scheduled", "in_progress", "reporting") for t in self):
            raise UserError(
                self.env._(
                    "Scoring sheets can only be generated while the inspection is scheduled, "
                    "on site or reporting."
                )
            )
        self.check_access("write")
        self._edu_generate_score_lines()

    def action_send_feedback(self):
        """Record that the feedback was sent to the units: the supervision office's task."""
        self.inspection_id._edu_check_office()
        for target in self:
            if target.inspection_id.state not in ONSITE_DONE_STATES:
                raise UserError(
                    self.env._("Feedback can only be sent once the on-site phase has ended.")
                )
        self.check_access("write")
        self.filtered(lambda t: not t.feedback_date).write(
            {"feedback_date": self.env.company._edu_today()}
        )
