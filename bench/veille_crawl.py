"""One veille crawl of the generated benchmark site, in-process, with an event-loop lag probe.

    python bench/veille_crawl.py --database-url sqlite:///b.db --registry reg.toml [--source bench]

Runs the crawl exactly as the worker does (``crawl_sources_async`` on Scrapy's
asyncio reactor) while a timer on the same loop asks to wake every 10 ms and
notes how late it wakes: the worst lateness is how long the loop stood still
(another crawl, the scheduler or a page would have waited that long). Prints
one JSON line: crawl seconds, pages, items, events, pages extracted (not
replayed) and the lag figures. Used by ``bench/crawl_bench.py``. ``--gc-log``
writes each collection and each late wake-up to a file; ``--cycles`` turns the
cyclic collector off for the crawl and counts what it left in reference cycles.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import sys
import threading
import time
from collections import Counter
from pathlib import Path

TICK = 0.010


async def _lag_probe(lags: list[float], stop: asyncio.Event, log=None) -> None:
    loop = asyncio.get_running_loop()
    while not stop.is_set():
        planned = loop.time() + TICK
        await asyncio.sleep(TICK)
        late = max(0.0, loop.time() - planned)
        lags.append(late)
        if log and late > 0.030:
            log.write(f"{time.monotonic():.3f} late {1000 * late:.0f} ms\n")


def _log_collections(log) -> None:
    """Each collection of generation 1 or 2 (and any over 5 ms): when, how long, where, on what.

    The object count is the tracked objects outside the frozen set, counted only after
    a full collection (counting walks them: the count itself takes a few ms).
    """
    started = {}

    def callback(phase: str, info: dict) -> None:
        if phase == "start":
            started["at"] = time.perf_counter()
            return
        took = time.perf_counter() - started.get("at", time.perf_counter())
        generation = info["generation"]
        if generation == 0 and took < 0.005:
            return
        objects = len(gc.get_objects()) if generation == 2 else ""
        log.write(
            f"{time.monotonic():.3f} gc gen{generation} {1000 * took:.1f} ms "
            f"{threading.current_thread().name} collected={info['collected']} "
            f"live={objects} frozen={gc.get_freeze_count()}\n"
        )

    gc.callbacks.append(callback)


def _left_in_cycles() -> dict:
    """What the crawl left for the cyclic collector alone: its count and commonest types."""
    tracked = len(gc.get_objects())
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    gc.set_debug(0)
    kinds = Counter(type(o).__qualname__ for o in gc.garbage)
    found = len(gc.garbage)
    gc.garbage.clear()
    gc.enable()
    return {
        "tracked_after": tracked,
        "in_cycles": found,
        "in_cycles_kinds": dict(kinds.most_common(8)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--registry", type=Path, required=True)
    parser.add_argument("--source", default="bench")
    parser.add_argument(
        "--slow-ms", type=float, help="log each loop callback slower than this (asyncio debug)"
    )
    parser.add_argument(
        "--gc-log", type=Path, help="write each collection and each late wake-up (over 30 ms) there"
    )
    parser.add_argument(
        "--cycles",
        action="store_true",
        help="collector off during the crawl, then report what it left in reference cycles",
    )
    args = parser.parse_args(argv)
    os.environ["VEILLE_DATABASE_URL"] = args.database_url
    os.environ["VEILLE_REGISTRY"] = str(args.registry)
    os.environ.setdefault("VEILLE_CRAWL_DELAY", "0")

    from twisted.internet import threads

    from veille.settings import load_settings
    from veille.spiders import children, crawl, extraction, recording
    from veille.storage import open_database

    settings = load_settings()
    db = open_database(settings.database_url)
    reactor = crawl._running_reactor()
    lags: list[float] = []
    gc_log = args.gc_log.open("w", buffering=1) if args.gc_log else None
    if gc_log:
        _log_collections(gc_log)

    if args.cycles:  # the imports' own garbage is not the crawl's
        crawl._warm_up()
        gc.collect()
        gc.disable()

    async def run():
        if args.slow_ms:
            import logging

            logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
            loop = asyncio.get_running_loop()
            loop.set_debug(True)
            loop.slow_callback_duration = args.slow_ms / 1000
        stop = asyncio.Event()
        probe = asyncio.ensure_future(_lag_probe(lags, stop, gc_log))
        started = time.perf_counter()
        reports = await crawl.crawl_sources_async(db, settings, [args.source])
        elapsed = time.perf_counter() - started
        stop.set()
        await probe
        return reports, elapsed

    def start():
        from twisted.internet.defer import Deferred

        return Deferred.fromFuture(asyncio.ensure_future(run()))

    (report,), elapsed = threads.blockingCallFromThread(reactor, start)
    db.dispose()
    # Reaped, the workers' CPU counts in this process's (measure.py reads it).
    recording.shutdown()
    extraction.shutdown()
    children.stop_fork_server()
    lags.sort()
    cycles = _left_in_cycles() if args.cycles else None
    figures = {
        "crawl_s": round(elapsed, 3),
        "pages": report.pages,
        "items": report.items,
        "events": report.events,
        "event_kinds": report.event_kinds,
        "extracted_pages": report.extracted_pages,
        "not_modified": report.not_modified,
        "errors": len(report.errors),
        "pages_per_s": round(report.pages / elapsed, 1) if elapsed else None,
        "lag_max_ms": round(1000 * lags[-1], 1) if lags else None,
        "lag_p99_ms": round(1000 * lags[int(0.99 * (len(lags) - 1))], 1) if lags else None,
        "lag_ticks": len(lags),
        "rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if cycles:
        figures.update(cycles)
    if report.errors:
        print("\n".join(report.errors[:5]), file=sys.stderr)
    print(json.dumps(figures))
    return 0 if report.status == "ok" else 1


if __name__ == "__main__":
    sys.exit(main())
