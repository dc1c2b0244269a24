"""A digest as a French e-mail: subject, plain text and HTML from the Jinja2 templates.

Everything French is worded here, in Python, and both parts are rendered from
the same view, so the text part always says what the HTML part says. The HTML
template is autoescaped (scraped titles can hold markup) and its CSS is
inlined, since many mail clients drop ``<style>`` blocks.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib.resources import files
from typing import Any
from zoneinfo import ZoneInfo

import css_inline
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from veille.notifications import french
from veille.notifications.selection import Digest, Entry
from veille.storage.deadlines import deadline_end
from veille.storage.models import Call, EventKind

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
    # The same text and HTML as the pieces they were joined from (see ``Shared``).
    text_parts: list[str] = field(default_factory=list)
    html_parts: list[str] = field(default_factory=list)


class Shared(str):
    """Whole lines of a part many subscribers are given, the same object each time:
    whoever encodes the mail (quoted-printable works line by line) can encode it once."""

    __slots__ = ()


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
    reasons = Counter(entry.reason for entry in digest.entries)
    for reason, one, many in counts:
        n = reasons[reason]
        if n:
            parts.append(french.plural(n, one, many))
    return one_line(" · ".join(parts) or "Votre veille recherche")


def one_line(text: str) -> str:
    """Any text bound for a header: no CR, LF or other control character survives."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


INTRO = "Voici ce qui a changé depuis votre dernier courriel, pour les appels que vous suivez."
# Where a subscriber's own value goes in a part rendered for everyone.
_SLOT = "@@veille-slot:{}@@"
_SLOTS = re.compile(r"@@veille-slot:([a-z_]+)@@")
# Values that go into an attribute (links) or into text in the HTML part.
_ATTRIBUTE_SLOTS = frozenset({"follow_url", "preferences_url", "unsubscribe_url"})


class Pieces:
    """A part rendered once with named slots, filled per subscriber by joining strings.

    Each literal stretch is kept as the end of the line it continues, the whole
    lines after it (``Shared``) and the start of the line the next slot is on.
    """

    def __init__(self, rendered: str):
        split = _SLOTS.split(rendered)
        self.literals = tuple(
            _by_lines(text, starts_a_line=index == 0) for index, text in enumerate(split[0::2])
        )
        self.slots: tuple[str, ...] = tuple(split[1::2])

    def fill(self, values: dict[str, str]) -> str:
        return "".join(self.fill_parts(values, []))

    def fill_parts(self, values: dict[str, str | list[str]], out: list[str]) -> list[str]:
        """Append the filled part to ``out`` piece by piece; a value may be a list of pieces."""
        out.extend(self.literals[0])
        for name, literal in zip(self.slots, self.literals[1:], strict=True):
            value = values[name]
            if isinstance(value, list):
                out.extend(value)
            else:
                out.append(value)
            out.extend(literal)
        return out


def _shared(text: str) -> str:
    """Whole lines as ``Shared``; anything else as it is."""
    return Shared(text) if text.endswith("\n") else str(text)


def _by_lines(text: str, starts_a_line: bool) -> tuple[str, ...]:
    """``text`` as (end of the line in progress, whole lines, start of the next line),
    leaving out empty pieces; a part's first text may start a line of its own (the
    encoder checks that it does before it uses what it kept)."""
    first, last = text.find("\n") + 1, text.rfind("\n") + 1
    if starts_a_line:
        first = 0
    if first >= last:
        return tuple(piece for piece in (text[:first], text[first:]) if piece)
    return tuple(piece for piece in (text[:first], Shared(text[first:last]), text[last:]) if piece)


@dataclass(frozen=True)
class _Block:
    """One call's block in both parts; ``None`` when its text holds a slot marker itself
    (a scraped page can say anything), so it is rendered for each subscriber instead."""

    html: Pieces | None
    text: Pieces | None
    # The events and deadlines it was rendered for, kept alive while the block is.
    pinned: tuple = ()


class DigestRenderer:
    """Renders the digests of one build, all at the same ``now``.

    What does not depend on the subscriber is rendered once and kept: the page
    around the calls (CSS inlined once), each section's heading and "et N autres
    appels" line, and each call's block as it stands for a given set of events
    and reminders. A subscriber's mail is these parts joined, with their own
    values (subject, address, signed links) put in the slots; a value goes in
    escaped as the CSS inliner writes HTML (``&amp;``, ``&lt;``, ``&quot;``…),
    so the result is the very page a whole-document render gives.
    """

    def __init__(self, tz: ZoneInfo, now: datetime):
        self.tz = tz
        self.now = now.astimezone(tz)
        env = environment()
        self._html_page = env.get_template("digest.html")
        self._text_page = env.get_template("digest.txt")
        slots = {name: _SLOT.format(name) for name in _FRAME_SLOTS}
        frame = {
            "intro": INTRO,
            "date": french.day(self.now.date()),
            **slots,
            "body": Markup(slots["body"]),
        }
        self._html = self._html_page.make_module(frame)
        self._text = self._text_page.make_module(frame)
        page = _inliner().inline(str(self._html))
        self._css = "\n".join(_STYLE.findall(str(self._html)))
        self._frame = (Pieces(page), Pieces(str(self._text)))
        self._blocks: dict[tuple, _Block] = {}
        self._heads: dict[str, tuple[str, str]] = {}
        self._mores: dict[tuple[str, int, str], tuple[str, str]] = {}
        self._calls: dict[int, _CallFacts] = {}

    def render(self, digest: Digest, links: Links) -> Rendered:
        if digest.now.astimezone(self.tz) != self.now:
            raise ValueError("a DigestRenderer renders the digests of one moment")
        grouped: dict[str, list[tuple[tuple, Entry]]] = {}
        for entry in digest.entries:
            call = self._call(entry.call)
            grouped.setdefault(call.section, []).append((call.order, entry))
        html: list[str] = []
        text: list[str] = []
        for key in sorted(grouped, key=_section_order):
            entries = [entry for _, entry in sorted(grouped[key], key=_first)]
            head_html, head_text = self._head(key)
            html.append(head_html)
            text.append(head_text)
            for entry in entries[:SECTION_LIMIT]:
                self._add_block(entry, links, html, text)
            hidden = len(entries) - SECTION_LIMIT
            if hidden > 0:
                more_html, more_text = self._more(key, hidden, links.calls)
                html.append(more_html)
                text.append(more_text)
        title = subject(digest)
        frequency = "quotidien" if digest.subscriber.frequency == "daily" else "hebdomadaire"
        values = {
            "subject": title,
            "frequency": frequency,
            "email": digest.subscriber.email,
            "preferences_url": links.preferences,
            "unsubscribe_url": links.unsubscribe,
        }
        html_frame, text_frame = self._frame
        text_parts = text_frame.fill_parts({**values, "body": text}, [])
        html_parts = html_frame.fill_parts({**_escaped(values), "body": html}, [])
        return Rendered(
            subject=title,
            text="".join(text_parts),
            html="".join(html_parts),
            text_parts=text_parts,
            html_parts=html_parts,
        )

    def _add_block(self, entry: Entry, links: Links, html: list[str], text: list[str]) -> None:
        call_id = self._call(entry.call).id
        follow = links.follow(call_id) if links.follow else None
        # The objects themselves stand for the events and deadlines (no database
        # attribute read per subscriber); the block keeps them, so no id is reused.
        pinned = (tuple(entry.events), tuple(deadline for deadline, _ in entry.reminders))
        key = (call_id, *map(id, pinned[0]), None, *map(id, pinned[1]), follow is not None)
        block = self._blocks.get(key)
        if block is None:
            block = self._blocks[key] = self._block(entry, follow is not None, pinned)
        if block.html is None or block.text is None:
            shown = {**_entry(entry, self.now), "follow_url": follow}
            html.append(self._inline(self._html.call_block(shown)))
            text.append(str(self._text.call_block(shown)))
            return
        block.html.fill_parts({"follow_url": _attribute(follow or "")}, html)
        block.text.fill_parts({"follow_url": follow or ""}, text)

    def _block(self, entry: Entry, follow: bool, pinned: tuple) -> _Block:
        shown = {
            **_entry(entry, self.now),
            "follow_url": _SLOT.format("follow_url") if follow else None,
        }
        expected = ("follow_url",) if follow else ()
        html = Pieces(self._inline(self._html.call_block(shown)))
        text = Pieces(self._text.call_block(shown))
        return _Block(
            html if html.slots == expected else None,
            text if text.slots == expected else None,
            pinned,
        )

    def _head(self, key: str) -> tuple[str, str]:
        if key not in self._heads:
            section = {"title": french.category(key or None)}
            self._heads[key] = (
                _shared(self._inline(self._html.section_head(section))),
                _shared(self._text.section_head(section)),
            )
        return self._heads[key]

    def _more(self, key: str, hidden: int, calls_url: str) -> tuple[str, str]:
        """The "et N autres appels" line, which leads to the open-calls page of the section."""
        cached = (key, hidden, calls_url)
        if cached not in self._mores:
            section = {
                "more": "et " + french.plural(hidden, "autre appel", "autres appels"),
                "more_url": f"{calls_url}?categorie={key}" if key else calls_url,
            }
            self._mores[cached] = (
                _shared(self._inline(self._html.section_more(section))),
                _shared(self._text.section_more(section)),
            )
        return self._mores[cached]

    def _inline(self, fragment: str) -> str:
        """A part's CSS inlined as in the whole page: every rule's selector reads
        only the part's own elements (``h3 a``, ``.more a``), never the page around."""
        return css_inline.inline_fragment(str(fragment), self._css)

    def _call(self, call: Call) -> _CallFacts:
        """What the page needs of a call, read once per build."""
        facts = self._calls.get(id(call))
        if facts is None:
            today = self.now.date()
            ahead = sorted(
                end
                for end, _ in (deadline_end(d.date, d.time, d.precision) for d in call.deadlines)
                if end >= today
            )
            # The first deadline still ahead, calls without one last.
            order = (0, ahead[0], call.title) if ahead else (1, today, call.title)
            section = call.categories[0] if call.categories else ""
            facts = self._calls[id(call)] = _CallFacts(call, call.id, section, order)
        return facts


@dataclass(frozen=True)
class _CallFacts:
    call: Call  # kept, so that its id() is not reused during the build
    id: int
    section: str
    order: tuple


def _first(pair: tuple) -> Any:
    return pair[0]


_FRAME_SLOTS = ("subject", "frequency", "email", "preferences_url", "unsubscribe_url", "body")
_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S)


def render(digest: Digest, tz: ZoneInfo, links: Links) -> Rendered:
    """One digest on its own (a preview); a build renders all of its digests with one
    ``DigestRenderer``."""
    return DigestRenderer(tz, digest.now).render(digest, links)


@cache
def _inliner() -> css_inline.CSSInliner:
    """Built once: the inliner's set-up is most of its cost on a small page."""
    return css_inline.CSSInliner()


@cache
def _section_order(key: str) -> tuple[bool, str]:
    """Sections in the order of their French titles, the calls without a category last."""
    return key == "", french.category(key or None)


def _escaped(values: dict[str, str]) -> dict[str, str]:
    return {
        name: _attribute(value) if name in _ATTRIBUTE_SLOTS else _text(value)
        for name, value in values.items()
    }


def _text(value: str) -> str:
    """Text escaped as the inliner's HTML writer escapes it."""
    return (
        value.replace("&", "&amp;")
        .replace("\xa0", "&nbsp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def _attribute(value: str) -> str:
    """An attribute value escaped as the inliner's HTML writer escapes it."""
    return value.replace("&", "&amp;").replace("\xa0", "&nbsp;").replace('"', "&quot;")


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
