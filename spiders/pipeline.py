"""The one item pipeline: collect a source's calls, then record the whole run as one crawl."""

from __future__ import annotations

import logging
import time
from collections import Counter
from typing import Any

from pydantic import ValidationError

from veille.errors import UserError
from veille.spiders.calls import build_call
from veille.spiders.report import CrawlReport
from veille.storage import record_crawl
from veille.storage.pages import save_pages, upsert_source

log = logging.getLogger(__name__)


class RecordCrawlPipeline:
    """Extraction on each item, then ``record_crawl`` once when the spider closes.

    A run is complete only if every start page and followed page answered;
    otherwise it is partial (or failed when nothing answered), and storage
    marks nothing gone.
    """

    def __init__(self, crawler: Any):
        self.crawler = crawler
        self.raw: list[dict[str, Any]] = []
        self.started = time.monotonic()

    @classmethod
    def from_crawler(cls, crawler: Any) -> RecordCrawlPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        self.started = time.monotonic()

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self.raw.append(item)
        return item

    def close_spider(self) -> None:
        spider = self.crawler.spider
        source, context = spider.source, spider.context
        spider.failures.extend(spider.unanswered())
        report = CrawlReport(source.id, errors=list(spider.failures))
        calls = []
        for raw in self.raw:
            try:
                calls.append(build_call(raw, source))
            except (ValidationError, ValueError) as exc:
                report.errors.append(f"{raw.get('url')}: not a valid call ({_short(exc)})")
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
        report.pages = spider.answered
        report.unchanged_pages = spider.unchanged
        report.not_modified = spider.not_modified
        report.duration = time.monotonic() - self.started
        context.report = report


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:200]
