#!/usr/bin/env python3
"""Load test: concurrent user sessions per role against a running Odoo server.

Each session logs in as one of the Wuhai demo users (addon edu_supervision_wuhai) and
works like the web client: it loads the window action and its views once, then lists
records (``web_search_read`` with the list view's fields), opens forms (``web_read``
with the form view's fields), searches, records visits (``onchange`` then ``web_save``)
or opens the portal pages, with a think time between clicks. A stock Odoo workload
(contacts and employees browsed by internal users) runs in the same process at the
same time, so the two can be compared under the same load.

    python3 tests/load/loadtest.py --url http://127.0.0.1:8069 --db edu_supervision \
        --sessions 50 --duration 300

Prints requests/s, the error count and p50/p95/p99 per action, for our workload and
the stock one, and the ratio of their p95. Exit code 1 when a request failed.
Needs only ``requests`` (an Odoo dependency); ``--websocket`` needs ``websocket-client``
(which Odoo's test tools use too).
"""

import argparse
import ast
import itertools
import random
import re
import sys
import threading
import time
import xml.etree.ElementTree as ET

import requests

# (role, login, password): the demo users of edu_supervision_wuhai and admin.
OURS = [
    ("office", "office", "office"),
    ("office", "office_wuda", "office_wuda"),
    ("inspector", "inspector", "inspector"),
    ("inspector", "inspector2", "inspector2"),
    ("finance", "finance", "finance"),
    ("portal", "school", "school"),
    ("portal", "district", "district"),
]
STOCK = [("stock", "admin", "admin"), ("stock", "hr", "hr")]
WORDS = ["安全", "食堂", "教学", "校舍", "消防", "卫生", "课程", "师资"]


class Stats:
    """Durations and errors per (workload, action); thread-safe."""

    def __init__(self):
        self.lock = threading.Lock()
        self.times = {}
        self.errors = {}
        self.error_samples = []
        self.events = []
        self.samples = []  # (end time, workload, seconds): the figures of a time window

    def add(self, key, seconds, error=None):
        with self.lock:
            self.times.setdefault(key, []).append(seconds)
            self.samples.append((time.time(), key[0], seconds))
            if error:
                self.errors[key] = self.errors.get(key, 0) + 1
                if len(self.error_samples) < 20:
                    self.error_samples.append(f"{time.strftime('%H:%M:%S')} {key[1]}: {error}")

    def reset(self):
        with self.lock:
            self.times, self.errors, self.error_samples, self.events = {}, {}, [], []
            self.samples = []

    def event(self, text):
        with self.lock:
            self.events.append(f"{time.strftime('%H:%M:%S')} {text}")


class RpcError(Exception):
    pass


class Session:
    def __init__(self, args, stats, workload, login, password, stop):
        self.args = args
        self.stop = stop
        self.url = args.url.rstrip("/")
        self.db = args.db
        self.stats = stats
        self.workload = workload
        self.login = login
        self.password = password
        self.http = requests.Session()
        self.ids = itertools.count(1)
        self.views = {}
        self.context = {}

    def timed(self, action, fn, *args):
        t0 = time.perf_counter()
        try:
            result = fn(*args)
        except (requests.RequestException, RpcError) as exc:
            self.stats.add((self.workload, action), time.perf_counter() - t0, str(exc)[:200])
            return None
        self.stats.add((self.workload, action), time.perf_counter() - t0)
        return result

    def _rpc(self, path, params):
        body = {"jsonrpc": "2.0", "method": "call", "params": params, "id": next(self.ids)}
        resp = self.http.post(self.url + path, json=body, timeout=60)
        if resp.status_code != 200:
            raise RpcError(f"HTTP {resp.status_code} on {path}")
        data = resp.json()
        if "error" in data:
            err = data["error"].get("data", {}).get("message") or data["error"].get("message")
            raise RpcError(f"{path}: {err}")
        return data["result"]

    def _page(self, path):
        resp = self.http.get(self.url + path, timeout=60)
        if resp.status_code != 200 or "/web/login" in resp.url:
            raise RpcError(f"HTTP {resp.status_code} on {path} ({resp.url})")
        return resp.text

    def rpc(self, action, path, params):
        return self.timed(action, self._rpc, path, params)

    def call(self, action, model, method, args=(), **kwargs):
        kwargs.setdefault("context", self.context)
        params = {"model": model, "method": method, "args": list(args), "kwargs": kwargs}
        return self.rpc(action, f"/web/dataset/call_kw/{model}/{method}", params)

    def page(self, action, path):
        return self.timed(action, self._page, path)

    def authenticate(self):
        params = {"db": self.db, "login": self.login, "password": self.password}
        info = self.rpc("login", "/web/session/authenticate", params)
        if info:
            self.context = info.get("user_context", {})
            self.uid = info.get("uid")
        return bool(info)

    # -- the web client's view loading --------------------------------------------
    def open_action(self, label, xmlid, view_types=("list", "form", "search")):
        """Load a window action and its views; remember the fields of each view.

        Tried again (as a user clicks again) until it worked or the test is over.
        """
        while not self.stop.is_set():
            info = self._open_action(label, xmlid, view_types)
            if info:
                return info
            self.stop.wait(2)
        return None

    def _open_action(self, label, xmlid, view_types):
        action = self.rpc(f"{label} open", "/web/action/load", {"action_id": xmlid})
        if not action:
            return None
        model = action["res_model"]
        views = [[False, vt] for vt in view_types]
        res = self.call(f"{label} open", model, "get_views", views=views, options={})
        if not res:
            return None
        fields = res["models"]
        info = {"model": model, "domain": [], "specs": {}}
        for vt in view_types:
            arch = ET.fromstring(res["views"][vt]["arch"])
            if vt == "search":
                info["domain"] = _default_domain(arch, action.get("context") or "{}")
            else:
                info["specs"][vt] = _spec(arch, model, fields)
        self.views[label] = info
        return info

    def list(self, label, domain=(), limit=80):
        info = self.views.get(label)
        if not info:
            return []
        res = self.call(
            f"{label} list",
            info["model"],
            "web_search_read",
            specification=info["specs"]["list"],
            domain=info["domain"] + list(domain),
            offset=0,
            limit=limit,
            order="",
            count_limit=10001,
        )
        return [rec["id"] for rec in (res or {}).get("records", [])]

    def form(self, label, ids):
        if not ids or label not in self.views:
            return None
        info = self.views[label]
        rid = random.choice(ids)
        return self.call(
            f"{label} form", info["model"], "web_read", [rid], specification=info["specs"]["form"]
        )


def _spec(arch, model, models):
    """The ``specification`` the web client reads for a list or form arch."""
    spec = {}
    fields = models.get(model, {}).get("fields", {})

    def walk(node):
        for child in node:
            if child.tag == "field" and child.get("name") in fields:
                name = child.get("name")
                desc = fields[name]
                if desc["type"] in ("many2one", "reference"):
                    spec[name] = {"fields": {"display_name": {}}}
                elif desc["type"] in ("one2many", "many2many"):
                    sub = next(iter(child.findall("list")), None)
                    if sub is not None and desc["type"] == "one2many":
                        spec[name] = {"fields": _spec(sub, desc["relation"], models)}
                    else:
                        spec[name] = {"fields": {"display_name": {}}}
                else:
                    spec[name] = {}
            elif child.tag not in ("field",):
                walk(child)

    walk(arch)
    return spec


def _default_domain(search_arch, action_context):
    """Domain of the filters the action's context turns on (``search_default_*``)."""
    try:
        ctx = ast.literal_eval(action_context)
    except (ValueError, SyntaxError):
        return []
    domain = []
    for node in search_arch.iter("filter"):
        if ctx.get(f"search_default_{node.get('name')}") and node.get("domain"):
            try:
                domain += ast.literal_eval(node.get("domain"))
            except (ValueError, SyntaxError):
                pass  # a domain with context_today() etc.: the server would evaluate it
    return domain


# -- the roles ----------------------------------------------------------------------
def role_office(s, think):
    s.open_action("problem", "edu_supervision_problem.edu_problem_action")
    s.open_action("inspection", "edu_supervision_inspection.edu_inspection_action")
    problems, inspections = s.list("problem"), s.list("inspection")
    while True:
        step = random.random()
        if step < 0.35:
            problems = s.list("problem") or problems
        elif step < 0.6:
            s.form("problem", problems)
        elif step < 0.7:
            s.list("problem", [("name", "ilike", random.choice(WORDS))])
        elif step < 0.85:
            inspections = s.list("inspection") or inspections
        else:
            s.form("inspection", inspections)
        yield think()


def role_inspector(s, think):
    info = s.open_action("visit", "edu_supervision_visit.edu_visit_action")
    if not info:
        return
    visits = s.list("visit")
    while True:
        step = random.random()
        if step < 0.4:
            visits = s.list("visit") or visits
        elif step < 0.7:
            s.form("visit", visits)
        else:
            spec = info["specs"]["form"]
            new = s.call("visit new", "edu.visit", "onchange", [[], {}, [], spec])
            if new:
                vals = _savable(new["value"], spec)
                vals["people_met"] = "校长、分管副校长"
                vals["opinion"] = "常规督导：校园安全、食堂卫生检查，无重大问题。"
                if vals.get("school_id"):
                    s.call("visit save", "edu.visit", "web_save", [[], vals], specification=spec)
        yield think()


def _savable(values, spec):
    """The values of an onchange, as the form view sends them to ``web_save``."""
    vals = {}
    for name, value in values.items():
        if name not in spec or name in ("id", "display_name"):
            continue
        if isinstance(value, dict) and "id" in value:
            value = value["id"]
        vals[name] = value
    return vals


def role_finance(s, think):
    s.open_action("budget", "edu_supervision_budget.edu_budget_action")
    budgets = s.list("budget")
    while True:
        if random.random() < 0.5:
            budgets = s.list("budget") or budgets
        else:
            s.form("budget", budgets)
        yield think()


def role_portal(s, think):
    ids = []
    while True:
        step = random.random()
        if step < 0.3:
            s.page("portal home", "/my/supervision")
        elif step < 0.65 or not ids:
            html = s.page("portal problems", "/my/supervision/problems")
            ids = sorted(set(re.findall(r"/my/supervision/problems/(\d+)", html or ""))) or ids
        else:
            s.page("portal problem", f"/my/supervision/problems/{random.choice(ids)}")
        yield think()


def role_stock(s, think):
    s.open_action("partner", "base.action_partner_form")
    s.open_action("employee", "hr.open_view_employee_list_my")
    partners, employees = s.list("partner"), s.list("employee")
    while True:
        step = random.random()
        if step < 0.3:
            partners = s.list("partner") or partners
        elif step < 0.5:
            s.form("partner", partners)
        elif step < 0.6:
            s.list("partner", [("name", "ilike", random.choice("aeiou"))])
        elif step < 0.8:
            employees = s.list("employee") or employees
        else:
            s.form("employee", employees)
        yield think()


ROLES = {
    "office": role_office,
    "inspector": role_inspector,
    "finance": role_finance,
    "portal": role_portal,
    "stock": role_stock,
}


def run_session(args, stats, workload, user, stop):
    role, login, password = user
    s = Session(args, stats, workload, login, password, stop)
    rnd = random.Random()

    def think():
        return rnd.uniform(args.think_min, args.think_max)

    while not stop.is_set() and not s.authenticate():
        stop.wait(2)
    if args.websocket and role != "portal":
        threading.Thread(target=hold_websocket, args=(s, stats, stop), daemon=True).start()
    steps = ROLES[role](s, think)
    while not stop.is_set():
        try:
            pause = next(steps, None)
        except Exception as exc:  # noqa: BLE001 (a bug of this script must show, not hang)
            stats.add((workload, "session crashed"), 0.0, repr(exc))
            return
        if pause is None:
            return
        stop.wait(pause)


def hold_websocket(s, stats, stop):
    """Keep the session's websocket (bus notifications) open; reconnect when it drops."""
    import websocket  # noqa: PLC0415 (only with --websocket)

    url = (s.args.websocket_url or s.url).replace("http", "ws", 1) + "/websocket?version=18.0-1"
    cookie = "; ".join(f"{k}={v}" for k, v in s.http.cookies.items())
    stop.wait(random.uniform(0, 10))  # the browser tabs do not all open in the same second
    while not stop.is_set():
        t0 = time.perf_counter()
        try:
            ws = websocket.create_connection(url, cookie=cookie, origin=s.url, timeout=30)
        except Exception as exc:  # noqa: BLE001 (any failure counts)
            stats.add(("websocket", "websocket connect"), time.perf_counter() - t0, str(exc))
            stop.wait(2)
            continue
        stats.add(("websocket", "websocket connect"), time.perf_counter() - t0)
        ws.send('{"event_name": "subscribe", "data": {"channels": [], "last": 0}}')
        ws.settimeout(1)
        while not stop.is_set():
            try:
                ws.recv()
            except websocket.WebSocketTimeoutException:
                continue
            except Exception:  # noqa: BLE001 (closed by the server or the proxy)
                stats.event(f"websocket of {s.login} closed; reconnecting")
                stop.wait(random.uniform(1, 5))  # as the web client, after a pause
                break
        ws.close()


def follow_job(args, stats, stop, marks):
    """``--job-at`` s into the measure, start the escalation of overdue problems as
    ``--job-login`` (over its threshold it runs as a background job) and follow the job
    as its progress bar does, until it ends. ``marks`` gets its start, end and state."""
    s = Session(args, stats, "job", args.job_login, args.job_login, stop)
    if not s.authenticate() or stop.wait(args.job_at):
        return
    marks["start"] = time.time()
    # a button of the list, on no record in particular
    started = s.call("start escalation", "edu.supervision.order", "action_edu_run_escalation", [[]])
    print(f"{time.strftime('%H:%M:%S')} escalation started: {started}", flush=True)
    while not stop.wait(5):
        jobs = s.call(
            "job progress", "edu.job", "search_read", [[("user_id", "=", s.uid)]],
            fields=["state", "progress"], order="id desc", limit=1,
        )  # fmt: skip
        if jobs and jobs[0]["state"] in ("done", "failed"):
            marks.update(end=time.time(), state=jobs[0]["state"])
            print(f"{time.strftime('%H:%M:%S')} job {jobs[0]['state']}", flush=True)
            return


def job_report(stats, marks, out=sys.stdout):
    """p95 of each workload before the job and while it ran."""
    if "start" not in marks:
        return
    end = marks.get("end") or time.time()
    print(f"\njob {marks.get('state', 'still running')} after {end - marks['start']:.0f} s",
          file=out)  # fmt: skip
    for workload in ("ours", "stock"):
        windows = {"before": [], "during": []}
        for t, wl, seconds in stats.samples:
            if wl == workload and t < end:
                windows["before" if t < marks["start"] else "during"].append(seconds)
        if all(windows.values()):
            before, during = (pct(windows[w], 95) * 1000 for w in ("before", "during"))
            print(f"p95 {workload}: {before:.0f} ms before the job ({len(windows['before'])}), "
                  f"{during:.0f} ms during it ({len(windows['during'])}): "
                  f"ratio {during / before:.2f}", file=out)  # fmt: skip


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _row(workload, action, times, errors):
    p50, p95, p99 = (pct(times, p) * 1000 for p in (50, 95, 99))
    figures = f"{len(times):>6} {errors:>4} {p50:>7.0f} {p95:>7.0f} {p99:>7.0f}"
    return f"{workload:<10} {action:<20} {figures}"


def report(stats, elapsed, out=sys.stdout):
    total = sum(len(v) for v in stats.times.values())
    errors = sum(stats.errors.values())
    print(f"\n{total} requests in {elapsed:.0f} s: {total / elapsed:.1f} requests/s, "
          f"{errors} errors", file=out)  # fmt: skip
    head = ("workload", "action", "n", "err", "p50 ms", "p95 ms", "p99 ms")
    print("{:<10} {:<20} {:>6} {:>4} {:>7} {:>7} {:>7}".format(*head), file=out)
    p95 = {}
    for workload in ("ours", "stock", "websocket"):
        everything, failed = [], 0
        for (wl, action), times in sorted(stats.times.items()):
            if wl == workload:
                everything += times
                failed += stats.errors.get((wl, action), 0)
                print(_row(wl, action, times, stats.errors.get((wl, action), 0)), file=out)
        if everything:
            p95[workload] = pct(everything, 95)
            print(_row(workload, "(all)", everything, failed), file=out)
    if "ours" in p95 and "stock" in p95:
        print(f"p95 ours / stock: {p95['ours'] / p95['stock']:.2f}", file=out)
    for line in stats.error_samples:
        print("error:", line, file=out)
    for line in stats.events[:20]:
        print("event:", line, file=out)
    return errors


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8069")
    parser.add_argument("--db", required=True)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument(
        "--stock-share",
        type=float,
        default=0.3,
        help="share of the sessions running the stock workload (default 0.3)",
    )
    parser.add_argument("--duration", type=float, default=300, help="seconds (default 300)")
    parser.add_argument("--warmup", type=float, default=30,
                        help="seconds of work before the measure starts (default 30)")  # fmt: skip
    parser.add_argument("--think-min", type=float, default=1.0)
    parser.add_argument("--think-max", type=float, default=5.0)
    parser.add_argument(
        "--websocket", action="store_true", help="each internal session also keeps a websocket open"
    )
    parser.add_argument("--websocket-url", help="default: --url (nginx passes /websocket on)")
    parser.add_argument("--job-at", type=float, help="seconds into the measure: start a job")
    parser.add_argument("--job-login", default="manager", help="who starts it (password = login)")
    args = parser.parse_args(argv)

    n_stock = round(args.sessions * args.stock_share)
    plan = [("stock", STOCK[i % len(STOCK)]) for i in range(n_stock)]
    plan += [("ours", OURS[i % len(OURS)]) for i in range(args.sessions - n_stock)]
    stats = Stats()
    stop = threading.Event()
    threads = [
        threading.Thread(target=run_session, args=(args, stats, wl, user, stop), daemon=True)
        for wl, user in plan
    ]
    print(
        f"{len(plan)} sessions ({args.sessions - n_stock} ours, {n_stock} stock) on {args.url} "
        f"for {args.warmup:.0f} + {args.duration:.0f} s, think {args.think_min}-{args.think_max} s",
        flush=True,
    )
    t_start = time.perf_counter()
    for t in threads:  # users arrive one after the other during the warm-up
        t.start()
        time.sleep(max(0.1, args.warmup * 0.8 / len(threads)))
    stop.wait(max(0.0, args.warmup - (time.perf_counter() - t_start)))
    warm = sum(len(v) for v in stats.times.values())
    print(f"warm-up: {warm} requests, {sum(stats.errors.values())} errors", flush=True)
    stats.reset()
    t0 = time.perf_counter()
    print(f"measuring from {time.strftime('%H:%M:%S')}", flush=True)
    marks = {}
    if args.job_at is not None:
        job = threading.Thread(target=follow_job, args=(args, stats, stop, marks), daemon=True)
        job.start()
    stop.wait(args.duration)
    stop.set()
    elapsed = time.perf_counter() - t0
    for t in threads:
        t.join(65)
    job_report(stats, marks)
    return 1 if report(stats, elapsed) else 0


if __name__ == "__main__":
    sys.exit(main())
