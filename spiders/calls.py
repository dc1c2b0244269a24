"""From what a reader found to a CallItem: extraction reads dates, categories and audience."""

from __future__ import annotations

from datetime import date
from typing import Any

from spiders.extract import extract
from spiders.registry import Source
from storage import CallItem

SUMMARY_CHARS = 600


def build_call(raw: dict[str, Any], source: Source) -> CallItem:
    """One CallItem from a raw call: title, listing text, detail page and PDFs all read.

    The source's own categories and audience stand in when the text names none,
    so a faculty's année-recherche page is filed as such even when terse.
    """
    published = date.fromisoformat(raw["published"]) if raw.get("published") else None
    parts = [raw["title"], raw.get("text", ""), raw.get("detail", ""), *raw.get("documents", [])]
    found = extract("\n".join(p for p in parts if p), page_date=published)
    return CallItem(
        url=raw["url"],
        title=raw["title"],
        summary=_summary(raw),
        deadlines=[d.as_dict() for d in found.deadlines],
        opens=found.opens,
        categories=sorted(found.categories or source.categories),
        audience=sorted(found.audience or source.audience),
        published=published,
        organisation=source.organisation,
    )


def _summary(raw: dict[str, Any]) -> str | None:
    text = raw.get("text") or raw.get("detail") or ""
    lines = [line for line in text.splitlines() if line.strip() and line.strip() != raw["title"]]
    summary = " ".join(" ".join(lines).split())
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return summary or None
