"""Hot paths against their floors, each measured as a ratio in one run.

- The double-random draw from 5,000 schools / 500 inspectors (with conflicts of interest
  to exclude: recent inspections, uncertified, affiliated, responsible and busy inspectors)
  against reading its inputs with raw SQL: the candidate schools, their recent and
  yearly inspections, the candidate inspectors with their affiliations, valid
  certificates, current assignments and busy teams. Target: within 2x.
- The problem library XLSX of 100,000 problems against raw xlsxwriter in constant-memory
  mode writing the same rows (same columns and formats) read with one SQL query.
  Target: within 1.3x.

Each figure is the median of several runs, the two sides alternated.

    scripts/bench tests/bench/bench_floors.py            (or)
    python3 tests/bench/bench_floors.py --db edu_bench
"""

import io
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import xlsxwriter
from psycopg2 import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import run  # noqa: E402
from bench_inspection import NOCTX, Dataset  # noqa: E402

MODULES = ("edu_supervision_inspection", "edu_supervision_rectification")
RUNS = 5
XLSX_ROWS = 100_000


def clone_rows(env, table, seed_ids, copies, name_column="name"):
    """Insert ``copies`` copies of the rows ``seed_ids`` of ``table`` (every column but
    the id, ``name_column`` suffixed with the copy number): stored computed columns stay
    consistent because they are those the ORM wrote on the seeds."""
    env.flush_all()
    env.cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s "
        "AND column_name NOT IN ('id', %s) ORDER BY ordinal_position",
        [table, name_column],
    )
    columns = [sql.Identifier(row[0]) for row in env.cr.fetchall()]
    env.cr.execute(
        sql.SQL(
            "INSERT INTO {table} ({name}, {columns}) SELECT {name} || ' #' || g, {columns} "
            "FROM {table}, generate_series(1, %s) g WHERE id = ANY(%s) ORDER BY g, id"
        ).format(
            table=sql.Identifier(table),
            name=sql.Identifier(name_column),
            columns=sql.SQL(", ").join(columns),
        ),
        [copies, list(seed_ids)],
    )
    env.invalidate_all()


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def compare(label, ours, floor, runs=RUNS):
    """Run ``ours`` and ``floor`` alternately; print both medians and their ratio."""
    ours_times, floor_times = [], []
    for _ in range(runs):
        ours_times.append(timed(ours)[0])
        floor_times.append(timed(floor)[0])
    a, b = statistics.median(ours_times), statistics.median(floor_times)
    print(f"{label}: ours {a * 1000:.1f} ms, floor {b * 1000:.1f} ms, ratio {a / b:.2f}")
    return a / b


# ----------------------------------------------------------------------
# Draw
# ----------------------------------------------------------------------
def draw_inputs_sql(cr, draw):
    """Read everything the draw decides on, with plain SQL (the floor)."""
    today = date.today()
    paths = [f"{path}%" for path in draw.target_region_ids.mapped("parent_path")]
    cr.execute(
        """SELECT s.id, s.partner_id FROM edu_school s JOIN edu_region r ON r.id = s.region_id
            WHERE s.active AND (s.company_id = %s OR s.company_id IS NULL)
              AND r.parent_path LIKE ANY(%s) AND s.stage = %s""",
        [draw.company_id.id, paths, draw.school_stage],
    )
    schools = cr.fetchall()
    school_ids = [row[0] for row in schools]
    cr.execute(
        """SELECT DISTINCT t.school_id FROM edu_inspection_target t
             JOIN edu_inspection i ON i.id = t.inspection_id
            WHERE t.school_id = ANY(%s) AND t.state != 'cancelled' AND i.date_start >= %s
              AND i.id != %s""",
        [school_ids, today - timedelta(days=365), draw.inspection_id.id],
    )
    cr.fetchall()
    cr.execute(
        """SELECT school_id, year, count(*) FROM edu_inspection_target
            WHERE school_id = ANY(%s) AND year = %s AND state != 'cancelled'
            GROUP BY school_id, year""",
        [school_ids, draw.year],
    )
    cr.fetchall()
    paths = [f"{path}%" for path in draw.inspector_region_ids.mapped("parent_path")]
    cr.execute(
        """SELECT e.id, e.edu_affiliation_partner_id, e.edu_affiliation_school_id
             FROM hr_employee e JOIN edu_region r ON r.id = e.edu_region_id
            WHERE e.edu_is_inspector AND e.active AND r.parent_path LIKE ANY(%s)""",
        [paths],
    )
    employee_ids = [row[0] for row in cr.fetchall()]
    cr.execute(
        """SELECT DISTINCT employee_id FROM edu_inspector_certificate
            WHERE employee_id = ANY(%s) AND state = 'valid' AND issue_date <= %s
              AND (expiry_date IS NULL OR expiry_date >= %s)""",
        [employee_ids, today, today],
    )
    cr.fetchall()
    drawn = school_ids[: draw.target_count]
    cr.execute(
        """SELECT a.employee_id, s.name FROM edu_school_assignment a
             JOIN edu_school s ON s.id = a.school_id
            WHERE a.school_id = ANY(%s) AND a.is_current AND a.employee_id = ANY(%s)""",
        [drawn, employee_ids],
    )
    cr.fetchall()
    cr.execute(
        """SELECT DISTINCT rel.employee_id FROM edu_inspection i
             JOIN edu_inspection_team_rel rel ON rel.inspection_id = i.id
            WHERE i.state != 'cancelled' AND i.date_start <= %s AND i.date_end >= %s
              AND rel.employee_id = ANY(%s) AND i.id != %s""",
        [draw.date_end, draw.date_start, employee_ids, draw.inspection_id.id],
    )
    cr.fetchall()


def bench_draw(env, data):
    data.grow_pools(1000, 100)
    data.grow_pools(4000, 400)
    env.flush_all()
    draws = [data.draw() for _ in range(RUNS + 1)]
    env.flush_all()
    draws[-1].action_draw()  # warm the caches once
    env.flush_all()
    pending = iter(draws[:-1])

    def ours():
        next(pending).action_draw()
        env.flush_all()

    def floor():
        draw_inputs_sql(env.cr, draws[-1])

    ratio = compare("draw, 5,000 schools / 500 inspectors", ours, floor)
    done = draws[0]
    print(
        f"  pools: {done.target_pool_count} units, {done.inspector_pool_count} inspectors, "
        f"{done.exclusion_count} exclusions; verified: {done._edu_verify()}"
    )
    return ratio


# ----------------------------------------------------------------------
# Problem XLSX
# ----------------------------------------------------------------------
def fetch_in_chunks(cr, size=5000):
    while rows := cr.fetchmany(size):
        yield from rows


def xlsx_floor(env, domain):
    """The same rows with one SQL query, written by xlsxwriter in constant-memory mode."""
    Problem = env["edu.problem"]
    labels = {
        name: dict(Problem._fields[name]._description_selection(env))
        for name in ("state", "severity")
    }
    lang = env.lang or "en_US"
    ids = Problem.search(domain, order="id").ids
    env.cr.execute(
        """SELECT p.name, rp.complete_name, r.complete_name,
                  CASE WHEN i.reference IS NULL OR i.reference = '/' THEN i.name
                       ELSE '[' || i.reference || '] ' || i.name END,
                  p.year, COALESCE(c.name->>%s, c.name->>'en_US'), p.severity, p.state,
                  p.deadline, p.rebound, p.closed_date, p.description
             FROM edu_problem p
             JOIN res_partner rp ON rp.id = p.partner_id
             LEFT JOIN edu_region r ON r.id = p.region_id
             LEFT JOIN edu_inspection i ON i.id = p.inspection_id
             LEFT JOIN edu_problem_category c ON c.id = p.category_id
            WHERE p.id = ANY(%s) ORDER BY p.id""",
        [lang, ids],
    )
    today = date.today()
    output = io.BytesIO()
    workbook = xlsxwriter.Workbook(output, {"constant_memory": True})
    bold = workbook.add_format({"bold": True, "bg_color": "#D9E1F2", "border": 1})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    sheet = workbook.add_worksheet("Problem Library")
    sheet.freeze_panes(1, 0)
    for col in range(13):
        sheet.set_column(col, col, 12)
        sheet.write_string(0, col, f"Column {col}", bold)
    for row, values in enumerate(fetch_in_chunks(env.cr), start=1):
        name, unit, region, inspection, year, category = values[:6]
        severity, state, deadline, rebound, closed, description = values[6:]
        sheet.write_string(row, 0, name)
        sheet.write_string(row, 1, unit)
        region and sheet.write_string(row, 2, region)
        inspection and sheet.write_string(row, 3, inspection)
        sheet.write_number(row, 4, year or 0)
        category and sheet.write_string(row, 5, category)
        sheet.write_string(row, 6, labels["severity"][severity])
        sheet.write_string(row, 7, labels["state"][state])
        deadline and sheet.write_datetime(row, 8, deadline, date_format)
        late = (today - deadline).days if deadline and state != "closed" and deadline < today else 0
        sheet.write_number(row, 9, late)
        rebound and sheet.write_string(row, 10, "Yes")
        closed and sheet.write_datetime(row, 11, closed, date_format)
        description and sheet.write_string(row, 12, description)
    workbook.close()
    return output.getvalue()


def bench_xlsx(env, data, rows=XLSX_ROWS):
    inspection = data.report_inspection(200, 1000)
    seeds = inspection.problem_ids.ids
    clone_rows(env, "edu_problem", seeds, rows // len(seeds) - 1)
    domain = [("inspection_id", "=", inspection.id)]
    print(f"{env['edu.problem'].search_count(domain)} problems to export")
    report = env.ref("edu_supervision_rectification.edu_problem_xlsx_report")

    def ours():
        env.invalidate_all()
        env["ir.actions.report"]._render_xlsx(report.report_name, None, {"domain": domain})

    def floor():
        env.invalidate_all()
        xlsx_floor(env, domain)

    return compare(f"problem XLSX, {rows:,} rows", ours, floor, runs=3)


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    data = Dataset(env)
    draw = bench_draw(env, data)
    xlsx = bench_xlsx(env, data)
    print(f"ratios: draw {draw:.2f} (target 2), problem XLSX {xlsx:.2f} (target 1.3)")


if __name__ == "__main__":
    run(main, modules=MODULES)
