"""Questions the public pages ask: the open calls (filtered, searched, paginated) and a
call's history.

Everything is done in SQL, the same on SQLite and PostgreSQL, so a page costs
one count and one bounded query whatever the number of calls. The text search
folds case and accents on both sides ("cancerologie" finds "Cancérologie"):
with ``lower`` and ``translate`` on PostgreSQL (its ``unaccent`` extension
may not be installed), with our own ``fold`` registered on SQLite.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import ColumnElement, Date, String, and_, case, cast, func, or_, select, text
from sqlalchemy.orm import Session, selectinload

from veille.storage.deadlines import deadline_end
from veille.storage.models import (
    Call,
    CallSource,
    CallStatus,
    CallVersion,
    Deadline,
    Event,
    EventKind,
    Follow,
)

PER_PAGE = 20
MAX_PER_PAGE = 100
# A search is a few words; longer input is cut rather than refused.
MAX_WORDS = 8

# Accented letters met in French text (and a few neighbours), folded to plain ASCII.
_ACCENTS = {
    **dict.fromkeys("àâäáãåÀÂÄÁÃÅ", "a"),
    **dict.fromkeys("çÇ", "c"),
    **dict.fromkeys("éèêëÉÈÊË", "e"),
    **dict.fromkeys("íìîïÍÌÎÏ", "i"),
    **dict.fromkeys("ñÑ", "n"),
    **dict.fromkeys("óòôöõÓÒÔÖÕ", "o"),
    **dict.fromkeys("úùûüÚÙÛÜ", "u"),
    **dict.fromkeys("ýÿÝŸ", "y"),
    "œ": "oe",
    "Œ": "oe",
    "æ": "ae",
    "Æ": "ae",
    "’": "'",
}


@dataclass(frozen=True)
class CallFilters:
    """What a visitor of the open-calls page asked for; an empty field lets everything pass."""

    categories: tuple[str, ...] = ()
    audience: tuple[str, ...] = ()
    # The sources of the regions asked for (a call's region is its sources' region).
    source_ids: tuple[str, ...] | None = None
    text: str = ""


@dataclass
class CallPage:
    calls: list[Call]
    # Next deadline still to come of each call on the page (None when there is none).
    next_deadlines: dict[int, Deadline | None]
    total: int
    page: int
    per_page: int
    pages: int = field(init=False)

    def __post_init__(self) -> None:
        self.pages = max(1, -(-self.total // self.per_page))


def open_calls(
    session: Session,
    today: date,
    filters: CallFilters = CallFilters(),
    *,
    page: int = 1,
    per_page: int = PER_PAGE,
) -> CallPage:
    """One page of the open calls, the nearest deadline first, calls without one last."""
    per_page = min(max(per_page, 1), MAX_PER_PAGE)
    page = max(page, 1)
    conditions = _conditions(session, filters)
    total = session.scalar(select(func.count()).select_from(Call).where(*conditions)) or 0
    pages = max(1, -(-total // per_page))
    page = min(page, pages)
    next_day = (
        select(func.min(_last_day(session)))
        .where(Deadline.call_id == Call.id, _not_over(today))
        .correlate(Call)
        .scalar_subquery()
    )
    calls = list(
        session.scalars(
            select(Call)
            .where(*conditions)
            .order_by(case((next_day.is_(None), 1), else_=0), next_day, Call.title, Call.id)
            .offset((page - 1) * per_page)
            .limit(per_page)
            .options(selectinload(Call.deadlines), selectinload(Call.links))
        )
    )
    return CallPage(
        calls=calls,
        next_deadlines={call.id: next_deadline(call, today) for call in calls},
        total=total,
        page=page,
        per_page=per_page,
    )


def next_deadline(call: Call, today: date) -> Deadline | None:
    """The first deadline not yet over (a "fin mars" deadline lasts the whole month)."""
    upcoming = [d for d in call.deadlines if deadline_end(d.date, d.time, d.precision)[0] >= today]
    return min(upcoming, key=lambda d: deadline_end(d.date, d.time, d.precision), default=None)


def get_call(session: Session, call_id: int) -> Call | None:
    return session.scalar(
        select(Call)
        .where(Call.id == call_id)
        .options(selectinload(Call.deadlines), selectinload(Call.links))
    )


def call_history(session: Session, call_id: int) -> list[Event]:
    """What happened to a call, oldest first: first seen, changes, closing, withdrawal."""
    return list(
        session.scalars(
            select(Event).where(Event.call_id == call_id).order_by(Event.created_at, Event.id)
        )
    )


def revision(session: Session, call_id: int) -> int:
    """How many times what a calendar shows of a call has changed: 0 at first sight.

    Counted from the events, which are never pruned (call versions are), so it
    only ever grows; calendar feeds use it as the SEQUENCE of the call's events.
    """
    return (
        session.scalar(
            select(func.count())
            .select_from(Event)
            .where(
                Event.call_id == call_id,
                Event.kind.in_((EventKind.DEADLINE_CHANGED, EventKind.UPDATED, EventKind.REOPENED)),
            )
        )
        or 0
    )


def revisions(session: Session, call_ids: Iterable[int]) -> dict[int, int]:
    """``revision`` for many calls at once."""
    ids = list(call_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(Event.call_id, func.count())
        .where(
            Event.call_id.in_(ids),
            Event.kind.in_((EventKind.DEADLINE_CHANGED, EventKind.UPDATED, EventKind.REOPENED)),
        )
        .group_by(Event.call_id)
    ).all()
    found = dict(rows)
    return {call_id: found.get(call_id, 0) for call_id in ids}


def last_recorded(session: Session, call_id: int):
    """When what is stored about the call last changed."""
    return session.scalar(
        select(func.max(CallVersion.recorded_at)).where(CallVersion.call_id == call_id)
    )


# -- follows -----------------------------------------------------------------


def follow(session: Session, subscriber_id: int, call_id: int, now) -> bool:
    """Follow a call; False when it was already followed (following twice is harmless)."""
    exists = session.scalar(
        select(Follow.id).where(Follow.subscriber_id == subscriber_id, Follow.call_id == call_id)
    )
    if exists:
        return False
    session.add(Follow(subscriber_id=subscriber_id, call_id=call_id, created_at=now))
    session.flush()
    return True


def unfollow(session: Session, subscriber_id: int, call_id: int) -> bool:
    row = session.scalar(
        select(Follow).where(Follow.subscriber_id == subscriber_id, Follow.call_id == call_id)
    )
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


def followed_ids(session: Session, subscriber_id: int) -> set[int]:
    return set(session.scalars(select(Follow.call_id).where(Follow.subscriber_id == subscriber_id)))


# -- filters -----------------------------------------------------------------


def fold(text: str) -> str:
    """Case and accents left out: what the text search compares."""
    text = "".join(_ACCENTS.get(c, c) for c in text)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_words(text: str) -> list[str]:
    return [fold(word) for word in text.split()][:MAX_WORDS]


def _conditions(session: Session, filters: CallFilters) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Call.status == CallStatus.OPEN]
    if filters.categories:
        conditions.append(_any_of(Call.categories, filters.categories))
    if filters.audience:
        conditions.append(_any_of(Call.audience, filters.audience))
    if filters.source_ids is not None:
        conditions.append(
            Call.links.any(
                and_(CallSource.source_id.in_(filters.source_ids), CallSource.active.is_(True))
            )
        )
    haystack = _folded(
        session,
        func.coalesce(Call.title, "")
        + " "
        + func.coalesce(Call.summary, "")
        + " "
        + func.coalesce(Call.organisation, ""),
    )
    for word in search_words(filters.text):
        conditions.append(haystack.contains(word, autoescape=True))
    return conditions


def _any_of(column, slugs: Sequence[str]) -> ColumnElement[bool]:
    """A JSON list column holding at least one of ``slugs``.

    Slugs are lower-case letters, digits and dashes, so looking for ``"slug"``
    (with its quotes) in the list's JSON text is exact, on both databases.
    """
    text = cast(column, String)
    return or_(*(text.contains(f'"{slug}"', autoescape=True) for slug in slugs))


def _folded(session: Session, expression):
    """``expression`` with case and accents left out, in SQL.

    PostgreSQL folds with ``lower`` and ``translate``; SQLite's ``lower`` knows
    only ASCII, so the connection is given ``fold`` itself as a function.
    """
    if session.get_bind().dialect.name == "postgresql":
        singles = {a: p for a, p in _ACCENTS.items() if len(p) == 1 and a.islower()}
        folded = func.translate(func.lower(expression), "".join(singles), "".join(singles.values()))
        for accented, plain in _ACCENTS.items():
            if len(plain) > 1 and accented.islower():
                folded = func.replace(folded, accented, plain)
        return folded
    raw = session.connection().connection.dbapi_connection
    raw.create_function("veille_fold", 1, _fold_or_none, deterministic=True)
    return func.veille_fold(expression)


def _fold_or_none(value: str | None) -> str | None:
    return None if value is None else fold(value)


def _last_day(session: Session):
    """The last day a deadline allows: its date, or the end of its month for "fin mars"."""
    if session.get_bind().dialect.name == "postgresql":
        month_end = func.cast(
            func.date_trunc("month", Deadline.date) + text("interval '1 month - 1 day'"), Date
        )
    else:
        month_end = func.date(Deadline.date, "start of month", "+1 month", "-1 day")
    return case((Deadline.precision == "month", month_end), else_=Deadline.date)


def _not_over(today: date) -> ColumnElement[bool]:
    # A deadline known to the month ("fin mars") is stored on a day of that month
    # and lasts until its end: it still counts as upcoming all month long.
    return or_(
        Deadline.date >= today,
        and_(Deadline.precision == "month", Deadline.date >= today.replace(day=1)),
    )
