"""What goes into one subscriber's digest: matching events since the last one, and reminders.

Selection only reads. ``outbox.build_due_digests`` writes what was selected
(the outbox row and one DigestItem per event or reminder) in one transaction,
and the unique constraints on DigestItem make "never twice" hold even when
two builders race.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from veille.spiders.extract.normalize import clean_text, fold
from veille.spiders.extract.vocabulary import load as load_vocabulary
from veille.storage.browse import followed_ids
from veille.storage.deadlines import deadline_end
from veille.storage.models import (
    Call,
    CallStatus,
    Deadline,
    DigestItem,
    Event,
    EventKind,
    Subscriber,
)

LATE_COMMIT_MARGIN = timedelta(hours=1)
REMINDER_DAYS = 7
# A daily subscriber also hears about a deadline the day before it closes.
EVE_DAYS = 1
# Strongest reason first: it decides the badge and which count of the subject a call adds to.
REASONS = (
    EventKind.NEW,
    EventKind.DEADLINE_CHANGED,
    EventKind.REOPENED,
    EventKind.UPDATED,
    "reminder",
    EventKind.GONE,
)
_MAILED_KINDS = (
    EventKind.NEW,
    EventKind.UPDATED,
    EventKind.DEADLINE_CHANGED,
    EventKind.REOPENED,
    EventKind.GONE,
)


@dataclass
class Entry:
    """One call in a digest, with every reason it is there."""

    call: Call
    events: list[Event] = field(default_factory=list)
    # (deadline, reminder keys it uses up)
    reminders: list[tuple[Deadline, list[str]]] = field(default_factory=list)

    @property
    def reasons(self) -> list[str]:
        kinds = {event.kind for event in self.events}
        if self.reminders:
            kinds.add("reminder")
        return [reason for reason in REASONS if reason in kinds]

    @property
    def reason(self) -> str:
        return self.reasons[0]


@dataclass
class Digest:
    subscriber: Subscriber
    period: str
    now: datetime
    entries: list[Entry]

    def __bool__(self) -> bool:
        return bool(self.entries)

    def count(self, reason: str) -> int:
        return sum(1 for entry in self.entries if entry.reason == reason)


def period_of(frequency: str, now: datetime, tz: ZoneInfo) -> str:
    """The period a digest belongs to: one digest per subscriber and period."""
    local = now.astimezone(tz).date()
    if frequency == "daily":
        return f"daily:{local.isoformat()}"
    year, week, _ = local.isocalendar()
    return f"weekly:{year}-W{week:02d}"


def select_digest(session: Session, subscriber: Subscriber, now: datetime, tz: ZoneInfo) -> Digest:
    """The digest due to ``subscriber`` at ``now``; empty (falsy) when there is nothing to tell."""
    period = period_of(subscriber.frequency, now, tz)
    entries: dict[int, Entry] = {}
    followed = followed_ids(session, subscriber.id)
    for event in _new_events(session, subscriber, now):
        if _mailable(event) and wanted(subscriber, event.call, followed):
            entries.setdefault(event.call_id, Entry(event.call)).events.append(event)
    for call, deadline, keys in _reminders(session, subscriber, now, tz, followed):
        entries.setdefault(call.id, Entry(call)).reminders.append((deadline, keys))
    ordered = sorted(entries.values(), key=lambda e: (_next_deadline(e.call), e.call.id))
    return Digest(subscriber, period, now, ordered)


def matches(filters: dict, call: Call) -> bool:
    """True when the call passes every filter the subscriber set; an empty filter lets all pass.

    Regions and specialties match the fields extraction stored on the call
    (``matches_topics``); keywords look for their words in the title, summary and
    organisation.
    """
    filters = filters or {}
    for key, values in (
        ("categories", call.categories),
        ("audience", call.audience),
        ("sources", [link.source_id for link in call.links]),
    ):
        wanted = {v.lower() for v in filters.get(key) or []}
        if wanted and not wanted & {v.lower() for v in values or []}:
            return False
    text = _fold(" ".join(filter(None, [call.title, call.summary, call.organisation])))
    words = filters.get("keywords") or []
    if words and not any(_fold(word) in text for word in words):
        return False
    return matches_topics(filters, call, text)


def matches_topics(filters: dict, call: Call, text: str) -> bool:
    """Region and specialty filters against the call's stored ``regions``/``specialties``.

    A subscriber may write a key ("ile-de-france"), a label ("Île-de-France") or any
    variant the vocabulary knows ("Lyon", "cancérologie"); each names the same key.
    A value the vocabulary does not know is looked for in the call's words, so that a
    filter nobody can resolve still means something.
    """
    for key, stored in (("regions", call.regions), ("specialties", call.specialties)):
        values = filters.get(key) or []
        if not values:
            continue
        have = set(stored or [])
        if not any(
            (known & have) if (known := _topic_keys(key, value)) else _fold(value) in text
            for value in values
        ):
            return False
    return True


@lru_cache(maxsize=1024)
def _topic_keys(vocabulary: str, value: str) -> frozenset[str]:
    words = load_vocabulary(vocabulary)
    keys = {entry.key for entry in words.entries}
    folded = fold(clean_text(value))
    if folded in keys:
        return frozenset({folded})
    return frozenset(words.find(folded, value) + words.find(folded, value.title()))


def relevant_only(call: Call) -> bool:
    """A post that is not a call (an election, a survey…) never reaches a digest."""
    return call.relevant is not False


def wanted(subscriber: Subscriber, call: Call, followed: set[int]) -> bool:
    """A call the subscriber hears about: a real call (never an election or a survey)
    that they follow ("Suivre cet appel"), whatever their filters say, or that their
    filters match."""
    return relevant_only(call) and (call.id in followed or matches(subscriber.filters, call))


def reminder_key(window: str, deadline: Deadline) -> str:
    when = deadline.time.strftime("%H:%M") if deadline.time else ""
    return f"{window}:{deadline.kind}:{deadline.date.isoformat()}:{when}"


def _new_events(session: Session, subscriber: Subscriber, now: datetime) -> list[Event]:
    span = timedelta(days=1 if subscriber.frequency == "daily" else 7)
    # A crawl's events carry the time it started recording and become visible when
    # it commits, possibly after a digest was built: look back a little before the
    # last digest (digest_items keeps anything from going twice).
    if subscriber.last_digest_at is not None:
        since = subscriber.last_digest_at - LATE_COMMIT_MARGIN
    else:
        since = now - span
    already = select(DigestItem.event_id).where(
        DigestItem.subscriber_id == subscriber.id, DigestItem.event_id.is_not(None)
    )
    return list(
        session.scalars(
            select(Event)
            .where(
                Event.created_at > since,
                Event.created_at <= now,
                Event.kind.in_(_MAILED_KINDS),
                Event.id.not_in(already),
            )
            .options(
                selectinload(Event.call).selectinload(Call.deadlines),
                selectinload(Event.call).selectinload(Call.links),
            )
            .order_by(Event.id)
        )
    )


def _mailable(event: Event) -> bool:
    """Closed calls are never mailed; a withdrawn call only as its ``gone`` notice."""
    status = event.call.status
    if status == CallStatus.CLOSED:
        return False
    if status == CallStatus.GONE:
        return event.kind == EventKind.GONE
    return event.kind != EventKind.GONE


def _reminders(
    session: Session,
    subscriber: Subscriber,
    now: datetime,
    tz: ZoneInfo,
    followed: set[int] | frozenset[int] = frozenset(),
) -> list[tuple[Call, Deadline, list[str]]]:
    local = now.astimezone(tz)
    today = local.date()
    horizon = today + timedelta(days=REMINDER_DAYS)
    calls = session.scalars(
        select(Call)
        .where(
            Call.status == CallStatus.OPEN,
            Call.deadlines.any(Deadline.date <= horizon),
        )
        .options(selectinload(Call.deadlines), selectinload(Call.links))
        .order_by(Call.id)
    ).all()
    done = {
        (call_id, key)
        for call_id, key in session.execute(
            select(DigestItem.call_id, DigestItem.reminder_key).where(
                DigestItem.subscriber_id == subscriber.id, DigestItem.reminder_key.is_not(None)
            )
        )
    }
    found = []
    for call in calls:
        if not wanted(subscriber, call, followed):
            continue
        for deadline in call.deadlines:
            end_day, end_time = deadline_end(deadline.date, deadline.time, deadline.precision)
            if (end_day, end_time) < (today, local.time().replace(tzinfo=None)):
                continue  # already over
            left = (end_day - today).days
            windows = []
            if left <= REMINDER_DAYS:
                windows.append(f"{REMINDER_DAYS}d")
            if subscriber.frequency == "daily" and left <= EVE_DAYS:
                windows.append(f"{EVE_DAYS}d")
            keys = [reminder_key(w, deadline) for w in windows]
            fresh = [k for k in keys if (call.id, k) not in done]
            if fresh:
                found.append((call, deadline, fresh))
    return found


def _next_deadline(call: Call) -> tuple[date, time]:
    ends = [deadline_end(d.date, d.time, d.precision) for d in call.deadlines]
    return min(ends) if ends else (date.max, time.max)


def _fold(text: str) -> str:
    """Case and accents left out, so "cancérologie" finds "Cancerologie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
