"""The one item pipeline: a source's calls recorded in batches while the crawl runs.

Each batch (the calls and the page memory gathered since the last one) is one
transaction in the recording thread, committed and then released: memory stays
flat whatever the size of the source, and neither recording nor the garbage
collector has a whole crawl to walk at the end. The run is written ``running``
first and given its status when the spider closes; a kill in between leaves
every committed batch consistent (a remembered page replays its calls next
time, a recorded call without its page is read again) and the run is recorded
failed by the next crawl of the source. Nothing is marked gone before the end.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from veille.errors import UserError
from veille.spiders.report import CrawlReport
from veille.storage import CallItem
from veille.storage.pages import save_pages, upsert_source
from veille.storage.record import CrawlRecorder

log = logging.getLogger(__name__)

# Calls per recorded batch, and batches queued behind the one being recorded before
# the crawl waits for the recording to catch up.
BATCH_ITEMS = 500
BATCHES_AHEAD = 2


class RecordCrawlPipeline:
    """Send each page's extracted calls to storage in batches; the run is finished on close.

    Extraction happened when the page was read (and is replayed with an unchanged
    page). Recording runs in one dedicated thread, so the reactor keeps serving
    other crawls meanwhile, and two recordings never contend for the database.

    A run is complete only if every start page and followed page answered;
    otherwise it is partial (or failed when nothing answered), and storage
    marks nothing gone.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.pending: list[dict[str, Any]] = []
        self.queued: list[Future] = []
        self.started = time.monotonic()
        self.recorder: CrawlRecorder | None = None
        self.report: CrawlReport | None = None
        self.events: Counter[str] = Counter()
        self.failed: str | None = None  # why recording stopped, once a batch failed

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecordCrawlPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.started = time.monotonic()
        spider = self.crawler.spider
        context = spider.context
        self.report = CrawlReport(spider.source.id)
        self.recorder = CrawlRecorder(
            spider.source.id, started_at=context.started_at, tz=context.tz
        )
        self.queued.append(_RECORDING.submit(self._begin, spider))
        context.extra["recording_room"] = self.room

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.pending.append(item)
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
            await asyncio.wrap_future(self.queued.pop(0))

    async def close_spider(self) -> None:
        spider = self.crawler.spider
        context = spider.context
        spider.failures.extend(spider.unanswered())
        report = self.report
        report.errors[:0] = spider.failures
        self._send_batch()
        await asyncio.wrap_future(_RECORDING.submit(self._finish, spider))
        self.queued.clear()
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
            self.queued.append(_RECORDING.submit(self._record_batch, spider, found, pages))

    # -- in the recording thread, one step after the other ------------------------

    def _begin(self, spider: Any) -> None:
        source, context = spider.source, spider.context
        self._guarded(
            lambda session: (
                upsert_source(session, source.id, source.name, source.organisation),
                self.recorder.begin(session),
            ),
            context.db,
        )

    def _record_batch(self, spider: Any, found: list[dict[str, Any]], pages: list) -> None:
        if self.failed:
            return
        calls = []
        for one in found:
            built = one["call"]
            if "item" in built:
                calls.append(CallItem.model_validate(built["item"]))
            else:
                self.report.errors.append(
                    f"{one['raw'].get('url')}: not a valid call ({built['invalid']})"
                )
        self.report.items += len(calls)

        def record(session):
            events = self.recorder.add(session, calls)
            save_pages(session, spider.source.id, pages)
            return events

        events = self._guarded(record, spider.context.db)
        self.events.update(event.kind for event in events or ())

    def _finish(self, spider: Any) -> None:
        context, report = spider.context, self.report
        error = self.failed
        if error is None and context.extra.get("time_limit"):
            error = f"stopped at its time limit of {context.extra['time_limit']:g} s"
        elif error is None and spider.answered == 0:
            error = "no page answered: " + "; ".join(spider.failures[:3] or ["nothing fetched"])
        if self.recorder.run_id is None:
            return  # the run could not even be begun: the error is in the report

        def finish(session):
            return self.recorder.finish(session, complete=not spider.failures, error=error)

        outcome = self._guarded(finish, context.db)
        if outcome is None:
            return
        self.events.update(event.kind for event in outcome.events)
        report.status = outcome.run.status
        report.suspicious = outcome.run.suspicious
        report.notes = outcome.run.notes
        report.events = sum(self.events.values())
        report.event_kinds = dict(self.events)

    def _guarded(self, step, db) -> Any:
        """One step in its own transaction; a failure is reported and stops the recording."""
        try:
            with db.session() as session:
                return step(session)
        except UserError as exc:
            self._stop_recording(str(exc))
        except Exception as exc:  # the database failing for one source must not stop the others
            log.exception("recording the crawl of %s failed", self.report.source_id)
            self._stop_recording(f"{type(exc).__name__}: {exc}")
        return None

    def _stop_recording(self, why: str) -> None:
        self.report.errors.append(f"recording failed: {why}")
        self.report.status = "failed"
        self.failed = self.failed or f"recording failed: {why}"


# One thread records every crawl of the process, one step after the other.
_RECORDING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-record")
