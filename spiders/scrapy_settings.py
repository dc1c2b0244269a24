"""Scrapy settings for every crawl: politeness and robustness set once, from veille's settings."""

from __future__ import annotations

from typing import Any

from scrapy.settings import default_settings as _defaults

from veille.settings import Settings

SPIDER_MODULES = ["veille.spiders.kinds", "veille.spiders.sites"]
ASYNCIO_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Scrapy's components a crawl runs. Kept: robots.txt, timeouts, default headers, the user
# agent, retries (veille's, waiting between tries), meta refresh and redirects,
# compression, proxies from the environment, veille's own conditional requests (the
# 304s), encoding and time limit; the start, HTTP error, referer and URL length spider
# middlewares; AutoThrottle. Left out, each a no-op or bookkeeping for a crawl as veille
# configures it: offsite filtering (no spider sets allowed_domains), HTTP auth (no
# spider sets http_user), cookies and the HTTP cache (both disabled), download
# statistics, depth tracking (no depth limit or priority), the copied-meta warning
# (logging is off); every extension but AutoThrottle: statistics, log counts and
# periodic log lines, the telnet console and remote control, memory checks, close
# conditions and feed exports (none configured), the spider state (no JOBDIR); the
# handlers of schemes the registry refuses (data:, file:, s3:, ftp:).
#
# They are taken out of Scrapy's *_BASE tables rather than set to None: Scrapy imports
# every key of the override tables, even one set to None, so "off" that way would
# still import the feed exports, the telnet console (twisted.conch), the remote
# control (aiohttp) and the cookies middleware (tldextract, requests) in every crawl.
_OFF = {
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware",
    "scrapy.downloadermiddlewares.httpauth.HttpAuthMiddleware",
    "scrapy.downloadermiddlewares.retry.RetryMiddleware",  # PoliteRetryMiddleware instead
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware",
    "scrapy.downloadermiddlewares.stats.DownloaderStats",
    "scrapy.downloadermiddlewares.httpcache.HttpCacheMiddleware",
    "scrapy.spidermiddlewares.depth.DepthMiddleware",
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware",
}
_EXTENSIONS_KEPT = {"scrapy.extensions.throttle.AutoThrottle"}
_SCHEMES = ("http", "https")


def _kept(table: dict[str, int]) -> dict[str, int]:
    return {path: order for path, order in table.items() if path not in _OFF}


DOWNLOADER_MIDDLEWARES_BASE = _kept(_defaults.DOWNLOADER_MIDDLEWARES_BASE)
SPIDER_MIDDLEWARES_BASE = _kept(_defaults.SPIDER_MIDDLEWARES_BASE)
EXTENSIONS_BASE = {k: v for k, v in _defaults.EXTENSIONS_BASE.items() if k in _EXTENSIONS_KEPT}
DOWNLOAD_HANDLERS_BASE = {
    k: v for k, v in _defaults.DOWNLOAD_HANDLERS_BASE.items() if k in _SCHEMES
}
DOWNLOADER_MIDDLEWARES = {
    "veille.spiders.middlewares.PoliteRetryMiddleware": 550,
    "veille.spiders.middlewares.ConditionalRequestMiddleware": 560,
    "veille.spiders.middlewares.FrenchEncodingMiddleware": 580,
    "veille.spiders.middlewares.TimeLimitMiddleware": 590,
}
FIXTURE_HANDLERS = {
    "http": "veille.spiders.fixtures.FixtureDownloadHandler",
    "https": "veille.spiders.fixtures.FixtureDownloadHandler",
}
STATS_CLASS = "scrapy.statscollectors.DummyStatsCollector"
ITEM_PIPELINES = {"veille.spiders.pipeline.RecordCrawlPipeline": 500}


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
        "DOWNLOADER_MIDDLEWARES_BASE": DOWNLOADER_MIDDLEWARES_BASE,
        "DOWNLOADER_MIDDLEWARES": DOWNLOADER_MIDDLEWARES,
        "SPIDER_MIDDLEWARES_BASE": SPIDER_MIDDLEWARES_BASE,
        "EXTENSIONS_BASE": EXTENSIONS_BASE,
        "DOWNLOAD_HANDLERS_BASE": DOWNLOAD_HANDLERS_BASE,
        # Nothing reads a crawl's Scrapy stats (the pipeline keeps veille's own report):
        # the no-op collector spares a dict update per counter per request.
        "STATS_CLASS": STATS_CLASS,
        "VEILLE_TIME_LIMIT": settings.crawl_time_limit,
        "ITEM_PIPELINES": ITEM_PIPELINES,
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
        values["DOWNLOAD_HANDLERS"] = FIXTURE_HANDLERS
        values["VEILLE_FIXTURE_ORIGIN"] = fixture_origin
    return values


# Class settings no crawl of veille's loads: contracts are for `scrapy check`, the cache
# is off, disk queues need a JOBDIR, items are plain dicts.
_NOT_LOADED = {
    "SPIDER_CONTRACTS",
    "HTTPCACHE_POLICY",
    "HTTPCACHE_STORAGE",
    "SCHEDULER_DISK_QUEUE",
    "SCHEDULER_START_DISK_QUEUE",
    "DEFAULT_ITEM_CLASS",
}


def component_paths() -> list[str]:
    """Every class a crawl's Crawler may load (with or without fixtures), as import paths."""
    tables = [
        DOWNLOADER_MIDDLEWARES_BASE,
        DOWNLOADER_MIDDLEWARES,
        SPIDER_MIDDLEWARES_BASE,
        EXTENSIONS_BASE,
        ITEM_PIPELINES,
        {path: 0 for path in [*DOWNLOAD_HANDLERS_BASE.values(), *FIXTURE_HANDLERS.values()]},
    ]
    paths = {path for table in tables for path, order in table.items() if order is not None}
    for name in dir(_defaults):  # the classes Scrapy loads by name: scheduler, queues...
        value = getattr(_defaults, name)
        loaded = name.isupper() and name not in _NOT_LOADED and isinstance(value, str)
        if loaded and value.startswith("scrapy.") and value.count(".") > 1:
            paths.add(value)
    paths.add(STATS_CLASS)
    paths.discard(_defaults.STATS_CLASS)
    return sorted(paths)
