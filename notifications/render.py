"""A digest as a French e-mail: subject, plain text and HTML from the Jinja2 templates.

Everything French is worded here, in Python, and both parts are rendered from
the same view, so the text part always says what the HTML part says. The HTML
template is autoescaped (scraped titles can hold markup) and its CSS is
inlined, since many mail clients drop ``<style>`` blocks.
"""

from __future__ import annotations

from collections.abc import Callable
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
# A section shows this many calls, nearest deadlines first; the rest are on the open-calls page.
SECTION_LIMIT = 8


@dataclass(frozen=True)
class Links:
    """Where a mail's links lead: leave, change preferences, see every open call."""

    unsubscribe: str
    preferences: str
    calls: str
    # "Suivre cet appel" for one call (issue 10, point 7): its page, where a button follows it.
    follow: Callable[[int], str] | None = None


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


def view(digest: Digest, tz: ZoneInfo, links: Links) -> dict[str, Any]:
    """What the templates show, already worded in French."""
    now = digest.now.astimezone(tz)
    grouped: dict[str, list[Entry]] = {}
    for entry in digest.entries:
        grouped.setdefault(_section_key(entry), []).append(entry)
    ordered = sorted(
        grouped.items(),
        key=lambda item: (item[0] == "", french.category(item[0] or None)),
    )
    frequency = digest.subscriber.frequency
    return {
        "subject": subject(digest),
        "intro": (
            "Voici ce qui a changé depuis votre dernier courriel, pour les appels que vous suivez."
        ),
        "date": french.day(now.date()),
        "frequency": "quotidien" if frequency == "daily" else "hebdomadaire",
        "sections": [_section(key, entries, now, links) for key, entries in ordered],
        "email": digest.subscriber.email,
        "unsubscribe_url": links.unsubscribe,
        "preferences_url": links.preferences,
        "calls_url": links.calls,
    }


@cache
def _inliner() -> css_inline.CSSInliner:
    """Built once: the inliner's set-up is most of its cost on a small digest."""
    return css_inline.CSSInliner()


def _section_key(entry: Entry) -> str:
    return entry.call.categories[0] if entry.call.categories else ""


def _section(key: str, entries: list[Entry], now: datetime, links: Links) -> dict[str, Any]:
    """At most SECTION_LIMIT calls, the nearest deadline first; a link for the others."""
    entries = sorted(entries, key=lambda e: _next_deadline(e, now.date()))
    shown, hidden = entries[:SECTION_LIMIT], len(entries) - SECTION_LIMIT
    more = ""
    if hidden > 0:
        more = "et " + french.plural(hidden, "autre appel", "autres appels")
    return {
        "title": french.category(key or None),
        "entries": [_followable(entry, now, links) for entry in shown],
        "more": more,
        "more_url": f"{links.calls}?categorie={key}" if key else links.calls,
    }


def _followable(entry: Entry, now: datetime, links: Links) -> dict[str, Any]:
    shown = _entry(entry, now)
    shown["follow_url"] = links.follow(entry.call.id) if links.follow else None
    return shown


def _next_deadline(entry: Entry, today) -> tuple:
    """Sort key: the first deadline still ahead, calls without one last."""
    ahead = sorted(
        deadline_end(d.date, d.time, d.precision)[0]
        for d in entry.call.deadlines
        if deadline_end(d.date, d.time, d.precision)[0] >= today
    )
    return (0, ahead[0], entry.call.title) if ahead else (1, today, entry.call.title)


def render(digest: Digest, tz: ZoneInfo, links: Links) -> Rendered:
    env = environment()
    context = view(digest, tz, links)
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
        "changes": [
            line for event in entry.events for line in change_lines(event.kind, event.changes)
        ],
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


def change_lines(kind: str, changes: dict) -> list[str]:
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
    """One line per kind of deadline that changed.

    One date replaced by one other of the same kind is a move, said as such
    ("Lettre d'intention : date reportée du 29 mai 2026 au 5 juin 2026"); a date
    with no predecessor is added, one with no successor removed. When the event
    carries explicit ``moved`` pairs (old row, new row) they are used as they are.
    """
    lines = [_moved_line(pair["from"], pair["to"]) for pair in change.get("moved") or []]
    moved_kinds = {pair["from"].get("kind") for pair in change.get("moved") or []}
    old, new = _by_kind(change.get("old") or []), _by_kind(change.get("new") or [])
    for kind in sorted((set(old) | set(new)) - moved_kinds):
        before, after = old.get(kind, []), new.get(kind, [])
        if [b for b, _ in before] == [a for a, _ in after]:
            continue
        label = french.deadline_kind(kind)
        if not before:
            lines.append(f"{label} : date ajoutée, {', '.join(a for a, _ in after)}")
        elif not after:
            lines.append(f"{label} : date retirée ({', '.join(b for b, _ in before)})")
        elif len(before) == len(after) == 1:
            lines.append(_moved_line(before[0][1], after[0][1]))
        else:
            lines.append(
                f"{label} : {', '.join(b for b, _ in before)} → {', '.join(a for a, _ in after)}"
            )
    return lines


def _moved_line(before: dict, after: dict) -> str:
    verb = "reportée" if _sort_key(after) >= _sort_key(before) else "avancée"
    label = french.deadline_kind(after.get("kind") or before.get("kind") or "other")
    return f"{label} : date {verb} du {_when(before)} au {_when(after)}"


def _sort_key(row: dict) -> tuple[str, str]:
    return row["date"], row.get("time") or "99:99"


def _when(row: dict) -> str:
    day = datetime.fromisoformat(row["date"]).date()
    at = datetime.strptime(row["time"], "%H:%M").time() if row.get("time") else None
    return french.deadline(day, at, row.get("precision") or "day")


def _by_kind(rows: list[dict]) -> dict[str, list[tuple[str, dict]]]:
    """Deadline rows by kind, in date order, each as (French text, row)."""
    kinds: dict[str, list[tuple[str, dict]]] = {}
    for row in sorted(rows, key=lambda r: (r["date"], r.get("time") or "")):
        kinds.setdefault(row.get("kind") or "other", []).append((_when(row), row))
    return kinds
