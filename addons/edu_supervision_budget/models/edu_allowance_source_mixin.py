from odoo import fields, models
from odoo.exceptions import AccessError

#: who sees the allowance sheets of an inspection or a course (an inspector reads only
#: his own allowance lines, not the sheets of his colleagues)
ALLOWANCE_GROUPS = "edu_supervision.group_edu_office,edu_supervision.group_edu_finance"


class EduAllowanceSourceMixin(models.AbstractModel):
    """What allowance sheets are generated from (an inspection, a training course).

    The inheriting model names the field of ``edu.allowance.sheet`` pointing back
    at it, the sheet's ``source`` value and the sheet method preparing the values.
    """

    _name = "edu.allowance.source.mixin"
    _description = "Source of Allowance Sheets"

    _allowance_sheet_field = None
    _allowance_source = None
    _allowance_prepare_method = None

    allowance_sheet_count = fields.Integer(
        string="Allowance Sheet Count",
        compute="_compute_allowance_sheet_count",
        groups=ALLOWANCE_GROUPS,
    )

    def _compute_allowance_sheet_count(self):
        groups = self.env["edu.allowance.sheet"]._read_group(
            [(self._allowance_sheet_field, "in", self.ids)],
            [self._allowance_sheet_field],
            ["__count"],
        )
        counts = {source.id: count for source, count in groups}
        for source in self:
            source.allowance_sheet_count = counts.get(source.id, 0)

    def _check_allowance_office(self):
        """Office staff prepare allowance sheets from what they may read."""
        if not self.env.su and not self.env.user.has_group("edu_supervision.group_edu_office"):
            raise AccessError(
                self.env._("Only office staff can prepare or open allowance sheets here.")
            )
        self.check_access("read")

    def action_create_allowance_sheet(self):
        self.ensure_one()
        self._check_allowance_office()
        Sheet = self.env["edu.allowance.sheet"]
        sheet = Sheet.create(getattr(Sheet, self._allowance_prepare_method)(self))
        return sheet._get_form_action()

    def action_view_allowance_sheets(self):
        self.ensure_one()
        self._check_allowance_office()
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "edu_supervision_budget.edu_allowance_sheet_action"
        )
        action["domain"] = [(self._allowance_sheet_field, "=", self.id)]
        action["context"] = {
            f"default_{self._allowance_sheet_field}": self.id,
            "default_source": self._allowance_source,
        }
        return action
