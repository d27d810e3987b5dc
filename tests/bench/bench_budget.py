"""Benchmark of the supervision budget execution figures.

200 budget lines (20 office budgets x 10 categories) over 100,000 analytic items,
2,000 approved allowance lines and 200 confirmed service contracts:

1. execution figures (actual, committed) of 20 lines, then of all 200 lines;
2. the computed fields of the budgets and lines as the list views read them;
3. the execution report (SQL view) grouped by line and month, and the XLSX report.

The query counts must not change with the number of lines.

    scripts/bench tests/bench/bench_budget.py            (or)
    python3 tests/bench/bench_budget.py --db edu_bench
"""

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

from odoo import Command  # noqa: E402
from odoo.tools import SQL  # noqa: E402

MODULES = ("edu_supervision_budget",)
YEAR = 2025
CATEGORIES = [
    "inspection",
    "training",
    "allowance_communication",
    "allowance_transport",
    "allowance_meals",
    "allowance_labour",
    "evaluation",
    "research",
    "platform",
    "other",
]
ANALYTIC_ITEMS = 100_000


def make_budgets(env):
    plan = env.ref("edu_supervision_budget.analytic_plan_supervision")
    regions = env["edu.region"].create(
        [
            {"name": f"Bench district {i}", "code": f"BD{i:03d}", "level": "district"}
            for i in range(20)
        ]
    )
    accounts = env["account.analytic.account"].create(
        [
            {"name": f"Bench {region.code} {category}", "plan_id": plan.id}
            for region in regions
            for category in CATEGORIES
        ]
    )
    accounts_iter = iter(accounts)
    budgets = env["edu.budget"].create(
        [
            {
                "name": f"Bench budget {region.code}",
                "fiscal_year": YEAR,
                "region_id": region.id,
                "state": "approved",
                "line_ids": [
                    Command.create(
                        {
                            "category": category,
                            "original_amount": 1_000_000.0,
                            "analytic_account_id": next(accounts_iter).id,
                        }
                    )
                    for category in CATEGORIES
                ],
            }
            for region in regions
        ]
    )
    return budgets


def make_analytic_items(env, accounts):
    """100,000 cost items spread over the accounts and the months of the year."""
    column = env.ref("edu_supervision_budget.analytic_plan_supervision")._column_name()
    env.flush_all()
    env.cr.execute(
        SQL(
            """
            INSERT INTO account_analytic_line
                   (name, date, amount, unit_amount, company_id, %(column)s,
                    create_uid, write_uid, create_date, write_date)
            SELECT 'bench', %(start)s::date + mod(n, 365), -(mod(n, 97) + 1), 1, %(company)s,
                   (%(accounts)s::int[])[1 + mod(n, %(count)s)],
                   1, 1, now(), now()
              FROM generate_series(1, %(items)s) AS n
            """,
            column=SQL.identifier(column),
            start=date(YEAR, 1, 1),
            company=env.company.id,
            accounts=accounts.ids,
            count=len(accounts),
            items=ANALYTIC_ITEMS,
        )
    )
    env.invalidate_all()


def make_commitments(env, budgets, employee):
    lines = budgets.line_ids
    allowance_lines = lines.filtered(lambda line: line.category == "allowance_labour")
    sheets = env["edu.allowance.sheet"].create(
        [
            {
                "region_id": budget.region_id.id,
                "date": date(YEAR, 3, 1),
                "budget_id": budget.id,
                "line_ids": [
                    Command.create(
                        {
                            "employee_id": employee.id,
                            "category": "labour",
                            "quantity": 1,
                            "unit_amount": 100.0,
                        }
                    )
                    for _i in range(100)
                ],
            }
            for budget in allowance_lines.budget_id
        ]
    )
    sheets.flush_recordset()
    sheets.write({"state": "approved"})
    partner = env["res.partner"].create({"name": "Bench provider"})
    env["edu.service.contract"].create(
        [
            {
                "name": f"Bench contract {line.id}",
                "partner_id": partner.id,
                "budget_id": line.budget_id.id,
                "budget_line_id": line.id,
                "amount": 1000.0,
                "state": "confirmed",
            }
            for line in lines
        ]
    )


def read_lines(lines):
    lines.invalidate_recordset()
    return lines.read(
        [
            "planned_amount",
            "actual_amount",
            "committed_amount",
            "available_amount",
            "execution_rate",
        ]
    )


def read_budgets(budgets):
    budgets.invalidate_recordset()
    budgets.line_ids.invalidate_recordset()
    return budgets.read(
        [
            "planned_amount",
            "actual_amount",
            "committed_amount",
            "available_amount",
            "execution_rate",
        ]
    )


def report_by_line_month(env, budgets):
    return env["edu.budget.execution.report"]._read_group(
        [("budget_id", "in", budgets.ids)],
        ["budget_line_id", "date:month"],
        ["actual_amount:sum", "committed_amount:sum", "available_amount:sum"],
    )


def main(env):
    budgets = make_budgets(env)
    lines = budgets.line_ids
    employee = env["hr.employee"].create({"name": "Bench inspector"})
    make_analytic_items(env, lines.analytic_account_id)
    make_commitments(env, budgets, employee)
    env.flush_all()
    env.invalidate_all()
    # fresh recordsets, as the web client reads them (browse of ids)
    budgets = env["edu.budget"].browse(budgets.ids)
    lines = env["edu.budget.line"].browse(lines.ids)
    print(f"{len(lines)} budget lines, {ANALYTIC_ITEMS} analytic items")

    small = lines.browse(lines.ids[:20])
    figures = measure(env, "figures of 20 lines", small._get_execution_figures)
    figures = measure(env, "figures of 200 lines", lines._get_execution_figures)
    assert len(figures) == 200
    measure(env, "read 20 lines (list view)", read_lines, small)
    measure(env, "read 200 lines (list view)", read_lines, lines)
    measure(env, "read 2 budgets (list view)", read_budgets, budgets.browse(budgets.ids[:2]))
    measure(env, "read 20 budgets (list view)", read_budgets, budgets)
    measure(
        env, "execution report by line and month, 2 budgets", report_by_line_month, env, budgets[:2]
    )
    measure(
        env, "execution report by line and month, 20 budgets", report_by_line_month, env, budgets
    )
    measure(
        env,
        "XLSX execution report, 20 budgets",
        env["ir.actions.report"]._render,
        "edu_supervision_budget.edu_budget_execution_xlsx",
        budgets.ids,
    )
    total = sum(values["actual"] for values in figures.values())
    print(f"actual total {total:,.0f} over {len(figures)} lines")


if __name__ == "__main__":
    run(main, modules=MODULES)
