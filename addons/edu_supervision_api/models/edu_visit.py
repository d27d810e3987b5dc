from odoo import api, models
from odoo.exceptions import AccessError
from odoo.fields import Command

from ..exceptions import EduApiError

#: fields of a visit the mobile app sends as they are
VISIT_FIELDS = ("date", "duration", "announcement", "people_met", "opinion", "suggestions")


class EduVisit(models.Model):
    _inherit = "edu.visit"

    @api.model
    def _edu_api_create(self, data):
        """Create the visit sent by an inspector's mobile app, as the inspector: his own
        visit only (the record rules refuse another inspector's), the item ratings and
        the findings, then submit it when asked (``action_submit`` checks it)."""
        school = self._edu_api_school(data)
        employee = self.env.user.employee_id
        if data.get("inspector_id") and data["inspector_id"] != employee.id:
            raise AccessError(
                self.env._("An inspector's key records only the inspector's own visits.")
            )
        if not employee.edu_is_inspector:
            raise AccessError(self.env._("The user of this key is not an inspector."))
        self._edu_api_check_items(data.get("items", []))
        vals = {name: data[name] for name in VISIT_FIELDS if data.get(name) is not None}
        vals.update(
            {
                "school_id": school.id,
                "employee_id": employee.id,
                "item_ids": [
                    Command.create(self._edu_api_item_vals(item)) for item in data.get("items", [])
                ],
            }
        )
        visit = self.create(vals)
        if data.get("findings"):
            self.env["edu.problem"].create(
                [self._edu_api_finding_vals(visit, finding) for finding in data["findings"]]
            )
        if data.get("submit"):
            visit.action_submit()
        self.env.flush_all()
        return visit

    @api.model
    def _edu_api_school(self, data):
        Schools = self.env["edu.school"]
        if data.get("school_id"):
            school = Schools.browse(data["school_id"]).exists()
            field = "school_id"
        elif data.get("school_national_code"):
            school = Schools.search([("national_code", "=", data["school_national_code"])])
            field = "school_national_code"
        else:
            raise EduApiError(
                self.env._("Give the school: school_id or school_national_code."),
                code="missing_school",
                field="school_id",
            )
        if len(school) != 1 or not school.has_access("read"):
            raise EduApiError(
                self.env._("No such school."), status=404, code="not_found", field=field
            )
        return school

    @api.model
    def _edu_api_check_items(self, items):
        seen = set()
        for index, item in enumerate(items):
            if item["item"] in seen:
                raise EduApiError(
                    self.env._("The routine item “%s” is rated twice.", item["item"]),
                    code="duplicate_item",
                    field=f"items[{index}].item",
                )
            seen.add(item["item"])

    @api.model
    def _edu_api_item_vals(self, item):
        sequence = {vals["item"]: vals["sequence"] for vals in self._prepare_item_vals_list()}
        return {
            "item": item["item"],
            "rating": item["rating"],
            "note": item.get("note"),
            "sequence": sequence[item["item"]],
        }

    @api.model
    def _edu_api_finding_vals(self, visit, finding):
        return {
            "name": finding["title"],
            "description": finding.get("description"),
            "requirement": finding.get("requirement"),
            "severity": finding["severity"],
            "deadline": finding.get("deadline"),
            "visit_id": visit.id,
            "school_id": visit.school_id.id,
            "partner_id": visit.school_id.partner_id.id,
        }
