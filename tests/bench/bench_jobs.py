"""Benchmark of the background jobs: a 100,000-problem escalation and export started
from the web client's methods.

- Over its threshold the button returns at once (the time of the request: count,
  authority check, the job enqueued); the job then runs the work (the time of the job,
  performed here as queue_job's runner would, as the same user).
- The same at 10,000 problems: the request's queries do not grow with the size.

    scripts/bench tests/bench/bench_jobs.py            (or)
    python3 tests/bench/bench_jobs.py --db edu_bench
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402
from bench_rectification import NOCTX, Dataset  # noqa: E402

MODULES = ("edu_supervision_rectification",)


def perform(env, job):
    """Run the queue job of ``job`` (an ``edu.job``) as queue_job's runner does."""
    from odoo.addons.queue_job.job import Job  # noqa: PLC0415

    Job.load(env, job.queue_job_uuid).perform()
    env.flush_all()
    job.invalidate_recordset()
    print(f"  job {job.state}, {job.progress:.0f} %: {job.result}", flush=True)


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    env.company.write({"edu_order_overdue_days": 7, "edu_escalation_order": True})
    user = (
        env["res.users"]
        .with_context(no_reset_password=True)
        .create(
            {
                "name": "Bench Office",
                "login": "bench_jobs_office",
                "email": "bench_jobs_office@example.com",
                "groups_id": [(6, 0, env.ref("edu_supervision.group_edu_office").ids)],
            }
        )
    )
    as_user = env(user=user.id)
    data = Dataset(env)
    for size in (10_000, 100_000):
        data.grow(size)
        env.flush_all()
        env.invalidate_all()
        orders = as_user["edu.supervision.order"]
        action = measure(
            env,
            f"escalation button at {size:,} problems (request)",
            orders.action_edu_run_escalation,
        )
        _run_job(env, user, action, f"escalation job at {size:,} problems (job)")
        wizard = as_user["edu.problem.export.wizard"].create({})
        wizard.active_domain = str([("region_id", "=", data.region.id)])
        action = measure(env, f"export button at {size:,} problems (request)", wizard.action_export)
        job = _run_job(env, user, action, f"export job at {size:,} problems (job)")
        if job:
            print(f"  file {job.attachment_id.name}: {job.attachment_id.file_size / 1e6:.1f} MB")
        # the next size escalates every problem again: drop this size's orders
        env["edu.supervision.order"].search([]).unlink()


def _run_job(env, user, action, label):
    """Perform the job the button started, if it started one (else it ran in the request)."""
    if action.get("tag") != "display_notification" or action["params"]["type"] != "info":
        print("  (under the threshold: done in the request)")
        return None
    job = env["edu.job"].search([("user_id", "=", user.id)], limit=1)
    measure(env, label, perform, env, job)
    return job


if __name__ == "__main__":
    run(main, modules=MODULES)
