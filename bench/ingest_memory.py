"""Peak memory of ``veille ingest`` on a large JSON-lines file, beside the whole-file reader.

    python bench/ingest_memory.py [--mb 100] [--summary 2000] [--no-record]

Writes a file of about MB megabytes (one call a line, each with a summary of
SUMMARY characters), then measures, each in a fresh process, the peak resident
memory (ru_maxrss) of:

- ``whole file``: the reader before issue 11 (read_bytes, splitlines, every item
  parsed), without recording, to show what reading alone used to cost;
- ``streaming reader``: today's ``read_items``, without recording;
- ``veille ingest``: the whole command, recording into a SQLite file.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

WHOLE_FILE = """
import json, sys
from pathlib import Path
from veille.storage import CallItem
raw = Path(sys.argv[1]).read_bytes()
items = [CallItem.model_validate(json.loads(line)) for line in raw.splitlines() if line.strip()]
print(len(items))
"""

STREAMING = """
import sys
from pathlib import Path
from veille.cli.ingest import read_items
print(len(read_items(Path(sys.argv[1]))))
"""

MEASURE = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{done.returncode} {peak:.1f}")
if done.returncode:
    print(done.stderr[-2000:], file=sys.stderr)
"""


def write_file(path: Path, megabytes: float, summary: int) -> int:
    target = int(megabytes * 1_000_000)
    written = count = 0
    filler = ("Appel à projets de recherche clinique en cardiologie. " * (summary // 50 + 1))[
        :summary
    ]
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            count += 1
            line = json.dumps(
                {
                    "url": f"https://fac.example.fr/appels/{count}",
                    "title": f"Bourse de recherche n° {count}",
                    "summary": filler,
                    "deadlines": [{"date": "2030-05-15"}],
                    "categories": ["bourse"],
                },
                ensure_ascii=False,
            )
            out.write(line + "\n")
            written += len(line.encode()) + 1
    return count


def peak(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float]:
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, *command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )
    code, megabytes = done.stdout.split()
    if code != "0":
        raise SystemExit(f"{command[:3]} failed: {done.stderr}")
    return float(megabytes), time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=100)
    parser.add_argument("--summary", type=int, default=2000)
    parser.add_argument(
        "--no-record", action="store_true", help="readers only (recording is the slow part)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = folder / "calls.jsonl"
        lines = write_file(data, args.mb, args.summary)
        size = data.stat().st_size / 1e6
        print(f"file: {size:.1f} MB, {lines} lines")
        env = {k: v for k, v in os.environ.items() if not k.startswith("VEILLE_")}
        env["VEILLE_DATABASE_URL"] = f"sqlite:///{folder / 'v.db'}"
        runs = {
            "whole file (before)": [sys.executable, "-c", WHOLE_FILE, str(data)],
            "streaming reader": [sys.executable, "-c", STREAMING, str(data)],
            "veille ingest": [sys.executable, "-m", "veille", "ingest", "bench", str(data)],
        }
        if args.no_record:
            del runs["veille ingest"]
        for name, command in runs.items():
            megabytes, seconds = peak(command, folder, env)
            print(f"{name:22} peak {megabytes:7.1f} MB   {seconds:6.1f} s")


if __name__ == "__main__":
    main()
