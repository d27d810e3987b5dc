"""Benchmark of the region record rules: a district office's problem list beside a big
district.

Another district holds 10,000, then 100,000 problems; the district office's own
district holds 400. The problem list page (80 rows, the list's order) is read as the
city office (no region rule) and as the district office, and their ratio printed; then
as an inspector and a viewer, whose rules let them read the problems of published
inspections (none of these problems: their pages are empty), and as the district's
government on the portal (the portal's query: its schools' problems, those of an
inspection once its report is approved).
The rules name the user's regions and employees by id: PostgreSQL estimates the
district's rows from its statistics and reads them by the region index. (When the
rules selected them with sub-queries, ``region_id child_of …`` and
``responsible_employee_id.user_id = …``, it could not estimate them and walked the
list order's index through the other district's problems: 4.6 times the city's time
at 100,000.)

    scripts/bench tests/bench/bench_region_rules.py            (or)
    python3 tests/bench/bench_region_rules.py --db edu_bench
"""

import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402
from bench_inspection import PROBLEM_LIST_SPEC  # noqa: E402
from bench_rectification import NOCTX, Dataset  # noqa: E402

from odoo import Command  # noqa: E402

MODULES = ("edu_supervision_portal",)
OWN_SCHOOLS = 20
OWN_PROBLEMS = 400
REPEAT = 5


def own_district(env):
    """The district office's district, with its schools and problems."""
    region = env["edu.region"].create(
        {"name": "Bench Scope District", "code": "BENCHS", "level": "district"}
    )
    schools = env["edu.school"].create(
        [
            {"name": f"Bench Scope School {i}", "code": f"BS{i:03d}", "region_id": region.id,
             "stage": "primary"}
            for i in range(OWN_SCHOOLS)
        ]
    )  # fmt: skip
    category = env["edu.problem.category"].search([], limit=1)
    env["edu.problem"].create(
        [
            {"name": f"Bench scope problem {n}", "school_id": schools[n % OWN_SCHOOLS].id,
             "category_id": category.id, "severity": "general", "source": "other",
             "deadline": date.today() + timedelta(days=n % 60)}
            for n in range(OWN_PROBLEMS)
        ]
    )  # fmt: skip
    return region


def bench_users(env, region):
    """The district's government on the portal, the city office, the district office, an
    inspector and a viewer."""
    Users = env["res.users"].with_context(no_reset_password=True)

    def groups(xmlid):
        return [Command.set(env.ref(xmlid).ids)]

    government = env["res.partner"].create({"name": "Bench Scope Government", "is_company": True})
    region.government_partner_id = government
    contact = env["res.partner"].create(
        {"name": "Bench Scope Clerk", "parent_id": government.id,
         "edu_unit_partner_id": government.id}
    )  # fmt: skip
    return Users.create(
        [
            {"name": "Bench district government", "login": "bench_scope_government",
             "partner_id": contact.id, "groups_id": groups("base.group_portal")},
            {"name": "Bench city office", "login": "bench_scope_city",
             "groups_id": groups("edu_supervision.group_edu_office")},
            {"name": "Bench district office", "login": "bench_scope_district",
             "edu_region_id": region.id, "groups_id": groups("edu_supervision.group_edu_office")},
            {"name": "Bench inspector", "login": "bench_scope_inspector",
             "groups_id": groups("edu_supervision.group_edu_inspector")},
            {"name": "Bench viewer", "login": "bench_scope_viewer",
             "groups_id": groups("edu_supervision.group_edu_viewer")},
        ]
    )  # fmt: skip


def list_page(env, user):
    env.invalidate_all()
    return (
        env["edu.problem"]
        .with_user(user)
        .web_search_read(
            [("state", "!=", "closed")], PROBLEM_LIST_SPEC, limit=80, order="deadline, id desc"
        )
    )


def portal_page(env, user):
    """The portal's problem list query (``/my/supervision/problems``): 80 problems."""
    env.invalidate_all()
    return (
        env["edu.problem"]
        .with_user(user)
        .search_fetch(
            [("state", "!=", "closed")],
            ["name", "deadline", "state", "school_id"],
            limit=80,
            order="deadline, id desc",
        )
    )


def best_of(env, user, page=list_page):
    """Fastest of ``REPEAT`` reads of the page, in milliseconds."""
    times = []
    for _i in range(REPEAT):
        start = time.perf_counter()
        page(env, user)
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    region = own_district(env)
    government, city, district, inspector, viewer = bench_users(env, region)
    data = Dataset(env)
    for size in (10_000, 100_000):
        data.grow(size)
        env.cr.execute("ANALYZE edu_problem")
        for user in (city, district):
            page = measure(env, f"{user.name}, list page at {size:,}", list_page, env, user)
        assert len(page["records"]) == 80, "the district's page is full"
        city_ms, district_ms = best_of(env, city), best_of(env, district)
        print(
            f"  best of {REPEAT}: city {city_ms:.1f} ms, district {district_ms:.1f} ms, "
            f"ratio {district_ms / city_ms:.2f}"
        )
        for user in (inspector, viewer):
            measure(env, f"{user.name}, list page at {size:,}", list_page, env, user)
            print(f"  best of {REPEAT}: {best_of(env, user):.1f} ms")
        problems = measure(
            env, f"{government.name}, portal page at {size:,}", portal_page, env, government
        )
        assert len(problems) == 80, "the government's page is full"
        print(f"  best of {REPEAT}: {best_of(env, government, portal_page):.1f} ms")


if __name__ == "__main__":
    run(main, modules=MODULES)
