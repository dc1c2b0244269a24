"""The one item pipeline: collect a source's calls, then record the whole run as one crawl."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from veille.errors import UserError
from veille.spiders.report import CrawlReport
from veille.storage import CallItem, record_crawl
from veille.storage.pages import save_pages, upsert_source

log = logging.getLogger(__name__)


class RecordCrawlPipeline:
    """Collect each page's extracted calls, then ``record_crawl`` once when the spider closes.

    Extraction happened when the page was read (and is replayed with an unchanged
    page). Recording runs in one dedicated thread, so the reactor keeps serving
    other crawls meanwhile, and two recordings never contend for the database.

    A run is complete only if every start page and followed page answered;
    otherwise it is partial (or failed when nothing answered), and storage
    marks nothing gone.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.found: list[dict[str, Any]] = []
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecordCrawlPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.started = time.monotonic()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.found.append(item)
        return item

    async def close_spider(self) -> None:
        spider = self.crawler.spider
        context = spider.context
        spider.failures.extend(spider.unanswered())
        report = CrawlReport(spider.source.id, errors=list(spider.failures))
        await asyncio.wrap_future(_RECORDING.submit(self._record, spider, report))
        report.pages = spider.answered
        report.unchanged_pages = spider.unchanged
        report.not_modified = spider.not_modified
        report.extracted_pages = spider.extracted
        report.duration = time.monotonic() - self.started
        context.report = report

    def _record(self, spider: Any, report: CrawlReport) -> None:
        """In the recording thread: CallItems from the extracted JSON, then one recorded run."""
        source, context = spider.source, spider.context
        calls = []
        for found in self.found:
            built = found["call"]
            if "item" in built:
                calls.append(CallItem.model_validate(built["item"]))
            else:
                report.errors.append(
                    f"{found['raw'].get('url')}: not a valid call ({built['invalid']})"
                )
        self.found.clear()
        error = None
        if context.extra.get("time_limit"):
            error = f"stopped at its time limit of {context.extra['time_limit']:g} s"
        elif spider.answered == 0:
            error = "no page answered: " + "; ".join(spider.failures[:3] or ["nothing fetched"])
        try:
            with context.db.session() as session:
                upsert_source(session, source.id, source.name, source.organisation)
                outcome = record_crawl(
                    session,
                    source.id,
                    calls,
                    complete=not spider.failures,
                    error=error,
                    started_at=context.started_at,
                    tz=context.tz,
                )
                save_pages(session, source.id, spider.remembered.values())
                report.status = outcome.run.status
                report.suspicious = outcome.run.suspicious
                report.notes = outcome.run.notes
                report.events = len(outcome.events)
                report.event_kinds = dict(Counter(e.kind for e in outcome.events))
        except UserError as exc:
            report.errors.append(f"recording failed: {exc}")
        except Exception as exc:  # the database failing for one source must not stop the others
            log.exception("recording the crawl of %s failed", source.id)
            report.errors.append(f"recording failed: {type(exc).__name__}: {exc}")
        report.items = len(calls)


# One thread records every crawl of the process, one crawl after the other.
_RECORDING = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-record")
