"""``feed``: an RSS or Atom feed; each entry is a call."""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from veille.spiders.kinds.base import BaseOptions, SourceSpider
from veille.spiders.reading import Outputs, read_feed


class FeedSpider(SourceSpider):
    name = "feed"
    Options = BaseOptions

    def read_start(self, response: Response, entry: dict[str, Any]) -> Outputs:
        return self.calls_or_follows(read_feed(response.body, response.url))
