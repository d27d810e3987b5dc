"""Benchmark of the dashboard addon: the data behind each dashboard, and the annual report.

Two sizes: 500 schools and 10,000 problems, then 5,000 schools and 100,000 problems (and
as many scored inspected units as schools). For each dashboard, every pivot and chart of
its spreadsheet file is read as the spreadsheet reads it (one grouped read each, with the
year and region filters set), as the city office and as a district office: the number of
queries must be the same at both sizes. Then the annual report of the city for the year
(figures, charts, PDF and XLSX) is built at the large size: it must take under 30 s.

The problems and the inspected units are inserted with one INSERT ... SELECT each
(generate_series): the benchmark measures reading, not creating.

    scripts/bench tests/bench/bench_dashboard.py            (or)
    python3 tests/bench/bench_dashboard.py --db edu_bench_dashboard
"""

import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

from odoo import Command  # noqa: E402
from odoo.tools import SQL, file_open  # noqa: E402

MODULES = ("edu_supervision_dashboard",)
NOCTX = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}
YEAR = 2025
DASHBOARDS = ("workforce", "evaluation", "rectification", "budget")
DISTRICTS = 3
INSPECTIONS = 40


class Dataset:
    def __init__(self, env):
        self.env = env
        Region = env["edu.region"]
        self.city = Region.create({"name": "Bench City", "code": "BCITY", "level": "city"})
        self.districts = Region.create(
            [
                {
                    "name": f"Bench District {n}",
                    "code": f"BD{n}",
                    "level": "district",
                    "parent_id": self.city.id,
                }
                for n in range(DISTRICTS)
            ]
        )
        self.categories = env["edu.problem.category"].search([])
        self.schools = env["edu.school"]
        self.inspections = env["edu.inspection"].create(
            [
                {
                    "name": f"Bench inspection {n}",
                    "function": ("school", "government", "monitoring")[n % 3],
                    "kind": ("comprehensive", "special")[n % 2],
                    "region_id": self.districts[n % DISTRICTS].id,
                    "date_start": date(YEAR, 1 + n % 12, 10),
                    "date_end": date(YEAR, 1 + n % 12, 12),
                }
                for n in range(INSPECTIONS)
            ]
        )
        self.problems = 0
        self.user_office = self._user("bench_office", None)
        self.user_district = self._user("bench_district", self.districts[0])

    def _user(self, login, region):
        return (
            self.env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": login,
                    "login": login,
                    "edu_region_id": region.id if region else False,
                    "groups_id": [
                        Command.link(self.env.ref("edu_supervision.group_edu_office").id),
                        Command.link(self.env.ref("edu_supervision.group_edu_finance").id),
                    ],
                }
            )
        )

    def grow_schools(self, total):
        start = len(self.schools)
        self.schools |= self.env["edu.school"].create(
            [
                {
                    "name": f"Bench School {n}",
                    "code": f"BS{n:05d}",
                    "region_id": self.districts[n % DISTRICTS].id,
                    "stage": "primary",
                    "student_count": 3000 if n % 10 == 0 else 600,
                }
                for n in range(start, total)
            ]
        )
        new = self.schools[start:]
        cr = self.env.cr
        self.env.flush_all()
        # one scored unit per new school, spread over the inspections
        cr.execute(
            SQL(
                """
                INSERT INTO edu_inspection_target
                    (inspection_id, school_id, region_id, partner_id, function, state, year,
                     kind, company_id, is_scored, score_percent, total_score, max_total_score,
                     sequence, create_uid, write_uid, create_date, write_date)
                SELECT i.id, s.id, s.region_id, s.partner_id, i.function, 'published', %(year)s,
                       i.kind, s.company_id, TRUE, 50 + mod(s.id * 37, 50), 0, 0,
                       10, 1, 1, now(), now()
                  FROM edu_school s
                  JOIN LATERAL (
                      SELECT id, function, kind FROM edu_inspection
                       WHERE id = ANY(%(inspections)s)
                       ORDER BY id OFFSET mod(s.id, %(count)s) LIMIT 1
                  ) i ON TRUE
                 WHERE s.id = ANY(%(schools)s)
                """,
                year=YEAR,
                inspections=self.inspections.ids,
                count=INSPECTIONS,
                schools=new.ids,
            )
        )
        cr.execute(
            SQL(
                "UPDATE edu_inspection SET state = 'published', publish_date = %s "
                "WHERE id = ANY(%s)",
                date(YEAR, 12, 1),
                self.inspections.ids,
            )
        )
        self.env.invalidate_all()

    def grow_problems(self, total):
        """Problems of the schools' units: a third closed (on time or late), a tenth
        overdue, some rebounded."""
        size = total - self.problems
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO edu_problem
                    (name, target_id, inspection_id, partner_id, school_id, region_id,
                     category_id, severity, source, state, deadline, closed_date, year, rebound,
                     escalation_candidate, company_id, create_uid, write_uid, create_date,
                     write_date)
                SELECT 'Bench problem ' || g, t.id, t.inspection_id, t.partner_id, t.school_id,
                       t.region_id, (%(categories)s)[1 + mod(g, %(ncat)s)],
                       (ARRAY['general', 'serious', 'critical'])[1 + mod(g, 3)], 'inspection',
                       CASE WHEN mod(g, 3) = 0 THEN 'closed' ELSE 'open' END,
                       CASE WHEN mod(g, 10) = 1 THEN DATE '2020-01-01' ELSE DATE '2099-12-31' END,
                       CASE WHEN mod(g, 3) = 0
                            THEN CASE WHEN mod(g, 2) = 0 THEN DATE '2020-01-01'
                                      ELSE DATE '2100-01-01' END END,
                       %(year)s, mod(g, 50) = 0, mod(g, 3) != 0, t.company_id, 1, 1, now(), now()
                  FROM generate_series(%(start)s, %(end)s) g
                  JOIN edu_inspection_target t
                    ON t.id = (%(targets)s)[1 + mod(g, %(ntargets)s)]
                """,
                categories=self.categories.ids,
                ncat=len(self.categories),
                year=YEAR,
                start=self.problems,
                end=total - 1,
                targets=self.env["edu.inspection.target"]
                .search([("school_id", "in", self.schools.ids)])
                .ids,
                ntargets=len(self.schools),
            )
        )
        self.problems = total
        self.env.invalidate_all()
        print(f"  {size} problems inserted, {total} in all")


def dashboard_reads(env, key, region):
    """Every pivot and chart of dashboard ``key``, read as the spreadsheet reads them
    (the year and region filters applied where the dashboard wires them)."""
    with file_open(f"edu_supervision_dashboard/data/files/{key}_dashboard.json") as file:
        snapshot = json.load(file)
    sources = list(snapshot["pivots"].values())
    for figure in snapshot["sheets"][0]["figures"]:
        data = figure["data"]
        sources.append(
            {
                "model": data["metaData"]["resModel"],
                "domain": data["searchParams"]["domain"],
                "rows": [{"fieldName": name} for name in data["metaData"]["groupBy"]],
                "columns": [],
                "measures": [{"fieldName": data["metaData"]["measure"]}],
                "fieldMatching": data["fieldMatching"],
            }
        )
    for source in sources:
        Model = env[source["model"]]
        domain = list(source["domain"])
        for filter_id, spec in source["fieldMatching"].items():
            if filter_id == "edu-filter-year":
                domain += [
                    (spec["chain"], ">=", date(YEAR, 1, 1)),
                    (spec["chain"], "<=", date(YEAR, 12, 31)),
                ]
            else:
                domain.append((spec["chain"], "child_of", region.id))
        groupby = [
            f"{g['fieldName']}:{g['granularity']}" if g.get("granularity") else g["fieldName"]
            for g in source["rows"] + source["columns"]
        ]
        groupby = [
            g if ":" in g or Model._fields[g].type != "date" else f"{g}:month" for g in groupby
        ]
        measures = []
        for spec in source["measures"]:
            name = spec["fieldName"]
            if name == "__count":
                measures.append(name)
            else:
                field = Model._fields[name]
                measures.append(f"{name}:{spec.get('aggregator') or field.aggregator}")
        Model._read_group(domain, groupby, measures)


def read_all(env, data, label):
    for key in DASHBOARDS:
        for user, region in (
            (data.user_office, data.city),
            (data.user_district, data.districts[0]),
        ):
            as_user = env(user=user.id, su=False)
            # warm the caches (access rules, field metadata) first: the count that
            # matters is the one of the reads themselves
            dashboard_reads(as_user, key, region)
            measure(
                as_user,
                f"{label}: dashboard {key} as {user.login}",
                dashboard_reads,
                as_user,
                key,
                region,
            )


def annual_report(env, data):
    as_office = env(user=data.user_office.id, su=False)
    report = as_office["edu.annual.report"].create(
        {"name": "Bench annual report", "year": YEAR, "region_id": data.city.id}
    )
    start = time.perf_counter()
    report.action_generate()
    elapsed = time.perf_counter() - start
    pdf_kb = len(report.pdf_attachment_id.raw) / 1e3
    xlsx_kb = len(report.xlsx_attachment_id.raw) / 1e3
    verdict = "" if elapsed < 30 else "  TOO SLOW"
    print(
        f"  annual report built in {elapsed:.1f} s "
        f"(PDF {pdf_kb:.0f} kB, XLSX {xlsx_kb:.0f} kB){verdict}"
    )


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    data = Dataset(env)
    data.grow_schools(500)
    data.grow_problems(10_000)
    read_all(env, data, "500 schools, 10,000 problems")
    data.grow_schools(5_000)
    data.grow_problems(100_000)
    read_all(env, data, "5,000 schools, 100,000 problems")
    measure(
        env, "annual report of the city, 5,000 schools, 100,000 problems", annual_report, env, data
    )


if __name__ == "__main__":
    run(main, modules=MODULES)
