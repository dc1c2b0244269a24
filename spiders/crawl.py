"""Running crawls: one CrawlerRunner on Scrapy's asyncio reactor, for as many crawls as wanted.

``crawl_sources_async`` is for code already on the reactor's event loop (the
scheduler); ``crawl_sources`` is the blocking form for the command line and
tests. It starts the reactor once, in a daemon thread, and hands each crawl to
it, so one process can crawl again and again ("reactor not restartable" never
happens because the reactor is never stopped).
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from scrapy.crawler import Crawler, CrawlerRunner

from veille.errors import UserError
from veille.settings import Settings
from veille.spiders.fixtures import FixtureServer
from veille.spiders.kinds import kind_class, kind_names
from veille.spiders.memory import PageMemory
from veille.spiders.registry import Registry, Source, load_registry
from veille.spiders.report import CrawlReport
from veille.spiders.scrapy_settings import ASYNCIO_REACTOR, component_paths, scrapy_settings
from veille.storage import Database
from veille.storage.types import utcnow

Progress = Callable[[str, CrawlReport | None], None]

_runner: CrawlerRunner | None = None
_reactor_lock = threading.Lock()
# Objects made (net of those freed) before a young collection while a crawl runs.
CRAWL_GC_THRESHOLD = 20_000
_running = 0  # crawls running now, on the reactor's loop
_thresholds = gc.get_threshold()


@dataclass
class CrawlContext:
    """What a spider and the pipeline share for one source's crawl."""

    db: Database
    pages: PageMemory
    started_at: datetime
    tz: ZoneInfo
    report: CrawlReport | None = None
    extra: dict = field(default_factory=dict)


def crawl_sources(
    db: Database,
    settings: Settings,
    source_ids: list[str] | None = None,
    *,
    registry: Registry | None = None,
    fixtures: Path | FixtureServer | None = None,
    progress: Progress | None = None,
) -> list[CrawlReport]:
    """Crawl the named sources (every enabled one when none) and record each run; blocking."""
    from twisted.internet import threads

    reactor = _running_reactor()
    if threading.current_thread() is getattr(reactor, "_veille_thread", None):
        raise RuntimeError("crawl_sources blocks; on the reactor's loop await crawl_sources_async")

    def start():
        from twisted.internet.defer import Deferred

        coroutine = crawl_sources_async(
            db, settings, source_ids, registry=registry, fixtures=fixtures, progress=progress
        )
        return Deferred.fromFuture(asyncio.ensure_future(coroutine))

    return threads.blockingCallFromThread(reactor, start)


async def crawl_sources_async(
    db: Database,
    settings: Settings,
    source_ids: list[str] | None = None,
    *,
    registry: Registry | None = None,
    fixtures: Path | FixtureServer | None = None,
    progress: Progress | None = None,
) -> list[CrawlReport]:
    """Crawl on the running reactor. Sources sharing a host go one after the other.

    Whatever blocks (imports on the first crawl, reading the registry, the page
    memory, recording) runs in threads: the loop keeps other work moving.
    """
    await asyncio.to_thread(_warm_up)
    registry = registry or await asyncio.to_thread(load_registry, settings.registry)
    sources = registry.select(source_ids)
    fixtures = fixtures or settings.fixtures_dir
    own_server = fixtures is not None and not isinstance(fixtures, FixtureServer)
    server = FixtureServer(fixtures).start() if own_server else fixtures
    origin = server.origin if server else None
    try:
        groups: dict[str, list[Source]] = {}
        for source in sources:
            groups.setdefault(_host(source), []).append(source)

        async def crawl_group(group: list[Source]) -> list[CrawlReport]:
            reports = []
            for source in group:
                if progress:
                    progress(source.id, None)
                with _collector_held_back():
                    report = await _crawl_one(db, settings, source, origin)
                if progress:
                    progress(source.id, report)
                reports.append(report)
            return reports

        done = await asyncio.gather(*(crawl_group(g) for g in groups.values()))
    finally:
        if own_server:
            server.stop()
    by_id = {r.source_id: r for group in done for r in group}
    return [by_id[s.id] for s in sources]


async def _crawl_one(
    db: Database, settings: Settings, source: Source, origin: str | None
) -> CrawlReport:
    started = time.monotonic()
    # The validators only: a page's outputs are read when it is replayed.
    pages = await asyncio.to_thread(PageMemory.load, db, source.id)
    context = CrawlContext(db=db, pages=pages, started_at=utcnow(), tz=settings.tz)
    spider_class = kind_class(source.kind)
    options = spider_class.Options(**source.options)
    crawler = Crawler(
        spider_class,
        scrapy_settings(settings, origin, concurrency=options.concurrency, delay=options.delay),
    )
    loop = asyncio.get_running_loop()
    limit = settings.crawl_time_limit
    timer = loop.call_later(limit, _stop_at_limit, crawler, context, limit)
    try:
        deferred = _get_runner().crawl(crawler, source=source, context=context)
        await deferred.asFuture(loop)
    except Exception as exc:
        report = context.report or CrawlReport(source.id)
        report.errors.append(f"crawl crashed: {type(exc).__name__}: {exc}")
        context.report = report
    finally:
        timer.cancel()
    report = context.report or CrawlReport(source.id, errors=["the crawl did not run"])
    report.duration = time.monotonic() - started
    return report


@contextmanager
def _collector_held_back() -> Iterator[None]:
    """While any crawl runs, the cyclic collector waits for many more new objects.

    A crawl makes almost no cyclic garbage (its objects die by reference counting:
    a whole crawl of 2,000 pages leaves 1,500 to 4,000 objects in cycles), but the
    objects of the responses in flight outlive young collections made every 700 new
    objects: they climbed into the oldest generation, and full collections of the
    crawl's 40,000 live objects stopped the loop every second or so. The threshold
    counts objects made net of those freed, so a crawl seldom reaches it, and
    garbage that does pile up is still collected. The first crawl to start raises
    it, the last to finish puts it back (crawls overlap, all on the loop's thread).
    Nothing is frozen here: what a crawl leaves is collected afterwards.
    """
    global _running, _thresholds
    if _running == 0:
        _thresholds = gc.get_threshold()
        gc.set_threshold(CRAWL_GC_THRESHOLD, *_thresholds[1:])
    _running += 1
    try:
        yield
    finally:
        _running -= 1
        if _running == 0:
            gc.set_threshold(*_thresholds)


@cache
def _warm_up() -> None:
    """Import, once, every component a crawl's Crawler will load: left to the first
    crawl, those imports would stall the loop for a second or two.

    The cyclic collector waits meanwhile (imports make objects that live as long as
    the process, and full collections of them would stop the loop too); what the
    imports made is then frozen out of its sight.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        _import_components()
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


def _import_components() -> None:
    from scrapy.utils.misc import load_object

    import veille.spiders.middlewares
    import veille.spiders.pipeline  # noqa: F401
    from veille.spiders import recording

    recording.start()
    kind_names()  # every spider kind's module (their readers: parsel, feedparser)

    # What a crawl's Crawler loads, no more: the components veille turns off (the
    # feed exports, the telnet console, the FTP and S3 handlers...) are not imported.
    for path in component_paths():
        try:
            load_object(path)
        except Exception:  # an optional component that cannot load is Scrapy's business
            continue


def _stop_at_limit(crawler: Crawler, context: CrawlContext, limit: float) -> None:
    """A crawl past its time limit is closed like a shutdown; the pipeline records it as failed."""
    context.extra["time_limit"] = limit
    if crawler.crawling:
        # Kept here while it runs: the loop holds only a weak reference to a task.
        context.extra["stopping"] = asyncio.ensure_future(crawler.stop_async())


def _host(source: Source) -> str:
    return (urlsplit(source.start_urls[0]).hostname or "").removeprefix("www.")


def _get_runner() -> CrawlerRunner:
    global _runner
    if _runner is None:
        _runner = CrawlerRunner({"TWISTED_REACTOR": ASYNCIO_REACTOR})
    return _runner


def _running_reactor():
    """Scrapy's asyncio reactor, installed and running in a daemon thread if not already."""
    from scrapy.utils.reactor import install_reactor, is_reactor_installed

    with _reactor_lock:
        if not is_reactor_installed():
            install_reactor(ASYNCIO_REACTOR)
        from twisted.internet import reactor
        from twisted.internet.asyncioreactor import AsyncioSelectorReactor

        if not isinstance(reactor, AsyncioSelectorReactor):
            raise UserError("another Twisted reactor is installed; veille needs the asyncio one")
        if reactor.running:
            return reactor
        ready = threading.Event()
        reactor.callWhenRunning(ready.set)

        def run() -> None:
            asyncio.set_event_loop(reactor._asyncioEventloop)
            reactor.run(installSignalHandlers=False)

        thread = threading.Thread(target=run, name="veille-reactor", daemon=True)
        reactor._veille_thread = thread
        thread.start()
        if not ready.wait(10):
            raise RuntimeError("the Twisted reactor did not start")
        return reactor
