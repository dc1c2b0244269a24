"""How fast storage records crawls, and how much memory it takes.

    python bench/record_bench.py [--calls 2000] [--database-url URL]
    python bench/record_bench.py --from-crawl /tmp/veille-bench/run/veille-2000.db

Three crawls of one source: the first finds every call new, the second finds
them unchanged (the common case: it must write nothing and be cheap), the
third moves one deadline in ten. Prints calls per second and CPU seconds for
each, the cyclic garbage it left (objects only the garbage collector could free:
the collections during the crawl and one right after it), and the peak resident
memory of the process.

``--from-crawl`` takes a database the crawl bench left and records the calls its
pages gave (their page memory) again, first as new and then unchanged, through the
recording process's own steps (``spiders/recording.py``: validation included, the
page memory itself left out), in batches of 500 as the crawl sends them: the
recording's CPU per page of the crawl, apart from fetching and extraction.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from veille.spiders import recording
from veille.storage import CallItem, open_database, record_crawl
from veille.storage.deadlines import PARIS


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


def replay(crawled: Path, url: str) -> None:
    """The crawl bench's calls through the recording steps, first new, then unchanged."""
    with sqlite3.connect(crawled) as source:
        pages = [json.loads(o) for (o,) in source.execute("SELECT outputs FROM page_states")]
    found = [{"call": call, "raw": {}} for page in pages for call in page["calls"]]
    open_database(url).dispose()
    print(f"{len(found)} calls of {len(pages)} pages, database {url.split(':')[0]}")
    for label in ("first crawl (all new)", "same crawl again"):
        gc.collect()
        cpu = time.process_time()
        recording.begin(label, url, ("bench", "Bench", "Benchmark"), datetime.now(UTC), PARIS)
        for start in range(0, len(found), 500):
            recording.record_batch(label, found[start : start + 500], [])
        summary = recording.finish(label, True, None)
        cpu = time.process_time() - cpu
        print(
            f"{label:<28} {cpu:6.2f} CPU-s  {1000 * cpu / len(pages):5.2f} ms a page  "
            f"{sum(summary['event_kinds'].values()):>6} events"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--database-url", help="default: a new SQLite file in a temporary folder")
    parser.add_argument("--from-crawl", type=Path, help="a veille-N.db the crawl bench left")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/bench.db"
        if args.from_crawl:
            replay(args.from_crawl, url)
            return
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
