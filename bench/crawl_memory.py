"""Repeated crawls in one process: time per round and memory, which must stay flat.

    python bench/crawl_memory.py [--rounds 20]

Crawls every source of the registry from its fixture (served on 127.0.0.1)
again and again with one reactor and one CrawlerRunner, as the worker does for
weeks, and prints the duration and resident memory after each round.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from veille.settings import load_settings
from veille.spiders.crawl import crawl_sources
from veille.storage import open_database


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings(
            database_url=f"sqlite:///{folder}/bench.db",
            fixtures_dir=ROOT / "tests" / "fixtures" / "sites",
            crawl_delay=0,
        )
        db = open_database(settings.database_url)
        print("round  sources  items  events  seconds  RSS MB")
        for number in range(1, args.rounds + 1):
            started = time.perf_counter()
            reports = crawl_sources(db, settings)
            elapsed = time.perf_counter() - started
            items = sum(r.items for r in reports)
            events = sum(r.events for r in reports)
            print(
                f"{number:5}  {len(reports):7}  {items:5}  {events:6}  {elapsed:7.2f}  {rss_mb():6.1f}"
            )
        db.dispose()


if __name__ == "__main__":
    main()
