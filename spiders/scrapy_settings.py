"""Scrapy settings for every crawl: politeness and robustness set once, from veille's settings."""

from __future__ import annotations

from typing import Any

from veille.settings import Settings

SPIDER_MODULES = ["veille.spiders.kinds", "veille.spiders.sites"]
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"


def user_agent(settings: Settings) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("veille")
    except PackageNotFoundError:
        release = "dev"
    return f"veille/{release} (research-call watch for medical students; +mailto:{settings.contact_email})"


def scrapy_settings(
    settings: Settings,
    fixture_origin: str | None = None,
    *,
    concurrency: int | None = None,
    delay: float | None = None,
) -> dict[str, Any]:
    """The settings dict each Crawler gets; ``fixture_origin`` serves every URL from fixtures.

    ``concurrency`` and ``delay`` come from a source's registry options, for a host
    that allows more than the polite defaults.
    """
    concurrency = concurrency or settings.crawl_concurrency
    # A registry entry saying ``delay = 0`` says the host wants no pacing at all (a
    # local mirror, the benchmark's nginx): AutoThrottle, which would slow the crawl
    # down whenever this process is busy, stays off for it.
    unpaced = delay == 0
    delay = settings.crawl_delay if delay is None else delay
    values: dict[str, Any] = {
        "BOT_NAME": "veille",
        "SPIDER_MODULES": SPIDER_MODULES,
        "TWISTED_REACTOR": ASYNCIO_REACTOR,
        "USER_AGENT": user_agent(settings),
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "CONCURRENT_REQUESTS": max(16, concurrency),
        "DOWNLOAD_DELAY": delay,
        "AUTOTHROTTLE_ENABLED": not unpaced,
        "AUTOTHROTTLE_START_DELAY": delay,
        "AUTOTHROTTLE_MAX_DELAY": max(delay * 10, 1.0),
        # One request in flight on average: the polite default; a host allowed more
        # concurrency is allowed that many on average too.
        "AUTOTHROTTLE_TARGET_CONCURRENCY": float(concurrency) if concurrency > 2 else 1.0,
        "DOWNLOAD_TIMEOUT": settings.crawl_timeout,
        "DOWNLOAD_MAXSIZE": settings.crawl_max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "REDIRECT_MAX_TIMES": 5,
        "RETRY_ENABLED": True,
        "RETRY_TIMES": settings.crawl_retries,
        "RETRY_HTTP_CODES": [408, 429, 500, 502, 503, 504, 522, 524],
        "VEILLE_RETRY_BACKOFF": settings.crawl_backoff,
        "VEILLE_RETRY_MAX_DELAY": settings.crawl_retry_max_delay,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "HTTPCACHE_ENABLED": False,
        "LOG_ENABLED": False,
        "DOWNLOADER_MIDDLEWARES": {
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "veille.spiders.middlewares.PoliteRetryMiddleware": 550,
            "veille.spiders.middlewares.ConditionalRequestMiddleware": 560,
            "veille.spiders.middlewares.FrenchEncodingMiddleware": 580,
            "veille.spiders.middlewares.TimeLimitMiddleware": 590,
        },
        "VEILLE_TIME_LIMIT": settings.crawl_time_limit,
        "ITEM_PIPELINES": {"veille.spiders.pipeline.RecordCrawlPipeline": 500},
        # Scrapy starts this many tasks for every response whose output it handles (100
        # by default), and dozens of responses wait for the extraction pool at once:
        # thousands of live tasks that every full collection walks, stalling the loop.
        # The one pipeline step is synchronous and cheap, so one at a time loses nothing.
        "CONCURRENT_ITEMS": 1,
        # Responses waiting to be read, in bytes: a million is still some 25 list pages
        # queued for the extraction workers (5 MB, Scrapy's default, kept 120 waiting,
        # each a chain of live coroutines for the collector to walk).
        "SCRAPER_SLOT_MAX_ACTIVE_SIZE": 1_000_000,
    }
    if fixture_origin:
        values["DOWNLOAD_HANDLERS"] = {
            "http": "veille.spiders.fixtures.FixtureDownloadHandler",
            "https": "veille.spiders.fixtures.FixtureDownloadHandler",
        }
        values["VEILLE_FIXTURE_ORIGIN"] = fixture_origin
    return values
