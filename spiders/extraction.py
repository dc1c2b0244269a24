"""Reading and extraction of fresh pages in a pool of processes, off the reactor.

Parsing a page and extracting its calls is pure-Python CPU work: in threads it
holds the GIL the reactor needs (its loop then stands still) and uses one core.
Each fresh page goes to a worker process as plain data (the response's URL,
status, headers and body, the reader's name and the source) and comes back as
the JSON the page memory keeps. The pool is started once per process, from a
fork server (never a fork of this multi-threaded process), when the first fresh
page needs it (a crawl where every page answers 304 never pays for it), and is
reused by every crawl; if it cannot start or a worker dies, the page is read in
a thread, as before, so a crawl never fails for want of the pool.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import traceback
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor, ThreadPoolExecutor
from functools import lru_cache
from typing import Any

from scrapy.http import Response

from veille.spiders import children

log = logging.getLogger(__name__)

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_breaks = 0  # pools that broke (a worker killed): after two, threads from then on
_started: ProcessPoolExecutor | None = None  # the pool whose workers have all started
_start_lock = threading.Lock()
# Pages that find the pool not started wait here, one start at a time, rather than
# each holding a thread of the loop's default executor.
_starter = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-extraction-start")


def workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _pool_lock:
        if _pool is None and _breaks < 2:
            _pool = children.process_pool(workers())
        return _pool


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    """A broken pool is replaced by a new one on next use, once."""
    global _pool, _breaks
    with _pool_lock:
        if _pool is pool:
            _pool = None
            _breaks += 1
    pool.shutdown(wait=False, cancel_futures=True)


def start() -> ProcessPoolExecutor | None:
    """The pool, every worker of it started (blocking, so in a thread); None: use threads.

    Each worker imports the readers when it starts (a second or two); started by
    a page's submission on the reactor's thread, it would stall the loop that long.
    Callers arriving while the workers start wait for the same start.
    """
    global _started
    with _start_lock:
        pool = _get_pool()
        if pool is None or pool is _started:
            return pool
        try:
            for future in [pool.submit(_ready) for _ in range(workers())]:
                future.result()
        except BrokenExecutor:
            _drop_pool(pool)
            return _get_pool()  # a new one, started on its first page (or None)
        _started = pool
        return pool


def shutdown() -> None:
    """Stop the workers and wait for them (``children.stop_fork_server`` then ends the rest)."""
    global _pool, _started
    with _pool_lock:
        pool, _pool, _started = _pool, None, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def _ready() -> bool:
    # The readers and the extraction stack, imported as the worker starts (the crawling
    # process itself never imports the latter unless it reads a page in a thread).
    import veille.spiders.calls
    import veille.spiders.kinds  # noqa: F401

    return True


async def _started_pool() -> ProcessPoolExecutor | None:
    if _started is not None and _started is _pool:
        return _started
    return await asyncio.wrap_future(_starter.submit(start))


async def read_page(
    kind: str, source: Any, reader: str, response: Response, entry: dict[str, Any]
) -> dict[str, Any]:
    """What ``reader`` finds on ``response`` with its calls extracted, read off the loop.

    Raises ``PageUnreadable`` (with the reader's error and traceback) when the page
    cannot be read.
    """
    args = (
        kind,
        source.model_dump_json(),
        reader,
        type(response),
        response.url,
        response.status,
        {key: list(values) for key, values in response.headers.items()},
        response.body,
        entry,
    )
    pool = await _started_pool()
    if pool is not None:
        try:
            outcome = await asyncio.wrap_future(pool.submit(_read_in_worker, *args))
        except BrokenExecutor as exc:
            log.warning("the extraction workers stopped (%s); reading in a thread", exc)
            _drop_pool(pool)
            outcome = await asyncio.to_thread(_read_in_worker, *args)
    else:
        outcome = await asyncio.to_thread(_read_in_worker, *args)
    if "error" in outcome:
        raise PageUnreadable(outcome["error"], outcome["trace"])
    return outcome["data"]


class PageUnreadable(Exception):
    """A reader failed on a page; carries the worker's traceback as text."""

    def __init__(self, message: str, trace: str):
        super().__init__(message)
        self.trace = trace


def _read_in_worker(
    kind: str,
    source_json: str,
    reader: str,
    response_class: type[Response],
    url: str,
    status: int,
    headers: dict[bytes, list[bytes]],
    body: bytes,
    entry: dict[str, Any],
) -> dict[str, Any]:
    """In a worker: the response rebuilt, read and extracted; errors come back as text."""
    try:
        spider = _reading_spider(kind, source_json)
        response = response_class(url=url, status=status, headers=headers, body=body)
        return {"data": spider.read_body(reader, response, entry)}
    except Exception as exc:  # the parent reports it as an unreadable page
        return {"error": f"{type(exc).__name__}: {exc}", "trace": traceback.format_exc()}


@lru_cache(maxsize=64)
def _reading_spider(kind: str, source_json: str) -> Any:
    """A spider of the source's kind, used only for its readers (no crawl, no context)."""
    from veille.spiders.kinds import kind_class
    from veille.spiders.registry import Source

    spider_class = kind_class(kind)
    if spider_class is None:
        raise ValueError(f"unknown kind {kind!r}")
    return spider_class(source=Source.model_validate_json(source_json), context=None)
