"""A digest as a French e-mail: subject, plain text and HTML from the Jinja2 templates.

Everything French is worded here, in Python, and both parts are rendered from
the same view, so the text part always says what the HTML part says. The HTML
template is autoescaped (scraped titles can hold markup) and its CSS is
inlined, since many mail clients drop ``<style>`` blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import escape

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


# Stand-ins for what differs between two subscribers given the same digest: the
# rendering of a digest's content is kept (a few hundred at most) and reused.
_EMAIL = "veille-adresse-7f3c9a@example.invalid"
_UNSUBSCRIBE = "https://veille.invalid/desabonnement/7f3c9a"
_CACHED = 512


def render(digest: Digest, tz: ZoneInfo, unsubscribe_url: str) -> Rendered:
    """Subject, text and HTML of a digest.

    Subscribers with the same filters mostly get the same digest: it is rendered
    once, with stand-ins for the address and the unsubscribe link, which are put
    in afterwards (when neither holds a character HTML would escape).
    """
    email = digest.subscriber.email
    if escape(email) != email or escape(unsubscribe_url) != unsubscribe_url:
        return _render(digest, tz, unsubscribe_url)
    shared = _shared_render(content_key(digest, tz), digest, tz)
    return Rendered(
        subject=shared.subject,
        text=shared.text.replace(_EMAIL, email).replace(_UNSUBSCRIBE, unsubscribe_url),
        html=shared.html.replace(_EMAIL, email).replace(_UNSUBSCRIBE, unsubscribe_url),
    )


def calendar(digest: Digest, tz: ZoneInfo, domain: str) -> bytes | None:
    """The digest's iCalendar attachment, built once per distinct content."""
    return _shared_calendar(content_key(digest, tz), domain, digest, tz)


def content_key(digest: Digest, tz: ZoneInfo) -> tuple:
    """Everything a digest's rendering depends on, except who receives it."""
    return (
        str(tz),
        digest.period,
        digest.now,
        digest.subscriber.frequency,
        tuple(
            (
                entry.call.id,
                entry.call.url,
                entry.call.title,
                entry.call.summary,
                entry.call.organisation,
                entry.call.status,
                tuple(entry.call.categories or ()),
                tuple((d.date, d.time, d.kind, d.precision) for d in entry.call.deadlines),
                tuple((event.id, event.kind) for event in entry.events),
                tuple((id_of(d), tuple(keys)) for d, keys in entry.reminders),
            )
            for entry in digest.entries
        ),
    )


def id_of(deadline: Any) -> tuple:
    return (deadline.date, deadline.time, deadline.kind, deadline.precision)


class _KeyOnly:
    """Lets lru_cache key on the content alone while the digest rides along."""

    __slots__ = ("key", "payload")

    def __init__(self, key: tuple, payload: Any):
        self.key, self.payload = key, payload

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _KeyOnly) and other.key == self.key


def _shared_render(key: tuple, digest: Digest, tz: ZoneInfo) -> Rendered:
    return _render_cached(_KeyOnly(key, (digest, tz)))


@lru_cache(maxsize=_CACHED)
def _render_cached(wrapped: _KeyOnly) -> Rendered:
    digest, tz = wrapped.payload
    wrapped.payload = None  # the cache keeps the key, not the digest
    stand_in = _StandIn(digest)
    return _render(stand_in, tz, _UNSUBSCRIBE)


def _shared_calendar(key: tuple, domain: str, digest: Digest, tz: ZoneInfo) -> bytes | None:
    return _calendar_cached(_KeyOnly((key, domain), (digest, tz, domain)))


@lru_cache(maxsize=_CACHED)
def _calendar_cached(wrapped: _KeyOnly) -> bytes | None:
    from veille.notifications.ics import digest_calendar

    digest, tz, domain = wrapped.payload
    wrapped.payload = None
    return digest_calendar(digest, tz, domain)


class _StandIn:
    """A digest whose subscriber is the stand-in address (same frequency)."""

    def __init__(self, digest: Digest):
        self._digest = digest
        self.subscriber = _StandInSubscriber(digest.subscriber.frequency)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._digest, name)


class _StandInSubscriber:
    def __init__(self, frequency: str):
        self.email = _EMAIL
        self.frequency = frequency


def _render(digest: Digest, tz: ZoneInfo, unsubscribe_url: str) -> Rendered:
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
