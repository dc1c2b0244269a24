"""``listing``: a list page read with selectors, optionally paginated and followed."""

from __future__ import annotations

from typing import Any

from pydantic import Field
from scrapy.http import Response

from veille.spiders.kinds.base import BaseOptions, SourceSpider
from veille.spiders.reading import Follow, Outputs, link_of, parse_date, raw_call, select, text_of


class ListingOptions(BaseOptions):
    """Selectors are CSS, or XPath with ``xpath:`` in front."""

    item: str
    title: str
    link: str = "a"
    date: str | None = None
    text: str | None = None
    next: str | None = None
    max_pages: int = Field(default=3, ge=1, le=50)


class ListingSpider(SourceSpider):
    name = "listing"
    Options = ListingOptions
    options: ListingOptions

    def read_start(self, response: Response, entry: dict[str, Any]) -> Outputs:
        outputs = self.calls_or_follows(read_listing(response, self.options))
        page = int(entry.get("page", 1))
        if self.options.next and page < self.options.max_pages:
            following = link_of(response, self.options.next, response.url)
            if following:
                outputs.follows.append(Follow(following, "read_start", {"page": page + 1}))
        return outputs


def read_listing(response: Response, options: ListingOptions) -> list[dict[str, Any]]:
    """One raw call per listed item that has a title and a link."""
    calls = []
    for node in select(response, options.item):
        title = text_of(select(node, options.title)[:1])
        url = link_of(node, options.link, response.url)
        if not title or not url:
            continue
        text = text_of(select(node, options.text)) if options.text else text_of(node)
        when = parse_date(text_of(select(node, options.date)[:1])) if options.date else None
        if options.date and when is None:
            found = select(node, options.date)[:1]
            when = parse_date(found.attrib.get("datetime") if found else None)
        calls.append(raw_call(url, title, text, when))
    return calls
