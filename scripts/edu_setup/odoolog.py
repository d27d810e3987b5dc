"""Running Odoo and reading what it logged: the console shows the lines that matter,
the whole log goes to a file, and acsone's ``checklog-odoo`` is the gate over it."""

import re
import subprocess
import sys

from . import ROOT, say

RESULT_RE = re.compile(r"(\d+) failed, (\d+) error\(s\) of (\d+) tests when loading database")
ERROR_RE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ \d+ (ERROR|CRITICAL) ")
TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ ")
EXCEPTION_RE = re.compile(r"^[\w.]*(Error|Exception|Warning|Failure)\b.*:")
CHECKLOG_CONF = ROOT / "config" / "checklog-odoo.cfg"


def run_odoo(odoo, args, logfile, echo):
    """Run Odoo with ``odoo``'s configuration: see run_logged."""
    return run_logged(odoo.command("-c", str(odoo.conf), *args), logfile, echo)


def run_logged(cmd, logfile, echo, prefix="  "):
    """Run ``cmd`` and return (returncode, output lines).

    The full output goes to ``logfile``; only lines matching ``echo`` (a regex)
    are shown on the console, after ``prefix``.
    """
    lines = []
    pattern = re.compile(echo)
    with open(logfile, "a", encoding="utf-8") as out:
        proc = subprocess.Popen(
            cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace"
        )
        try:
            for line in proc.stdout:
                out.write(line)
                lines.append(line.rstrip("\n"))
                if pattern.search(line):
                    print(prefix + line.rstrip("\n")[:400], flush=True)
        finally:
            proc.wait()
    return proc.returncode, lines


def failure_cause(lines):
    """The ERROR/CRITICAL record of an Odoo log with the longest traceback: its line and
    its exception lines (else the log's last lines)."""
    records, current = [], None
    for line in lines:
        if TIMESTAMP_RE.match(line):
            current = [line] if ERROR_RE.match(line) else None
            if current:
                records.append(current)
        elif current is not None:
            current.append(line)
    if records:
        head, *rest = max(records, key=len)
        causes = [line for line in dict.fromkeys(rest) if EXCEPTION_RE.match(line)]
        lines = [head, *causes[-3:]]
    return "\n".join("  " + line[:400] for line in lines[-5:])


def reported_counts(lines):
    """(failures, errors, tests) of Odoo's last test report in ``lines``, or None."""
    result = None
    for line in lines:
        match = RESULT_RE.search(line)
        if match:
            result = tuple(int(x) for x in match.groups())
    return result


def checklog(logfile):
    """True when ``logfile`` passes the gate of config/checklog-odoo.cfg; else its
    failing records are shown."""
    proc = subprocess.run(
        [sys.executable, "-m", "checklog_odoo", "-c", str(CHECKLOG_CONF), "--no-echo", logfile],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    if proc.returncode == 0:
        return True
    report = proc.stdout.split("errors that caused failure", 1)[-1]
    say(f"checklog-odoo: ERROR/CRITICAL records in {logfile}:")
    print(report[:12000], proc.stderr[-2000:], sep="", flush=True)
    return False
