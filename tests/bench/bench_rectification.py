"""Benchmark of the rectification addon: scheduled escalation and XLSX problem library.

- The scheduled escalation (overdue problems -> draft supervision orders) over 10,000 then
  100,000 overdue problems: one batch of 1,000 problems must cost the same number of
  queries at both sizes; then the whole 100,000 are processed batch by batch.
- The interview / circular suggestions computed over all those units.
- The XLSX problem library export (xlsxwriter constant-memory mode) of 10,000 then
  100,000 problems: time and process peak RSS (it must not grow with the row count).

Wall-clock times depend on the machine's load; the CPU time of this process is
printed too (the database server's time is not included in it).

    scripts/bench tests/bench/bench_rectification.py            (or)
    python3 tests/bench/bench_rectification.py --db edu_bench
"""

import resource
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_rectification",)
NOCTX = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}
N_SCHOOLS = 2000
BATCH = 1000
CREATE_CHUNK = 5000


def _rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Dataset:
    def __init__(self, env):
        self.env = env
        self.region = self.env["edu.region"].create(
            {"name": "Bench Rectification District", "code": "BENCHR", "level": "district"}
        )
        self.school_ids = (
            self.env["edu.school"]
            .create(
                [
                    {
                        "name": f"Bench Rect School {i}",
                        "code": f"BR{i:05d}",
                        "region_id": self.region.id,
                        "stage": "primary",
                        "ownership": "public",
                    }
                    for i in range(N_SCHOOLS)
                ]
            )
            .ids
        )
        self.category = self.env["edu.problem.category"].search([], limit=1)
        self.count = 0

    def grow(self, total):
        """Create overdue problems (no supervision order yet) up to ``total``."""
        deadline = date.today() - timedelta(days=40)
        while self.count < total:
            size = min(CREATE_CHUNK, total - self.count)
            self.env["edu.problem"].create(
                [
                    {
                        "name": f"Bench problem {n}",
                        "school_id": self.school_ids[n % N_SCHOOLS],
                        "category_id": self.category.id,
                        "severity": ("general", "serious", "critical")[n % 3],
                        "deadline": deadline,
                        "source": "other",
                    }
                    for n in range(self.count, self.count + size)
                ]
            )
            self.count += size
            self.env.flush_all()
            self.env.invalidate_all()


def escalation_batch(env):
    return env["edu.supervision.order"]._edu_draft_overdue_orders(limit=BATCH)


def escalate_all(env):
    """Process every remaining batch, as successive cron calls would; report per batch."""
    counts = []
    cpu = time.process_time()
    remaining = 1
    while remaining:
        before = env.cr.sql_log_count
        done, remaining = escalation_batch(env)
        env.flush_all()
        if done:
            counts.append(env.cr.sql_log_count - before)
    print(
        f"  {len(counts)} batches of {BATCH}: queries per batch min {min(counts)}, "
        f"max {max(counts)}; CPU {time.process_time() - cpu:.1f} s"
    )


def export_xlsx(env, domain):
    report = env.ref("edu_supervision_rectification.edu_problem_xlsx_report")
    rss_before = _rss_mb()
    cpu = time.process_time()
    content, _kind = env["ir.actions.report"]._render_xlsx(
        report.report_name, None, {"domain": domain}
    )
    print(
        f"  XLSX {len(content) / 1e6:.1f} MB, CPU {time.process_time() - cpu:.1f} s, "
        f"process peak RSS {rss_before:.0f} MB before, {_rss_mb():.0f} MB after"
    )


def main(env):
    env = env(context=dict(env.context, **NOCTX))
    env.company.write({"edu_order_overdue_days": 7, "edu_escalation_order": True})
    data = Dataset(env)
    domain = [("region_id", "=", data.region.id)]

    data.grow(10_000)
    print(f"10,000 overdue problems created (peak RSS {_rss_mb():.0f} MB)")
    measure(env, "escalation, one batch of 1,000 at 10,000 problems", escalation_batch, env)
    measure(env, "XLSX export of 10,000 problems", export_xlsx, env, domain)

    data.grow(100_000)
    print(f"100,000 overdue problems created (peak RSS {_rss_mb():.0f} MB)")
    measure(env, "escalation, one batch of 1,000 at 100,000 problems", escalation_batch, env)
    measure(env, "escalation, all remaining batches (98,000 problems)", escalate_all, env)
    suggestions = env["edu.escalation.suggestion"]
    measure(env, "interview suggestions", suggestions._edu_suggest_interviews)
    measure(env, "circular suggestions", suggestions._edu_suggest_circulars)
    orders = env["edu.supervision.order"].search_count([("partner_id.name", "like", "Bench")])
    print(f"  draft supervision orders: {orders}")
    measure(env, "XLSX export of 100,000 problems", export_xlsx, env, domain)


if __name__ == "__main__":
    run(main, modules=MODULES)
