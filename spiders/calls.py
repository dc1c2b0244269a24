"""From what a reader found to a CallItem: extraction reads dates, categories and audience."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from pydantic import ValidationError

from veille.spiders.extract import extract
from veille.spiders.registry import Source
from veille.storage import CallItem

SUMMARY_CHARS = 600
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")


def built_call(raw: dict[str, Any], source: Source) -> dict[str, Any]:
    """``build_call`` as JSON the page memory can keep: the CallItem, or why it is not one."""
    try:
        return {"item": build_call(raw, source).model_dump(mode="json")}
    except (ValidationError, ValueError) as exc:
        return {"invalid": str(exc).splitlines()[0][:200]}


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
    """The call's description without its deadline sentences.

    Deadlines are stored apart and compared on their own; leaving their
    sentences out of the summary means a moved deadline is one
    ``deadline_changed`` event, not that plus an ``updated`` one.
    """
    text = raw.get("text") or raw.get("detail") or ""
    kept: list[str] = []
    size = 0
    for sentence in _SENTENCE.split(text):
        sentence = " ".join(sentence.split())
        if not sentence or sentence == raw["title"]:
            continue
        found = extract(sentence)
        if found.deadlines or found.opens:
            continue
        kept.append(sentence)
        size += len(sentence) + 1
        if size >= SUMMARY_CHARS:
            break
    summary = " ".join(kept)
    if len(summary) > SUMMARY_CHARS:
        summary = summary[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return summary or None
