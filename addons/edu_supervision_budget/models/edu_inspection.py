from odoo import fields, models

from .edu_allowance_source_mixin import ALLOWANCE_GROUPS


class EduInspection(models.Model):
    _name = "edu.inspection"
    _inherit = ["edu.inspection", "edu.allowance.source.mixin"]
    _allowance_sheet_field = "inspection_id"
    _allowance_source = "inspection"
    _allowance_prepare_method = "_prepare_from_inspection"

    allowance_sheet_ids = fields.One2many(
        "edu.allowance.sheet",
        "inspection_id",
        string="Allowance Sheets",
        groups=ALLOWANCE_GROUPS,
    )
    service_contract_ids = fields.One2many(
        "edu.service.contract",
        "inspection_id",
        string="Service Contracts",
        groups="edu_supervision.group_edu_office,edu_supervision.group_edu_finance",
    )
