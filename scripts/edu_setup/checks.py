"""The checks after Odoo's own tests: pytest-odoo on tests/ and the lint gate."""

import os
import subprocess
import sys
import xml.etree.ElementTree as ET

from . import LOGS, ROOT, say


def pytest_tests(odoo, db, logfile):
    if not any((ROOT / "tests").glob("**/test_*.py")):
        say("pytest: no tests under tests/")
        return 0, 0, True
    junit = LOGS / f"pytest-{db}.xml"
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        str(ROOT / "tests"),
        "-c",
        str(ROOT / "pyproject.toml"),
        "--rootdir",
        str(ROOT),
        "--odoo-config",
        str(odoo.conf),
        "--odoo-database",
        db,
        f"--junitxml={junit}",
        "-q",
        "-rfE",
        "--tb=short",
    ]
    say("running pytest-odoo on tests/")
    with open(logfile, "a", encoding="utf-8") as out:
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT)
        out.write(proc.stdout + proc.stderr)
    print(proc.stdout[-6000:], proc.stderr[-3000:], sep="", flush=True)
    if proc.returncode == 5:  # no tests collected
        return 0, 0, True
    passed = failed = 0
    if junit.exists():
        root = ET.parse(junit).getroot()
        for suite in root.iter("testsuite"):
            tests = int(suite.get("tests", 0))
            bad = int(suite.get("failures", 0)) + int(suite.get("errors", 0))
            skipped = int(suite.get("skipped", 0))
            passed += tests - bad - skipped
            failed += bad
    if proc.returncode and not failed:
        failed = 1  # pytest itself failed (usage error, crash)
    return passed, failed, proc.returncode == 0


def lint(logfile):
    """The hooks of .pre-commit-config.yaml (ruff check, ruff format --check, pylint-odoo's
    mandatory checks) on every file git tracks."""
    # the hooks run `python3 -m ...`: this Python's, where requirements.txt installed them
    path = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    env = dict(os.environ, PATH=path, PRE_COMMIT_COLOR="never")
    cmd = [sys.executable, "-m", "pre_commit", "run", "--all-files"]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, cwd=ROOT, env=env)
    with open(logfile, "a", encoding="utf-8") as out:
        out.write(f"\n===== pre-commit\n{proc.stdout}{proc.stderr}")
    for line in proc.stdout.splitlines():
        name, dots, status = line.rstrip().rpartition("..")
        if dots and status.strip(".") in ("Passed", "Failed", "Skipped"):
            say(f"lint: {name.rstrip('.')}: {status.strip('.')}")
    if proc.returncode:
        print((proc.stdout + proc.stderr)[-8000:], flush=True)
    return proc.returncode == 0
