"""Digests for 1,000 / 10,000 / 100,000 subscribers over 500 calls: time and peak memory.

    python bench/digest_bench.py [--sizes 1000 10000 100000] [--calls 500] [--work DIR]

For each size, a fresh SQLite database (or ``--database-url`` PostgreSQL, one
schema per size) gets 500 calls recorded by ``record_crawl`` (new events an
hour ago for one source in ten, weeks ago for the others; one call in 25
with a deadline in the coming week, so reminders too) and N
confirmed weekly subscribers with varied filters (categories, audience,
keywords, sources, or none). Then a *separate process* runs
``build_due_digests`` once: selecting, rendering and queueing every digest
into the outbox. Its wall time, CPU time and peak resident memory (of that
process, from the operating system, and of its helper processes when the build
shares its batches) are printed and written as JSON. ``--peer DIR`` runs another
checkout's build (main's, say) on a copy of the same database, right after.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

NOW = datetime(2026, 5, 8, 7, 0, tzinfo=UTC)
CATEGORIES = ["annee-recherche", "bourse", "congres", "prix", "guide", "these", "master"]
AUDIENCE = ["interne", "externe", "jeune-medecin", "chercheur"]
WORDS = ["cancer", "cardiologie", "pédiatrie", "neurologie", "santé publique", "génétique"]
SOURCES = [f"source-{n}" for n in range(10)]


def settings(database_url: str, work: Path):
    from veille.settings import Settings

    return Settings(
        database_url=database_url,
        outbox_dir=work / "outbox",
        secret_key="b" * 40,
        base_url="https://veille.example.org",
        mail_from="Veille recherche <veille@example.org>",
    )


def setup(database_url: str, subscribers: int, calls: int) -> None:
    from sqlalchemy import insert

    from veille.storage import CallItem, open_database, record_crawl
    from veille.storage.models import Subscriber

    db = open_database(database_url)
    rng = random.Random(13)
    by_source: dict[str, list[CallItem]] = {}
    today = NOW.date()
    for n in range(calls):
        soon = n % 25 == 0
        deadline = today + timedelta(days=3 if soon else 20 + n % 200)
        topic = WORDS[n % len(WORDS)]
        by_source.setdefault(SOURCES[n % len(SOURCES)], []).append(
            CallItem(
                url=f"https://appels.example.fr/{n}",
                title=f"Appel à projets {n} en {topic}",
                summary=f"Financement de projets de recherche en {topic} pour les équipes "
                "hospitalo-universitaires; dossier à déposer en ligne.",
                deadlines=[{"date": deadline.isoformat(), "time": "17:00"}],
                categories=rng.sample(CATEGORIES, 2),
                audience=rng.sample(AUDIENCE, 1),
                organisation="Fondation pour la recherche",
            )
        )
    with db.session() as session:
        for number, (source, items) in enumerate(by_source.items()):
            # One source in ten crawled this week (its calls are news), the others
            # weeks ago (only their deadlines in the coming week are reminded).
            at = NOW - (timedelta(hours=1) if number == 0 else timedelta(days=10 + 3 * number))
            record_crawl(session, source, items, now=at)
    rows = []
    for n in range(subscribers):
        filters: dict = {}
        shape = n % 5
        if shape == 1:
            filters["categories"] = rng.sample(CATEGORIES, 2)
        elif shape == 2:
            filters["audience"] = [rng.choice(AUDIENCE)]
            filters["categories"] = [rng.choice(CATEGORIES)]
        elif shape == 3:
            filters["keywords"] = rng.sample(WORDS, 2)
        elif shape == 4:
            filters["sources"] = rng.sample(SOURCES, 3)
        rows.append(
            {
                "email": f"abonne{n}@example.org",
                "filters": filters,
                "frequency": "weekly",
                "confirmed": True,
                "active": True,
                "permanent_failures": 0,
                "created_at": NOW - timedelta(days=30),
            }
        )
    with db.session() as session:
        for start in range(0, len(rows), 5000):
            session.execute(insert(Subscriber), rows[start : start + 5000])
    db.dispose()


def build(database_url: str, work: Path, processes: int | None = None) -> dict:
    from sqlalchemy import func, select

    from veille.notifications import build_due_digests
    from veille.storage import open_database
    from veille.storage.models import DigestItem, OutboxMessage

    db = open_database(database_url)
    started, cpu = time.perf_counter(), time.process_time()
    report = build_due_digests(db, settings(database_url, work), NOW, processes=processes)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    with db.session() as session:
        rows = session.scalar(select(func.count()).select_from(OutboxMessage))
        items = session.scalar(select(func.count()).select_from(DigestItem))
    db.dispose()
    return {
        "built": len(report.built),
        "empty": report.empty,
        "outbox_rows": rows,
        "digest_items": items,
        "seconds": round(elapsed, 2),
        "cpu_s": round(cpu, 2),
        "digests_per_s": round(len(report.built) / elapsed, 1) if elapsed else None,
        # The peak of this process, which only builds: the operating system's figure;
        # with builder processes, also the largest of theirs and the sum of all peaks.
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        **_children_rss(processes),
    }


def _children_rss(processes: int | None) -> dict:
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    if not child:
        return {"cpu_s_children": 0.0}
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    times = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "builder_peak_rss_mb": round(child, 1),
        # This process builds too, beside ``processes - 1`` helpers.
        "all_processes_peak_rss_mb": round(own + ((processes or 2) - 1) * child, 1),
        "cpu_s_children": round(times.ru_utime + times.ru_stime, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--work", type=Path, default=Path("/tmp/veille-digest-bench"))
    parser.add_argument("--phase", choices=["setup", "build"], help=argparse.SUPPRESS)
    parser.add_argument("--database-url", help="PostgreSQL URL; default a SQLite file per size")
    parser.add_argument("--subscribers", type=int, help=argparse.SUPPRESS)
    parser.add_argument(
        "--processes", type=int, help="builder processes (default: veille's own choice)"
    )
    parser.add_argument(
        "--peer",
        type=Path,
        help="another checkout of veille (with its .venv) whose build runs on a copy of the "
        "same SQLite database right after this one's, for a side-by-side figure",
    )
    parser.add_argument(
        "--peer-max", type=int, default=1000, help="largest size the peer builds (default 1000)"
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    if args.phase == "setup":
        setup(args.database_url, args.subscribers, args.calls)
        return 0
    if args.phase == "build":
        print(json.dumps(build(args.database_url, args.work, args.processes)))
        return 0

    from veille.storage import open_database

    results = []
    for size in args.sizes:
        url = args.database_url or f"sqlite:///{args.work / f'digests-{size}.db'}"
        if not args.database_url:
            (args.work / f"digests-{size}.db").unlink(missing_ok=True)
        open_database(url).dispose()  # schema at head
        me = [sys.executable, __file__, "--work", str(args.work), "--database-url", url]
        subprocess.run([*me, "--phase", "setup", "--subscribers", str(size),
                        "--calls", str(args.calls)], check=True)  # fmt: skip
        peer = args.peer and not args.database_url and size <= args.peer_max
        if peer:
            _copy_sqlite(args.work / f"digests-{size}.db", args.work / f"peer-{size}.db")
        build_args = ["--phase", "build"]
        if args.processes:
            build_args += ["--processes", str(args.processes)]
        out = subprocess.run([*me, *build_args], check=True, capture_output=True, text=True)
        figures = {"subscribers": size, "calls": args.calls, **json.loads(out.stdout)}
        results.append(figures)
        print(json.dumps(figures), flush=True)
        if peer:
            peer_url = f"sqlite:///{args.work / f'peer-{size}.db'}"
            them = [str(args.peer / ".venv/bin/python"), str(args.peer / "bench/digest_bench.py")]
            out = subprocess.run(
                [*them, "--work", str(args.work), "--database-url", peer_url, "--phase", "build"],
                check=True,
                capture_output=True,
                text=True,
            )
            figures = {"subscribers": size, "peer": str(args.peer), **json.loads(out.stdout)}
            results.append(figures)
            print(json.dumps(figures), flush=True)
        if args.database_url:
            raise SystemExit("--database-url runs one size per call (reset the schema between)")
    (args.work / "digest-results.json").write_text(json.dumps(results, indent=2))
    return 0


def _copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its WAL included), through SQLite's backup."""
    import sqlite3

    target.unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


if __name__ == "__main__":
    sys.exit(main())
