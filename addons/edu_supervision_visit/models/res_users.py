from odoo import models


class ResUsers(models.Model):
    _inherit = "res.users"

    def _edu_home_actions(self):
        """Inspectors start on "My schools"; the office and above keep 总览."""
        my_schools = "edu_supervision_visit.edu_school_action_edu_visit_my"
        return [
            ("edu_supervision.group_edu_office", "edu_supervision.edu_region_action_overview"),
            ("edu_supervision.group_edu_inspector", my_schools),
        ] + super()._edu_home_actions()
