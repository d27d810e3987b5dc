"""Benchmark of the data-sharing API: training hours pushed by a training platform.

The same 10,000 rows of online hours (100 inspectors) are recorded twice in one run:

1. through the file import (CSV, ``edu.training.import.wizard``, as Inspector HR),
   then rolled back;
2. through the API: 10 HTTP requests ``POST /edu/api/v1/training-hours`` of 1,000 rows,
   each with its idempotency key, as the training platform's integration user, through
   Odoo's whole HTTP stack (WSGI application, FastAPI, key check, rate limit, JSON
   validation, the file import's row validation, the write log).

It prints the time, queries and rows/s of both and their ratio.

    scripts/bench tests/bench/bench_api.py            (or)
    python3 tests/bench/bench_api.py --db edu_bench
"""

import base64
import json
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_api",)
YEAR = 2025
ROWS = 10_000
BATCH = 1_000
INSPECTORS = 100


class _Rollback(Exception):
    pass


def make_rows(employees):
    return [
        {
            "inspector": employees[n % len(employees)].name,
            "date": str(date(YEAR, 1, 1) + timedelta(days=n % 360)),
            "course": f"Bench online course {n:05d}",
            "hours": 1.5,
        }
        for n in range(ROWS)
    ]


def user(env, login, groups):
    return (
        env["res.users"]
        .with_context(no_reset_password=True)
        .create(
            {
                "name": login,
                "login": login,
                "groups_id": [(6, 0, [env.ref(xmlid).id for xmlid in groups])],
            }
        )
    )


def file_import(env, rows, hr_user):
    lines = ["Inspector,Date,Course,Hours"]
    lines += [f"{r['inspector']},{r['date']},{r['course']},{r['hours']}" for r in rows]
    wizard = (
        env["edu.training.import.wizard"]
        .with_user(hr_user)
        .create(
            {
                "year": YEAR,
                "file": base64.b64encode("\n".join(lines).encode()),
                "filename": "hours.csv",
            }
        )
    )
    wizard.action_import()
    assert wizard.state == "done", wizard.line_ids.filtered("message")[:3].mapped("message")
    return len(wizard.record_ids)


def api_push(client, key, rows):
    created = 0
    for start in range(0, len(rows), BATCH):
        response = client.post(
            "/edu/api/v1/training-hours",
            data=json.dumps({"year": YEAR, "rows": rows[start : start + BATCH]}),
            headers={
                "Authorization": f"Bearer {key}",
                "Content-Type": "application/json",
                "Idempotency-Key": f"bench-{start}",
            },
        )
        assert response.status_code == 201, response.get_data(as_text=True)[:500]
        created += response.json["created"]
    return created


def timed(env, label, fn, *args):
    start = time.perf_counter()
    count = measure(env, label, fn, *args)
    elapsed = time.perf_counter() - start
    print(f"  {count} rows, {count / elapsed:,.0f} rows/s", flush=True)
    return count / elapsed


def main(env):
    from werkzeug.test import Client

    import odoo

    employees = env["hr.employee"].create(
        [{"name": f"Bench inspector {n:03d}", "edu_is_inspector": True} for n in range(INSPECTORS)]
    )
    rows = make_rows(employees)
    hr_user = user(env, "bench_hr", ["edu_supervision.group_edu_inspector_hr"])
    platform = user(env, "bench_platform", ["edu_supervision_api.group_edu_api_training"])
    client = env["edu.api.client"].create(
        {"name": "Bench platform", "kind": "training", "user_id": platform.id, "rate_limit": 1000}
    )
    key = env["edu.api.key"]._edu_generate(client, "bench")[1]
    env.ref("edu_supervision_api.fastapi_endpoint_edu_api")._handle_registry_sync()
    # the file import itself, in the request: over its threshold the button starts a job
    env["ir.config_parameter"].set_param("edu_supervision.job_threshold.training_import", "0")
    env.flush_all()

    try:
        with env.cr.savepoint():
            file_rate = timed(
                env, f"file import of {ROWS:,} rows (CSV)", file_import, env, rows, hr_user
            )
            raise _Rollback()
    except _Rollback:
        env.invalidate_all()

    # every HTTP request of the bench runs in this transaction (rolled back at the end)
    odoo.tools.config["dbfilter"] = f"^{env.cr.dbname}$"
    env.registry.enter_test_mode(env.cr)
    try:
        http = Client(odoo.http.root)
        api_rate = timed(
            env,
            f"API push of {ROWS:,} rows ({ROWS // BATCH} x {BATCH:,})",
            api_push,
            http,
            key,
            rows,
        )
    finally:
        env.registry.leave_test_mode()
    print(f"API / file import: {api_rate / file_rate:.2f}", flush=True)


if __name__ == "__main__":
    run(main, modules=MODULES)
