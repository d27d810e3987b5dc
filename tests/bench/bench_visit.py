"""Benchmark of the routine-visit screens: "My schools" and the behind-target list.

Builds 500 schools / 25,000 visits, measures, grows the data to 2,000 schools /
100,000 visits, measures again: the query counts must not change. At both sizes the
inspector has more schools than a kanban page (40) and more schools are behind target
than a list page (80), so both measures read full pages and count the rest.

    scripts/bench tests/bench/bench_visit.py            (or)
    python3 tests/bench/bench_visit.py --db edu_bench
"""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_visit",)

KANBAN_SPEC = {
    "name": {},
    "region_id": {"fields": {"display_name": {}}},
    "stage": {},
    "visit_behind": {},
    "visit_semester_count": {},
    "visit_semester_target": {},
    "visit_month_count": {},
    "visit_month_target": {},
    "visit_last_date": {},
    "visit_open_problem_count": {},
}
LIST_SPEC = dict(
    KANBAN_SPEC,
    code={},
    responsible_employee_id={"fields": {"display_name": {}}},
)


class Dataset:
    def __init__(self, env):
        self.env = env
        company = env.company
        company.write({"edu_visit_min_per_semester": 2, "edu_visit_min_per_month": 1})
        self.region = env["edu.region"].create(
            {"name": "Bench District", "code": "BENCH", "level": "district"}
        )
        groups = env.ref("edu_supervision.group_edu_inspector") | env.ref("base.group_user")
        self.user = env["res.users"].create(
            {
                "name": "Bench Inspector",
                "login": "bench_inspector",
                "groups_id": [(6, 0, groups.ids)],
            }
        )
        office_groups = env.ref("edu_supervision.group_edu_office") | env.ref("base.group_user")
        self.office = env["res.users"].create(
            {
                "name": "Bench Office",
                "login": "bench_office",
                "groups_id": [(6, 0, office_groups.ids)],
            }
        )
        self.schools = env["edu.school"]
        self.employees = env["hr.employee"]
        self.visits = 0

    def grow(self, n_schools, n_visits):
        env = self.env
        start = len(self.schools)
        new_schools = env["edu.school"].create(
            [
                {
                    "name": f"Bench School {i:05d}",
                    "code": f"BS{i:05d}",
                    "region_id": self.region.id,
                    "stage": "primary",
                }
                for i in range(start, n_schools)
            ]
        )
        self.schools |= new_schools
        # one inspector per 5 schools; the bench user is responsible for every 10th school
        n_new_employees = len(new_schools) // 5
        employees = env["hr.employee"].create(
            [
                {
                    "name": f"Bench Inspector {len(self.employees) + i:04d}",
                    "edu_is_inspector": True,
                    "edu_inspector_type": "part_time",
                    "edu_region_id": self.region.id,
                    "user_id": self.user.id if not self.employees and i == 0 else False,
                }
                for i in range(n_new_employees)
            ]
        )
        env["edu.inspector.certificate"].create(
            [
                {
                    "name": f"BENCH-{employee.id}",
                    "employee_id": employee.id,
                    "issue_date": date(2020, 1, 1),
                    "issuing_office": "Bench",
                }
                for employee in employees
            ]
        )
        self.employees |= employees
        bench_employee = self.employees[0]
        assignments = []
        for index, school in enumerate(new_schools):
            employee = bench_employee if (start + index) % 10 == 0 else employees[index // 5]
            assignments.append(
                {"school_id": school.id, "employee_id": employee.id, "date_from": date(2020, 1, 1)}
            )
        env["edu.school.assignment"].create(assignments)
        # visits: inserted in one parameterised statement (bench data only)
        env.flush_all()
        count = n_visits - self.visits
        # every 4th school only has visits older than 200 days (before the current
        # semester: behind target); the others have visits spread over the last 150 days.
        # Bench data only: no items, and the stored semester code (not read by these two
        # screens) is left empty.
        env.cr.execute(
            """
            INSERT INTO edu_visit (name, school_id, employee_id, region_id, date, duration,
                                   announcement, state, company_id, create_uid, write_uid,
                                   create_date, write_date)
            SELECT 'BENCH-' || (%(offset)s + g),
                   (%(schools)s::int[])[1 + (g %% %(n)s)],
                   (%(employees)s::int[])[1 + (g %% %(n)s)],
                   %(region)s,
                   CASE WHEN (g %% %(n)s) %% 4 = 0
                        THEN %(today)s::date - 200 - (g %% 200)
                        ELSE %(today)s::date - (g %% 150) END,
                   2.0,
                   'announced',
                   CASE WHEN g %% 10 = 0 THEN 'draft' ELSE 'submitted' END,
                   %(company)s, 1, 1, now(), now()
              FROM generate_series(1, %(count)s) AS g
            """,
            {
                "offset": self.visits,
                "schools": self.schools.ids,
                "employees": [school.responsible_employee_id.id for school in self.schools],
                "n": len(self.schools),
                "region": self.region.id,
                "today": env.company._edu_today(),
                "company": env.company.id,
                "count": count,
            },
        )
        self.visits = n_visits
        env.invalidate_all()


def main(env):
    data = Dataset(env)
    School = env["edu.school"]
    my_domain = [("responsible_employee_id.user_id", "=", data.user.id)]
    behind_domain = [("visit_behind", "=", True)]

    def my_schools():
        env.invalidate_all()
        return School.with_user(data.user).web_search_read(my_domain, KANBAN_SPEC, limit=40)

    def behind_list():
        env.invalidate_all()
        return School.with_user(data.office).web_search_read(behind_domain, LIST_SPEC, limit=80)

    for n_schools, n_visits in ((500, 25_000), (2_000, 100_000)):
        data.grow(n_schools, n_visits)
        my_schools()  # warm the caches (rules, views) outside the measure
        behind_list()
        label = f"{n_schools} schools, {n_visits} visits"
        result = measure(env, f"My schools kanban ({label})", my_schools)
        print(f"  cards: {len(result['records'])} of {result['length']}")
        result = measure(env, f"Behind-target list ({label})", behind_list)
        print(f"  rows: {len(result['records'])} of {result['length']}")


if __name__ == "__main__":
    run(main, modules=MODULES)
