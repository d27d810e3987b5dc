from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import SQL
from odoo.tools.sql import create_index

#: Statistics target of ``edu_problem.school_id``: PostgreSQL keeps the frequency of up to
#: that many schools (its maximum), a province's.
SCHOOL_STATISTICS = 10000


class EduProblem(models.Model):
    """A finding (问题) of the problem library, whatever found it. Each feature that
    finds problems adds its own origin: the inspection addon its inspected units, the
    routine-visit addon its visits and complaints."""

    _name = "edu.problem"
    _description = "Problem (Finding)"
    _inherit = ["mail.thread", "mail.activity.mixin"]
    _order = "deadline, id desc"

    name = fields.Char(string="Title", required=True, tracking=True)
    description = fields.Text(tracking=True)
    requirement = fields.Text(string="Rectification Requirement", tracking=True)
    partner_id = fields.Many2one(
        "res.partner",
        string="Inspected Unit",
        compute="_compute_unit_from_school",
        store=True,
        readonly=False,
        precompute=True,
        required=True,
        index=True,
    )
    school_id = fields.Many2one("edu.school", index=True, tracking=True)
    region_id = fields.Many2one(
        "edu.region",
        compute="_compute_unit_from_school",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
    )
    category_id = fields.Many2one("edu.problem.category", index=True, tracking=True)
    severity = fields.Selection(
        [("general", "General"), ("serious", "Serious"), ("critical", "Critical")],
        required=True,
        default="general",
        tracking=True,
    )
    deadline = fields.Date(string="Rectification Deadline", tracking=True, index=True)
    source = fields.Selection([("other", "Other")], required=True, default="other")
    responsible_employee_id = fields.Many2one(
        "hr.employee",
        string="Responsible Inspector",
        domain="[('edu_is_inspector', '=', True)]",
        tracking=True,
    )
    state = fields.Selection(
        [("open", "Open"), ("closed", "Closed")],
        default="open",
        required=True,
        tracking=True,
        index=True,
        copy=False,
        group_expand=True,
    )
    is_overdue = fields.Boolean(
        string="Overdue", compute="_compute_is_overdue", search="_search_is_overdue"
    )
    is_confidential = fields.Boolean(
        string="Confidential",
        compute="_compute_is_confidential",
        search="_search_is_confidential",
        help="Kept from the responsible inspector of the problem's school while the work "
        "that found it is not final or when it must stay confidential (each feature states "
        "its own: draft visits, complaints, inspections before publication).",
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    def init(self):
        # the lists' order: problems sharing a deadline (an inspection's all do) are
        # otherwise read in full to be sorted by id
        create_index(
            self.env.cr, "edu_problem_deadline_id_index", self._table, ["deadline", "id DESC"]
        )
        # The rules of a district's government select the problems of its schools. With the
        # default statistics PostgreSQL estimates them from the average per school; when
        # other schools hold many more, it overestimates them and walks the list order's
        # index through every other problem (bench_region_rules.py: 26 ms instead of 0.2
        # ms beside 100,000 problems). With each school's frequency it estimates them right.
        cr = self.env.cr
        cr.execute(
            "SELECT attstattarget FROM pg_attribute WHERE attrelid = %s::regclass AND attname = %s",
            [self._table, "school_id"],
        )
        if cr.fetchone()[0] != SCHOOL_STATISTICS:
            table = SQL.identifier(self._table)
            cr.execute(
                SQL(
                    "ALTER TABLE %s ALTER COLUMN school_id SET STATISTICS %s",
                    table,
                    SCHOOL_STATISTICS,
                )
            )
            cr.execute(SQL("ANALYZE %s (school_id)", table))

    @api.depends("school_id")
    def _compute_unit_from_school(self):
        """The school's unit and region, unless given."""
        for problem in self:
            if problem.school_id:
                problem.partner_id = problem.partner_id or problem.school_id.partner_id
                problem.region_id = problem.region_id or problem.school_id.region_id

    @api.depends("deadline", "state")
    def _compute_is_overdue(self):
        today = self.env.company._edu_today()
        for problem in self:
            problem.is_overdue = bool(
                problem.deadline and problem.deadline < today and problem.state != "closed"
            )

    def _search_is_overdue(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on overdue problems."))
        domain = [("deadline", "<", self.env.company._edu_today()), ("state", "!=", "closed")]
        if (operator == "=") == value:
            return domain
        return ["!", "&", *domain]

    def _compute_is_confidential(self):
        # the features extending _edu_confidential_domain() add its fields with
        # @api.depends on an override of this method
        confidential = self.filtered_domain(self._edu_confidential_domain())
        for problem in self:
            problem.is_confidential = problem in confidential

    def _search_is_confidential(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on confidential problems."))
        domain = expression.normalize_domain(self._edu_confidential_domain())
        if (operator == "=") == value:
            return domain
        return ["!", *domain]

    @api.onchange("school_id")
    def _onchange_school_id(self):
        if self.school_id and not any(
            self[name]
            for name in self._edu_unit_fields()
            if name not in ("school_id", "partner_id")
        ):
            self.partner_id = self.school_id.partner_id
            self.region_id = self.school_id.region_id

    @api.model_create_multi
    def create(self, vals_list):
        unit_fields = self._edu_unit_fields()
        for vals in vals_list:
            if vals.get("school_id") and not any(
                vals.get(name) for name in unit_fields if name != "school_id"
            ):
                school = self.env["edu.school"].browse(vals["school_id"])
                vals["partner_id"] = school.partner_id.id
                vals.setdefault("region_id", school.region_id.id)
        if any(not any(vals.get(name) for name in unit_fields) for vals in vals_list):
            if not any(self.default_get(list(unit_fields)).values()):
                raise UserError(self._edu_missing_unit_message())
        return super().create(vals_list)

    def action_close(self):
        self._edu_check_lifecycle_state("open", self.env._("Closing"))
        self.check_access("write")
        self.write({"state": "closed"})

    def action_reopen(self):
        self._edu_check_lifecycle_state("closed", self.env._("Reopening"))
        self.check_access("write")
        self.write({"state": "open"})

    def _edu_check_lifecycle_state(self, state, action_label):
        if any(problem.state != state for problem in self):
            raise UserError(
                self.env._(
                    "%(action)s is not possible for these problems in their current state.",
                    action=action_label,
                )
            )

    # ------------------------------------------------------------------
    # Hooks of the features that find problems
    # ------------------------------------------------------------------
    @api.model
    def _edu_unit_fields(self):
        """The fields any of which names the inspected unit of a new problem, the
        most precise first (the school gives the unit only when no other does)."""
        return ("partner_id", "school_id")

    @api.model
    def _edu_missing_unit_message(self):
        return self.env._(
            "Choose the inspected unit of the problem: its school or the “Inspected Unit” itself."
        )

    @api.model
    def _edu_confidential_domain(self):
        """The problems kept from the responsible inspector of their school: the
        features that find problems add theirs (``expression.OR``)."""
        return expression.FALSE_DOMAIN
