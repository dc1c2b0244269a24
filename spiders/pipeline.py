"""The one item pipeline: a source's calls recorded in batches while the crawl runs.

Each batch (the calls and the page memory gathered since the last one) is one
transaction in the recording process (``spiders.recording``), committed and
then released: memory stays flat whatever the size of the source, and the
crawling process's loop neither does the recording nor waits for it. The run is
written ``running`` first and given its status when the spider closes; a kill
in between leaves every committed batch consistent (a remembered page replays
its calls next time, a recorded call without its page is read again) and the
run is recorded failed by the next crawl of the source. Nothing is marked gone
before the end.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from concurrent.futures import Future
from typing import Any

from veille.spiders import recording
from veille.spiders.report import CrawlReport

# Calls per recorded batch, and batches queued behind the one being recorded before
# the crawl waits for the recording to catch up.
BATCH_ITEMS = 500
BATCHES_AHEAD = 2

_keys = itertools.count()


class RecordCrawlPipeline:
    """Send each page's extracted calls to storage in batches; the run is finished on close.

    Extraction happened when the page was read (and is replayed with an unchanged
    page). Recording happens in one process for every crawl, one step after the
    other, so the reactor keeps serving other crawls meanwhile and two recordings
    never contend for the database.

    A run is complete only if every start page and followed page answered;
    otherwise it is partial (or failed when nothing answered), and storage
    marks nothing gone.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.pending: list[dict[str, Any]] = []
        self.queued: list[Future] = []
        self.started = time.monotonic()
        self.report: CrawlReport | None = None
        self.key = f"{os.getpid()}-{next(_keys)}"
        self.executor = None
        self.broken: str | None = None  # why the recording process could not go on

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecordCrawlPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.started = time.monotonic()
        spider = self.crawler.spider
        context, source = spider.context, spider.source
        self.report = CrawlReport(source.id)
        self.executor, database = recording.executor_for(context.db)
        names = (source.id, source.name, source.organisation)
        self._submit(recording.begin, self.key, database, names, context.started_at, context.tz)
        context.extra["recording_room"] = self.room

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        """One page's calls (each its raw call and what extraction built of it)."""
        self.pending.extend(item["calls"])
        if len(self.pending) >= BATCH_ITEMS:
            self._send_batch()
        return item

    async def room(self) -> None:
        """Wait while the recording is more than a few batches behind.

        The spider awaits this before it reads each page, so a crawl faster than its
        recording slows down there (a few responses wait) rather than piling up items.
        """
        self.queued = [future for future in self.queued if not future.done()]
        while len(self.queued) > BATCHES_AHEAD:
            await self._settled(self.queued.pop(0))

    async def close_spider(self) -> None:
        spider = self.crawler.spider
        context = spider.context
        spider.failures.extend(spider.unanswered())
        report = self.report
        self._send_batch()
        summary = await self._settled(
            self._submit(recording.finish, self.key, not spider.failures, self._error(spider))
        )
        self.queued.clear()
        report.errors = [*spider.failures, *self._recording_errors(summary)]
        report.items = summary["items"] if summary else 0
        run = summary and summary["run"]
        if run:
            report.status = run["status"]
            report.suspicious = run["suspicious"]
            report.notes = run["notes"]
        event_kinds = summary["event_kinds"] if summary else {}
        report.events = sum(event_kinds.values())
        report.event_kinds = event_kinds
        report.pages = spider.answered
        report.unchanged_pages = spider.unchanged
        report.not_modified = spider.not_modified
        report.extracted_pages = spider.extracted
        report.duration = time.monotonic() - self.started
        context.report = report

    def _send_batch(self) -> None:
        """Queue what was gathered since the last batch: its calls and its page memory."""
        spider = self.crawler.spider
        pages = list(spider.remembered.values())
        spider.remembered.clear()
        found, self.pending = self.pending, []
        if found or pages:
            self._submit(recording.record_batch, self.key, found, pages)

    def _error(self, spider: Any) -> str | None:
        """Why the crawl failed (the recording's own failure, if any, wins there)."""
        context = spider.context
        if self.broken:
            return self.broken
        if context.extra.get("time_limit"):
            return f"stopped at its time limit of {context.extra['time_limit']:g} s"
        if spider.answered == 0:
            return "no page answered: " + "; ".join(spider.failures[:3] or ["nothing fetched"])
        return None

    def _recording_errors(self, summary: dict[str, Any] | None) -> list[str]:
        errors = list(summary["errors"]) if summary else []
        if self.broken:
            errors.append(self.broken)
        return errors

    def _submit(self, step, *args) -> Future:
        try:
            future = self.executor.submit(step, *args)
        except RuntimeError as exc:  # a broken pool refuses new work
            future = Future()
            future.set_exception(exc)
        self.queued.append(future)
        return future

    async def _settled(self, future: Future) -> Any:
        """A step's result, or None once the recording process broke (noted for the report)."""
        try:
            return await asyncio.wrap_future(future)
        except Exception as exc:
            if not self.broken:
                self.broken = f"recording failed: the recording process stopped ({exc})"
                self.report.status = "failed"
                recording.drop(self.executor)
            return None
