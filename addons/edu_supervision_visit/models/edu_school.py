from markupsafe import Markup, escape

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from odoo.addons.edu_supervision.tools import check_scope

from .edu_visit import DONE_STATES


class EduSchool(models.Model):
    _inherit = "edu.school"

    visit_last_date = fields.Date(string="Last Visit", compute="_compute_visit_figures")
    visit_semester_count = fields.Integer(
        string="Visits This Semester", compute="_compute_visit_figures"
    )
    visit_semester_target = fields.Integer(
        string="Semester Target", compute="_compute_visit_figures"
    )
    visit_month_count = fields.Integer(string="Visits This Month", compute="_compute_visit_figures")
    visit_month_target = fields.Integer(string="Monthly Target", compute="_compute_visit_figures")
    visit_behind = fields.Boolean(
        string="Behind Visit Target",
        compute="_compute_visit_figures",
        search="_search_visit_behind",
    )
    visit_open_problem_count = fields.Integer(
        string="Open Problems", compute="_compute_visit_figures"
    )

    # ------------------------------------------------------------------
    # Computes (batched: a constant number of queries for any number of schools)
    # ------------------------------------------------------------------
    def _compute_visit_figures(self):
        if not self.env["edu.visit"].has_access("read"):
            # e.g. viewers: no access to visits, hence no figures
            self.update(
                {
                    "visit_last_date": False,
                    "visit_semester_count": 0,
                    "visit_semester_target": 0,
                    "visit_month_count": 0,
                    "visit_month_target": 0,
                    "visit_behind": False,
                    "visit_open_problem_count": 0,
                }
            )
            return
        company = self.env.company
        today = company._edu_today()
        semester_target = company.edu_visit_min_per_semester
        month_target = company.edu_visit_min_per_month
        semester_counts = self._edu_visit_counts(*company._edu_visit_semester_bounds(today))
        month_counts = (
            self._edu_visit_counts(*company._edu_visit_month_bounds(today)) if month_target else {}
        )
        last_dates = dict(
            self.env["edu.visit"]._read_group(
                [("school_id", "in", self.ids), ("state", "in", DONE_STATES)],
                ["school_id"],
                ["date:max"],
            )
        )
        open_problems = dict(
            self.env["edu.problem"]._read_group(
                [("school_id", "in", self.ids), ("state", "!=", "closed")],
                ["school_id"],
                ["__count"],
            )
        )
        for school in self:
            semester_count = semester_counts.get(school.id, 0)
            month_count = month_counts.get(school.id, 0)
            school.visit_semester_count = semester_count
            school.visit_semester_target = semester_target
            school.visit_month_count = month_count
            school.visit_month_target = month_target
            school.visit_behind = semester_count < semester_target or (month_count < month_target)
            school.visit_last_date = last_dates.get(school, False)
            school.visit_open_problem_count = open_problems.get(school, 0)

    def _search_visit_behind(self, operator, value):
        if operator not in ("=", "!="):
            raise UserError(self.env._("Unsupported search on 'Behind Visit Target'."))
        behind_wanted = (operator == "=") == bool(value)
        company = self.env.company
        today = company._edu_today()
        semester_target = company.edu_visit_min_per_semester
        month_target = company.edu_visit_min_per_month
        if not semester_target and not month_target:
            return [] if not behind_wanted else [("id", "in", [])]
        on_target = None
        if semester_target:
            counts = self._edu_visit_counts(*company._edu_visit_semester_bounds(today))
            on_target = {sid for sid, count in counts.items() if count >= semester_target}
        if month_target:
            counts = self._edu_visit_counts(*company._edu_visit_month_bounds(today))
            month_ok = {sid for sid, count in counts.items() if count >= month_target}
            on_target = month_ok if on_target is None else on_target & month_ok
        return [("id", "not in" if behind_wanted else "in", list(on_target))]

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def _edu_check_visit_access(self, model, operation, message):
        """Read access to the school and ``operation`` rights on ``model``."""
        check_scope(self, "read", self.env._("You cannot open this school."))
        if not self.env[model].has_access(operation):
            raise AccessError(message)

    def action_edu_visit_new(self):
        """One-tap "New visit" from the "My schools" kanban card."""
        self.ensure_one()
        self._edu_check_visit_access(
            "edu.visit",
            "create",
            self.env._("Only inspectors and the supervision office record routine visits."),
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("New Visit"),
            "res_model": "edu.visit",
            "view_mode": "form",
            "views": [(False, "form")],
            "target": "current",
            "context": {"default_school_id": self.id},
        }

    def action_edu_visit_view(self):
        self.ensure_one()
        self._edu_check_visit_access(
            "edu.visit",
            "read",
            self.env._("Only inspectors and the supervision office read routine visits."),
        )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_visit.edu_visit_action"
        )
        action["domain"] = [("school_id", "=", self.id)]
        action["context"] = {"default_school_id": self.id}
        return action

    def action_edu_visit_view_problems(self):
        self.ensure_one()
        self._edu_check_visit_access(
            "edu.problem", "read", self.env._("You cannot read the problems of schools.")
        )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Open Problems"),
            "res_model": "edu.problem",
            "view_mode": "list,form",
            "domain": [("school_id", "=", self.id), ("state", "!=", "closed")],
            "context": {"create": False},
        }

    # ------------------------------------------------------------------
    # Business methods
    # ------------------------------------------------------------------
    @api.model
    def _edu_visit_counts(self, date_from, date_to):
        """Done visits (submitted or acknowledged) per school id between two dates.

        Limited to ``self`` when called on a recordset, all schools otherwise."""
        domain = [
            ("state", "in", DONE_STATES),
            ("date", ">=", date_from),
            ("date", "<=", date_to),
        ]
        if self:
            domain.append(("school_id", "in", self.ids))
        groups = self.env["edu.visit"]._read_group(domain, ["school_id"], ["__count"])
        return {school.id: count for school, count in groups}

    @api.model
    def _cron_edu_visit_remind_behind(self):
        """Monthly: one to-do activity per responsible inspector whose schools are behind
        the visit targets of the current semester (updated, never duplicated)."""
        schools = self.search([("visit_behind", "=", True)], order="name")
        by_employee = {}
        for school in schools:
            employee = school.responsible_employee_id
            if employee.user_id:
                by_employee.setdefault(employee, self.browse())
                by_employee[employee] |= school
        activity_type = self.env.ref("edu_supervision_visit.mail_activity_type_edu_visit_behind")
        existing = self.env["mail.activity"].search(
            [("activity_type_id", "=", activity_type.id), ("res_model", "=", self._name)]
        )
        behind_users = {employee.user_id for employee in by_employee}
        # Inspectors back on target: their reminder is no longer needed.
        existing.filtered(lambda activity: activity.user_id not in behind_users).unlink()
        existing_by_user = {activity.user_id: activity for activity in existing.exists()}
        company = self.env.company
        today = company._edu_today()
        _start, semester_end = company._edu_visit_semester_bounds(today)
        deadline = min(company._edu_visit_month_bounds(today)[1], semester_end)
        for employee, behind_schools in by_employee.items():
            user = employee.user_id
            lang_env = self.with_context(lang=user.lang).env
            note = self._edu_visit_reminder_note(lang_env, behind_schools, semester_end)
            summary = lang_env._(
                "%(count)s school(s) behind the visit target", count=len(behind_schools)
            )
            activity = existing_by_user.get(user)
            if activity:
                activity.write({"note": note, "summary": summary, "date_deadline": deadline})
            else:
                behind_schools[:1].activity_schedule(
                    activity_type_id=activity_type.id,
                    summary=summary,
                    note=note,
                    user_id=user.id,
                    date_deadline=deadline,
                )
        return True

    @api.model
    def _edu_visit_reminder_note(self, env, schools, semester_end):
        lines = Markup("").join(
            Markup("<li>%s: %s</li>")
            % (
                school.name,
                env._(
                    "%(done)s of %(target)s visits this semester",
                    done=school.visit_semester_count,
                    target=school.visit_semester_target,
                )
                + (
                    env._(
                        ", %(done)s of %(target)s this month",
                        done=school.visit_month_count,
                        target=school.visit_month_target,
                    )
                    if school.visit_month_target
                    else ""
                ),
            )
            for school in schools
        )
        intro = env._(
            "These schools have not yet received the required routine visits (semester ends %s):",
            semester_end,
        )
        return Markup("<p>%s</p><ul>%s</ul>") % (escape(intro), lines)
