from odoo import fields, models, tools
from odoo.tools import SQL

# Only published results are ranked: the scores are final and public.
RANKED_STATES = ("published", "closed")


class EduDashboardScore(models.Model):
    """The score of every inspected unit of a published inspection, ranked and
    set against the mean (the comparison Yuncheng shows for its schools):

    * ``city_mean`` / ``deviation`` / ``city_rank``: among all the units inspected
      by the same function in the same year (city-wide);
    * ``district_mean`` / ``district_deviation`` / ``district_rank``: among those
      of the same region (district).

    A row follows the access to its inspected unit (``edu.inspection.target``):
    a district office sees the rows of its district (with their city rank), a
    viewer those of published inspections of his region.

    Self-assessment: :meth:`_edu_self_score_sql` is the hook the inspected
    units' portal fills in (the unit's own score of the same target, through
    the bridge ``edu_supervision_dashboard_portal``); without it
    ``self_score``, ``self_gap`` and ``self_gap_abs`` stay empty.
    """

    _name = "edu.dashboard.score"
    _inherit = "edu.dashboard.source.mixin"
    _description = "Dashboard: Scores and Rankings"
    _auto = False
    _order = "year desc, function, city_rank, id"
    _rec_name = "partner_id"
    _edu_source_model = "edu.inspection.target"
    _edu_source_field = "target_id"

    target_id = fields.Many2one("edu.inspection.target", string="Inspected Unit", readonly=True)
    inspection_id = fields.Many2one("edu.inspection", string="Inspection", readonly=True)
    partner_id = fields.Many2one("res.partner", string="Unit", readonly=True)
    school_id = fields.Many2one("edu.school", string="School", readonly=True)
    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    function = fields.Selection(
        lambda self: self.env["edu.inspection"]._fields["function"].selection,
        string="Function",
        readonly=True,
    )
    kind = fields.Selection(
        lambda self: self.env["edu.inspection"]._fields["kind"].selection,
        string="Kind",
        readonly=True,
    )
    year = fields.Integer(readonly=True, aggregator=None)
    date = fields.Date(string="Year Start", readonly=True)
    unit_count = fields.Integer(string="Units", readonly=True)
    score = fields.Float(string="Score (%)", digits=(5, 2), readonly=True, aggregator="avg")
    city_mean = fields.Float(string="City Mean (%)", digits=(5, 2), readonly=True, aggregator="avg")
    deviation = fields.Float(
        string="Deviation from the City Mean", digits=(5, 2), readonly=True, aggregator="avg"
    )
    city_rank = fields.Integer(string="City Rank", readonly=True, aggregator="min")
    district_mean = fields.Float(
        string="District Mean (%)", digits=(5, 2), readonly=True, aggregator="avg"
    )
    district_deviation = fields.Float(
        string="Deviation from the District Mean",
        digits=(5, 2),
        readonly=True,
        aggregator="avg",
    )
    district_rank = fields.Integer(string="District Rank", readonly=True, aggregator="min")
    self_score = fields.Float(
        string="Self-assessment (%)", digits=(5, 2), readonly=True, aggregator="avg"
    )
    self_gap = fields.Float(
        string="Self-assessment minus Score",
        digits=(5, 2),
        readonly=True,
        aggregator="avg",
        help="Positive: the unit rated itself higher than the inspection team did.",
    )
    self_gap_abs = fields.Float(
        string="Gap (absolute)",
        digits=(5, 2),
        readonly=True,
        aggregator="avg",
        help="Size of the gap between the self-assessment and the score, either way.",
    )
    has_self_assessment = fields.Boolean(readonly=True)

    def _edu_self_score_sql(self):
        """SQL expression of the unit's self-assessment score (%) of target
        ``t`` (a row of ``edu_inspection_target``), NULL when it has none.

        Hook for the inspected units' portal, filled in by the bridge
        ``edu_supervision_dashboard_portal``; without the portal there is none."""
        return SQL("NULL::float8")

    def _query(self):
        return SQL(
            """
            WITH scored AS (
                SELECT t.id AS target_id, t.inspection_id, t.partner_id, t.school_id,
                       t.region_id, t.company_id, t.function, t.kind, t.year,
                       t.score_percent::float8 AS score,
                       %(self_score)s AS self_score
                  FROM edu_inspection_target t
                 WHERE t.is_scored AND t.state IN %(states)s AND t.year > 0
            )
            SELECT s.target_id AS id,
                   s.target_id, s.inspection_id, s.partner_id, s.school_id, s.region_id,
                   s.company_id, s.function, s.kind, s.year,
                   make_date(s.year, 1, 1) AS date,
                   1 AS unit_count,
                   s.score,
                   AVG(s.score) OVER city AS city_mean,
                   s.score - AVG(s.score) OVER city AS deviation,
                   RANK() OVER (city ORDER BY s.score DESC) AS city_rank,
                   AVG(s.score) OVER district AS district_mean,
                   s.score - AVG(s.score) OVER district AS district_deviation,
                   RANK() OVER (district ORDER BY s.score DESC) AS district_rank,
                   s.self_score,
                   s.self_score - s.score AS self_gap,
                   ABS(s.self_score - s.score) AS self_gap_abs,
                   s.self_score IS NOT NULL AS has_self_assessment
              FROM scored s
            WINDOW city AS (PARTITION BY s.company_id, s.year, s.function),
                   district AS (PARTITION BY s.company_id, s.year, s.function, s.region_id)
            """,
            self_score=self._edu_self_score_sql(),
            states=RANKED_STATES,
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL("CREATE OR REPLACE VIEW %s AS (%s)", SQL.identifier(self._table), self._query())
        )
