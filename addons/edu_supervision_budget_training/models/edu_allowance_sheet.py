from odoo import api, fields, models
from odoo.exceptions import UserError


class EduAllowanceSheet(models.Model):
    _inherit = "edu.allowance.sheet"

    source = fields.Selection(
        selection_add=[("training", "Training"), ("other",)],
        ondelete={"training": "set default"},
    )
    training_course_id = fields.Many2one(
        "edu.training.course", string="Training Course", index=True, check_company=True
    )

    @api.model
    def _get_locked_fields(self):
        return super()._get_locked_fields() | {"training_course_id"}

    @api.model
    def _get_training_attendees(self, course):
        records = course.record_ids
        if "result" in records._fields:
            records = records.filtered(lambda r: r.result != "absent")
        return records.employee_id

    @api.model
    def _prepare_from_training(self, course):
        employees = self._get_allowance_employees(self._get_training_attendees(course))
        if not employees:
            raise UserError(
                self.env._(
                    "The course %s has no part-time inspector attending.", course.display_name
                )
            )
        region = course.region_id or self.env["edu.region"].search(
            [("level", "=", "city"), ("company_id", "in", [course.company_id.id, False])],
            limit=1,
        )
        if not region:
            raise UserError(self.env._("Set the organizing region of the course first."))
        days = (course.date_end - course.date_start).days + 1
        return {
            "source": "training",
            "training_course_id": course.id,
            "region_id": region.id,
            "date": course.date_start,
            "days": days,
            "company_id": course.company_id.id,
            "line_ids": self._prepare_lines(employees, region, days),
        }
