from odoo import api, fields, models

RULE_SELECTION = [("ok", "Met"), ("fail", "Not met"), ("na", "No previous year")]


class EduFundingRecord(models.Model):
    _name = "edu.funding.record"
    _description = "District Education Funding Figures"
    _inherit = ["mail.thread"]
    _order = "year desc, region_id"

    region_id = fields.Many2one("edu.region", required=True, index=True, tracking=True)
    year = fields.Integer(required=True, index=True, tracking=True)
    currency_id = fields.Many2one(related="company_id.currency_id")
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company
    )
    general_budget_expenditure = fields.Monetary(
        string="General Public Budget Education Expenditure",
        currency_field="currency_id",
        tracking=True,
    )
    student_count = fields.Integer(string="Enrolled Students")
    per_student_expenditure = fields.Monetary(
        string="Per-student General Budget Education Expenditure",
        currency_field="currency_id",
        compute="_compute_per_student_expenditure",
        store=True,
    )
    education_appropriation = fields.Monetary(
        string="Education Appropriation", currency_field="currency_id"
    )
    recurrent_revenue = fields.Monetary(
        string="Recurrent Fiscal Revenue", currency_field="currency_id"
    )
    per_student_public_funds = fields.Monetary(
        string="Per-student Public Funds", currency_field="currency_id"
    )
    teacher_avg_salary = fields.Monetary(
        string="Teachers' Average Salary", currency_field="currency_id"
    )
    civil_servant_avg_salary = fields.Monetary(
        string="Civil Servants' Average Salary", currency_field="currency_id"
    )
    note = fields.Text()
    previous_id = fields.Many2one(
        "edu.funding.record", string="Previous Year", compute="_compute_rules"
    )
    appropriation_growth = fields.Float(string="Appropriation Growth (%)", compute="_compute_rules")
    revenue_growth = fields.Float(string="Recurrent Revenue Growth (%)", compute="_compute_rules")
    rule_expenditure_not_decreased = fields.Selection(
        RULE_SELECTION,
        string="Budget expenditure only increases",
        compute="_compute_rules",
        help="两个只增不减 (1): general public budget education expenditure does not decrease.",
    )
    rule_per_student_not_decreased = fields.Selection(
        RULE_SELECTION,
        string="Per-student expenditure only increases",
        compute="_compute_rules",
        help="两个只增不减 (2): per-student general budget education expenditure "
        "does not decrease.",
    )
    rule_appropriation_growth = fields.Selection(
        RULE_SELECTION,
        string="Appropriation grows faster than revenue",
        compute="_compute_rules",
        help="三个增长 (1): education appropriation grows faster than recurrent fiscal revenue.",
    )
    rule_per_student_growth = fields.Selection(
        RULE_SELECTION,
        string="Per-student expenditure increases",
        compute="_compute_rules",
        help="三个增长 (2): per-student education expenditure increases.",
    )
    rule_salary_funds_growth = fields.Selection(
        RULE_SELECTION,
        string="Teacher salary and public funds increase",
        compute="_compute_rules",
        help="三个增长 (3): teachers' salary and per-student public funds both increase.",
    )
    rule_teacher_salary_level = fields.Selection(
        RULE_SELECTION,
        string="Teacher salary not below civil servants",
        compute="_compute_rules",
    )
    rules_met = fields.Boolean(string="All Rules Met", compute="_compute_rules")

    _sql_constraints = [
        (
            "region_year_uniq",
            "unique(region_id, year, company_id)",
            "Funding figures already exist for this district and year.",
        ),
        (
            "student_count_positive",
            "CHECK(student_count >= 0)",
            "Student count cannot be negative.",
        ),
    ]

    @api.depends("general_budget_expenditure", "student_count")
    def _compute_per_student_expenditure(self):
        for record in self:
            record.per_student_expenditure = (
                record.general_budget_expenditure / record.student_count
                if record.student_count
                else 0.0
            )

    @staticmethod
    def _edu_growth(current, previous):
        if not previous:
            return 0.0
        return (current - previous) / previous * 100.0

    @staticmethod
    def _edu_rule(condition, has_previous=True):
        if not has_previous:
            return "na"
        return "ok" if condition else "fail"

    @api.depends(
        "region_id",
        "year",
        "general_budget_expenditure",
        "per_student_expenditure",
        "education_appropriation",
        "recurrent_revenue",
        "per_student_public_funds",
        "teacher_avg_salary",
        "civil_servant_avg_salary",
    )
    def _compute_rules(self):
        previous_records = self.search(
            [
                ("region_id", "in", self.region_id.ids),
                ("year", "in", [year - 1 for year in self.mapped("year")]),
            ]
        )
        by_key = {(rec.region_id.id, rec.company_id.id, rec.year): rec for rec in previous_records}
        for record in self:
            prev = by_key.get((record.region_id.id, record.company_id.id, record.year - 1))
            has_prev = bool(prev)
            record.previous_id = prev
            record.appropriation_growth = (
                self._edu_growth(record.education_appropriation, prev.education_appropriation)
                if prev
                else 0.0
            )
            record.revenue_growth = (
                self._edu_growth(record.recurrent_revenue, prev.recurrent_revenue) if prev else 0.0
            )
            record.rule_expenditure_not_decreased = self._edu_rule(
                has_prev and record.general_budget_expenditure >= prev.general_budget_expenditure,
                has_prev,
            )
            record.rule_per_student_not_decreased = self._edu_rule(
                has_prev and record.per_student_expenditure >= prev.per_student_expenditure,
                has_prev,
            )
            record.rule_appropriation_growth = self._edu_rule(
                has_prev and record.appropriation_growth > record.revenue_growth, has_prev
            )
            record.rule_per_student_growth = self._edu_rule(
                has_prev and record.per_student_expenditure > prev.per_student_expenditure,
                has_prev,
            )
            record.rule_salary_funds_growth = self._edu_rule(
                has_prev
                and record.teacher_avg_salary > prev.teacher_avg_salary
                and record.per_student_public_funds > prev.per_student_public_funds,
                has_prev,
            )
            record.rule_teacher_salary_level = (
                "ok" if record.teacher_avg_salary >= record.civil_servant_avg_salary else "fail"
            )
            record.rules_met = all(
                rule != "fail"
                for rule in (
                    record.rule_expenditure_not_decreased,
                    record.rule_per_student_not_decreased,
                    record.rule_appropriation_growth,
                    record.rule_per_student_growth,
                    record.rule_salary_funds_growth,
                    record.rule_teacher_salary_level,
                )
            )

    @api.depends("region_id", "year")
    def _compute_display_name(self):
        for record in self:
            record.display_name = f"{record.region_id.name or ''} {record.year or ''}".strip()
