"""``wordpress``: the REST API ``/wp-json/wp/v2/<type>``, falling back to the site's feed.

Start URLs are site roots. The API gives full post content and exact dates; when
a site has it switched off (404, 401, or an HTML page), the RSS feed at
``/feed/`` is read instead, and that fallback is not counted as a failure.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlencode

from pydantic import Field
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from veille.spiders.kinds.base import BaseOptions, SourceSpider
from veille.spiders.reading import Follow, Outputs, read_feed, read_wordpress_posts


class WordPressOptions(BaseOptions):
    post_type: str = "posts"
    per_page: int = Field(default=20, ge=1, le=100)
    search: str | None = None
    categories: list[int] = Field(default_factory=list)
    feed: str = "feed/"


class WordPressSpider(SourceSpider):
    name = "wordpress"
    Options = WordPressOptions
    options: WordPressOptions

    async def start(self) -> AsyncIterator[Request]:
        for root in self.source.start_urls:
            request = self.page(self.api_url(root), "read_start", {"root": root})
            if request:
                yield request.replace(errback=self._api_failed)

    def api_url(self, root: str) -> str:
        query: dict[str, Any] = {"per_page": self.options.per_page}
        if self.options.search:
            query["search"] = self.options.search
        if self.options.categories:
            query["categories"] = ",".join(map(str, self.options.categories))
        return f"{root.rstrip('/')}/wp-json/wp/v2/{self.options.post_type}?{urlencode(query)}"

    def feed_url(self, root: str) -> str:
        return f"{root.rstrip('/')}/{self.options.feed}"

    def read_start(self, response: Response, entry: dict[str, Any]) -> Outputs:
        try:
            calls = read_wordpress_posts(response.body)
        except (ValueError, TypeError):
            return Outputs(follows=[Follow(self.feed_url(entry["root"]), "read_feed")])
        return self.calls_or_follows(calls)

    def read_feed(self, response: Response, entry: dict[str, Any]) -> Outputs:
        return self.calls_or_follows(read_feed(response.body, response.url))

    def _api_failed(self, failure: Failure) -> Iterator[Request]:
        request = failure.request  # type: ignore[attr-defined]
        self.pending.discard(request.meta["memory_key"])
        fallback = self.page(self.feed_url(request.cb_kwargs["entry"]["root"]), "read_feed")
        if fallback:
            yield fallback
