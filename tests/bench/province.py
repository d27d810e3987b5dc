"""Province-scale data: 12 cities x 400 schools, 1,000 inspectors, 500,000 problems,
2,000,000 routine visits, in a database with the platform addons installed (no demo).

    python3 tests/bench/province.py --db edu_province [--scale 0.1]

The reference tables are small and written through the ORM, which keeps their
invariants (the contacts of schools, the resources of employees, parent_path and
complete_name of regions, the team of inspections, the related columns of targets).
The large tables are filled with set-based SQL (``INSERT ... SELECT generate_series``):
a problem copies its unit, region, inspection and year from the target the ORM wrote,
a visit its region from its school and its employee from the school's current
assignment; the semester of a visit is computed by the ORM once per distinct date.
Everything is committed at the end, for ``bench_province.py``.
"""

import argparse
import sys
import time
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from psycopg2 import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import _config_path, _install, _installed  # noqa: E402

# the platform addons, through their dependencies
MODULES = ("edu_supervision_dashboard", "edu_supervision_portal", "edu_supervision_api")
NOCTX = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}
CITIES, DISTRICTS, SCHOOLS, INSPECTORS = 12, 8, 400, 1000
PROBLEMS, VISITS, YEARS, INSPECTION_SIZE = 500_000, 2_000_000, 5, 10
STAGES = ["primary", "junior", "senior", "kindergarten"]


@contextmanager
def indexes_rebuilt(env, table):
    """Drop the secondary indexes of ``table`` for a bulk insert and build them again
    afterwards (faster than updating them row by row)."""
    env.cr.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s "
        "AND indexname NOT LIKE '%%_pkey'",
        [table],
    )
    indexes = env.cr.fetchall()
    for name, _definition in indexes:
        env.cr.execute(sql.SQL("DROP INDEX {}").format(sql.Identifier(name)))
    yield
    for _name, definition in indexes:
        env.cr.execute(definition)


def step(label, start):
    print(f"  {label}: {time.perf_counter() - start:.1f} s", flush=True)
    return time.perf_counter()


def make_reference(env, scale):
    """Regions, schools, inspectors, certificates, assignments through the ORM."""
    Region = env["edu.region"]
    cities = Region.create(
        [{"name": f"City {c:02d}", "code": f"P{c:02d}00", "level": "city"} for c in range(CITIES)]
    )
    districts = Region.create(
        [
            {"name": f"District {c:02d}-{d}", "code": f"P{c:02d}{d:02d}", "parent_id": city.id}
            for c, city in enumerate(cities)
            for d in range(1, DISTRICTS + 1)
        ]
    )
    per_city = max(1, int(SCHOOLS * scale))
    schools = env["edu.school"].create(
        [
            {
                "name": f"School {c:02d}-{n:04d}",
                "code": f"P{c:02d}S{n:04d}",
                "region_id": districts[c * DISTRICTS + n % DISTRICTS].id,
                "stage": STAGES[n % 4],
                "ownership": "private" if n % 7 == 0 else "public",
                "student_count": 200 + (n * 37) % 2500,
                "teacher_count": 20 + (n * 7) % 150,
            }
            for c in range(CITIES)
            for n in range(per_city)
        ]
    )
    n_inspectors = max(4 * CITIES, int(INSPECTORS * scale))
    inspectors = env["hr.employee"].create(
        [
            {
                "name": f"Inspector {i:04d}",
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time" if i % 3 else "full_time",
                "edu_specialty": "school",
                "edu_region_id": districts[(i % CITIES) * DISTRICTS + i // CITIES % DISTRICTS].id,
                "edu_affiliation_school_id": schools[(i * 13) % len(schools)].id
                if i % 10 == 0
                else False,
            }
            for i in range(n_inspectors)
        ]
    )
    env["edu.inspector.certificate"].create(
        [
            {
                "name": f"PROV-{employee.id}",
                "employee_id": employee.id,
                "issue_date": date(2020, 1, 1),
                "issuing_office": "Province",
            }
            for i, employee in enumerate(inspectors)
            if i % 20
        ]
    )
    # the responsible inspector of each school: a certified inspector of its city
    by_city = {city.id: [] for city in cities}
    for i, employee in enumerate(inspectors):
        if i % 20:
            by_city[employee.edu_region_id.parent_id.id].append(employee.id)
    env["edu.school.assignment"].create(
        [
            {
                "school_id": school.id,
                "employee_id": by_city[school.region_id.parent_id.id][
                    n % len(by_city[school.region_id.parent_id.id])
                ],
                "date_from": date(2022, 1, 1),
            }
            for n, school in enumerate(schools)
        ]
    )
    return cities, schools, by_city


def make_inspections(env, cities, schools, by_city):
    """Every school inspected once a year for YEARS years (10 schools an inspection);
    the past inspections closed, as their targets' related status says too."""
    this_year = date.today().year
    by_school_city = {}
    for school in schools:
        by_school_city.setdefault(school.region_id.parent_id.id, []).append(school.id)
    for year in range(this_year - YEARS + 1, this_year + 1):
        vals_list = []
        for city in cities:
            city_schools, team = by_school_city[city.id], by_city[city.id]
            for n, start in enumerate(range(0, len(city_schools), INSPECTION_SIZE)):
                day = date(year, 3, 1) + timedelta(days=(n * 7) % 250)
                vals_list.append(
                    {
                        "name": f"{city.name} inspection {year}-{n:03d}",
                        "function": "school",
                        "kind": "comprehensive",
                        "region_id": city.id,
                        "date_start": day,
                        "date_end": day + timedelta(days=2),
                        "leader_id": team[n % len(team)],
                        "member_ids": [(6, 0, [team[(n + 1) % len(team)]])],
                        "target_ids": [
                            (0, 0, {"school_id": school_id})
                            for school_id in city_schools[start : start + INSPECTION_SIZE]
                        ],
                    }
                )
        env["edu.inspection"].create(vals_list)
    env.flush_all()
    env.cr.execute(
        """UPDATE edu_inspection SET state = 'closed' WHERE date_end < %s - 30;
           UPDATE edu_inspection_target t SET state = i.state
             FROM edu_inspection i WHERE i.id = t.inspection_id AND t.state != i.state""",
        [date.today()],
    )
    env.invalidate_all()


def insert_problems(env, count):
    """``count`` problems over the targets of the closed inspections, 70 % closed."""
    categories = env["edu.problem.category"].search([]).ids or [None]
    env.cr.execute(
        """
        CREATE TEMP TABLE province_target ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY t.id) - 1 AS k, t.id, t.inspection_id,
               t.partner_id, t.school_id, t.region_id, t.company_id, i.year, i.date_end
          FROM edu_inspection_target t JOIN edu_inspection i ON i.id = t.inspection_id
         WHERE i.state = 'closed';
        INSERT INTO edu_problem (
            name, partner_id, school_id, region_id, inspection_id, target_id, category_id,
            severity, source, state, deadline, closed_date, company_id, year, rebound,
            reopen_count, escalation_candidate, description, requirement,
            create_uid, create_date, write_uid, write_date)
        SELECT 'Province problem ' || g, t.partner_id, t.school_id, t.region_id,
               t.inspection_id, t.id, (%(categories)s::int[])[1 + g %% %(n_categories)s],
               (ARRAY['general', 'serious', 'critical'])[1 + g %% 3], 'inspection',
               CASE WHEN g %% 10 < 7 THEN 'closed' ELSE 'open' END,
               t.date_end + 30 + g %% 90,
               CASE WHEN g %% 10 < 7 THEN t.date_end + 20 + g %% 90 END,
               t.company_id, t.year, false, 0, g %% 10 >= 7,
               'Finding ' || g || ' of the inspection: the requirement is not met.',
               'Rectify within the deadline.',
               %(uid)s, now() AT TIME ZONE 'UTC', %(uid)s, now() AT TIME ZONE 'UTC'
          FROM generate_series(0, %(count)s - 1) g
          JOIN province_target t ON t.k = g %% (SELECT count(*) FROM province_target)
        """,
        {
            "categories": categories,
            "n_categories": len(categories),
            "count": count,
            "uid": env.uid,
        },
    )


def insert_visits(env, count, schools):
    """``count`` submitted visits over the last two years, each by the responsible
    inspector of its school; the semester computed by the ORM once per date."""
    today = date.today()
    days = [
        today - timedelta(days=n) for n in range(730) if (today - timedelta(days=n)).weekday() < 5
    ]
    company = env.company
    env.cr.execute(
        "CREATE TEMP TABLE province_day (k int, day date, semester varchar) ON COMMIT DROP"
    )
    env.cr.execute(
        "INSERT INTO province_day SELECT * FROM unnest(%s::int[], %s::date[], %s::varchar[])",
        [list(range(len(days))), days, [company._edu_visit_semester_code(day) for day in days]],
    )
    env.cr.execute(
        """
        CREATE TEMP TABLE province_school ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY s.id) - 1 AS k, s.id, s.region_id, s.company_id,
               a.employee_id, e.user_id
          FROM edu_school s
          JOIN edu_school_assignment a ON a.school_id = s.id AND a.is_current
          JOIN hr_employee e ON e.id = a.employee_id
         WHERE s.id = ANY(%(schools)s);
        INSERT INTO edu_visit (
            name, employee_id, user_id, school_id, region_id, date, duration, announcement,
            state, submit_date, semester, company_id,
            create_uid, create_date, write_uid, write_date)
        SELECT 'PV' || lpad(g::text, 8, '0'), s.employee_id, s.user_id, s.id, s.region_id,
               d.day, 2.0, CASE WHEN g %% 5 = 0 THEN 'unannounced' ELSE 'announced' END,
               'submitted', d.day, d.semester, s.company_id,
               %(uid)s, now() AT TIME ZONE 'UTC', %(uid)s, now() AT TIME ZONE 'UTC'
          FROM generate_series(0, %(count)s - 1) g
          JOIN province_school s ON s.k = g %% %(n_schools)s
          JOIN province_day d ON d.k = (g / %(n_schools)s) %% %(n_days)s
        """,
        {
            "schools": schools.ids,
            "count": count,
            "n_schools": len(schools),
            "n_days": len(days),
            "uid": env.uid,
        },
    )


def generate(env, scale=1.0):
    env = env(context=dict(env.context, **NOCTX))
    start = begin = time.perf_counter()
    cities, schools, by_city = make_reference(env, scale)
    start = step(f"{len(schools)} schools, inspectors, assignments (ORM)", start)
    make_inspections(env, cities, schools, by_city)
    start = step("inspections and targets (ORM)", start)
    with indexes_rebuilt(env, "edu_problem"):
        insert_problems(env, int(PROBLEMS * scale))
    start = step(f"{int(PROBLEMS * scale):,} problems (SQL)", start)
    with indexes_rebuilt(env, "edu_visit"):
        insert_visits(env, int(VISITS * scale), schools)
    start = step(f"{int(VISITS * scale):,} visits (SQL)", start)
    return time.perf_counter() - begin


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="edu_province")
    parser.add_argument("--config", help="odoo.conf (default .data/odoo.conf)")
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the sizes")
    args = parser.parse_args()
    config = _config_path(args.config)

    import odoo
    from odoo.modules.registry import Registry

    odoo.tools.config.parse_config(["-c", str(config), "--log-level=warn"])
    if not _installed(args.db, MODULES):
        _install(config, args.db, MODULES)
    with Registry(args.db).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        elapsed = generate(env, args.scale)
    with Registry(args.db).cursor() as cr:
        cr.execute("ANALYZE")
        cr.execute("SELECT pg_size_pretty(pg_database_size(current_database()))")
        print(f"generated in {elapsed:.0f} s; database size {cr.fetchone()[0]}")


if __name__ == "__main__":
    main()
