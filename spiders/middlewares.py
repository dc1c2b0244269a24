"""Downloader middlewares veille adds to Scrapy's own: each does one thing, for every source."""

from __future__ import annotations

import asyncio
import logging
import time
from email.utils import parsedate_to_datetime
from typing import Any

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from veille.storage.types import utcnow

log = logging.getLogger(__name__)


class FrenchEncodingMiddleware:
    """Decode pages that declare no charset as UTF-8 if they are, else as windows-1252.

    Scrapy guesses cp1250 for such pages ("à 17h" becomes "ŕ 17h"); French
    sites without a charset are nearly always windows-1252 or latin-1, and
    windows-1252 reads latin-1 text the same for every printable character.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        if not isinstance(response, TextResponse) or _declared(response):
            return response
        try:
            response.body.decode("utf-8")
        except UnicodeDecodeError:
            return response.replace(encoding="cp1252")
        return response.replace(encoding="utf-8")


def _declared(response: TextResponse) -> bool:
    content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
    if http_content_type_encoding(content_type) or read_bom(response.body)[0]:
        return True
    return isinstance(response, HtmlResponse) and bool(html_body_declared_encoding(response.body))


class ConditionalRequestMiddleware:
    """Send back the ETag / Last-Modified we stored, so an unchanged page costs a 304."""

    def __init__(self, crawler: Any):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        spider = self.crawler.spider
        key = request.meta.get("memory_key")
        if request.meta.get("forget_memory"):  # asked again for its body
            return
        known = spider.known_page(key) if key and hasattr(spider, "known_page") else None
        if known is None:
            return
        if known.etag:
            request.headers.setdefault(b"If-None-Match", known.etag)
        if known.last_modified:
            request.headers.setdefault(b"If-Modified-Since", known.last_modified)


class TimeLimitMiddleware:
    """No download outlives the crawl's time limit: each gets at most the time left.

    Stopping a crawler does not abort downloads in flight, so a site that
    hangs would hold the crawl past its limit without this.
    """

    def __init__(self, limit: float, default_timeout: float):
        self.deadline = time.monotonic() + limit
        self.default_timeout = default_timeout

    @classmethod
    def from_crawler(cls, crawler: Any) -> TimeLimitMiddleware:
        settings = crawler.settings
        return cls(settings.getfloat("VEILLE_TIME_LIMIT"), settings.getfloat("DOWNLOAD_TIMEOUT"))

    def process_request(self, request: Request) -> None:
        left = max(0.1, self.deadline - time.monotonic())
        timeout = request.meta.get("download_timeout", self.default_timeout)
        request.meta["download_timeout"] = min(timeout, left)


class PoliteRetryMiddleware(RetryMiddleware):
    """Scrapy's retries, waiting between tries: Retry-After when given, else exponential backoff.

    Every wait is capped by ``VEILLE_RETRY_MAX_DELAY`` so a site asking for an
    hour cannot hold a crawl for an hour.
    """

    def __init__(self, settings: Any):
        super().__init__(settings)
        self.backoff = settings.getfloat("VEILLE_RETRY_BACKOFF", 1.0)
        self.max_delay = settings.getfloat("VEILLE_RETRY_MAX_DELAY", 60.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry") or response.status not in self.retry_http_codes:
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        await asyncio.sleep(self._delay(request, response))
        return retry

    def _delay(self, request: Request, response: Response) -> float:
        tries = request.meta.get("retry_times", 0)
        wanted = _retry_after(response.headers.get(b"Retry-After"))
        if wanted is None:
            wanted = self.backoff * (2**tries)
        return max(0.0, min(wanted, self.max_delay))


def _retry_after(value: bytes | None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        return (parsedate_to_datetime(text) - utcnow()).total_seconds()
    except (TypeError, ValueError):
        return None
