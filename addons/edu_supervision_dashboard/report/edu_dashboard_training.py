from odoo import fields, models, tools
from odoo.tools import SQL

from odoo.addons.edu_supervision_inspector.models.hr_employee import INSPECTOR_TYPES


class EduDashboardTraining(models.Model):
    """Each inspector's yearly training figures (``edu.training.compliance``)
    with what a pivot needs: the first day of the year for the dashboards' year
    filter and the compliance as 0/100, whose average is the compliance rate of
    any group. A row follows the access to its compliance line."""

    _name = "edu.dashboard.training"
    _inherit = "edu.dashboard.source.mixin"
    _description = "Dashboard: Inspector Training"
    _auto = False
    _order = "year desc, region_id, employee_id"
    _rec_name = "employee_id"
    _edu_source_model = "edu.training.compliance"
    _edu_source_field = "compliance_id"

    compliance_id = fields.Many2one("edu.training.compliance", readonly=True)
    employee_id = fields.Many2one("hr.employee", string="Inspector", readonly=True)
    year = fields.Integer(readonly=True, aggregator=None)
    date = fields.Date(string="Year Start", readonly=True)
    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    inspector_type = fields.Selection(INSPECTOR_TYPES, string="Inspector Type", readonly=True)
    inspector_count = fields.Integer(string="Inspectors", readonly=True)
    centralized_hours = fields.Float(readonly=True)
    online_hours = fields.Float(readonly=True)
    centralized_avg = fields.Float(
        string="Centralized Hours per Inspector", readonly=True, aggregator="avg"
    )
    online_avg = fields.Float(string="Online Hours per Inspector", readonly=True, aggregator="avg")
    compliant_count = fields.Integer(string="Compliant Inspectors", readonly=True)
    compliance_rate = fields.Float(
        string="Compliance Rate (%)", digits=(5, 1), readonly=True, aggregator="avg"
    )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
                CREATE OR REPLACE VIEW edu_dashboard_training AS (
                    SELECT c.id,
                           c.id AS compliance_id,
                           c.employee_id,
                           c.year,
                           make_date(c.year, 1, 1) AS date,
                           c.region_id,
                           c.company_id,
                           c.inspector_type,
                           1 AS inspector_count,
                           c.centralized_hours,
                           c.online_hours,
                           c.centralized_hours AS centralized_avg,
                           c.online_hours AS online_avg,
                           c.compliant::integer AS compliant_count,
                           CASE WHEN c.compliant THEN 100.0 ELSE 0.0 END AS compliance_rate
                      FROM edu_training_compliance c
                )
                """
            )
        )
