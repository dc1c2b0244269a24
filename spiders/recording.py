"""Recording crawls in a process of its own, one batch after the other.

Recording is pure-Python CPU work (validating items, SQLAlchemy's unit of work)
that leaves cyclic garbage behind: in a thread of the crawling process it held
the GIL the reactor needs and its batches were freed only by full collections
that stopped every thread. One recording process serves every crawl of the
crawling process, so two recordings never contend for the database; each step
(begin, a batch, finish) is its own transaction there, and the state of a crawl
being recorded (its ``CrawlRecorder``) lives there between steps.

The steps are plain functions: with a database only this process can open (an
in-memory SQLite) or without the process, they run in one thread here instead.
The recording process dies with the crawling process (``children``), so a
SIGKILL of the crawl stops the recording at its last committed batch.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import threading
from collections import Counter
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from veille.errors import UserError
from veille.spiders import children
from veille.storage import CallItem, Database, open_database
from veille.storage.pages import RememberedPage, save_pages, upsert_source
from veille.storage.record import CrawlRecorder

log = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-record")


def executor_for(db: Database) -> tuple[Executor, Database | str]:
    """Where to record a crawl into ``db``, and how that side names the database."""
    url = db.engine.url
    in_memory = url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")
    pool = None if in_memory else _get_pool()
    if pool is None:
        return _thread, db
    return pool, url.render_as_string(hide_password=False)


def start() -> None:
    """Spawn the recording process now, in a thread, and let it start while the crawl does.

    The first submission spawns the process (and the fork server, if none runs yet),
    which must not happen on the reactor's thread. The process then imports storage
    (about half a second) while the crawl's start-up goes on: nothing waits for it
    until the crawl's first step, which queues behind this one.
    """
    pool = _get_pool()
    if pool is not None:
        try:
            pool.submit(_ready)
        except Exception:  # a broken pool or a failed spawn: replaced on next use
            drop(pool)


def drop(executor: Executor) -> None:
    """A recording process that broke is replaced by a new one for the next crawl."""
    global _pool
    with _pool_lock:
        if _pool is executor:
            _pool = None
    if executor is not _thread:
        executor.shutdown(wait=False, cancel_futures=True)


def shutdown() -> None:
    """Stop the recording process and wait for it."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True)


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = children.process_pool(1, initializer=_settle)
        return _pool


def _settle() -> None:
    """In the recording process: what start-up made lives as long as the process."""
    import veille.storage.record  # noqa: F401

    gc.freeze()


def _ready() -> bool:
    return True


# -- the steps, in the recording process (or the fallback thread) ----------------


@dataclass
class _Crawl:
    recorder: CrawlRecorder
    db: Database
    owns_db: bool
    failed: str | None = None  # why recording stopped, once a step failed
    errors: list[str] = field(default_factory=list)
    items: int = 0
    events: Counter[str] = field(default_factory=Counter)


_crawls: dict[str, _Crawl] = {}


def begin(
    key: str,
    database: Database | str,
    source: tuple[str, str, str | None],
    started_at: datetime,
    tz: ZoneInfo,
) -> None:
    """Write the run as ``running`` (and the source as the registry names it)."""
    source_id, name, organisation = source
    recorder = CrawlRecorder(source_id, started_at=started_at, tz=tz)
    if isinstance(database, Database):
        crawl = _Crawl(recorder, database, owns_db=False)
    else:
        crawl = _Crawl(recorder, open_database(database, migrate=False), owns_db=True)
    _crawls[key] = crawl
    _guarded(
        crawl,
        lambda session: (
            upsert_source(session, source_id, name, organisation),
            recorder.begin(session),
        ),
    )


def record_batch(key: str, found: list[dict[str, Any]], pages: list[RememberedPage]) -> None:
    """Record the calls and the page memory gathered since the last batch."""
    crawl = _crawls[key]
    if crawl.failed:
        return
    calls = []
    for one in found:
        built = one["call"]
        if isinstance(built, str):  # a replayed call comes as the JSON the page memory keeps
            built = json.loads(built)
        if "item" in built:
            calls.append(CallItem.model_validate(built["item"]))
        else:
            crawl.errors.append(f"{one['raw'].get('url')}: not a valid call ({built['invalid']})")
    crawl.items += len(calls)

    def record(session):
        events = crawl.recorder.add(session, calls)
        save_pages(session, crawl.recorder.source_id, pages)
        return events

    events = _guarded(crawl, record)
    crawl.events.update(event.kind for event in events or ())


def finish(key: str, complete: bool, error: str | None) -> dict[str, Any]:
    """Give the run its status; what the crawl's report needs of the whole recording."""
    crawl = _crawls.pop(key)
    try:
        outcome = None
        if crawl.recorder.run_id is not None:  # else the run could not even be begun
            error = crawl.failed or error

            def finish(session):
                return crawl.recorder.finish(session, complete=complete, error=error)

            outcome = _guarded(crawl, finish)
        summary: dict[str, Any] = {"errors": crawl.errors, "items": crawl.items, "run": None}
        if outcome is not None:
            crawl.events.update(event.kind for event in outcome.events)
            run = outcome.run
            summary["run"] = {
                "status": run.status,
                "suspicious": run.suspicious,
                "notes": run.notes,
            }
        summary["failed"] = crawl.failed
        summary["event_kinds"] = dict(crawl.events)
        return summary
    finally:
        if crawl.owns_db:
            crawl.db.dispose()


def _guarded(crawl: _Crawl, step) -> Any:
    """One step in its own transaction; a failure is reported and stops the recording."""
    try:
        with crawl.db.session() as session:
            result = step(session)
            _still_wanted()
            return result
    except UserError as exc:
        _stop(crawl, str(exc))
    except Exception as exc:  # the database failing for one source must not stop the others
        log.exception("recording the crawl of %s failed", crawl.recorder.source_id)
        _stop(crawl, f"{type(exc).__name__}: {exc}")
    return None


def _stop(crawl: _Crawl, why: str) -> None:
    crawl.errors.append(f"recording failed: {why}")
    crawl.failed = crawl.failed or f"recording failed: {why}"


def _still_wanted() -> None:
    """In the recording process, just before a commit: a crawl that was killed meanwhile
    gets nothing more committed (the fork server's exit kills this process a moment later)."""
    parent = children.parent_pid()
    if parent is not None and not children.alive(parent):
        os._exit(0)
