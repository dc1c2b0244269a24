"""A digest as a French e-mail: subject, plain text and HTML from the Jinja2 templates.

Everything French is worded here, in Python, and both parts are rendered from
the same view, so the text part always says what the HTML part says. The HTML
template is autoescaped (scraped titles can hold markup) and its CSS is
inlined, since many mail clients drop ``<style>`` blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from veille.notifications import french
from veille.notifications.selection import Digest, Entry
from veille.storage.deadlines import deadline_end
from veille.storage.models import EventKind

BADGES = {
    EventKind.NEW: "Nouveau",
    EventKind.DEADLINE_CHANGED: "Date limite modifiée",
    EventKind.REOPENED: "De nouveau ouvert",
    EventKind.UPDATED: "Mis à jour",
    "reminder": "Bientôt clos",
    EventKind.GONE: "Retiré du site",
}
SUMMARY_LIMIT = 320


@dataclass
class Rendered:
    subject: str
    text: str
    html: str


@cache
def environment() -> Environment:
    """One environment per process: Jinja2 compiles each template once and keeps it."""
    return Environment(
        loader=FileSystemLoader(str(files("veille.templates"))),
        # On for every HTML template; the text part must stay unescaped ("R&D", not "R&amp;D").
        autoescape=select_autoescape(("html",), default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def subject(digest: Digest) -> str:
    """Says what is inside: "3 nouveaux appels · 2 dates limites cette semaine"."""
    parts = []
    counts = [
        (EventKind.NEW, "nouvel appel", "nouveaux appels"),
        ("reminder", "date limite cette semaine", "dates limites cette semaine"),
        (EventKind.DEADLINE_CHANGED, "date limite modifiée", "dates limites modifiées"),
        (EventKind.REOPENED, "appel rouvert", "appels rouverts"),
        (EventKind.UPDATED, "appel mis à jour", "appels mis à jour"),
        (EventKind.GONE, "appel retiré", "appels retirés"),
    ]
    for reason, one, many in counts:
        n = digest.count(reason)
        if n:
            parts.append(french.plural(n, one, many))
    return one_line(" · ".join(parts) or "Votre veille recherche")


def one_line(text: str) -> str:
    """Any text bound for a header: no CR, LF or other control character survives."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def view(digest: Digest, tz: ZoneInfo, unsubscribe_url: str) -> dict[str, Any]:
    """What the templates show, already worded in French."""
    now = digest.now.astimezone(tz)
    sections: dict[str, list[dict[str, Any]]] = {}
    for entry in digest.entries:
        label = french.category(entry.call.categories[0] if entry.call.categories else None)
        sections.setdefault(label, []).append(_entry(entry, now))
    ordered = sorted(sections.items(), key=lambda item: (item[0] == french.OTHER_CATEGORY, item[0]))
    frequency = digest.subscriber.frequency
    return {
        "subject": subject(digest),
        "intro": (
            "Voici ce qui a changé depuis votre dernier courriel, pour les appels que vous suivez."
        ),
        "date": french.day(now.date()),
        "frequency": "quotidien" if frequency == "daily" else "hebdomadaire",
        "sections": [{"title": title, "entries": entries} for title, entries in ordered],
        "email": digest.subscriber.email,
        "unsubscribe_url": unsubscribe_url,
    }


@cache
def _inliner() -> css_inline.CSSInliner:
    return css_inline.CSSInliner()


def render(digest: Digest, tz: ZoneInfo, unsubscribe_url: str) -> Rendered:
    env = environment()
    context = view(digest, tz, unsubscribe_url)
    text = env.get_template("digest.txt").render(context)
    html = _inliner().inline(env.get_template("digest.html").render(context))
    return Rendered(subject=context["subject"], text=text, html=html)


def _entry(entry: Entry, now: datetime) -> dict[str, Any]:
    call = entry.call
    reminded = {id(deadline) for deadline, _ in entry.reminders}
    summary = " ".join((call.summary or "").split())
    if len(summary) > SUMMARY_LIMIT:
        summary = summary[:SUMMARY_LIMIT].rsplit(" ", 1)[0] + "…"
    return {
        "title": " ".join(call.title.split()),
        "url": call.url,
        "organisation": " ".join((call.organisation or "").split()),
        "badge": BADGES[entry.reason],
        "reason": entry.reason,
        "summary": summary,
        "deadlines": [
            _deadline(d.date, d.time, d.kind, d.precision, now, id(d) in reminded)
            for d in call.deadlines
        ],
        "changes": [line for event in entry.events for line in _changes(event.kind, event.changes)],
    }


def _deadline(day, at, kind, precision, now: datetime, soon: bool) -> dict[str, Any]:
    end_day, _ = deadline_end(day, at, precision)
    left = (end_day - now.date()).days
    return {
        "kind": french.deadline_kind(kind),
        "when": french.deadline(day, at, precision),
        "left": french.days_left(left),
        "soon": soon or 0 <= left <= 7,
    }


def _changes(kind: str, changes: dict) -> list[str]:
    """What changed, in one French line per field."""
    lines = []
    if kind == EventKind.GONE:
        lines.append("Cet appel n'apparaît plus sur le site qui le publiait.")
    if kind == EventKind.REOPENED:
        lines.append("Cet appel est de nouveau publié.")
    if "deadlines" in changes:
        lines.extend(_deadline_changes(changes["deadlines"]))
    if "title" in changes:
        lines.append(f"Ancien titre : « {one_line(str(changes['title'].get('old') or ''))} »")
    if "summary" in changes:
        lines.append("Le descriptif a été modifié.")
    return lines


def _deadline_changes(change: dict) -> list[str]:
    """One line per kind of deadline that moved: "Lettre d'intention : 29 mai → 5 juin"."""
    old, new = _by_kind(change.get("old") or []), _by_kind(change.get("new") or [])
    lines = []
    for kind in sorted(set(old) | set(new)):
        before, after = old.get(kind, []), new.get(kind, [])
        if before == after:
            continue
        label = french.deadline_kind(kind)
        if not before:
            lines.append(f"{label} : date ajoutée, {', '.join(after)}")
        elif not after:
            lines.append(f"{label} : date retirée ({', '.join(before)})")
        else:
            lines.append(f"{label} : {', '.join(before)} → {', '.join(after)}")
    return lines


def _by_kind(rows: list[dict]) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for row in sorted(rows, key=lambda r: (r["date"], r.get("time") or "")):
        day = datetime.fromisoformat(row["date"]).date()
        at = datetime.strptime(row["time"], "%H:%M").time() if row.get("time") else None
        kinds.setdefault(row.get("kind") or "other", []).append(
            french.deadline(day, at, row.get("precision") or "day")
        )
    return kinds
