"""How to read a page: functions from a response (or its body) to plain data.

Nothing here knows about crawling. A reader returns ``Outputs``: the calls it
found (plain dicts) and the pages to follow next. Outputs are JSON, so the
crawl can remember them per page and replay them when the page is unchanged.
"""

from __future__ import annotations

import io
import json
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser
from parsel import Selector, SelectorList

_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "br", "tr", "td", "th", "table", "section", "article",
    "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "dl", "blockquote",
    "main", "aside", "figure", "figcaption", "pre", "hr",
}  # fmt: skip
_SKIPPED_TAGS = {"script", "style", "noscript", "template", "svg", "nav", "form", "button"}
_MONTHS = {
    "janvier": 1, "fevrier": 2, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "decembre": 12, "décembre": 12,
}  # fmt: skip


@dataclass
class Follow:
    """A page to fetch next, the reader to give it to, and what is known so far."""

    url: str
    reader: str
    entry: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outputs:
    items: list[dict[str, Any]] = field(default_factory=list)
    follows: list[Follow] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"items": self.items, "follows": [asdict(f) for f in self.follows]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Outputs:
        return cls(list(data.get("items", [])), [Follow(**f) for f in data.get("follows", [])])


def raw_call(
    url: str,
    title: str,
    text: str = "",
    published: date | None = None,
    detail: str = "",
    documents: list[str] | None = None,
) -> dict[str, Any]:
    """What a reader knows of one call, before extraction reads its dates."""
    return {
        "url": url,
        "title": " ".join(title.split()),
        "text": text.strip(),
        "published": published.isoformat() if published else None,
        "detail": detail.strip(),
        "documents": documents or [],
    }


# -- selectors and text --------------------------------------------------------


def select(node: Selector | SelectorList, expression: str) -> SelectorList:
    """CSS by default; ``xpath:`` in front for XPath."""
    if expression.startswith("xpath:"):
        return node.xpath(expression.removeprefix("xpath:"))
    return node.css(expression)


def text_of(node: Selector | SelectorList | None) -> str:
    """The visible text of a node, one line per block, scripts and menus left out."""
    if node is None:
        return ""
    if isinstance(node, SelectorList):
        return "\n".join(text_of(n) for n in node).strip()
    root = node.root
    if isinstance(root, str):
        return " ".join(root.split())
    parts: list[str] = []
    _walk(root, parts)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(element: Any, parts: list[str]) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED_TAGS:
        parts.append(element.tail or "")
        return
    block = tag in _BLOCK_TAGS
    if block:
        parts.append("\n")
    parts.append(element.text or "" if tag else "")
    for child in element:
        _walk(child, parts)
    if block:
        parts.append("\n")
    parts.append(element.tail or "")


def html_text(html: str) -> str:
    """Text of an HTML fragment (a feed summary, a WordPress excerpt)."""
    if not html or not html.strip():
        return ""
    try:
        return text_of(Selector(text=f"<div>{html}</div>").css("div")[0])
    except (ValueError, IndexError):
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def parse_date(text: str | None) -> date | None:
    """A publication date as sites write it: ISO, dd/mm/yyyy, or "3 mars 2026"."""
    if not text:
        return None
    text = text.strip().lower()
    if m := re.search(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.search(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})", text):
        return _date(int(m[3]), int(m[2]), int(m[1]))
    if m := re.search(r"(\d{1,2})(?:er)?\s+([a-zéû]+)\.?\s+(\d{4})", text):
        month = _MONTHS.get(m[2])
        return _date(int(m[3]), month, int(m[1])) if month else None
    return None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def link_of(node: Selector, expression: str, base_url: str) -> str | None:
    """The absolute URL a selector points at: an href/src attribute or the selected string."""
    found = select(node, expression)
    if not found:
        return None
    first = found[0]
    value = first.root if isinstance(first.root, str) else first.attrib.get("href")
    return urljoin(base_url, value.strip()) if value else None


# -- feeds ---------------------------------------------------------------------


def read_feed(body: bytes, base_url: str) -> list[dict[str, Any]]:
    """One raw call per RSS/Atom entry; a broken feed gives what could be read."""
    feed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": base_url})
    calls = []
    for entry in feed.entries:
        link = entry.get("link")
        title = entry.get("title", "")
        if not link or not title.strip():
            continue
        content = entry.get("content") or []
        html = content[0].get("value", "") if content else entry.get("summary", "")
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        calls.append(
            raw_call(
                urljoin(base_url, link),
                html_text(title),
                html_text(html),
                date(*published[:3]) if published else None,
            )
        )
    return calls


def looks_like_feed(body: bytes) -> bool:
    head = body[:500].lstrip().lower()
    return head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head


# -- WordPress REST API --------------------------------------------------------


def read_wordpress_posts(body: bytes) -> list[dict[str, Any]]:
    """Posts of ``/wp-json/wp/v2/<type>``; raises ValueError or TypeError when the body is not that."""
    try:
        posts = json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"not JSON: {exc}") from None
    if not isinstance(posts, list):
        raise TypeError("not a list of posts")
    calls = []
    for post in posts:
        if not isinstance(post, dict) or not post.get("link"):
            continue
        title = html_text((post.get("title") or {}).get("rendered", ""))
        content = (post.get("content") or {}).get("rendered", "")
        excerpt = (post.get("excerpt") or {}).get("rendered", "")
        published = post.get("date")
        calls.append(
            raw_call(
                post["link"],
                title,
                html_text(content or excerpt),
                datetime.fromisoformat(published).date() if published else None,
            )
        )
    return [c for c in calls if c["title"]]


# -- PDF -----------------------------------------------------------------------


def read_pdf(body: bytes, max_pages: int = 20) -> str:
    """The text of a PDF call document; an unreadable PDF gives ValueError."""
    return read_pdf_document(body, max_pages)[0]


def read_pdf_document(body: bytes, max_pages: int = 20) -> tuple[str, str | None]:
    """(text, title) of a PDF call document; an unreadable PDF gives ValueError.

    The title is the document's own: its metadata title when that names something
    (not "Microsoft Word - appel.docx"), else the first line of the first page that
    reads like a call's name, with the line that continues it.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        pages = reader.pages[:max_pages]
        texts = [(page.extract_text() or "") for page in pages]
        meta = reader.metadata.title if reader.metadata else None
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ValueError(f"unreadable PDF: {exc}") from None
    text = "\n".join(texts).strip()
    return text, _meaningful_title(meta) or _first_page_title(texts[0] if texts else "")


_FILE_LIKE = re.compile(r"(?i)^(?:microsoft\s+\w+\s+-\s+)|\.(?:docx?|odt|pdf|pptx?)$|^untitled")
_CALL_WORDS = re.compile(
    r"(?i)\b(?:appel|bourses?|prix|programme|ann[ée]e[- ]recherche|master|contrats?|subventions?"
    r"|candidatures?|projets?|allocations?|postes?|financements?)\b"
)


def _meaningful_title(value: str | None) -> str | None:
    title = " ".join((value or "").split())
    if len(title.split()) < 3 or _FILE_LIKE.search(title):
        return None
    return title


def _first_page_title(page: str) -> str | None:
    lines = [" ".join(line.split()) for line in page.splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines[:8]):
        if len(line.split()) >= 3 and len(line) <= 160 and _CALL_WORDS.search(line):
            follow = lines[index + 1] if index + 1 < len(lines) else ""
            if follow[:1].islower():
                line = f"{line} {follow}"
            return line
    return None


_GENERIC_TITLE_WORDS = 4


def is_generic_title(title: str) -> bool:
    """A heading that names a page, not a call: "Année recherche", "Appels à projets".

    Short (four words or fewer), without a year or any digit and without a colon:
    a call's own title says which call ("Année-recherche 2027-2028 : le calendrier").
    """
    words = title.split()
    return 0 < len(words) <= _GENERIC_TITLE_WORDS and not re.search(r"[\d:]", title)
