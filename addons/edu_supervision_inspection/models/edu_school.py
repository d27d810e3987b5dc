from datetime import timedelta

from odoo import fields, models
from odoo.exceptions import UserError


class EduSchool(models.Model):
    _inherit = "edu.school"

    target_ids = fields.One2many(
        "edu.inspection.target", "school_id", string="Inspections of the School"
    )
    inspection_count = fields.Integer(
        string="Inspections This Year", compute="_compute_inspection_stats"
    )
    last_inspection_date = fields.Date(
        string="Last Inspection", compute="_compute_inspection_stats"
    )
    term_inspected = fields.Boolean(
        string="Inspected in Principal's Term",
        compute="_compute_term_inspection",
        help="A comprehensive inspection took place during the principal's current term.",
    )
    needs_term_inspection = fields.Boolean(
        string="Needs End-of-term Inspection",
        compute="_compute_term_inspection",
        search="_search_needs_term_inspection",
        help="The principal's term ends within the configured window and no comprehensive "
        "inspection took place during the term.",
    )

    def _compute_inspection_stats(self):
        Target = self.env["edu.inspection.target"]
        year = self.env.company._edu_today().year
        counts = dict(
            Target._read_group(
                [("school_id", "in", self.ids), ("year", "=", year), ("state", "!=", "cancelled")],
                ["school_id"],
                ["__count"],
            )
        )
        last = dict(
            Target._read_group(
                [("school_id", "in", self.ids), ("state", "!=", "cancelled")],
                ["school_id"],
                ["inspection_date_start:max"],
            )
        )
        for school in self:
            school.inspection_count = counts.get(school, 0)
            school.last_inspection_date = last.get(school)

    def _edu_term_inspected_ids(self):
        """Ids of the schools of self with a comprehensive inspection in the current term."""
        targets = self.env["edu.inspection.target"].search(
            [
                ("school_id", "in", self.ids),
                ("state", "!=", "cancelled"),
                ("kind", "=", "comprehensive"),
                ("function", "=", "school"),
            ]
        )
        inspected = set()
        for target in targets:
            school = target.school_id
            start = target.inspection_date_start
            if not start:
                continue
            if school.principal_term_start and start < school.principal_term_start:
                continue
            if school.principal_term_end and start > school.principal_term_end:
                continue
            inspected.add(school.id)
        return inspected

    def _edu_term_window_domain(self):
        today = self.env.company._edu_today()
        window = self.env.company.edu_principal_term_window_days
        return [
            ("principal_term_end", ">=", today),
            ("principal_term_end", "<=", today + timedelta(days=window)),
        ]

    def _compute_term_inspection(self):
        inspected = self._edu_term_inspected_ids()
        ending = set(self.filtered_domain(self._edu_term_window_domain()).ids)
        for school in self:
            school.term_inspected = school.id in inspected
            school.needs_term_inspection = school.id in ending and school.id not in inspected

    def _search_needs_term_inspection(self, operator, value):
        if operator not in ("=", "!=") or not isinstance(value, bool):
            raise UserError(self.env._("Unsupported search on end-of-term inspections."))
        ending = self.search(self._edu_term_window_domain())
        needing = [sid for sid in ending.ids if sid not in ending._edu_term_inspected_ids()]
        if (operator == "=") == value:
            return [("id", "in", needing)]
        return [("id", "not in", needing)]

    def action_edu_create_term_inspection(self):
        """Create one draft comprehensive inspection per region for the selected schools."""
        if not self:
            raise UserError(self.env._("Select the schools to inspect."))
        self.check_access("read")
        self.env["edu.inspection"].check_access("create")
        inspections = self.env["edu.inspection"]
        for region in self.region_id:
            schools = self.filtered(lambda s, r=region: s.region_id == r)
            inspections |= inspections.create(
                {
                    "name": self.env._(
                        "Principal end-of-term inspection %(region)s", region=region.name
                    ),
                    "function": "school",
                    "kind": "comprehensive",
                    "region_id": region.id,
                    "target_ids": [(0, 0, {"school_id": school.id}) for school in schools],
                }
            )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspection.edu_inspection_action"
        )
        action["domain"] = [("id", "in", inspections.ids)]
        return action

    def action_edu_view_inspections(self):
        self.ensure_one()
        self.check_access("read")
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_inspection.edu_inspection_target_action"
        )
        action["domain"] = [("school_id", "=", self.id)]
        return action
