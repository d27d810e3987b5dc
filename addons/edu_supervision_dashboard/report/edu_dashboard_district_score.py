from odoo import fields, models, tools
from odoo.tools import SQL

from .edu_dashboard_score import RANKED_STATES


class EduDashboardDistrictScore(models.Model):
    """The regions ranked: per year, function and region (district), the mean
    score of its inspected units of published inspections, the mean of those
    regional means, the deviation from it and the rank. A district office sees
    the row of its own district (its rank among the districts); the rows of
    the other regions are hidden by the region rule."""

    _name = "edu.dashboard.district.score"
    _description = "Dashboard: District Ranking"
    _auto = False
    _order = "year desc, function, rank, id"
    _rec_name = "region_id"

    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    function = fields.Selection(
        lambda self: self.env["edu.inspection"]._fields["function"].selection,
        string="Function",
        readonly=True,
    )
    year = fields.Integer(readonly=True, aggregator=None)
    date = fields.Date(string="Year Start", readonly=True)
    unit_count = fields.Integer(string="Units", readonly=True)
    score = fields.Float(string="Mean Score (%)", digits=(5, 2), readonly=True, aggregator="avg")
    overall_mean = fields.Float(
        string="Mean of the Regions (%)", digits=(5, 2), readonly=True, aggregator="avg"
    )
    deviation = fields.Float(
        string="Deviation from the Mean", digits=(5, 2), readonly=True, aggregator="avg"
    )
    rank = fields.Integer(readonly=True, aggregator="min")

    def _query(self):
        return SQL(
            """
            WITH regional AS (
                SELECT t.company_id, t.year, t.function, t.region_id,
                       COUNT(*) AS unit_count,
                       AVG(t.score_percent)::float8 AS score
                  FROM edu_inspection_target t
                 WHERE t.is_scored AND t.state IN %(states)s AND t.year > 0
                   AND t.region_id IS NOT NULL
              GROUP BY t.company_id, t.year, t.function, t.region_id
            )
            SELECT ROW_NUMBER() OVER (ORDER BY r.year, r.function, r.region_id) AS id,
                   r.region_id, r.company_id, r.function, r.year,
                   make_date(r.year, 1, 1) AS date,
                   r.unit_count,
                   r.score,
                   AVG(r.score) OVER regions AS overall_mean,
                   r.score - AVG(r.score) OVER regions AS deviation,
                   RANK() OVER (regions ORDER BY r.score DESC) AS rank
              FROM regional r
            WINDOW regions AS (PARTITION BY r.company_id, r.year, r.function)
            """,
            states=RANKED_STATES,
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL("CREATE OR REPLACE VIEW %s AS (%s)", SQL.identifier(self._table), self._query())
        )
