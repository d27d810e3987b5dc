from datetime import date

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import float_round

from odoo.addons.edu_supervision_inspector.models.edu_authority import (
    EDU_INSPECTOR_HR,
    EDU_OFFICE,
    edu_check_groups,
)

EDU_TRAINING_GROUPS = "edu_supervision.group_edu_office,edu_supervision.group_edu_inspector_hr"
#: the training figures of an employee (see ``_edu_get_training_figures``) before any row
EMPTY_TRAINING_FIGURES = {
    "centralized_hours": 0.0,
    "online_hours": 0.0,
    "preservice_hours": 0.0,
    "centralized_required": 0.0,
    "online_required": 0.0,
    "preservice_required": 0.0,
    "centralized_missing": 0.0,
    "online_missing": 0.0,
    "missing_hours": 0.0,
    "compliant": False,
    "preservice_complete": False,
    "record_count": 0,
}


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    edu_training_record_ids = fields.One2many(
        "edu.training.record", "employee_id", string="Training Records", groups=EDU_TRAINING_GROUPS
    )
    edu_training_year = fields.Integer(
        string="Training Year", compute="_compute_edu_training", groups=EDU_TRAINING_GROUPS
    )
    edu_training_centralized_hours = fields.Float(
        string="Centralized Training Hours (this year)",
        compute="_compute_edu_training",
        groups=EDU_TRAINING_GROUPS,
    )
    edu_training_online_hours = fields.Float(
        string="Online Training Hours (this year)",
        compute="_compute_edu_training",
        groups=EDU_TRAINING_GROUPS,
    )
    edu_training_preservice_hours = fields.Float(
        string="Pre-service Training Hours",
        compute="_compute_edu_training",
        groups=EDU_TRAINING_GROUPS,
    )
    edu_training_missing_hours = fields.Float(
        string="Missing Training Hours (this year)",
        compute="_compute_edu_training",
        groups=EDU_TRAINING_GROUPS,
    )
    edu_training_compliant = fields.Boolean(
        string="Training Compliant (this year)",
        compute="_compute_edu_training",
        groups=EDU_TRAINING_GROUPS,
    )

    @api.depends_context("company")
    @api.depends(
        "edu_training_record_ids.hours",
        "edu_training_record_ids.result",
        "edu_training_record_ids.category",
        "edu_training_record_ids.year",
    )
    def _compute_edu_training(self):
        year = self._edu_current_year()
        figures = self._edu_get_training_figures(year)
        for employee in self:
            values = figures[employee.id]
            employee.edu_training_year = year
            employee.edu_training_centralized_hours = values["centralized_hours"]
            employee.edu_training_online_hours = values["online_hours"]
            employee.edu_training_preservice_hours = values["preservice_hours"]
            employee.edu_training_missing_hours = values["missing_hours"]
            employee.edu_training_compliant = values["compliant"]

    @api.model
    def _edu_current_year(self):
        return self.env.company._edu_today().year

    def _edu_get_training_figures(self, year):
        """Training figures of the employees for ``year``, in two queries for any number.

        The figures are those of the training compliance report
        (``edu.training.compliance._edu_compliance_query()``, the one place they are
        computed), for any employee; an employee not saved yet has none.

        :return: {employee_id: {centralized_hours, online_hours, preservice_hours,
                  centralized_required, online_required, preservice_required,
                  centralized_missing, online_missing, missing_hours, compliant,
                  preservice_complete, record_count (records of the year, any result)}}
        """
        Record = self.env["edu.training.record"]
        ids = [employee_id for employee_id in self.ids if employee_id]
        result = {employee.id: dict(EMPTY_TRAINING_FIGURES) for employee in self}
        if not ids:
            return result
        Record.flush_model(["employee_id", "year", "hours", "result", "category"])
        self.flush_model(["company_id", "edu_region_id", "edu_inspector_type", "user_id"])
        self.env["res.company"].flush_model(
            ["edu_centralized_hours", "edu_online_hours", "edu_preservice_hours"]
        )
        query = self.env["edu.training.compliance"]._edu_compliance_query(ids, year)
        for row in self.env.execute_query_dict(query):
            result[row["employee_id"]].update(
                (key, row[key]) for key in EMPTY_TRAINING_FIGURES if key in row
            )
        counts = Record._read_group(
            [("employee_id", "in", ids), ("year", "=", year)], ["employee_id"], ["__count"]
        )
        for employee, count in counts:
            result[employee.id]["record_count"] = count
        return result

    def action_edu_view_training_records(self):
        self.ensure_one()
        self._edu_check_training_reader()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_training.edu_training_record_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {"default_employee_id": self.id}
        return action

    def action_edu_view_training_compliance(self):
        self.ensure_one()
        self._edu_check_training_reader()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_training.edu_training_compliance_action"
        )
        action["domain"] = [("employee_id", "=", self.id)]
        action["context"] = {}
        return action

    def _edu_check_training_reader(self):
        edu_check_groups(
            self.env,
            (EDU_OFFICE, EDU_INSPECTOR_HR),
            self.env._(
                "Only the supervision office and Inspector HR see the training records of "
                "inspectors."
            ),
        )
        self.check_access("read")

    # ------------------------------------------------------------------
    # Certificate eligibility (DOMAIN.md §20: pre-service hours, then 督学证)
    # ------------------------------------------------------------------

    def _edu_check_certificate_eligibility(self):
        """Raise a UserError naming the missing pre-service hours of each employee."""
        year = self._edu_current_year()
        figures = self._edu_get_training_figures(year)
        problems = []
        for employee in self:
            values = figures[employee.id]
            if not employee.edu_is_inspector:
                problems.append(self.env._("%s is not an inspector.", employee.name))
            elif not values["preservice_complete"]:
                problems.append(
                    self.env._(
                        "%(inspector)s has %(done)s passed pre-service training hours out of "
                        "the %(required)s required: %(missing)s hours are missing.",
                        inspector=employee.name,
                        done=values["preservice_hours"],
                        required=values["preservice_required"],
                        missing=float_round(
                            values["preservice_required"] - values["preservice_hours"],
                            precision_digits=2,
                        ),
                    )
                )
            elif employee.edu_certificate_valid:
                problems.append(
                    self.env._("%s already holds a valid inspector certificate.", employee.name)
                )
        if problems:
            raise UserError(
                self.env._("The inspector certificate cannot be issued:\n%s", "\n".join(problems))
            )

    def _edu_prepare_certificate_vals(self):
        self.ensure_one()
        return {
            "name": self.env["ir.sequence"].next_by_code("edu.inspector.certificate"),
            "employee_id": self.id,
            "issue_date": self.env.company._edu_today(),
            "issuing_office": self.company_id.name,
        }

    def action_edu_issue_certificate(self):
        """Issue an inspector certificate once the pre-service training is complete."""
        edu_check_groups(
            self.env,
            (EDU_INSPECTOR_HR,),
            self.env._("Only Inspector HR can issue inspector certificates."),
        )
        self._edu_check_certificate_eligibility()
        certificates = self.env["edu.inspector.certificate"].create(
            [employee._edu_prepare_certificate_vals() for employee in self]
        )
        action = {
            "type": "ir.actions.act_window",
            "res_model": "edu.inspector.certificate",
            "name": self.env._("Inspector Certificates"),
        }
        if len(certificates) == 1:
            action.update(view_mode="form", res_id=certificates.id)
        else:
            action.update(view_mode="list,form", domain=[("id", "in", certificates.ids)])
        return action

    # ------------------------------------------------------------------
    # Reminders
    # ------------------------------------------------------------------

    def _edu_training_reminder_users(self):
        """Who is reminded for an inspector: his own user and his HR manager.

        The HR manager is the user of the employee's manager (``parent_id``) or, when there is
        none, of his coach.
        """
        self.ensure_one()
        manager = self.parent_id.user_id or self.coach_id.user_id
        return (self.user_id | manager).filtered("active")

    @api.model
    def _cron_edu_training_reminders(self):
        """Remind non-compliant inspectors (and their managers) of the missing hours.

        Runs daily; acts only from the company's reminder month on. One activity per inspector,
        recipient and year: it is never duplicated (done reminders are kept, archived).
        """
        activity_type = self.env.ref(
            "edu_supervision_training.mail_activity_type_training_reminder",
            raise_if_not_found=False,
        )
        if not activity_type:
            return
        for company in self.env["res.company"].search([]):
            today = company._edu_today()
            if today.month < company.edu_training_reminder_month:
                continue
            inspectors = self.search(
                [("edu_is_inspector", "=", True), ("company_id", "=", company.id)]
            )
            inspectors._edu_send_training_reminders(today.year, activity_type)

    def _edu_send_training_reminders(self, year, activity_type, again=False):
        """Remind those of the inspectors in ``self`` who miss training hours in ``year``,
        and their managers: one activity per inspector and recipient, due at the end of
        the year. Never twice: an existing reminder of the year (done or not, unless
        ``again``: then only an open one) is not repeated.

        :return: the inspectors who miss hours
        """
        deadline = date(year, 12, 31)
        figures = self._edu_get_training_figures(year)
        late = self.filtered(lambda e: not figures[e.id]["compliant"])
        if not late:
            return late
        existing = {
            (activity.res_id, activity.user_id.id)
            for activity in self.env["mail.activity"]
            .with_context(active_test=again)
            .search(
                [
                    ("res_model", "=", "hr.employee"),
                    ("res_id", "in", late.ids),
                    ("activity_type_id", "=", activity_type.id),
                    ("date_deadline", "=", deadline),
                ]
            )
        }
        model_id = self.env["ir.model"]._get_id("hr.employee")
        vals_list = []
        for employee in late:
            for user in employee._edu_training_reminder_users():
                if (employee.id, user.id) in existing:
                    continue
                vals_list.append(
                    employee._edu_prepare_training_reminder_vals(
                        user, figures[employee.id], year, activity_type, deadline, model_id
                    )
                )
        if vals_list:
            self.env["mail.activity"].with_context(mail_activity_quick_update=True).create(
                vals_list
            )
        return late

    def _edu_prepare_training_reminder_vals(
        self, user, values, year, activity_type, deadline, model_id
    ):
        self.ensure_one()
        env = self.with_context(lang=user.lang or self.env.lang).env
        note = env._(
            "%(inspector)s has not completed the training hours of %(year)s: %(missing)s hours "
            "are missing (centralized training: %(c_done)s of %(c_req)s hours, missing "
            "%(c_missing)s; online training: %(o_done)s of %(o_req)s hours, missing "
            "%(o_missing)s).",
            inspector=self.name,
            year=year,
            missing=values["missing_hours"],
            c_done=values["centralized_hours"],
            c_req=values["centralized_required"],
            c_missing=values["centralized_missing"],
            o_done=values["online_hours"],
            o_req=values["online_required"],
            o_missing=values["online_missing"],
        )
        return {
            "res_model_id": model_id,
            "res_id": self.id,
            "activity_type_id": activity_type.id,
            "user_id": user.id,
            "date_deadline": deadline,
            "summary": env._(
                "Training hours missing for %(year)s: %(missing)s h",
                year=year,
                missing=values["missing_hours"],
            ),
            "note": note,
        }
