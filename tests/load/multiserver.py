#!/usr/bin/env python3
"""Two multi-worker Odoo servers behind nginx on one machine, under the load test.

    python3 tests/load/multiserver.py -c .data/odoo.conf -d edu_supervision

Starts two ``odoo-bin`` servers (``--workers=2`` each; cron on the first only,
``--max-cron-threads=0`` on the second) on the same database and the same ``data_dir``
(filestore and sessions), and nginx in front with the routing of ``docker/nginx.conf``
(two upstream servers; ``/websocket`` to the two gevent ports). Then it runs
``tests/load/loadtest.py`` through nginx, stops the second server in the middle of the
run (``--stop-signal TERM``: a graceful stop as by systemd; ``KILL``: a crash), starts it
again ``--restart-after`` seconds later, prints what nginx did with the requests around
the stop (from its access log) and stops everything it started.
"""

import argparse
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

LOG_FORMAT = (
    'log_format upstream \'$msec $status $request_time "$upstream_addr" '
    '"$upstream_status" "$request_uri"\';'
)


def odoo_bin():
    """``odoo-bin`` of the installed Odoo (source tree), else the ``odoo`` console script."""
    spec = importlib.util.find_spec("odoo")
    if spec and spec.origin:
        candidate = Path(spec.origin).resolve().parent.parent / "odoo-bin"
        if candidate.exists():
            return [sys.executable, str(candidate)]
    script = shutil.which("odoo")
    return [script] if script else None


def nginx_conf(workdir, listen, http_ports, gevent_ports, down=()):
    """A stand-alone nginx.conf with docker/nginx.conf's server block, two upstreams each.

    The ports in ``down`` are marked ``down``: nginx sends no new request there.
    """

    def servers(ports):
        return " ".join(f"server 127.0.0.1:{p}{' down' if p in down else ''};" for p in ports)

    site = (ROOT / "docker" / "nginx.conf").read_text()
    site = site.replace("server odoo:8069;", servers(http_ports))
    site = site.replace("server odoo:8072;", servers(gevent_ports))
    site = re.sub(r"listen 80;", f"listen 127.0.0.1:{listen};", site)
    site = site.replace("server {", "server {\n    access_log access.log upstream;", 1)
    conf = f"""daemon off;
worker_processes 1;
pid nginx.pid;
error_log error.log notice;
events {{ worker_connections 1024; }}
http {{
    {LOG_FORMAT}
    client_body_temp_path tmp/body;
    proxy_temp_path tmp/proxy;
    fastcgi_temp_path tmp/fastcgi;
    uwsgi_temp_path tmp/uwsgi;
    scgi_temp_path tmp/scgi;
{site}
}}
"""
    (workdir / "tmp").mkdir(exist_ok=True)
    path = workdir / "nginx.conf"
    path.write_text(conf)
    return path


def wait_http(url, timeout=180):
    limit = time.time() + timeout
    while time.time() < limit:
        try:
            with urllib.request.urlopen(url, timeout=5) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            time.sleep(1)
    return False


def start_odoo(cmd, args, name, http_port, gevent_port, cron, workdir):
    log = workdir / f"odoo-{name}.log"
    argv = cmd + [
        "-c", args.config, "-d", args.db, f"--db-filter=^{re.escape(args.db)}$",
        "--workers=2", f"--max-cron-threads={1 if cron else 0}",
        "--http-interface=127.0.0.1", f"--http-port={http_port}",
        f"--gevent-port={gevent_port}", "--proxy-mode", f"--logfile={log}", *args.odoo_arg,
    ]  # fmt: skip
    print(f"[multi] server {name}: http {http_port}, websocket {gevent_port}, "
          f"cron {'on' if cron else 'off'}", flush=True)  # fmt: skip
    # one job runner per database, like the cron: server A's
    env = None if cron else dict(os.environ, ODOO_QUEUE_JOB_CHANNELS="root:0")
    return subprocess.Popen(argv, start_new_session=True, env=env)


def stop(proc, sig=signal.SIGTERM, wait=60):
    if proc.poll() is None:
        os.killpg(proc.pid, sig)
        try:
            proc.wait(wait)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def load_average():
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def access_summary(path, t_stop, window=30):
    """Status counts, and what happened to the requests within ``window`` s of the stop."""
    statuses, retried, around = {}, 0, {}
    for line in path.read_text().splitlines():
        m = re.match(r'(\S+) (\d+) (\S+) "([^"]*)" "([^"]*)" "([^"]*)"', line)
        if not m:
            continue
        when, status, upstreams = float(m[1]), m[2], m[4]
        statuses[status] = statuses.get(status, 0) + 1
        if "," in upstreams:
            retried += 1
        if abs(when - t_stop) <= window:
            key = f"{status} via {upstreams}"
            around[key] = around.get(key, 0) + 1
    return statuses, retried, around


def fail_over(args, cmd, procs, workdir, listen, http_ports, gevent_ports):
    """``--stop-at`` s into the measure, stop server B (drained first), restart it after
    ``--restart-after`` s; the time of the stop."""
    time.sleep(args.warmup + args.stop_at)
    print(f"[multi] load average {load_average()}; stopping server B (SIG{args.stop_signal})",
          flush=True)  # fmt: skip
    b_ports = (http_ports[1], gevent_ports[1])
    if args.drain:
        nginx_conf(workdir, listen, http_ports, gevent_ports, down=b_ports)
        procs["nginx"].send_signal(signal.SIGHUP)  # reload: no new request to B
        print(f"[multi] server B out of nginx; draining {args.drain} s", flush=True)
        time.sleep(args.drain)
    t_stop = time.time()
    stop(procs["B"], getattr(signal, f"SIG{args.stop_signal}"))
    print(f"[multi] server B stopped in {time.time() - t_stop:.1f} s", flush=True)
    if args.restart_after:
        time.sleep(args.restart_after)
        procs["B"] = start_odoo(cmd, args, "B", http_ports[1], gevent_ports[1], False, workdir)
        wait_http(f"http://127.0.0.1:{http_ports[1]}/web/health")
        for _i in range(4):
            wait_http(f"http://127.0.0.1:{http_ports[1]}/web/login", 60)
        wait_http(f"http://127.0.0.1:{gevent_ports[1]}/websocket/health", 60)
        nginx_conf(workdir, listen, http_ports, gevent_ports)
        procs["nginx"].send_signal(signal.SIGHUP)
        print(f"[multi] server B back after {time.time() - t_stop:.0f} s", flush=True)
    return t_stop


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", default=str(ROOT / ".data" / "odoo.conf"))
    parser.add_argument("-d", "--db", required=True)
    parser.add_argument("--base-port", type=int, default=18401, help="5 ports from here")
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--duration", type=int, default=300)
    parser.add_argument("--warmup", type=int, default=60, help="seconds before the measure")
    parser.add_argument(
        "--stop-at", type=int, default=150, help="seconds into the measure (0: no stop)"
    )
    parser.add_argument("--job-at", type=int, help="seconds into the measure: start a job")
    parser.add_argument("--stop-signal", choices=["TERM", "KILL"], default="TERM")
    parser.add_argument(
        "--drain",
        type=int,
        default=15,
        help="seconds between taking server B out of nginx and stopping it (0: no drain)",
    )
    parser.add_argument("--think", default="10-30", help="think time range, seconds")
    parser.add_argument("--restart-after", type=int, default=60, help="0: leave it stopped")
    parser.add_argument("--nginx", default=shutil.which("nginx") or "/usr/sbin/nginx")
    parser.add_argument("--keep", action="store_true", help="keep the logs' directory")
    parser.add_argument(
        "--odoo-arg",
        action="append",
        default=[],
        help="more options for both servers, e.g. --odoo-arg=--db_replica_port=5433",
    )
    args = parser.parse_args(argv)

    cmd = odoo_bin()
    if not cmd:
        sys.exit("[multi] odoo-bin not found: install Odoo 18.0 (see README.md)")
    if not Path(args.nginx).exists():
        sys.exit(f"[multi] nginx not found ({args.nginx}); e.g. apt-get install nginx-light")
    p = args.base_port
    http_ports, gevent_ports, listen = (p + 1, p + 3), (p + 2, p + 4), p
    workdir = Path(tempfile.mkdtemp(prefix="edu-multi-"))
    procs = {}
    try:
        procs["A"] = start_odoo(cmd, args, "A", http_ports[0], gevent_ports[0], True, workdir)
        procs["B"] = start_odoo(cmd, args, "B", http_ports[1], gevent_ports[1], False, workdir)
        for port in http_ports:
            if not wait_http(f"http://127.0.0.1:{port}/web/health"):
                sys.exit(f"[multi] Odoo on port {port} did not answer; logs in {workdir}")
        conf = nginx_conf(workdir, listen, http_ports, gevent_ports)
        procs["nginx"] = subprocess.Popen(
            [args.nginx, "-p", str(workdir), "-c", str(conf)], start_new_session=True
        )
        if not wait_http(f"http://127.0.0.1:{listen}/web/health", 30):
            sys.exit(f"[multi] nginx did not answer; see {workdir}/error.log")
        for _i in range(8):  # the workers load the registry at their first request
            for port in http_ports:
                wait_http(f"http://127.0.0.1:{port}/web/login", 60)
        for port in gevent_ports:  # so does the websocket (gevent) process
            wait_http(f"http://127.0.0.1:{port}/websocket/health", 60)
        print(f"[multi] nginx on {listen}; load average {load_average()}", flush=True)

        load = subprocess.Popen([
            sys.executable, str(HERE / "loadtest.py"), "--url", f"http://127.0.0.1:{listen}",
            "--db", args.db, "--sessions", str(args.sessions),
            "--duration", str(args.duration), "--warmup", str(args.warmup), "--websocket",
            "--think-min", args.think.split("-")[0], "--think-max", args.think.split("-")[1],
            *(["--job-at", str(args.job_at)] if args.job_at is not None else []),
        ])  # fmt: skip
        t0 = time.time() + args.warmup
        if not args.stop_at:
            return load.wait()
        t_stop = fail_over(args, cmd, procs, workdir, listen, http_ports, gevent_ports)
        time.sleep(max(0, args.duration - (time.time() - t0)))
        print(f"[multi] load average {load_average()}", flush=True)
        rc = load.wait()
        statuses, retried, around = access_summary(workdir / "access.log", t_stop)
        print(f"[multi] nginx: statuses {statuses}; {retried} requests retried on the other server")
        print(f"[multi] within 30 s of the stop: {around}")
        errors = [
            line
            for name in ("error.log",)
            for line in (workdir / name).read_text().splitlines()
            if "[error]" in line or "[warn]" in line
        ]
        print(f"[multi] nginx error.log: {len(errors)} errors/warnings")
        for line in errors[:10]:
            print("   ", line[:300])
        return rc
    finally:
        for name in ("nginx", "B", "A"):
            if name in procs:
                stop(procs[name], signal.SIGQUIT if name == "nginx" else signal.SIGTERM)
        if args.keep:
            print(f"[multi] logs in {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
