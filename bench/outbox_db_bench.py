"""A sender's database work alone, on SQLite: CPU and bytes written per row, no SMTP.

    python bench/outbox_db_bench.py [--count 2000] [--reps 3] [--work DIR]

The outbox is filled as ``delivery_bench.py`` fills it (the same 30 to 75 KB
digests, one fresh copy of the file per repetition); then the rows go through
what one sender's database thread does (``notifications/pipeline.py``): claim 50,
read them, mark each one sent on a connection kept open, until none is left. Each
step is timed apart: CPU (``time.process_time``, one thread) and the bytes this
process handed to ``write()`` (``wchar`` in ``/proc/self/io``: the WAL and the
database file). Prints one JSON line per repetition and the medians per row.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from delivery_bench import NOW, SENDER, digests, fill_outbox


def written() -> int:
    with open("/proc/self/io") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("wchar:"))


class Step:
    """CPU seconds and bytes written, summed over every time the step ran."""

    def __init__(self):
        self.cpu = 0.0
        self.bytes = 0

    def __enter__(self):
        self.c0, self.w0 = time.process_time(), written()

    def __exit__(self, *_):
        self.cpu += time.process_time() - self.c0
        self.bytes += written() - self.w0


def one_run(url: str, work: Path) -> dict:
    from veille.notifications import outbox
    from veille.notifications.pipeline import read_batch
    from veille.settings import Settings
    from veille.storage import open_database

    settings = Settings(
        database_url=url,
        smtp_url="smtp://127.0.0.1:25",
        outbox_dir=work / "eml",
        secret_key="b" * 40,
        base_url="https://veille.example.org",
        mail_from=f"Veille recherche <{SENDER}>",
    )
    db = open_database(url)
    claim, read, mark = Step(), Step(), Step()
    rows = 0
    start = time.perf_counter()
    with db.engine.connect() as connection:
        while True:
            with claim:
                ids = outbox.claim(db, settings, NOW, "bench", limit=50)
            if not ids:
                break
            with read:
                loaded = read_batch(db, ids)
            assert len(loaded) == len(ids)
            with mark:
                for row_id in ids:
                    outbox.mark_sent_on(connection, row_id, "bench", NOW, reset_failures=False)
            rows += len(ids)
    seconds = time.perf_counter() - start
    db.dispose()
    per_row = {
        f"{name}_{unit}": round(value / rows, 4 if unit == "cpu_ms" else 0)
        for name, step in (("claim", claim), ("read", read), ("mark", mark))
        for unit, value in (("cpu_ms", step.cpu * 1000), ("bytes", step.bytes))
    }
    total = (claim.cpu + read.cpu + mark.cpu) * 1000 / rows
    return {"rows": rows, "seconds": round(seconds, 2), "db_cpu_ms_per_row": round(total, 3),
            **per_row, "load1": float(open("/proc/loadavg").read().split()[0])}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--work", type=Path, default=Path("/tmp/veille-outbox-db-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    template = args.work / "outbox.db"
    for leftover in args.work.glob("*.db*"):
        leftover.unlink()
    fill_outbox(f"sqlite:///{template}", digests(args.count))
    runs = []
    for _ in range(args.reps):
        copy = args.work / "run.db"
        for old in args.work.glob("run.db*"):
            old.unlink()
        shutil.copy(template, copy)
        runs.append(one_run(f"sqlite:///{copy}", args.work))
        print(json.dumps(runs[-1]), flush=True)
    keys = [key for key in runs[0] if key not in ("rows", "load1")]
    print(json.dumps({"median": {key: statistics.median(r[key] for r in runs) for key in keys}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
