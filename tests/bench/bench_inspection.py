"""Benchmark of the inspection addon: double-random draw, XLSX report, problem list.

- A draw (units and inspectors, with conflicts of interest to exclude) from 1,000 schools /
  100 inspectors, then from 5,000 schools / 500 inspectors: must stay under 1 s.
- The XLSX report of an inspection with 200 targets and 2,000 problems.
- The problem list view (first page, as the web client reads it) with 5,000 then
  50,000 problems: the query count must not change.

    scripts/bench tests/bench/bench_inspection.py            (or)
    python3 tests/bench/bench_inspection.py --db edu_bench
"""

import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_inspection",)
NOCTX = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}

PROBLEM_LIST_SPEC = {
    "name": {},
    "partner_id": {"fields": {"display_name": {}}},
    "inspection_id": {"fields": {"display_name": {}}},
    "region_id": {"fields": {"display_name": {}}},
    "category_id": {"fields": {"display_name": {}}},
    "severity": {},
    "deadline": {},
    "responsible_employee_id": {"fields": {"display_name": {}}},
    "is_overdue": {},
    "state": {},
}


class Dataset:
    def __init__(self, env):
        self.env = env(context=dict(env.context, **NOCTX))
        self.region = self.env["edu.region"].create(
            {"name": "Bench District", "code": "BENCHI", "level": "district"}
        )
        self.schools = self.env["edu.school"]
        self.inspectors = self.env["hr.employee"]
        self.start = date.today() + timedelta(days=30)

    def grow_pools(self, n_schools, n_inspectors):
        env = self.env
        offset = len(self.schools)
        stages = ["primary", "junior", "senior", "kindergarten"]
        schools = env["edu.school"].create(
            [
                {
                    "name": f"Bench School {i}",
                    "code": f"BI{i:05d}",
                    "region_id": self.region.id,
                    "stage": stages[i % 4],
                    "ownership": "private" if i % 7 == 0 else "public",
                    "student_count": 300 + i % 2000,
                }
                for i in range(offset, offset + n_schools)
            ]
        )
        self.schools |= schools
        offset = len(self.inspectors)
        inspectors = env["hr.employee"].create(
            [
                {
                    "name": f"Bench Inspector {i}",
                    "edu_is_inspector": True,
                    "edu_inspector_type": "part_time" if i % 3 else "full_time",
                    "edu_specialty": "school",
                    "edu_region_id": self.region.id,
                    # one in ten works at one of the new schools: a conflict of interest
                    "edu_affiliation_school_id": schools[i % len(schools)].id
                    if i % 10 == 0
                    else False,
                }
                for i in range(offset, offset + n_inspectors)
            ]
        )
        self.inspectors |= inspectors
        # one in twenty has no certificate
        env["edu.inspector.certificate"].create(
            [
                {
                    "name": f"BENCH-{employee.id}",
                    "employee_id": employee.id,
                    "issue_date": date(2020, 1, 1),
                    "issuing_office": "Bench",
                }
                for n, employee in enumerate(inspectors)
                if n % 20
            ]
        )
        certified = inspectors.filtered("edu_certificate_valid")
        # responsible inspectors for a tenth of the schools
        env["edu.school.assignment"].create(
            [
                {
                    "school_id": school.id,
                    "employee_id": certified[n % len(certified)].id,
                    "date_from": date(2024, 1, 1),
                }
                for n, school in enumerate(schools)
                if n % 10 == 0
            ]
        )
        # a recent inspection of 5 % of the schools, whose team is busy on the draw dates
        env["edu.inspection"].create(
            {
                "name": f"Bench busy inspection {offset}",
                "function": "school",
                "kind": "special",
                "region_id": self.region.id,
                "date_start": date.today(),
                "date_end": self.start + timedelta(days=1),
                "leader_id": certified[0].id,
                "member_ids": [(6, 0, certified[1:6].ids)],
                "target_ids": [(0, 0, {"school_id": s.id}) for s in schools[::20]],
            }
        )

    def draw(self):
        inspection = self.env["edu.inspection"].create(
            {
                "name": "Bench drawn inspection",
                "function": "school",
                "kind": "special",
                "region_id": self.region.id,
                "date_start": self.start,
                "date_end": self.start + timedelta(days=2),
            }
        )
        draw = self.env["edu.random.draw"].create(
            {
                "inspection_id": inspection.id,
                "target_region_ids": [(6, 0, self.region.ids)],
                "school_stage": "primary",
                "target_count": 30,
                "inspector_region_ids": [(6, 0, self.region.ids)],
                "inspector_count": 10,
                "recent_months": 12,
            }
        )
        return draw

    def report_inspection(self, n_targets, n_problems):
        env = self.env
        inspection = env["edu.inspection"].create(
            {
                "name": "Bench report inspection",
                "function": "school",
                "kind": "comprehensive",
                "region_id": self.region.id,
                "date_start": date.today() - timedelta(days=400),
                "date_end": date.today() - timedelta(days=398),
                "target_ids": [(0, 0, {"school_id": s.id}) for s in self.schools[:n_targets]],
            }
        )
        categories = env["edu.problem.category"].search([])
        targets = inspection.target_ids
        env["edu.problem"].create(
            [
                {
                    "name": f"Bench problem {i}",
                    "target_id": targets[i % len(targets)].id,
                    "inspection_id": inspection.id,
                    "category_id": categories[i % len(categories)].id,
                    "severity": ("general", "serious", "critical")[i % 3],
                    "deadline": date.today() + timedelta(days=i % 90 - 30),
                    "description": "Description of the finding " * 3,
                    "requirement": "Rectify within the deadline.",
                }
                for i in range(n_problems)
            ]
        )
        return inspection

    def add_problems(self, inspection, count):
        targets = inspection.target_ids
        batch = 5000
        for start in range(0, count, batch):
            self.env["edu.problem"].create(
                [
                    {
                        "name": f"Bulk problem {i}",
                        "target_id": targets[i % len(targets)].id,
                        "inspection_id": inspection.id,
                        "severity": "general",
                        "deadline": date.today() + timedelta(days=i % 90 - 30),
                    }
                    for i in range(start, min(start + batch, count))
                ]
            )
            self.env.invalidate_all()


def main(env):
    data = Dataset(env)

    data.grow_pools(1000, 100)
    draw = data.draw()
    measure(env, "draw from 1,000 schools / 100 inspectors", draw.action_draw)
    print(
        f"  pools: {draw.target_pool_count} units, {draw.inspector_pool_count} inspectors, "
        f"{draw.exclusion_count} exclusions"
    )
    data.grow_pools(4000, 400)
    draw = data.draw()
    measure(env, "draw from 5,000 schools / 500 inspectors", draw.action_draw)
    print(
        f"  pools: {draw.target_pool_count} units, {draw.inspector_pool_count} inspectors, "
        f"{draw.exclusion_count} exclusions"
    )
    measure(env, "verify the draw", draw._edu_verify)

    inspection = data.report_inspection(200, 2000)
    report = env.ref("edu_supervision_inspection.action_report_edu_inspection_xlsx")
    env.invalidate_all()
    content, _fmt = measure(
        env,
        "XLSX report, 200 targets / 2,000 problems",
        report._render,
        report.report_name,
        inspection.ids,
        {},
    )
    print(f"  {len(content)} bytes")

    Problem = env["edu.problem"]

    def list_page():
        env.invalidate_all()
        return Problem.web_search_read(
            [("state", "!=", "closed")], PROBLEM_LIST_SPEC, limit=80, order="deadline, id desc"
        )

    data.add_problems(inspection, 3000)
    list_page()  # warm the caches (languages, rules) once
    measure(env, f"problem list page, {Problem.search_count([])} problems", list_page)
    data.add_problems(inspection, 45000)
    measure(env, f"problem list page, {Problem.search_count([])} problems", list_page)
    measure(
        env,
        "problem overdue filter count",
        lambda: Problem.search_count([("is_overdue", "=", True)]),
    )


if __name__ == "__main__":
    run(main, modules=MODULES)
