"""A multi-process server started from a source install keeps its websocket worker.

Odoo relaunches the gevent (websocket) worker by executing the script it was started
with; started as ``python3 -m odoo`` that script is ``odoo/__main__.py``, which fails on
its relative import in a loop and leaves the websocket dead. Started with ``odoo-bin``
(or the ``odoo`` console script) the gevent port must answer a websocket upgrade.

Runs against the database and configuration pytest-odoo was given (scripts/test).
"""

import base64
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import odoo

sys.path.insert(0, str(Path(__file__).resolve().parent / "load"))
from multiserver import odoo_bin  # noqa: E402  (tests/load is not a package)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url, timeout=5):
    with urllib.request.urlopen(url, timeout=timeout) as resp:
        return resp.status, resp.read().decode("utf-8", "replace")


def _websocket_upgrade(port):
    """The status line the server answers to a websocket handshake on /websocket."""
    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        "GET /websocket?version=18.0-1 HTTP/1.1\r\n"
        f"Host: 127.0.0.1:{port}\r\n"
        f"Origin: http://127.0.0.1:{port}\r\n"
        "Upgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=60) as sock:
        sock.sendall(request.encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = sock.recv(4096)
            if not chunk:
                break
            head += chunk
    return head.split(b"\r\n", 1)[0].decode()


@pytest.fixture(scope="module")
def multiworker_server(tmp_path_factory):
    cmd = odoo_bin()
    if not cmd:
        pytest.skip("odoo-bin (or the odoo console script) not found next to the odoo package")
    config = odoo.tools.config
    db = config["db_name"]
    if not config.rcfile or not db:
        pytest.skip("needs pytest-odoo's --odoo-config and --odoo-database")
    http_port, gevent_port = _free_port(), _free_port()
    logdir = tmp_path_factory.mktemp("workers")
    log, stderr = logdir / "odoo.log", logdir / "stderr.log"
    proc = subprocess.Popen(
        [
            *cmd,
            "-c",
            config.rcfile,
            "-d",
            db,
            f"--db-filter=^{db}$",
            "--workers=2",
            "--max-cron-threads=0",
            "--http-interface=127.0.0.1",
            f"--http-port={http_port}",
            f"--gevent-port={gevent_port}",
            f"--logfile={log}",
        ],
        stdout=stderr.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.time() + 40
        while True:
            try:
                _get(f"http://127.0.0.1:{http_port}/web/health", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.time() > deadline:
                    tail = log.read_text()[-2000:] if log.exists() else ""
                    pytest.fail(f"odoo-bin did not answer on {http_port}:\n{tail}")
                time.sleep(0.5)
        yield http_port, gevent_port, logdir
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()


def test_http_workers_serve_the_login_page(multiworker_server):
    http_port, _gevent_port, _logdir = multiworker_server
    status, body = _get(f"http://127.0.0.1:{http_port}/web/login", timeout=30)
    assert status == 200
    assert 'name="login"' in body


def test_gevent_worker_accepts_a_websocket(multiworker_server):
    _http_port, gevent_port, logdir = multiworker_server
    # the gevent process loads the registry at its first request
    deadline = time.time() + 60
    status = ""
    while time.time() < deadline:
        try:
            status = _websocket_upgrade(gevent_port)
            break
        except OSError:
            time.sleep(0.5)
    assert status.startswith("HTTP/1.1 101"), f"websocket handshake answered {status!r}"
    # the worker was not relaunched in a loop (each failed relaunch prints a traceback)
    time.sleep(2)
    text = (logdir / "odoo.log").read_text() + (logdir / "stderr.log").read_text()
    assert "Traceback" not in text, text[-3000:]
    assert "Evented Service (longpolling) running" in text
