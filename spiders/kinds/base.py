"""What every source spider shares: remembered pages, failures, detail pages and PDFs.

Spiders only navigate; reading is done by functions of ``spiders.reading``. Each
reader method takes a response and what is known so far (``entry``) and returns
``Outputs``. The spider remembers each page's outputs with its validators and
body hash, so a 304 or an identical body replays them without parsing; the
outputs are read from the page memory only then (``spiders.memory``).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any, ClassVar

import scrapy
from pydantic import BaseModel, ConfigDict, Field
from scrapy import exceptions as scrapy_errors
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure

from veille.spiders import extraction
from veille.spiders.memory import Replay
from veille.spiders.reading import (
    Follow,
    Outputs,
    is_generic_title,
    link_of,
    raw_call,
    read_pdf_document,
    select,
    text_of,
)
from veille.storage.pages import RememberedPage, Validators

log = logging.getLogger(__name__)

# Bump when a reader or extraction changes what it returns, so remembered outputs
# (the raw calls and the CallItems extracted from them) are not replayed.
READERS_VERSION = 2
# Start requests made between two pauses of the loop.
START_BATCH = 100


class BaseOptions(BaseModel):
    """Options every kind understands."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    # Keep only calls whose title or text contains one of these words (accents ignored).
    keywords: list[str] = Field(default_factory=list)
    # Follow each call's own page and read it (detail text, linked PDF).
    follow: bool = False
    detail: str = "main, article, #content, body"
    pdf: str | None = None
    max_follow: int = Field(default=30, ge=0, le=500)
    # Politeness for hosts that allow more (a local mirror, a benchmark): requests in
    # flight at once and the delay between them. Unset, a host gets at most
    # VEILLE_CRAWL_CONCURRENCY (2) at once and VEILLE_CRAWL_DELAY between requests.
    concurrency: int | None = Field(default=None, ge=1, le=64)
    delay: float | None = Field(default=None, ge=0, le=60)


class SourceSpider(scrapy.Spider):
    """A spider for one registry source; subclasses set ``name`` (the kind) and ``Options``."""

    name: ClassVar[str | None] = None  # type: ignore[misc]
    Options: ClassVar[type[BaseOptions]] = BaseOptions
    handle_httpstatus_list: ClassVar[list[int]] = [304]

    def __init__(self, source: Any, context: Any, **kwargs: Any):
        super().__init__(name=self.name, **kwargs)
        self.source = source
        self.context = context
        self.options = self.Options(**source.options)
        self.failures: list[str] = []
        self.answered = 0
        self.unchanged = 0
        self.not_modified = 0
        self.followed = 0
        self.extracted = 0  # pages read and extracted (not replayed)
        self.remembered: dict[str, RememberedPage] = {}
        # Pages asked for and not yet answered or failed: whatever is left when the
        # crawl ends was dropped on the way (a redirect loop) and counts as a failure.
        self.requested: set[str] = set()
        self.pending: set[str] = set()
        self.signature = hashlib.sha256(
            json.dumps([self.name, source.options, READERS_VERSION], sort_keys=True).encode()
        ).hexdigest()[:16]

    # -- crawling --------------------------------------------------------------

    async def start(self) -> AsyncIterator[Request]:
        for n, url in enumerate(self.source.start_urls, 1):
            request = self.page(url, "read_start")
            if request:
                yield request
            if n % START_BATCH == 0:
                # Once the downloader is full, Scrapy takes start requests without
                # pausing: a source of thousands would hold the loop for their time.
                await asyncio.sleep(0)

    def page(self, url: str, reader: str, entry: dict[str, Any] | None = None) -> Request | None:
        """A request whose response goes to ``reader`` through the page memory (None if asked already)."""
        if url in self.requested:
            return None
        self.requested.add(url)
        self.pending.add(url)
        return Request(
            url,
            callback=self._read,
            errback=self._failed,
            cb_kwargs={"reader": reader, "entry": entry or {}},
            meta={"memory_key": url},
            dont_filter=True,
        )

    def unanswered(self) -> list[str]:
        """Failures for pages that neither answered nor failed: dropped on the way."""
        return [
            f"{url}: no answer (too many redirects, or dropped)" for url in sorted(self.pending)
        ]

    def known_page(self, url: str) -> Validators | None:
        """What was remembered of a page, if it was read by the same readers and options."""
        known = self.context.pages.get(url)
        if known is None or known.signature != self.signature:
            return None
        return known

    async def _read(
        self, response: Response, reader: str, entry: dict[str, Any]
    ) -> AsyncIterator[Any]:
        key = response.meta["memory_key"]
        self.pending.discard(key)
        room = self.context.extra.get("recording_room")
        if room is not None:  # the recording keeps up: memory stays bounded
            await room()
        known = None if response.meta.get("forget_memory") else self.known_page(key)
        digest = hashlib.sha256(response.body).hexdigest()
        replayed = None
        if known and (response.status == 304 or known.body_hash == digest):
            # The same body as last time: its calls, extraction included, are replayed.
            replayed = await self._replayed(key)
        if replayed is not None:
            replay, follows = replayed
            self.unchanged += 1
            self.not_modified += response.status == 304
            self._remember(key, known.body_hash, None, response, known)
            calls = (
                {"raw": {"url": url}, "call": call}
                for url, call in zip(replay.urls, replay.calls, strict=False)
            )
        elif response.status == 304:
            if known is None:
                self.failures.append(f"{key}: answered 304 to a request veille never made")
            else:  # nothing to replay and no body to read: asked again, without validators
                yield self._again(key, reader, entry)
            return
        else:
            try:
                # Parsing and extraction are CPU work: in the extraction processes, so
                # a large page never stalls the other crawls, the scheduler or the pages.
                data = await extraction.read_page(self.name, self.source, reader, response, entry)
            except extraction.PageUnreadable as exc:  # one page must not stop the crawl
                log.warning("%s: cannot read %s: %s\n%s", self.source.id, key, exc, exc.trace)
                self.failures.append(f"{key}: could not be read ({exc})")
                return
            self.extracted += 1
            self._remember(key, digest, data, response, None)
            outputs = Outputs.from_json(data)
            calls = (
                {"raw": raw, "call": built}
                for raw, built in zip(outputs.items, data.get("calls", []), strict=False)
            )
            follows = outputs.follows
        self.answered += 1
        found = list(calls)
        if found:
            # A page's calls go to the pipeline as one item: through Scrapy's item
            # machinery (a seventh of the loop's time on a re-crawl) once a page, not
            # once a call.
            yield {"calls": found}
        for follow in follows:
            if follow.reader == "read_detail":
                if self.followed >= self.options.max_follow:
                    continue
                self.followed += 1
            request = self.page(follow.url, follow.reader, follow.entry)
            if request:
                yield request

    async def _replayed(self, key: str) -> tuple[Replay, list[Follow]] | None:
        """A remembered page's calls and follows, read now; None (and a log line) if
        they cannot be."""
        replay = await self.context.pages.replay(key)
        if replay is None:
            why = "nothing readable is stored"
        elif replay.signature != self.signature:
            why = "it was read by other readers"
        else:
            try:
                return replay, Outputs.from_json({"follows": replay.follows}).follows
            except (TypeError, ValueError) as exc:
                why = f"its follows are malformed ({type(exc).__name__}: {exc})"
        log.warning("%s: no replay for %s (%s): it is read again", self.source.id, key, why)
        return None

    def _again(self, key: str, reader: str, entry: dict[str, Any]) -> Request:
        """The page asked for once more, without validators, so it answers with its body."""
        self.pending.add(key)
        return Request(
            key,
            callback=self._read,
            errback=self._failed,
            cb_kwargs={"reader": reader, "entry": entry},
            meta={"memory_key": key, "forget_memory": True},
            dont_filter=True,
        )

    def read_body(self, reader: str, response: Response, entry: dict[str, Any]) -> dict[str, Any]:
        """A fresh body read and its calls extracted, as the page memory keeps them."""
        # The extraction stack is imported here, where a fresh page is read (in the
        # extraction workers, or a thread): a crawl that only replays never loads it.
        from veille.spiders.calls import built_call

        outputs = getattr(self, reader)(response, entry)
        calls = [built_call(raw, self.source) for raw in outputs.items]
        return {**outputs.to_json(), "calls": calls, "signature": self.signature}

    def _remember(
        self,
        key: str,
        digest: str,
        outputs: dict[str, Any] | None,
        response: Response,
        known: Validators | None,
    ) -> None:
        etag = response.headers.get(b"ETag")
        modified = response.headers.get(b"Last-Modified")
        self.remembered[key] = RememberedPage(
            url=key,
            body_hash=digest,
            outputs=outputs,
            etag=etag.decode("latin-1") if etag else (known.etag if known else None),
            last_modified=(
                modified.decode("latin-1") if modified else (known.last_modified if known else None)
            ),
        )

    def _failed(self, failure: Failure) -> Iterator[Any]:
        request = failure.request  # type: ignore[attr-defined]
        self.pending.discard(request.meta.get("memory_key", request.url))
        self.failures.append(f"{request.url}: {describe_failure(failure)}")
        return iter(())

    # -- reading shared by the kinds ------------------------------------------

    def wanted(self, call: dict[str, Any]) -> bool:
        if not self.options.keywords:
            return True
        haystack = _fold(f"{call['title']} {call['text']}")
        return any(_fold(word) in haystack for word in self.options.keywords)

    def calls_or_follows(self, calls: list[dict[str, Any]]) -> Outputs:
        """The calls a start page listed: as items, or as detail pages to read first."""
        calls = [c for c in calls if self.wanted(c)]
        if not self.options.follow:
            return Outputs(items=calls)
        return Outputs(follows=[Follow(c["url"], "read_detail", c) for c in calls])

    def read_detail(self, response: Response, entry: dict[str, Any]) -> Outputs:
        """A call's own page: its main text, then its PDF call document if one is linked."""
        content = select(response, self.options.detail)
        call = {**entry, "detail": text_of(content[:1] or response.css("body")[:1])}
        if not call.get("title"):
            call["title"] = text_of(response.css("h1")[:1]) or text_of(response.css("title"))
        if self.options.pdf:
            pdf = link_of(response, self.options.pdf, response.url)
            if pdf:
                return Outputs(follows=[Follow(pdf, "read_document", call)])
        return Outputs(items=[call])

    def read_document(self, response: Response, entry: dict[str, Any]) -> Outputs:
        """A PDF call document: its text joins the call's.

        Behind a generic page ("Année recherche") the document names the call: its
        title becomes the call's.
        """
        text, title = read_pdf_document(response.body)
        call = {**entry, "documents": [*entry.get("documents", []), text]}
        if title and is_generic_title(entry.get("title", "")):
            call["title"] = title
        return Outputs(items=[call])


def _scrapy_errors(*names: str) -> tuple[type[BaseException], ...]:
    """Scrapy 2.13+ wraps Twisted's network errors in its own classes; older ones do not."""
    return tuple(getattr(scrapy_errors, name) for name in names if hasattr(scrapy_errors, name))


_NOT_FOUND = (DNSLookupError, *_scrapy_errors("CannotResolveHostError"))
_REFUSED = (ConnectionRefusedError, *_scrapy_errors("DownloadConnectionRefusedError"))
_TIMED_OUT = (TimeoutError, TCPTimedOutError, *_scrapy_errors("DownloadTimeoutError"))


def describe_failure(failure: Failure) -> str:
    """One short phrase for why a page did not answer (never a raw Twisted Failure)."""
    error = failure.value
    if isinstance(error, HttpError):
        return f"HTTP {error.response.status}"
    if isinstance(error, _TIMED_OUT) or "timeout" in type(error).__name__.lower():
        return "timed out"
    if isinstance(error, _NOT_FOUND):
        return "host not found"
    if isinstance(error, _REFUSED):
        return "connection refused"
    message = str(error) or type(error).__name__
    if "robots.txt" in message:
        return "forbidden by robots.txt"
    if "max size" in message or "maxsize" in message or "exceeds" in message:
        return "page larger than the size limit"
    return message[:200]


def _fold(text: str) -> str:
    """As the extractor reads text: case, accents and apostrophe forms (’ and ') alike."""
    from veille.spiders.extract.normalize import clean_text, fold

    return fold(clean_text(text))


__all__ = ["BaseOptions", "SourceSpider", "describe_failure", "raw_call"]
