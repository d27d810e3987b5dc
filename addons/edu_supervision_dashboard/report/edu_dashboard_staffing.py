from odoo import fields, models, tools
from odoo.tools import SQL


class EduDashboardStaffing(models.Model):
    """The inspector workforce per region, live: one row per region counting the
    schools and inspectors of the region and its sub-regions (the city row
    holds the whole city), with the figures a pivot cannot derive itself: the
    required inspectors (1:5, large schools 1:1, rounded up per region), the gap,
    the full-time share and the schools per inspector. Rows of other regions
    than the user's own are hidden by the region rule."""

    _name = "edu.dashboard.staffing"
    _description = "Dashboard: Inspector Staffing"
    _auto = False
    _order = "level, region_id"
    _rec_name = "region_id"

    region_id = fields.Many2one("edu.region", string="Region", readonly=True)
    level = fields.Selection(
        [("city", "City"), ("district", "District")], string="Level", readonly=True
    )
    company_id = fields.Many2one("res.company", string="Company", readonly=True)
    school_count = fields.Integer(string="Schools", readonly=True)
    large_school_count = fields.Integer(string="Large Schools", readonly=True)
    required_count = fields.Integer(string="Inspectors Required", readonly=True)
    inspector_count = fields.Integer(string="Inspectors", readonly=True)
    available_count = fields.Integer(string="Inspectors with Valid Certificate", readonly=True)
    fulltime_count = fields.Integer(string="Full-time Inspectors", readonly=True)
    gap_count = fields.Integer(string="Inspector Gap", readonly=True)
    fulltime_share = fields.Float(
        string="Full-time Share (%)", digits=(5, 1), readonly=True, aggregator="max"
    )
    schools_per_inspector = fields.Float(
        string="Schools per Inspector", digits=(6, 2), readonly=True, aggregator="max"
    )
    expiring_certificate_count = fields.Integer(
        string="Certificates Expiring in 90 Days", readonly=True
    )
    ending_appointment_count = fields.Integer(
        string="Appointments Ending in 90 Days", readonly=True
    )

    def _query(self):
        # today in the supervision office's time zone, as the other report views
        return SQL(
            """
            WITH today AS (SELECT rc.id AS company_id, %s AS d FROM res_company rc),
            valid_cert AS (
                SELECT c.employee_id, MAX(COALESCE(c.expiry_date, 'infinity'::date)) AS expiry_date
                  FROM edu_inspector_certificate c
                  JOIN hr_employee ce ON ce.id = c.employee_id
                  JOIN today ON today.company_id = ce.company_id
                 WHERE c.state = 'valid' AND c.issue_date <= today.d
                   AND (c.expiry_date IS NULL OR c.expiry_date >= today.d)
              GROUP BY c.employee_id
            ),
            inspector AS (
                SELECT e.id, e.edu_region_id AS region_id, e.edu_inspector_type AS type,
                       vc.employee_id IS NOT NULL AS available,
                       vc.employee_id IS NOT NULL
                           AND vc.expiry_date <= today.d + 90 AS expiring,
                       EXISTS (
                           SELECT 1 FROM edu_inspector_appointment a
                            WHERE a.employee_id = e.id AND a.state = 'confirmed'
                              AND a.term_end BETWEEN today.d AND today.d + 90
                       ) AS ending
                  FROM hr_employee e
                  JOIN today ON today.company_id = e.company_id
             LEFT JOIN valid_cert vc ON vc.employee_id = e.id
                 WHERE e.edu_is_inspector AND e.active AND e.edu_region_id IS NOT NULL
            ),
            school_by_region AS (
                SELECT s.region_id, COUNT(*) AS schools,
                       COUNT(*) FILTER (WHERE s.is_large) AS large
                  FROM edu_school s
                 WHERE s.active
              GROUP BY s.region_id
            ),
            inspector_by_region AS (
                SELECT i.region_id, COUNT(*) AS inspectors,
                       COUNT(*) FILTER (WHERE i.available) AS available,
                       COUNT(*) FILTER (WHERE i.available AND i.type = 'full_time') AS fulltime,
                       COUNT(*) FILTER (WHERE i.expiring) AS expiring,
                       COUNT(*) FILTER (WHERE i.ending) AS ending
                  FROM inspector i
              GROUP BY i.region_id
            ),
            totals AS (
                SELECT r.id AS region_id, r.level, r.company_id,
                       COALESCE(SUM(sr.schools), 0)::integer AS schools,
                       COALESCE(SUM(sr.large), 0)::integer AS large,
                       COALESCE(SUM(ir.inspectors), 0)::integer AS inspectors,
                       COALESCE(SUM(ir.available), 0)::integer AS available,
                       COALESCE(SUM(ir.fulltime), 0)::integer AS fulltime,
                       COALESCE(SUM(ir.expiring), 0)::integer AS expiring,
                       COALESCE(SUM(ir.ending), 0)::integer AS ending
                  FROM edu_region r
                  JOIN edu_region sub ON starts_with(sub.parent_path, r.parent_path)
             LEFT JOIN school_by_region sr ON sr.region_id = sub.id
             LEFT JOIN inspector_by_region ir ON ir.region_id = sub.id
                 WHERE r.active
              GROUP BY r.id, r.level, r.company_id
            ),
            required AS (
                SELECT t.*,
                       (CEIL((t.schools - t.large)::numeric
                             / GREATEST(COALESCE(c.edu_inspector_school_ratio, 1), 1))
                        + CEIL(t.large::numeric
                               / GREATEST(COALESCE(c.edu_large_school_ratio, 1), 1)))::integer
                           AS required
                  FROM totals t
                  JOIN res_company c ON c.id = t.company_id
            )
            SELECT q.region_id AS id,
                   q.region_id,
                   q.level,
                   q.company_id,
                   q.schools AS school_count,
                   q.large AS large_school_count,
                   q.required AS required_count,
                   q.inspectors AS inspector_count,
                   q.available AS available_count,
                   q.fulltime AS fulltime_count,
                   GREATEST(q.required - q.available, 0) AS gap_count,
                   CASE WHEN q.available > 0
                        THEN ROUND(100.0 * q.fulltime / q.available, 1) ELSE 0 END::float8
                       AS fulltime_share,
                   CASE WHEN q.available > 0
                        THEN ROUND(q.schools::numeric / q.available, 2) ELSE 0 END::float8
                       AS schools_per_inspector,
                   q.expiring AS expiring_certificate_count,
                   q.ending AS ending_appointment_count
              FROM required q
            """,
            self.env["res.company"]._edu_today_sql("rc"),
        )

    def init(self):
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL("CREATE OR REPLACE VIEW %s AS (%s)", SQL.identifier(self._table), self._query())
        )
