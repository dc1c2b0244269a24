"""Reading and extraction of fresh pages in a pool of processes, off the reactor.

Parsing a page and extracting its calls is pure-Python CPU work: in threads it
holds the GIL the reactor needs (its loop then stands still) and uses one core.
Each fresh page goes to a worker process as plain data (the response's URL,
status, headers and body, the reader's name and the source) and comes back as
the JSON the page memory keeps. The pool is started once per process, from a
fork server (never a fork of this multi-threaded process), and reused by every
crawl; if it cannot start or a worker dies, the page is read in a thread, as
before, so a crawl never fails for want of the pool.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import threading
import time
import traceback
from concurrent.futures import BrokenExecutor, ProcessPoolExecutor
from functools import lru_cache
from typing import Any

from scrapy.http import Response

log = logging.getLogger(__name__)

WORKER_NICENESS = 5

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
_breaks = 0  # pools that broke (a worker killed): after two, threads from then on


def workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _pool_lock:
        if _pool is None and _breaks < 2:
            # No preload: the fork server runs as `python -c` in this process's working
            # directory, where a clone's own `veille/` folder would shadow the installed
            # package; each worker imports with this process's sys.path instead.
            context = multiprocessing.get_context("forkserver")
            _pool = ProcessPoolExecutor(
                max_workers=workers(),
                mp_context=context,
                initializer=_watch_parent,
                initargs=(os.getpid(),),
            )
        return _pool


def _drop_pool(pool: ProcessPoolExecutor) -> None:
    """A broken pool is replaced by a new one on next use, once."""
    global _pool, _breaks
    with _pool_lock:
        if _pool is pool:
            _pool = None
            _breaks += 1
    pool.shutdown(wait=False, cancel_futures=True)


def start() -> None:
    """Start every worker now (blocking, so in a thread): the first pages must not wait.

    Each worker imports the readers when it starts (a second or two); done on the
    reactor's thread by the first page, it would stall the loop that long.
    """
    pool = _get_pool()
    if pool is not None:
        try:
            for future in [pool.submit(_ready) for _ in range(workers())]:
                future.result()
        except BrokenExecutor:
            _drop_pool(pool)


def shutdown() -> None:
    """Stop the workers and the fork server, and wait for them.

    Waiting matters beyond tidiness: only reaped processes count in the CPU time the
    operating system reports for this process's children (the benchmarks read it).
    """
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is None:
        return
    pool.shutdown(wait=True, cancel_futures=True)
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()


def _ready() -> bool:
    return True


def _watch_parent(parent: int) -> None:
    """In each worker: leave when the crawling process is gone.

    A worker whose parent was killed (SIGKILL, an OOM kill) would otherwise wait on
    its task queue for ever, and keep the fork server alive with it.
    """

    def watch() -> None:
        while _alive(parent):
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="veille-parent-watch", daemon=True).start()
    # Ctrl-C reaches the whole process group; stopping is the crawling process's
    # call (it shuts the pool down), so a worker must not die of it mid-page.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # Reading pages can wait a moment; the crawling process's loop should not wait
    # for a core behind its own workers.
    os.nice(WORKER_NICENESS)


def _alive(pid: int) -> bool:
    """Whether a process runs; a killed one not yet reaped (a zombie) does not."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as stat:
            return stat.read().rsplit(b")", 1)[1].split()[0] != b"Z"
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel whether the pid exists at all
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return False
        return True


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
    pool = _get_pool()
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
