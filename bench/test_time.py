"""How long the test suite takes, as a maintainer runs it.

    python bench/test_time.py [--label after] [--json FILE] [-- PYTEST ARGS…]

Runs ``python -m pytest PYTEST ARGS`` once (default: the README's command, the
whole suite in parallel) and prints its wall-clock time, the CPU seconds of
the processes it started, the machine's load when it began, and pytest's own
summary line. The machine is shared, so the load average is printed beside the
time: compare runs made at similar loads.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SUMMARY = re.compile(r"^(?:=+ )?(\d+ (?:passed|failed|errors?)\b.*?)(?: =+)?$", re.MULTILINE)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--label", default="run", help="name of this run in the output")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--log", type=Path, help="write pytest's whole output to this file")
    parser.add_argument("pytest_args", nargs="*", help="after --: arguments for pytest")
    args = parser.parse_args()

    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args.pytest_args]
    load = os.getloadavg()
    started_at = datetime.now(UTC)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    found = SUMMARY.findall(done.stdout)
    figures: dict[str, object] = {
        "label": args.label,
        "command": " ".join(command[1:]),
        "started_utc": started_at.isoformat(timespec="seconds"),
        "load_average_1_5_15": [round(x, 2) for x in load],
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "wall_seconds": round(wall, 1),
        "cpu_seconds": round(children.ru_utime + children.ru_stime, 1),
        "exit_code": done.returncode,
        "summary": found[-1] if found else None,
    }
    print(f"{'label':14} {figures['label']}")
    print(f"{'command':14} {figures['command']}")
    print(f"{'started (UTC)':14} {figures['started_utc']}")
    print(f"{'load 1/5/15':14} {' '.join(map(str, figures['load_average_1_5_15']))}")
    print(f"{'wall':14} {wall:.1f} s ({wall / 60:.1f} min) on {figures['cores']} cores")
    print(f"{'cpu':14} {figures['cpu_seconds']} s")
    print(f"{'pytest':14} {figures['summary'] or done.stdout[-400:]}")
    if args.log:
        args.log.write_text(done.stdout + done.stderr, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
