from odoo import api, models
from odoo.exceptions import AccessError

from ..tools import is_portal_user, notify_units, portal_unit

REVIEW_ACTIVITY = "edu_supervision_portal.mail_activity_type_portal_review"


class EduRectificationReport(models.Model):
    _name = "edu.rectification.report"
    _inherit = ["edu.rectification.report", "edu.portal.mixin"]

    _edu_portal_fields = frozenset(
        {
            "kind",
            "partner_id",
            "inspection_id",
            "problem_ids",
            "measures",
            "responsible_person",
            "planned_date",
            "actual_date",
        }
    )
    _edu_portal_attachment_fields = frozenset({"attachment_ids"})

    @api.model_create_multi
    def create(self, vals_list):
        self._edu_portal_check_vals(vals_list)
        if is_portal_user(self.env):
            for vals in vals_list:
                if vals.get("name", "/") == "/":
                    # the office's numbering: portal users do not read the sequences
                    vals["name"] = (
                        self.env["ir.sequence"].sudo().next_by_code("edu.rectification.report")
                        or "/"
                    )
        return super().create(vals_list)

    def write(self, vals):
        self._edu_portal_check_vals([vals])
        res = super().write(vals)
        if vals.get("state") in ("accepted", "returned"):
            self.activity_feedback([REVIEW_ACTIVITY])
        if vals.get("state") == "returned":
            notify_units(self, "edu_supervision_portal.mail_template_report_returned")
        return res

    def _edu_check_submit_authority(self):
        """The unit's own portal users submit its plans and reports too."""
        if not is_portal_user(self.env):
            return super()._edu_check_submit_authority()
        unit = portal_unit(self.env)
        if not unit or any(report.partner_id != unit for report in self):
            raise AccessError(self.env._("You can only submit the reports of your own unit."))
        if not self.has_access("write"):
            raise AccessError(self.env._("You can only submit the reports of your own unit."))

    def action_submit(self):
        res = super().action_submit()
        if is_portal_user(self.env):
            self._edu_portal_schedule_review()
        return res

    def _edu_portal_reviewers(self):
        """The responsible inspectors of the report's problems, else of its school."""
        self.ensure_one()
        report = self.sudo()
        users = report.problem_ids.responsible_employee_id.user_id
        if not users:
            schools = (
                self.env["edu.school"].sudo().search([("partner_id", "=", report.partner_id.id)])
            )
            users = schools.responsible_employee_id.user_id
        return users.filtered("active")

    def _edu_portal_schedule_review(self):
        """An activity for each responsible inspector: a unit submitted on the portal.
        Portal users cannot assign activities: the system does, for the reviewers."""
        for report in self:
            for user in report._edu_portal_reviewers():
                report.sudo().activity_schedule(
                    REVIEW_ACTIVITY,
                    user_id=user.id,
                    summary=self.env._("Review: %s", report.display_name),
                )

    def _edu_portal_return(self, comment):
        self._edu_check_office()
        self.write({"review_comment": comment})
        return self.action_return()
