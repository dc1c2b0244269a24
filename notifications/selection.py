"""What goes into one subscriber's digest: matching events since the last one, and reminders.

Selection only reads. ``outbox.build_due_digests`` writes what was selected
(the outbox row and one DigestItem per event or reminder) in one transaction,
and the unique constraints on DigestItem make "never twice" hold even when
two builders race.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from veille.spiders.extract.normalize import clean_text, fold
from veille.spiders.extract.vocabulary import load as load_vocabulary
from veille.storage.deadlines import deadline_end
from veille.storage.models import (
    Call,
    CallStatus,
    Deadline,
    DigestItem,
    Event,
    EventKind,
    Follow,
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


@dataclass
class Candidates:
    """What every digest due at ``now`` is chosen from, loaded once for all subscribers.

    The events of the look-back window and the open calls with a deadline in the
    reminder horizon, with their deadlines and links; each call's facts are
    folded once, and the calls passing one set of filters are worked out once
    per distinct set, however many subscribers share it.
    """

    now: datetime
    tz: ZoneInfo
    since: datetime
    events: list[Event]
    soon: list[Call]
    facts: dict[int, CallFacts] = field(default_factory=dict)
    _matching: dict[str, frozenset[int]] = field(default_factory=dict)
    _mailable_events: list[tuple[int, int, datetime, Event]] | None = None
    _reminder_plans: list[tuple[Call, list[_Reminder]]] | None = None
    _order: dict[int, tuple[date, time]] = field(default_factory=dict)

    def mailable(self) -> list[tuple[int, int, datetime, Event]]:
        """(event id, call id, created at, event) of the events a digest may carry, worked
        out once: closed calls are never mailed, a withdrawn call only as its notice."""
        if self._mailable_events is None:
            self._mailable_events = [
                (e.id, e.call_id, e.created_at, e) for e in self.events if _mailable(e)
            ]
        return self._mailable_events

    def reminders(self) -> list[tuple[Call, list[_Reminder]]]:
        """Each open call's deadlines still ahead within the reminder horizon, with the
        reminder keys they give: the same for every subscriber of the build."""
        if self._reminder_plans is None:
            local = self.now.astimezone(self.tz)
            today, clock = local.date(), local.time().replace(tzinfo=None)
            self._reminder_plans = []
            for call in self.soon:
                plans = []
                for deadline in call.deadlines:
                    end_day, end_time = deadline_end(
                        deadline.date, deadline.time, deadline.precision
                    )
                    if (end_day, end_time) < (today, clock):
                        continue  # already over
                    left = (end_day - today).days
                    plans.append(
                        _Reminder(
                            deadline,
                            reminder_key(f"{REMINDER_DAYS}d", deadline)
                            if left <= REMINDER_DAYS
                            else None,
                            reminder_key(f"{EVE_DAYS}d", deadline) if left <= EVE_DAYS else None,
                        )
                    )
                if plans:
                    self._reminder_plans.append((call, plans))
        return self._reminder_plans

    def next_deadline(self, call: Call) -> tuple[date, time]:
        if call.id not in self._order:
            self._order[call.id] = _next_deadline(call)
        return self._order[call.id]

    def call_ids(self) -> set[int]:
        return {e.call_id for e in self.events} | {c.id for c in self.soon}

    def matching(self, filters: dict) -> frozenset[int]:
        """Ids of the candidate calls that pass ``filters``."""
        key = json.dumps(filters or {}, sort_keys=True)
        if key not in self._matching:
            self._matching[key] = frozenset(
                call_id for call_id, facts in self.facts.items() if facts.matches(filters)
            )
        return self._matching[key]

    def relevant(self, call_ids: set[int]) -> frozenset[int]:
        """Those of ``call_ids`` among the candidates that are real calls."""
        return frozenset(i for i in call_ids if i in self.facts and self.facts[i].relevant)


@dataclass
class Sent:
    """What a subscriber already received among the candidates: event ids, (call, reminder key);
    and the calls they follow ("Suivre cet appel"), which pass their filters."""

    events: set[int] = field(default_factory=set)
    reminders: set[tuple[int, str]] = field(default_factory=set)
    followed: set[int] = field(default_factory=set)


def load_candidates(session: Session, now: datetime, tz: ZoneInfo, since: datetime) -> Candidates:
    """Two queries (plus their eager loads) for every subscriber's digest."""
    loads = (
        selectinload(Event.call).selectinload(Call.deadlines),
        selectinload(Event.call).selectinload(Call.links),
    )
    events = session.scalars(
        select(Event)
        .where(Event.created_at > since, Event.created_at <= now, Event.kind.in_(_MAILED_KINDS))
        .options(*loads)
        .order_by(Event.id)
    ).all()
    horizon = now.astimezone(tz).date() + timedelta(days=REMINDER_DAYS)
    soon = session.scalars(
        select(Call)
        .where(Call.status == CallStatus.OPEN, Call.deadlines.any(Deadline.date <= horizon))
        .options(selectinload(Call.deadlines), selectinload(Call.links))
        .order_by(Call.id)
    ).all()
    candidates = Candidates(now, tz, since, list(events), list(soon))
    for call in [*(e.call for e in events), *soon]:
        if call.id not in candidates.facts:
            candidates.facts[call.id] = CallFacts.of(call)
    return candidates


def load_sent(
    session: Session, subscriber_ids: list[int], candidates: Candidates
) -> dict[int, Sent]:
    """What each of these subscribers already had about the candidate calls, and which of
    them they follow: two queries."""
    sent: dict[int, Sent] = {sid: Sent() for sid in subscriber_ids}
    call_ids = sorted(candidates.call_ids())
    if not call_ids or not subscriber_ids:
        return sent
    follows = session.execute(
        select(Follow.subscriber_id, Follow.call_id).where(
            Follow.subscriber_id.in_(subscriber_ids), Follow.call_id.in_(call_ids)
        )
    )
    for subscriber_id, call_id in follows:
        sent[subscriber_id].followed.add(call_id)
    rows = session.execute(
        select(
            DigestItem.subscriber_id,
            DigestItem.call_id,
            DigestItem.event_id,
            DigestItem.reminder_key,
        ).where(DigestItem.subscriber_id.in_(subscriber_ids), DigestItem.call_id.in_(call_ids))
    )
    for subscriber_id, call_id, event_id, key in rows:
        if event_id is not None:
            sent[subscriber_id].events.add(event_id)
        if key is not None:
            sent[subscriber_id].reminders.add((call_id, key))
    return sent


def since_for(frequency: str, last_digest_at: datetime | None, now: datetime) -> datetime:
    """Where a subscriber's look-back window starts.

    A crawl's events carry the time it started recording and become visible when
    it commits, possibly after a digest was built: look back a little before the
    last digest (digest_items keeps anything from going twice).
    """
    if last_digest_at is not None:
        return last_digest_at - LATE_COMMIT_MARGIN
    return now - timedelta(days=1 if frequency == "daily" else 7)


def select_digest(
    session: Session,
    subscriber: Subscriber,
    now: datetime,
    tz: ZoneInfo,
    candidates: Candidates | None = None,
    sent: Sent | None = None,
) -> Digest:
    """The digest due to ``subscriber`` at ``now``; empty (falsy) when there is nothing to tell.

    Building many digests passes ``candidates`` and ``sent`` loaded in bulk; alone,
    they are loaded for this subscriber.
    """
    if candidates is None:
        candidates = load_candidates(
            session, now, tz, since_for(subscriber.frequency, subscriber.last_digest_at, now)
        )
    if sent is None:
        sent = load_sent(session, [subscriber.id], candidates)[subscriber.id]
    period = period_of(subscriber.frequency, now, tz)
    since = since_for(subscriber.frequency, subscriber.last_digest_at, now)
    wanted = candidates.matching(subscriber.filters) | candidates.relevant(sent.followed)
    entries: dict[int, Entry] = {}
    for event_id, call_id, created_at, event in candidates.mailable():
        if call_id in wanted and created_at > since and event_id not in sent.events:
            entry = entries.get(call_id)
            if entry is None:
                entry = entries[call_id] = Entry(event.call)
            entry.events.append(event)
    for call, deadline, keys in _reminders(subscriber, candidates, wanted, sent):
        entries.setdefault(call.id, Entry(call)).reminders.append((deadline, keys))
    ordered = sorted(entries.values(), key=lambda e: (candidates.next_deadline(e.call), e.call.id))
    return Digest(subscriber, period, now, ordered)


@dataclass(frozen=True)
class _Reminder:
    """A deadline within the horizon, and its keys: the week's reminder, the eve's."""

    deadline: Deadline
    week: str | None
    eve: str | None


@dataclass(frozen=True)
class CallFacts:
    """What filters look at in a call, folded once."""

    categories: frozenset[str]
    audience: frozenset[str]
    sources: frozenset[str]
    regions: frozenset[str]
    specialties: frozenset[str]
    relevant: bool
    text: str

    @classmethod
    def of(cls, call: Call) -> CallFacts:
        return cls(
            frozenset(v.lower() for v in call.categories or []),
            frozenset(v.lower() for v in call.audience or []),
            frozenset(link.source_id.lower() for link in call.links),
            frozenset(call.regions or []),
            frozenset(call.specialties or []),
            call.relevant is not False,
            _fold(" ".join(filter(None, [call.title, call.summary, call.organisation]))),
        )

    def matches(self, filters: dict) -> bool:
        """True when the call is a real call (never an election or a survey) and passes
        every filter the subscriber set; an empty filter lets all pass.

        This is the one place that decides whether a call matches a subscriber.
        Regions and specialties match the fields extraction stored on the call;
        keywords look for their words in the title, summary and organisation.
        """
        if not self.relevant:
            return False
        filters = filters or {}
        for key, values in (
            ("categories", self.categories),
            ("audience", self.audience),
            ("sources", self.sources),
        ):
            wanted = {v.lower() for v in filters.get(key) or []}
            if wanted and not wanted & values:
                return False
        words = filters.get("keywords") or []
        if words and not any(_fold(word) in self.text for word in words):
            return False
        return all(
            self._has_topic(key, stored, filters.get(key) or [])
            for key, stored in (("regions", self.regions), ("specialties", self.specialties))
        )

    def _has_topic(self, vocabulary: str, stored: frozenset[str], values: list[str]) -> bool:
        """A value names a vocabulary key (by key, label or variant: "Lyon" is
        auvergne-rhone-alpes); one the vocabulary does not know is looked for in the words."""
        if not values:
            return True
        return any(
            (known & stored)
            if (known := _topic_keys(vocabulary, value))
            else _fold(value) in self.text
            for value in values
        )


def matches(filters: dict, call: Call) -> bool:
    """True when ``call`` passes ``filters`` (see ``CallFacts.matches``)."""
    return CallFacts.of(call).matches(filters)


def reminder_key(window: str, deadline: Deadline) -> str:
    when = deadline.time.strftime("%H:%M") if deadline.time else ""
    return f"{window}:{deadline.kind}:{deadline.date.isoformat()}:{when}"


def _mailable(event: Event) -> bool:
    """Closed calls are never mailed; a withdrawn call only as its ``gone`` notice."""
    status = event.call.status
    if status == CallStatus.CLOSED:
        return False
    if status == CallStatus.GONE:
        return event.kind == EventKind.GONE
    return event.kind != EventKind.GONE


@lru_cache(maxsize=1024)
def _topic_keys(vocabulary: str, value: str) -> frozenset[str]:
    words = load_vocabulary(vocabulary)
    keys = {entry.key for entry in words.entries}
    folded = fold(clean_text(value))
    if folded in keys:
        return frozenset({folded})
    return frozenset(words.find(folded, value) + words.find(folded, value.title()))


def _reminders(
    subscriber: Subscriber, candidates: Candidates, wanted: frozenset[int], sent: Sent
) -> list[tuple[Call, Deadline, list[str]]]:
    """The reminders due to this subscriber that they did not have yet: the week's
    for everyone, the eve's for daily subscribers too."""
    daily = subscriber.frequency == "daily"
    found = []
    for call, plans in candidates.reminders():
        if call.id not in wanted:
            continue
        for plan in plans:
            keys = [key for key in (plan.week, plan.eve if daily else None) if key]
            fresh = [k for k in keys if (call.id, k) not in sent.reminders]
            if fresh:
                found.append((call, plan.deadline, fresh))
    return found


def _next_deadline(call: Call) -> tuple[date, time]:
    ends = [deadline_end(d.date, d.time, d.precision) for d in call.deadlines]
    return min(ends) if ends else (date.max, time.max)


def _fold(text: str) -> str:
    """Case and accents left out, so "cancérologie" finds "Cancerologie"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def wanted(subscriber: Subscriber, call: Call, followed: set[int]) -> bool:
    """One call for one subscriber outside a digest build (the calendar feed): a real
    call they follow, whatever their filters say, or one their filters match."""
    facts = CallFacts.of(call)
    return facts.relevant and (call.id in followed or facts.matches(subscriber.filters))
