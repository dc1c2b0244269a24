"""From what a reader found to a CallItem: extraction reads dates, topics and relevance."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Any

from pydantic import ValidationError

from veille.spiders.extract import extract
from veille.spiders.extract.dates import find_mentions
from veille.spiders.extract.normalize import prepare, strip_bidi
from veille.spiders.extract.relevance import relevance
from veille.spiders.registry import Source
from veille.storage import CallItem

_DIGIT = re.compile(r"\d")

SUMMARY_CHARS = 600
SUMMARY_SENTENCES = 2
# Any fixed day will do: it only lets year-less dates count when telling a deadline
# sentence apart, and keeps a summary the same from one day to the next.
_SENTENCE_BASE = date(2000, 1, 1)

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[«\"(A-ZÀ-ÖØ-Ý0-9])")
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:er)?\s+[^\W\d]+\.?\s+\d{4})"
# "28/09/2026 – …" or "12 mars 2027 | …" glued to the start of a line
_LEADING_DATE = re.compile(rf"^{_DATE}(?:\s*(?:à|a)\s*\d{{1,2}}[:h]\d{{2}})?\s*[-–|•:]\s*")
# a sentence that only stamps the page: "Mis à jour le 12 janvier 2027 par le bureau."
_STAMP = re.compile(
    r"^(?:page |article |derni[èe]re )?(?:mis(?:e)? [àa] jour|publi[ée]e?|modifi[ée]e?"
    r"|actualis[ée]e?|posted|updated|last updated|date de publication)\b",
    re.IGNORECASE,
)
_LINK_TEXT = re.compile(
    r"\b(?:lire la suite|en savoir plus|telecharger|cliquez ici|voir (?:le|la|les|plus)"
    r"|read more|learn more|plus d'infos?|acceder|s'inscrire ici)\b\s*(?:»|›|>|→)?",
    re.IGNORECASE,
)


def built_call(raw: dict[str, Any], source: Source) -> dict[str, Any]:
    """``build_call`` as JSON the page memory can keep: the CallItem, or why it is not one."""
    try:
        return {"item": build_call(raw, source).model_dump(mode="json")}
    except (ValidationError, ValueError) as exc:
        return {"invalid": str(exc).splitlines()[0][:200]}


def build_call(raw: dict[str, Any], source: Source) -> CallItem:
    """One CallItem from a raw call: title, listing text, detail page and PDFs all read.

    Categories and audience come from the call's own words. The source's registry
    entry is only a hint: used when the call names none, the source has a single one,
    and the post is a call at all (a survey on an interns' union site is not filed as
    année-recherche because the union's site usually is).
    """
    published = date.fromisoformat(raw["published"]) if raw.get("published") else None
    title = strip_bidi(raw["title"])
    parts = [title, raw.get("text", ""), raw.get("detail", ""), *raw.get("documents", [])]
    body = strip_bidi("\n".join(p for p in parts if p))
    found = extract(body, page_date=published)
    verdict = relevance(title, strip_bidi(raw.get("text") or raw.get("detail") or body))
    return CallItem(
        url=raw["url"],
        title=title,
        summary=summarise(raw),
        deadlines=[d.as_dict() for d in found.deadlines],
        opens=found.opens,
        categories=sorted(_own_or_hint(found.categories, source.categories, verdict.relevant)),
        audience=sorted(_own_or_hint(found.audience, source.audience, verdict.relevant)),
        regions=sorted(found.regions or _source_region(source, verdict.relevant)),
        specialties=sorted(found.specialties),
        relevant=verdict.relevant,
        published=published,
        organisation=source.organisation,
    )


def _source_region(source: Source, relevant: bool) -> list[str]:
    """A regional source's calls are in its region unless their text names another."""
    return [source.region] if relevant and source.region != "national" else []


def _own_or_hint(own: list[str], hint: list[str], relevant: bool) -> list[str]:
    """A post that is not a call is filed under nothing: it is no call of any category."""
    if not relevant:
        return []
    if own:
        return own
    return list(hint) if relevant and len(hint) == 1 else []


def summarise(raw: dict[str, Any]) -> str | None:
    """One or two whole sentences of the call's own text.

    Stamps ("28/09/2026 –", "Mis à jour le …"), link texts ("Lire la suite") and
    headings (a line without a sentence's end) are left out, and so are the sentences
    that hold a deadline or an opening: deadlines are stored and compared on their own,
    so a moved deadline is one ``deadline_changed`` event, not that plus an ``updated``.
    """
    text = strip_bidi(raw.get("text") or raw.get("detail") or "")
    title = " ".join(raw.get("title", "").split())
    kept: list[str] = []
    for sentence in _sentences(text):
        if sentence == title or len(sentence.split()) < 4 or sentence.endswith("?"):
            continue
        if _STAMP.match(sentence):
            continue
        if _gives_a_day(sentence):
            continue
        kept.append(sentence)
        if len(kept) == SUMMARY_SENTENCES or sum(map(len, kept)) >= SUMMARY_CHARS:
            break
    summary = " ".join(kept)
    if len(summary) > SUMMARY_CHARS:  # one sentence longer than a summary: cut at a word
        summary = summary[: SUMMARY_CHARS - 1].rsplit(" ", 1)[0] + "…"
    return summary or None


@lru_cache(maxsize=4096)
def _gives_a_day(sentence: str) -> bool:
    """Whether a sentence gives a deadline or an opening, read alone (remembered: a
    site repeats its sentences from one call to the next)."""
    if not names_a_day(sentence):
        return False
    found = extract(sentence, _SENTENCE_BASE, html=False)
    return bool(found.deadlines or found.opens)


@lru_cache(maxsize=4096)
def names_a_day(sentence: str) -> bool:
    """Whether a sentence writes a day-precise date, the only kind that gives a deadline
    or an opening: most sentences do not, and finding that out is a small part of a full
    extraction (a summary is read sentence by sentence). A day is written with a digit
    or as "premier", so a sentence with neither is not even searched. Remembered: a
    site repeats its boilerplate sentences from one call to the next."""
    folded = prepare(sentence, False)[1]
    if not _DIGIT.search(folded) and "premier" not in folded:
        return False
    return any(m.day is not None for m in find_mentions(folded))


@lru_cache(maxsize=4096)
def _prose_line(line: str) -> str:
    """A line with its spaces settled, link texts and a leading date stamp removed
    (remembered: the lines "En savoir plus", an organisation's name, come back)."""
    line = _LINK_TEXT.sub(" ", " ".join(line.split()))
    return _LEADING_DATE.sub("", line).strip(" -–|•:")


def _sentences(text: str) -> list[str]:
    """Whole sentences, from lines that are prose (not headings), stamps and links removed."""
    lines: list[str] = []
    for line in map(_prose_line, text.splitlines()):
        if not line:
            continue
        if lines and line[0].islower() and lines[-1][-1] not in ".!?…:":
            lines[-1] += " " + line  # a sentence broken by markup, not a heading
        else:
            lines.append(line)
    prose = [line for line in lines if line[-1] in ".!?…"]
    return [s.strip() for s in _SENTENCE_END.split(" ".join(prose)) if s.strip()]
