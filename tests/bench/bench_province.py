"""The measured operations of the addons' benches, run on the province-scale database
that ``province.py`` fills (4,800 schools, 1,000 inspectors, 500,000 problems,
2,000,000 visits), with the two hot paths against their floors.

    python3 tests/bench/province.py --db edu_province          (once, committed)
    python3 tests/bench/bench_province.py --db edu_province    (rolled back)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402
from bench_dashboard import DASHBOARDS, dashboard_reads  # noqa: E402
from bench_floors import compare, draw_inputs_sql, xlsx_floor  # noqa: E402
from bench_inspection import PROBLEM_LIST_SPEC  # noqa: E402
from bench_rectification import escalation_batch  # noqa: E402
from bench_visit import KANBAN_SPEC, LIST_SPEC  # noqa: E402
from province import MODULES, NOCTX  # noqa: E402

from odoo import Command  # noqa: E402


def users(env, city, district, inspector):
    """An office user of the city, one of a district, and the user of an inspector."""
    Users = env["res.users"].with_context(no_reset_password=True)
    office = env.ref("edu_supervision.group_edu_office") | env.ref(
        "edu_supervision.group_edu_finance"
    )
    office_city, office_district = Users.create(
        [
            {"name": login, "login": login, "edu_region_id": region.id,
             "groups_id": [Command.set(office.ids)]}
            for login, region in (("province_city", city), ("province_district", district))
        ]
    )  # fmt: skip
    inspector_user = Users.create(
        {
            "name": "province_inspector",
            "login": "province_inspector",
            "groups_id": [Command.set(env.ref("edu_supervision.group_edu_inspector").ids)],
        }
    )
    inspector.user_id = inspector_user
    env.flush_all()
    return office_city, office_district, inspector_user


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    Region, School, Problem = env["edu.region"], env["edu.school"], env["edu.problem"]
    cities = Region.search([("level", "=", "city"), ("code", "=like", "P%")], order="code")
    if len(cities) != 12:
        sys.exit("run province.py on this database first")
    city = cities[0]
    district = city.child_ids[0]
    counts = {model: env[model].search_count([]) for model in ("edu.school", "hr.employee")}
    counts.update(problems=Problem.search_count([]), visits=env["edu.visit"].search_count([]))
    print(f"province: {counts}")
    responsible = School.search([("region_id", "=", district.id)], limit=1).responsible_employee_id
    office_city, office_district, inspector_user = users(env, city, district, responsible)

    # core
    schools = School.search([])
    env.invalidate_all()
    measure(env, f"compute is_large for {len(schools)} schools", schools._compute_is_large)

    # inspector
    env.invalidate_all()
    regions = Region.search([("code", "=like", "P%")])
    measure(env, f"staffing figures, {len(regions)} regions", Region._edu_staffing_figures, regions)
    env.invalidate_all()
    measure(env, "staffing report lines", env["edu.staffing.report"]._edu_generate, regions)

    # inspection: the draw from the whole province, against its floor
    inspection = env["edu.inspection"].create(
        {
            "name": "Province drawn inspection",
            "function": "school",
            "kind": "special",
            "region_id": city.id,
            "date_start": env.company._edu_today(),
            "date_end": env.company._edu_today(),
        }
    )
    draw_vals = {
        "inspection_id": inspection.id,
        "target_region_ids": [Command.set(cities.ids)],
        "school_stage": "primary",
        "target_count": 10,
        "inspector_region_ids": [Command.set(cities.ids)],
        "inspector_count": 5,
        "recent_months": 6,
    }
    draws = env["edu.random.draw"].create([draw_vals] * 6)
    env.flush_all()
    measure(env, "draw from the province", draws[-1].action_draw)
    print(
        f"  pools: {draws[-1].target_pool_count} units, {draws[-1].inspector_pool_count} "
        f"inspectors, {draws[-1].exclusion_count} exclusions"
    )
    pending = iter(draws[:-1])

    def draw():
        next(pending).action_draw()
        env.flush_all()

    draw_ratio = compare("draw from the province", draw, lambda: draw_inputs_sql(env.cr, draws[0]))

    def list_page(user):
        env.invalidate_all()
        return Problem.with_user(user).web_search_read(
            [("state", "!=", "closed")], PROBLEM_LIST_SPEC, limit=80, order="deadline, id desc"
        )

    # the superuser (no rule), the office of a city (its 9 regions named in the rules)
    # and the office of one of its districts
    for user in (env.user, office_city, office_district):
        list_page(user)
        measure(
            env, f"problem list page as {user.login}, {counts['problems']:,} problems",
            list_page, user,
        )  # fmt: skip
    measure(env, "problem overdue count", Problem.search_count, [("is_overdue", "=", True)])

    # rectification: escalation batch, problem library XLSX against its floor
    env.company.write({"edu_order_overdue_days": 7, "edu_escalation_order": True})
    measure(env, "escalation, one batch of 1,000", escalation_batch, env)
    year = max(Problem._read_group([], ["year"], ["__count"]), key=lambda group: group[1])[0]
    domain = [("year", "=", year)]
    report = env.ref("edu_supervision_rectification.edu_problem_xlsx_report")
    rows = Problem.search_count(domain)

    def ours():
        env.invalidate_all()
        env["ir.actions.report"]._render_xlsx(report.report_name, None, {"domain": domain})

    def floor():
        env.invalidate_all()
        xlsx_floor(env, domain)

    xlsx_ratio = compare(f"problem XLSX, {rows:,} rows", ours, floor, runs=3)

    # visit: the inspector's kanban and the office's behind-target list
    env.company.write({"edu_visit_min_per_semester": 2, "edu_visit_min_per_month": 1})

    def my_schools():
        env.invalidate_all()
        return School.with_user(inspector_user).web_search_read(
            [("responsible_employee_id.user_id", "=", inspector_user.id)], KANBAN_SPEC, limit=40
        )

    def behind_list():
        env.invalidate_all()
        return School.with_user(office_city).web_search_read(
            [("visit_behind", "=", True)], LIST_SPEC, limit=80
        )

    for label, fn in (("My schools kanban", my_schools), ("behind-target list", behind_list)):
        fn()
        result = measure(env, f"{label}, {counts['visits']:,} visits", fn)
        print(f"  {len(result['records'])} of {result['length']}")

    # dashboard: every pivot and chart, as the city office and a district office
    for key in DASHBOARDS:
        for user, region in ((office_city, city), (office_district, district)):
            as_user = env(user=user.id, su=False)
            dashboard_reads(as_user, key, region)
            measure(
                as_user, f"dashboard {key} as {user.login}", dashboard_reads, as_user, key, region
            )
    print(f"ratios: draw {draw_ratio:.2f} (target 2), problem XLSX {xlsx_ratio:.2f} (target 1.3)")


if __name__ == "__main__":
    run(main, modules=MODULES)
