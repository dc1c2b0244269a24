"""How fast storage records crawls, and how much memory it takes.

    python bench/record_bench.py [--calls 2000] [--database-url URL]

Three crawls of one source: the first finds every call new, the second finds
them unchanged (the common case: it must write nothing and be cheap), the
third moves one deadline in ten. Prints calls per second and CPU seconds for
each, the cyclic garbage it left (objects only the garbage collector could free:
the collections during the crawl and one right after it), and the peak resident
memory of the process.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.storage import CallItem, open_database, record_crawl


def items(count: int, shift_every: int = 0) -> list[CallItem]:
    calls = []
    for n in range(count):
        deadline = date(2027, 1, 1) + timedelta(days=n % 300)
        if shift_every and n % shift_every == 0:
            deadline += timedelta(days=7)
        calls.append(
            CallItem(
                url=f"https://funder-{n % 40}.example.org/appels/{n}?utm_source=bench",
                title=f"Appel à projets numéro {n} — bourse de recherche",
                summary=f"Financement d'un Master 2 ou d'une année-recherche, appel {n}. " * 3,
                deadlines=[{"date": deadline.isoformat(), "time": "17:00"}],
                categories=["bourse", "m2"],
                audience=["interne"],
            )
        )
    return calls


def timed(db, label: str, batch: list[CallItem], at: datetime) -> None:
    gc.collect()
    garbage = [0]

    def count(phase: str, info: dict) -> None:
        if phase == "stop":
            garbage[0] += info["collected"]

    gc.callbacks.append(count)
    started, cpu = time.perf_counter(), time.process_time()
    with db.session() as session:
        outcome = record_crawl(session, "bench", batch, now=at)
        events = len(outcome.events)
        del outcome
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    gc.collect()
    gc.callbacks.remove(count)
    print(
        f"{label:<28} {len(batch) / elapsed:>9,.0f} calls/s  {elapsed:6.2f} s  "
        f"{cpu:6.2f} CPU-s  {events:>6} events  {garbage[0]:>8,} cyclic garbage"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--database-url", help="default: a new SQLite file in a temporary folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/bench.db"
        db = open_database(url)
        print(f"{args.calls} calls, database {db.engine.url.get_backend_name()}")
        at = datetime(2026, 11, 25, 9, tzinfo=UTC)
        timed(db, "first crawl (all new)", items(args.calls), at)
        timed(db, "same crawl again", items(args.calls), at + timedelta(hours=6))
        timed(db, "one deadline in ten moved", items(args.calls, 10), at + timedelta(hours=12))
        db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:.0f} MB")


if __name__ == "__main__":
    main()
