"""``page``: one page that is itself the call, like a faculty's année-recherche page.

By default the whole page is one call (title from ``h1``, text from ``content``).
With ``sections``, each matched section that has its own link becomes a call of
its own; sections without a link stay part of the page's call, since a call is
known by its URL and a fragment is not a different page.
"""

from __future__ import annotations

from typing import Any

from scrapy.http import Response

from veille.spiders.kinds.base import BaseOptions, SourceSpider
from veille.spiders.reading import Follow, Outputs, link_of, raw_call, select, text_of


class PageOptions(BaseOptions):
    title: str = "h1"
    content: str = "main, article, #content, body"
    sections: str | None = None
    section_title: str = "h2, h3, h4"
    section_link: str = "a[href]"


class PageSpider(SourceSpider):
    name = "page"
    Options = PageOptions
    options: PageOptions

    def read_start(self, response: Response, entry: dict[str, Any]) -> Outputs:
        calls = read_page(response, self.options, self.source.name)
        calls = [c for c in calls if self.wanted(c)]
        if self.options.pdf and calls:
            pdf = link_of(response, self.options.pdf, response.url)
            if pdf:
                page_call, others = calls[0], calls[1:]
                return Outputs(items=others, follows=[Follow(pdf, "read_document", page_call)])
        return Outputs(items=calls)


def read_page(
    response: Response, options: PageOptions, fallback_title: str
) -> list[dict[str, Any]]:
    """The page's call first, then one call per linked section."""
    content = select(response, options.content)[:1]
    title = text_of(select(response, options.title)[:1]) or fallback_title
    if not options.sections:
        return [raw_call(response.url, title, text_of(content))]
    own_calls, page_text = [], []
    for section in select(response, options.sections):
        url = link_of(section, options.section_link, response.url)
        heading = text_of(select(section, options.section_title)[:1])
        if url and heading and url != response.url:
            own_calls.append(raw_call(url, heading, text_of(section)))
        else:
            page_text.append(text_of(section))
    text = "\n".join(page_text) if page_text else ""
    return [raw_call(response.url, title, text), *own_calls] if page_text else own_calls
