"""Benchmark of the inspector training hours.

1. Yearly compliance (helper used by the inspector form, the assessments and the
   reminders, and the SQL report) for 50 inspectors x 20 records, then 500 x 20:
   the query counts must not change.
2. Import of 10,000 rows of online hours (CSV) through the wizard: check + import.

    scripts/bench tests/bench/bench_training.py            (or)
    python3 tests/bench/bench_training.py --db edu_bench
"""

import base64
import sys
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_training",)
YEAR = 2025


def make_courses(env):
    Course = env["edu.training.course"]
    specs = [
        ("centralized", "national", 24),
        ("centralized", "city", 16),
        ("centralized", "district", 8),
        ("centralized", "school", 8),
        ("online", "national", 30),
    ]
    courses = Course.create(
        [
            {
                "name": f"Bench {mode} {level} {n}",
                "mode": mode,
                "organizer_level": level,
                "hours": hours,
                "date_start": date(YEAR, 1 + n % 12, 1),
                "date_end": date(YEAR, 1 + n % 12, 2),
            }
            for n in range(4)
            for mode, level, hours in specs
        ]
    )
    return courses  # 20 courses


def make_inspectors(env, count, courses, tag):
    employees = env["hr.employee"].create(
        [
            {
                "name": f"Bench inspector {tag} {i}",
                "edu_is_inspector": True,
                "edu_inspector_type": "part_time" if i % 3 else "full_time",
                "identification_id": f"BENCH{tag}{i:06d}",
            }
            for i in range(count)
        ]
    )
    env["edu.training.record"].create(
        [
            {
                "employee_id": employee.id,
                "course_id": course.id,
                "hours": course.hours - (i % 2),
                "result": "passed" if i % 7 else "failed",
            }
            for i, employee in enumerate(employees)
            for course in courses
        ]
    )
    return employees


def compliance(env, employees):
    env.invalidate_all()
    figures = employees._edu_get_training_figures(YEAR)
    return sum(1 for values in figures.values() if values["compliant"])


def report(env, employees):
    env.invalidate_all()
    rows = env["edu.training.compliance"].search_fetch(
        [("employee_id", "in", employees.ids), ("year", "=", YEAR)],
        ["centralized_hours", "online_hours", "missing_hours", "compliant"],
    )
    return len(rows)


def assessments(env, employees):
    records = env["edu.inspector.assessment"].create(
        [{"employee_id": employee.id, "year": YEAR} for employee in employees]
    )
    env.flush_all()
    env.invalidate_all()
    before = env.cr.sql_log_count
    records._edu_compute_training()
    env.flush_all()
    return env.cr.sql_log_count - before


def import_csv(env, employees, rows, tag="A"):
    lines = ["Inspector,Date,Course,Hours"]
    start = date(YEAR, 1, 1)
    for n in range(rows):
        employee = employees[n % len(employees)]
        day = start + timedelta(days=(n // len(employees)) % 365)
        lines.append(f"{employee.identification_id},{day},Online course {tag} {n},1.5")
    wizard = env["edu.training.import.wizard"].create(
        {"year": YEAR, "file": base64.b64encode("\n".join(lines).encode()), "filename": "x.csv"}
    )
    return wizard


def main(env):
    courses = make_courses(env)
    small = make_inspectors(env, 50, courses, "S")
    large = make_inspectors(env, 500, courses, "L")
    env.flush_all()
    compliant = measure(env, "compliance helper 50 x 20", compliance, env, small)
    measure(env, "compliance helper 500 x 20", compliance, env, large)
    print(f"  ({compliant} of 50 compliant)")
    measure(env, "compliance report (SQL view) 50", report, env, small)
    measure(env, "compliance report (SQL view) 500", report, env, large)
    print(f"  assessment hook 50: {assessments(env, small)} queries")
    print(f"  assessment hook 500: {assessments(env, large)} queries")

    # the import itself, in the request: over its threshold the button starts a job
    env["ir.config_parameter"].set_param("edu_supervision.job_threshold.training_import", "0")
    wizard = import_csv(env, large, 10_000)
    measure(env, "import 10,000 rows: check", wizard.action_check)
    errors = wizard.line_ids.filtered(lambda line: line.status == "error")
    assert wizard.state == "checked", errors[:5].mapped("message")
    measure(env, "import 10,000 rows: import after check", wizard.action_import)
    assert wizard.state == "done"
    print(f"  imported {len(wizard.record_ids)} records")
    wizard = import_csv(env, large, 10_000, tag="B")
    measure(env, "import 10,000 rows: direct import", wizard.action_import)
    assert wizard.state == "done"
    print(f"  imported {len(wizard.record_ids)} records")


if __name__ == "__main__":
    run(main, modules=MODULES)
