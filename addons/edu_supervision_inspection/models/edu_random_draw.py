import json
import random
import secrets

from dateutil.relativedelta import relativedelta

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError, ValidationError

from odoo.addons.edu_supervision.tools import as_transition, workflow_fields_set

# Fields a performed draw may still change, and only through its own transitions.
DRAWN_TRANSITION_FIELDS = {"state", "confirmed_date", "confirmed_by_id", "next_draw_id"}
# Written only by the draw itself (perform, confirm, redraw), never entered.
WORKFLOW_FIELDS = frozenset(
    {
        "state",
        "seed",
        "target_pool_json",
        "inspector_pool_json",
        "result_school_ids",
        "result_employee_ids",
        "exclusion_ids",
        "exclusion_json",
        "drawn_date",
        "drawn_by_id",
        "confirmed_date",
        "confirmed_by_id",
        "previous_draw_id",
        "next_draw_id",
        "redraw_reason",
    }
)


def edu_draw_sample(seed, label, pool_ids, size):
    """Deterministic draw: the same seed, label and pool always give the same result.

    The pool is sorted first so that the order in which ids were collected does not
    matter; the result is returned sorted.
    """
    pool = sorted(pool_ids)
    if size > len(pool):
        raise ValueError("pool too small")
    rng = random.Random(f"{seed}:{label}")
    return sorted(rng.sample(pool, size))


class EduRandomDraw(models.Model):
    _name = "edu.random.draw"
    _description = "Double-random Draw"
    _inherit = ["mail.thread"]
    _order = "id desc"

    name = fields.Char(
        string="Reference", readonly=True, copy=False, default=lambda self: self.env._("New")
    )
    inspection_id = fields.Many2one(
        "edu.inspection",
        index=True,
        domain="[('state', 'in', ('draft', 'scheduled'))]",
        tracking=True,
    )
    region_id = fields.Many2one(
        "edu.region",
        compute="_compute_from_inspection",
        store=True,
        readonly=False,
        precompute=True,
        index=True,
    )
    date_start = fields.Date(
        compute="_compute_from_inspection", store=True, readonly=False, precompute=True
    )
    date_end = fields.Date(
        compute="_compute_from_inspection", store=True, readonly=False, precompute=True
    )
    year = fields.Integer(compute="_compute_year", store=True)
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("drawn", "Drawn"),
            ("confirmed", "Confirmed"),
            ("superseded", "Redrawn"),
            ("cancelled", "Cancelled"),
        ],
        default="draft",
        required=True,
        tracking=True,
        copy=False,
        index=True,
    )
    # Target filters
    draw_targets = fields.Boolean(string="Draw Units", default=True)
    target_region_ids = fields.Many2many(
        "edu.region",
        "edu_random_draw_target_region_rel",
        "draw_id",
        "region_id",
        string="Regions of Units",
    )
    school_stage = fields.Selection(
        selection=lambda self: self._edu_selection_of("edu.school", "stage"),
        string="Stage",
    )
    school_ownership = fields.Selection(
        selection=lambda self: self._edu_selection_of("edu.school", "ownership"),
        string="Ownership",
    )
    recent_months = fields.Integer(
        string="Not Inspected Within (months)",
        default=lambda self: self.env.company.edu_draw_recent_months,
    )
    respect_burden_cap = fields.Boolean(string="Respect Yearly Cap", default=True)
    target_count = fields.Integer(string="Units to Draw", default=1, tracking=True)
    # Inspector filters
    draw_inspectors = fields.Boolean(default=True)
    inspector_specialty = fields.Selection(
        selection=lambda self: self._edu_selection_of("hr.employee", "edu_specialty"),
        string="Specialty",
    )
    inspector_region_ids = fields.Many2many(
        "edu.region",
        "edu_random_draw_inspector_region_rel",
        "draw_id",
        "region_id",
        string="Regions of Inspectors",
    )
    inspector_type = fields.Selection(
        selection=lambda self: self._edu_selection_of("hr.employee", "edu_inspector_type"),
        string="Inspector Type",
    )
    require_independence = fields.Boolean(
        default=True,
        help="Exclude the responsible inspectors (挂牌督导) of the drawn schools.",
    )
    inspector_count = fields.Integer(string="Inspectors to Draw", default=1, tracking=True)
    # Frozen draw
    seed = fields.Char(readonly=True, copy=False, tracking=True)
    target_pool_json = fields.Text(string="Frozen Unit Pool", readonly=True, copy=False)
    inspector_pool_json = fields.Text(string="Frozen Inspector Pool", readonly=True, copy=False)
    target_pool_count = fields.Integer(compute="_compute_pool_counts")
    inspector_pool_count = fields.Integer(compute="_compute_pool_counts")
    target_pool_school_ids = fields.Many2many(
        "edu.school", compute="_compute_pool_records", string="Unit Pool"
    )
    inspector_pool_employee_ids = fields.Many2many(
        "hr.employee", compute="_compute_pool_records", string="Inspector Pool"
    )
    result_school_ids = fields.Many2many(
        "edu.school",
        "edu_random_draw_result_school_rel",
        "draw_id",
        "school_id",
        string="Drawn Units",
        readonly=True,
        copy=False,
    )
    result_employee_ids = fields.Many2many(
        "hr.employee",
        "edu_random_draw_result_employee_rel",
        "draw_id",
        "employee_id",
        string="Drawn Inspectors",
        readonly=True,
        copy=False,
    )
    # [[kind, school id, employee id, reason, note], ...] in JSON, frozen with the
    # pools; the exclusion lines are a query of it
    exclusion_json = fields.Text(
        string="Frozen Exclusions", readonly=True, copy=False, prefetch=False
    )
    exclusion_ids = fields.One2many(
        "edu.random.draw.exclusion", "draw_id", string="Exclusions", readonly=True, copy=False
    )
    exclusion_count = fields.Integer(compute="_compute_exclusion_count")
    drawn_date = fields.Datetime(readonly=True, copy=False)
    drawn_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    confirmed_date = fields.Datetime(readonly=True, copy=False)
    confirmed_by_id = fields.Many2one("res.users", readonly=True, copy=False, tracking=True)
    previous_draw_id = fields.Many2one(
        "edu.random.draw", string="Replaces", readonly=True, copy=False
    )
    next_draw_id = fields.Many2one(
        "edu.random.draw", string="Replaced By", readonly=True, copy=False
    )
    redraw_reason = fields.Text(readonly=True, copy=False, tracking=True)
    history_ids = fields.Many2many(
        "edu.random.draw", compute="_compute_history_ids", string="History"
    )
    company_id = fields.Many2one(
        "res.company", required=True, default=lambda self: self.env.company, index=True
    )

    @api.model
    def _edu_selection_of(self, model, field_name):
        """The (translated) selection of another model's field, for the filters."""
        return self.env[model]._fields[field_name]._description_selection(self.env)

    @api.depends("inspection_id")
    def _compute_from_inspection(self):
        for draw in self:
            if draw.inspection_id:
                draw.region_id = draw.inspection_id.region_id
                draw.date_start = draw.inspection_id.date_start
                draw.date_end = draw.inspection_id.date_end
            elif not draw.region_id:
                draw.region_id = self.env.user.edu_region_id

    @api.depends("date_start")
    def _compute_year(self):
        today = self.env.company._edu_today()
        for draw in self:
            draw.year = (draw.date_start or today).year

    @api.depends("target_pool_json", "inspector_pool_json")
    def _compute_pool_counts(self):
        for draw in self:
            draw.target_pool_count = len(draw._edu_pool("target"))
            draw.inspector_pool_count = len(draw._edu_pool("inspector"))

    @api.depends("target_pool_json", "inspector_pool_json")
    def _compute_pool_records(self):
        for draw in self:
            draw.target_pool_school_ids = self.env["edu.school"].browse(draw._edu_pool("target"))
            draw.inspector_pool_employee_ids = self.env["hr.employee"].browse(
                draw._edu_pool("inspector")
            )

    def _compute_exclusion_count(self):
        counts = dict(
            self.env["edu.random.draw.exclusion"]._read_group(
                [("draw_id", "in", self.ids)], ["draw_id"], ["__count"]
            )
        )
        for draw in self:
            draw.exclusion_count = counts.get(draw, 0)

    @api.depends("previous_draw_id", "next_draw_id")
    def _compute_history_ids(self):
        for draw in self:
            history = self.browse()
            current = draw.previous_draw_id
            while current and current not in history:
                history |= current
                current = current.previous_draw_id
            current = draw.next_draw_id
            while current and current not in history:
                history |= current
                current = current.next_draw_id
            draw.history_ids = history

    @api.constrains("target_count", "inspector_count", "draw_targets", "draw_inspectors")
    def _check_sizes(self):
        for draw in self:
            if draw.target_count < 0 or draw.inspector_count < 0:
                raise ValidationError(self.env._("The sizes to draw cannot be negative."))
            if not draw.draw_targets and not draw.draw_inspectors:
                raise ValidationError(self.env._("Draw units, inspectors or both."))

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            self._edu_check_workflow_vals(vals, create=True)
            if not vals.get("name") or vals["name"] == self.env._("New"):
                vals["name"] = self.env["ir.sequence"].next_by_code("edu.random.draw") or "/"
        return super().create(vals_list)

    def write(self, vals):
        self._edu_check_workflow_vals(vals)
        self._edu_check_immutable(vals)
        return super().write(vals)

    @api.ondelete(at_uninstall=False)
    def _unlink_except_performed(self):
        if any(draw.state != "draft" for draw in self):
            raise UserError(
                self.env._("A performed draw cannot be deleted; it is part of the audit trail.")
            )

    def _edu_check_workflow_vals(self, vals, create=False):
        """Seed, pools, results, exclusions and status come from the draw itself."""
        if workflow_fields_set(self, vals, WORKFLOW_FIELDS, {"state": "draft"}, create):
            raise AccessError(
                self.env._(
                    "The seed, pools, results and status of a draw are set only by its buttons "
                    "(Draw, Confirm, Redraw, Cancel)."
                )
            )

    def _edu_check_office(self):
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_office"):
            raise AccessError(self.env._("Only the supervision office can perform draws."))
        self.check_access("write")

    def _edu_check_immutable(self, vals):
        keys = {key for key in vals if not key.startswith(("message_", "activity_"))}
        if not keys:
            return
        for draw in self:
            if draw.state == "draft":
                continue
            if (
                draw.state == "drawn"
                and keys <= DRAWN_TRANSITION_FIELDS
                and vals.get("state", "drawn") in ("drawn", "confirmed", "superseded")
            ):
                continue
            raise UserError(
                self.env._(
                    "Draw %s has been performed: its seed, pools and results cannot be changed. "
                    "Use a redraw with a reason instead.",
                    draw.name,
                )
            )

    # ------------------------------------------------------------------
    # Pools
    # ------------------------------------------------------------------
    def _edu_pool(self, kind):
        self.ensure_one()
        raw = self.target_pool_json if kind == "target" else self.inspector_pool_json
        return json.loads(raw) if raw else []

    def _edu_get_school_domain(self):
        """Domain of the candidate schools before exclusions (hook)."""
        self.ensure_one()
        domain = [("active", "=", True), ("company_id", "in", [self.company_id.id, False])]
        regions = self.target_region_ids or self.region_id
        if regions:
            domain.append(("region_id", "child_of", regions.ids))
        if self.school_stage:
            domain.append(("stage", "=", self.school_stage))
        if self.school_ownership:
            domain.append(("ownership", "=", self.school_ownership))
        return domain

    def _edu_get_inspector_domain(self):
        """Domain of the candidate inspectors before exclusions (hook)."""
        self.ensure_one()
        domain = [("edu_is_inspector", "=", True), ("active", "=", True)]
        if self.inspector_region_ids:
            domain.append(("edu_region_id", "child_of", self.inspector_region_ids.ids))
        if self.inspector_specialty:
            domain.append(("edu_specialty", "=", self.inspector_specialty))
        if self.inspector_type:
            domain.append(("edu_inspector_type", "=", self.inspector_type))
        return domain

    def _edu_target_pool(self):
        """Return (pool school ids, exclusions as {school_id: reason})."""
        self.ensure_one()
        schools = self.env["edu.school"].search(self._edu_get_school_domain())
        candidate_ids = set(schools.ids)
        excluded = {}
        # Whole-population checks must see every inspection, not only the user's.
        targets = self.env["edu.inspection.target"].sudo()
        if self.recent_months > 0 and candidate_ids:
            cutoff = self.env.company._edu_today() - relativedelta(months=self.recent_months)
            domain = [
                ("school_id", "in", schools.ids),
                ("state", "!=", "cancelled"),
                ("inspection_id.date_start", ">=", cutoff),
            ]
            if self.inspection_id:
                domain.append(("inspection_id", "!=", self.inspection_id.id))
            for [school] in targets._read_group(domain, ["school_id"]):
                excluded[school.id] = ("recent", False)
        if self.respect_burden_cap and candidate_ids:
            cap = self.company_id.edu_max_inspections_per_school
            if cap:
                counts = targets._edu_school_year_counts(schools.ids, {self.year})
                for (school_id, _year), count in counts.items():
                    if count >= cap and school_id not in excluded:
                        excluded[school_id] = (
                            "burden",
                            self.env._(
                                "%(count)s of %(cap)s inspections this year", count=count, cap=cap
                            ),
                        )
        pool = sorted(candidate_ids - set(excluded))
        return pool, excluded

    def _edu_inspector_pool(self, schools):
        """Return (pool employee ids, exclusions as {employee_id: (reason, note)}).

        Reads only what the checks need (affiliations, valid certificates, current
        assignments, busy teams): one query each, whatever the pool size; the
        candidates come grouped by affiliation, so that only the few affiliated ones
        are looked at one by one.
        """
        self.ensure_one()
        by_affiliation = self.env["hr.employee"]._read_group(
            self._edu_get_inspector_domain(),
            ["edu_affiliation_partner_id", "edu_affiliation_school_id"],
            ["id:array_agg"],
        )
        candidates = {employee_id for *_affiliation, ids in by_affiliation for employee_id in ids}
        employee_ids = list(candidates)
        Certificate = self.env["edu.inspector.certificate"]
        certified = {
            employee.id
            for [employee] in Certificate._read_group(
                [("employee_id", "in", employee_ids)] + Certificate._edu_valid_domain(),
                ["employee_id"],
            )
        }
        excluded = dict.fromkeys(candidates - certified, ("certificate", False))
        partners = schools.partner_id
        if self.inspection_id:
            partners |= self.inspection_id.target_ids.partner_id
            schools |= self.inspection_id.target_ids.school_id
        for partner, school, ids in by_affiliation:
            if (partner and partner in partners) or (school and school in schools):
                for employee_id in ids:
                    excluded.setdefault(employee_id, ("affiliation", school.name or partner.name))
        if self.require_independence and schools:
            # Responsible inspectors are found whatever the office may read: a conflict
            # of interest must never depend on the user's record rules.
            assignments = (
                self.env["edu.school.assignment"]
                .sudo()
                .search_fetch(
                    [
                        ("school_id", "in", schools.ids),
                        ("is_current", "=", True),
                        ("employee_id", "in", employee_ids),
                    ],
                    ["employee_id", "school_id"],
                )
            )
            for assignment in assignments:
                excluded.setdefault(
                    assignment.employee_id.id, ("responsible", assignment.school_id.name)
                )
        if self.date_start and self.date_end:
            domain = [
                ("state", "!=", "cancelled"),
                ("date_start", "<=", self.date_end),
                ("date_end", ">=", self.date_start),
                ("team_employee_ids", "in", employee_ids),
            ]
            if self.inspection_id:
                domain.append(("id", "!=", self.inspection_id.id))
            # The other inspections may be outside what the draw's readers may see: the
            # exclusion records that the inspector is busy, never which inspection.
            busy = self.env["edu.inspection"].sudo()._read_group(domain, ["team_employee_ids"])
            for [employee] in busy:
                if employee.id in candidates:
                    excluded.setdefault(employee.id, ("busy", False))
        pool = sorted(candidates - set(excluded))
        return pool, excluded

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_draw(self):
        self._edu_check_office()
        for draw in self:
            if draw.state != "draft":
                raise UserError(self.env._("Only a draft draw can be performed."))
            vals = draw._edu_perform(secrets.token_hex(16))
            # The results are written while the draw is still a draft, then the state
            # change locks them with the pools and the exclusions.
            draw._edu_insert_results(
                vals.pop("result_school_ids", [(6, 0, [])])[0][2],
                vals.pop("result_employee_ids", [(6, 0, [])])[0][2],
            )
            as_transition(draw).write(dict(vals, state="drawn"))
            draw.invalidate_recordset(["exclusion_ids"])
            # A log line of the audit trail: no notification to compute for it.
            draw._message_log(body=self.env._("Draw performed with seed %s.", draw.seed))

    def _edu_insert_results(self, school_ids, employee_ids):
        """Record the drawn units and inspectors of this (draft) draw in one statement."""
        self.ensure_one()
        self.flush_recordset(["result_school_ids", "result_employee_ids"])
        self.env.cr.execute(
            """
            WITH school AS (
                INSERT INTO edu_random_draw_result_school_rel (draw_id, school_id)
                SELECT %(draw)s, unnest(%(schools)s::int[])
            )
            INSERT INTO edu_random_draw_result_employee_rel (draw_id, employee_id)
            SELECT %(draw)s, unnest(%(employees)s::int[])
            """,
            {"draw": self.id, "schools": school_ids, "employees": employee_ids},
        )
        self.invalidate_recordset(["result_school_ids", "result_employee_ids"])

    def _edu_perform(self, seed):
        """Freeze the pools and the exclusions, draw with the seed and return the
        values to write."""
        self.ensure_one()
        School = self.env["edu.school"]
        exclusions = []
        drawn_schools = School.browse()
        vals = {
            "seed": seed,
            "drawn_date": fields.Datetime.now(),
            "drawn_by_id": self.env.user.id,
        }
        if self.draw_targets:
            pool, excluded = self._edu_target_pool()
            if self.target_count > len(pool):
                raise UserError(
                    self.env._(
                        "Only %(pool)s units are eligible, %(size)s requested.",
                        pool=len(pool),
                        size=self.target_count,
                    )
                )
            drawn_schools = School.browse(edu_draw_sample(seed, "targets", pool, self.target_count))
            vals["target_pool_json"] = json.dumps(pool)
            vals["result_school_ids"] = [(6, 0, drawn_schools.ids)]
            exclusions += [
                ["target", school_id, None, reason, note or None]
                for school_id, (reason, note) in sorted(excluded.items())
            ]
        if self.draw_inspectors:
            pool, excluded = self._edu_inspector_pool(drawn_schools)
            if self.inspector_count > len(pool):
                raise UserError(
                    self.env._(
                        "Only %(pool)s inspectors are eligible, %(size)s requested.",
                        pool=len(pool),
                        size=self.inspector_count,
                    )
                )
            vals["inspector_pool_json"] = json.dumps(pool)
            vals["result_employee_ids"] = [
                (6, 0, edu_draw_sample(seed, "inspectors", pool, self.inspector_count))
            ]
            exclusions += [
                ["inspector", None, employee_id, reason, note or None]
                for employee_id, (reason, note) in sorted(excluded.items())
            ]
        vals["exclusion_json"] = json.dumps(exclusions)
        return vals

    def _edu_replay(self):
        """Re-run the draw from the stored seed and frozen pools."""
        self.ensure_one()
        schools = employees = []
        if self.draw_targets:
            schools = edu_draw_sample(
                self.seed, "targets", self._edu_pool("target"), self.target_count
            )
        if self.draw_inspectors:
            employees = edu_draw_sample(
                self.seed, "inspectors", self._edu_pool("inspector"), self.inspector_count
            )
        return schools, employees

    def _edu_verify(self):
        """True when replaying the draw gives exactly the stored result and no excluded
        unit or inspector is in a frozen pool."""
        self.ensure_one()
        if self.state in ("draft", "cancelled") or not self.seed:
            raise UserError(self.env._("This draw has not been performed."))
        schools, employees = self._edu_replay()
        exclusions = json.loads(self.exclusion_json or "[]")
        excluded_schools = {line[1] for line in exclusions if line[1]}
        excluded_employees = {line[2] for line in exclusions if line[2]}
        return (
            schools == sorted(self.result_school_ids.ids)
            and employees == sorted(self.result_employee_ids.ids)
            and not excluded_schools & set(self._edu_pool("target"))
            and not excluded_employees & set(self._edu_pool("inspector"))
        )

    def action_verify(self):
        """Anyone who reads the draw may replay it; the result is logged on the draw
        when the user may also write it (the office)."""
        self.ensure_one()
        self.check_access("read")
        ok = self._edu_verify()
        if ok:
            message = self.env._(
                "Verified: replaying seed %s on the frozen pools gives the same result.", self.seed
            )
        else:
            message = self.env._(
                "Verification FAILED: the stored result does not match the replay."
            )
        if self.has_access("write"):
            self.message_post(body=message)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": self.env._("Draw verification"),
                "message": message,
                "type": "success" if ok else "danger",
                "sticky": not ok,
            },
        }

    def action_confirm(self):
        self._edu_check_office()
        for draw in self:
            if draw.state != "drawn":
                raise UserError(self.env._("Only a performed draw can be confirmed."))
            as_transition(draw).write(
                {
                    "state": "confirmed",
                    "confirmed_date": fields.Datetime.now(),
                    "confirmed_by_id": self.env.user.id,
                }
            )
            draw._edu_apply_to_inspection()

    def _edu_apply_to_inspection(self):
        """Add the drawn units and inspectors to the inspection."""
        self.ensure_one()
        inspection = self.inspection_id
        if not inspection:
            return
        if inspection.state not in ("draft", "scheduled"):
            raise UserError(
                self.env._("The draw can only be applied to a draft or scheduled inspection.")
            )
        vals = {}
        existing = inspection.target_ids.school_id
        new_schools = self.result_school_ids - existing
        if new_schools:
            vals["target_ids"] = [(0, 0, {"school_id": school.id}) for school in new_schools]
        new_members = self.result_employee_ids - inspection.team_employee_ids
        if new_members:
            if not inspection.leader_id:
                vals["leader_id"] = new_members[0].id
                new_members = new_members[1:]
            vals["member_ids"] = [(4, employee.id) for employee in new_members]
        if vals:
            inspection.write(vals)

    def action_open_redraw_wizard(self):
        self.ensure_one()
        self._edu_check_office()
        if self.state != "drawn":
            raise UserError(
                self.env._(
                    "Only a performed, unconfirmed draw can be redrawn; a confirmed draw is final."
                )
            )
        return {
            "type": "ir.actions.act_window",
            "res_model": "edu.random.draw.redraw.wizard",
            "view_mode": "form",
            "target": "new",
            "context": {"default_draw_id": self.id},
        }

    def _edu_redraw(self, reason):
        """Supersede this draw by a new one with a fresh seed; keeps this one in history."""
        self.ensure_one()
        self._edu_check_office()
        if self.state != "drawn":
            raise UserError(
                self.env._(
                    "Only a performed, unconfirmed draw can be redrawn; a confirmed draw is final."
                )
            )
        if not (reason or "").strip():
            raise UserError(self.env._("A redraw needs a reason."))
        new = as_transition(self).copy({"previous_draw_id": self.id, "redraw_reason": reason})
        as_transition(self).write({"state": "superseded", "next_draw_id": new.id})
        new.action_draw()
        self.message_post(
            body=self.env._("Redrawn as %(name)s. Reason: %(reason)s", name=new.name, reason=reason)
        )
        return new

    def action_cancel(self):
        self._edu_check_office()
        if any(draw.state != "draft" for draw in self):
            raise UserError(self.env._("Only a draft draw can be cancelled."))
        as_transition(self).write({"state": "cancelled"})
