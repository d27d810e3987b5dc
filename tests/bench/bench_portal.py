"""Benchmark of the inspected units' portal: the /my/supervision pages over HTTP.

A school with 100 problems and 20 supervision orders, then 1,000 problems and 200
orders: each page is requested through Odoo's own WSGI application as the school's
portal user (session cookie, routing, record rules, QWeb rendering, the whole
response), in the benchmark's transaction (Odoo's test mode: one cursor serves the
requests). The query count of every page must be the same at both sizes; the time is
the wall time of the request.

    scripts/bench tests/bench/bench_portal.py            (or)
    python3 tests/bench/bench_portal.py --db edu_bench
"""

import sys
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _harness import measure, run  # noqa: E402

MODULES = ("edu_supervision_portal",)
NOCTX = {"tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True}
SIZES = ((100, 20), (1000, 200))
PAGES = (
    "/my/supervision",
    "/my/supervision/problems?filterby=all",
    "/my/supervision/problems/page/3?filterby=all",
    "/my/supervision/orders",
    "/my/supervision/reports",
    "/my/supervision/inspections",
)
# and the pages of one problem, one order and the inspection (ids known once created)


class Dataset:
    """One school (with its portal user), an approved comprehensive inspection of it,
    and as many problems and issued supervision orders as asked."""

    def __init__(self, env):
        self.env = env = env(context=dict(env.context, **NOCTX))
        today = env.company._edu_today()
        self.today = today
        env.company.edu_max_inspections_per_school = 1000
        self.region = env["edu.region"].create(
            {"name": "Bench Portal District", "code": "BENCHP", "level": "district"}
        )
        self.school = env["edu.school"].create(
            {
                "name": "Bench Portal School",
                "code": "BP0001",
                "region_id": self.region.id,
                "stage": "primary",
            }
        )
        unit = self.school.partner_id
        contact = env["res.partner"].create(
            {
                "name": "Bench Principal",
                "parent_id": unit.id,
                "edu_unit_partner_id": unit.id,
                "email": "bench.principal@example.com",
            }
        )
        self.user = (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "login": "bench_portal",
                    "partner_id": contact.id,
                    "groups_id": [(6, 0, [env.ref("base.group_portal").id])],
                }
            )
        )
        self.inspection = env["edu.inspection"].create(
            {
                "name": "Bench comprehensive inspection",
                "region_id": self.region.id,
                "date_start": today - timedelta(days=60),
                "date_end": today - timedelta(days=58),
                "target_ids": [(0, 0, {"school_id": self.school.id})],
            }
        )
        self.inspection.write({"state": "reporting"})
        self.target = self.inspection.target_ids
        self.category = env["edu.problem.category"].search([], limit=1)
        self.problems = env["edu.problem"]
        self.orders = env["edu.supervision.order"]

    def grow(self, n_problems, n_orders):
        env = self.env
        start = len(self.problems)
        self.inspection.write({"state": "reporting"})
        new = env["edu.problem"].create(
            [
                {
                    "name": f"Bench problem {i:05d}",
                    "target_id": self.target.id,
                    "category_id": self.category.id,
                    "severity": ("general", "serious", "critical")[i % 3],
                    "deadline": self.today + timedelta(days=(i % 90) - 30),
                    "description": "Found on site.",
                    "requirement": "Rectify within the deadline.",
                }
                for i in range(start, n_problems)
            ]
        )
        self.inspection.write({"state": "approved"})
        self.problems |= new
        first = len(self.orders)
        free = self.problems[first:n_orders]
        orders = env["edu.supervision.order"].create(
            [
                {
                    "name": f"BENCH-{first + i:04d}",
                    "partner_id": self.school.partner_id.id,
                    "reason": "Overdue",
                    "new_deadline": self.today + timedelta(days=15),
                    "issue_date": self.today - timedelta(days=i % 30),
                    "state": "issued",
                    "line_ids": [(0, 0, {"problem_id": problem.id})],
                }
                for i, problem in enumerate(free)
            ]
        )
        self.orders |= orders
        env.flush_all()


class PortalClient:
    """Requests to Odoo's WSGI application as ``user``, in ``env``'s transaction."""

    def __init__(self, env, user):
        from werkzeug.test import Client

        import odoo
        from odoo.service import security

        self.registry = env.registry
        self.registry.enter_test_mode(env.cr)
        session = odoo.http.root.session_store.new()
        session.update(odoo.http.get_default_session(), db=env.cr.dbname)
        user_env = env(user=user)
        session.uid = user.id
        session.login = user.login
        session.session_token = security.compute_session_token(session, user_env)
        session.context = dict(user_env["res.users"].context_get())
        odoo.http.root.session_store.save(session)
        self.session = session
        self.client = Client(odoo.http.root)
        self.client.set_cookie("localhost", "session_id", session.sid)

    def get(self, url):
        response = self.client.get(url)
        if response.status_code != 200:
            raise AssertionError(f"{url}: HTTP {response.status_code}")
        return response

    def close(self):
        import odoo

        odoo.http.root.session_store.delete(self.session)
        self.registry.leave_test_mode()


def main(env):
    """The /my/supervision pages at 100 problems / 20 orders, then 1,000 / 200."""
    data = Dataset(env)
    client = PortalClient(env, data.user)
    try:
        for n_problems, n_orders in SIZES:
            data.grow(n_problems, n_orders)
            details = (
                f"/my/supervision/problems/{data.problems[0].id}",
                f"/my/supervision/orders/{data.orders[0].id}",
                f"/my/supervision/inspections/{data.inspection.id}",
            )
            for url in PAGES + details:
                client.get(url)  # routing map, templates and caches are warm
                measure(
                    env,
                    f"{url} ({n_problems} problems / {n_orders} orders)",
                    client.get,
                    url,
                )
    finally:
        client.close()


if __name__ == "__main__":
    run(main, modules=MODULES)
