#!/usr/bin/env python3
"""Add overdue problems to a database, for a load test with a background job running.

The problems (in a district of 2,000 schools of its own, 40 days past their deadline,
none under a supervision order yet) are what the escalation of overdue problems turns
into supervision orders: started from the web client over its threshold, it runs as a
background job (``loadtest.py --job-at``). Kept in the database (committed), unlike a
bench's data.

    python3 tests/load/grow.py -c .data/odoo.conf -d edu_load --problems 100000
"""

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from bench_rectification import NOCTX, Dataset  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("-d", "--db", required=True)
    parser.add_argument("--problems", type=int, default=100_000)
    args = parser.parse_args(argv)

    import odoo
    from odoo.modules.registry import Registry

    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    t0 = time.time()
    # the registry's cursor commits when its block ends without an error
    with Registry(args.db).cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, NOCTX)
        Dataset(env).grow(args.problems)
    print(f"{args.problems:,} overdue problems added to {args.db} in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    main()
