"""Calls as recording reads and writes them: plain states, SQLAlchemy Core statements.

Recording through the ORM's unit of work cost most of a first crawl's recording
(building mapped objects, the identity map, flush ordering, one INSERT per row for
the ids) and each batch left cyclic garbage (objects referring to each other) that
only a full collection frees. Recording needs none of that: a batch reads what it
names in a few indexed ``IN (...)`` queries into the states below, applies its rules
to them, and writes what changed in a few executemany statements, new calls'
ids from one ``INSERT ... RETURNING`` (SQLAlchemy's "insertmanyvalues").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, exists, insert, select, update
from sqlalchemy.orm import Session

from veille.storage.models import Call, CallSource, CallVersion, Deadline, Event

CALLS = Call.__table__
LINKS = CallSource.__table__
DEADLINES = Deadline.__table__
EVENTS = Event.__table__
VERSIONS = CallVersion.__table__

# Ids per IN (...) list and rows per statement: statements stay bounded.
CHUNK = 500

# What recording may change on a known call besides its deadlines and ``last_seen``.
MUTABLE = (
    "title",
    "title_key",
    "summary",
    "organisation",
    "categories",
    "audience",
    "regions",
    "specialties",
    "relevant",
    "published",
    "opens",
    "status",
)
_INSERTED = ("url", *MUTABLE, "first_seen", "last_seen")


@dataclass(slots=True, eq=False)
class LinkState:
    """One source's last word on one call (a ``call_sources`` row); ``id`` None: new."""

    source_id: str
    url: str
    content_key: str
    deadlines_key: str
    id: int | None = None
    active: bool = True
    loaded: tuple[str, str, str] | None = None  # url and keys as read, to write only changes

    def changed(self) -> bool:
        return self.loaded is not None and self.loaded != (
            self.url,
            self.content_key,
            self.deadlines_key,
        )


@dataclass(slots=True, eq=False)
class CallState:
    """A call with its deadlines and links; ``loaded`` keeps its columns as read."""

    url: str
    title: str
    title_key: str
    summary: str | None
    organisation: str | None
    categories: list[str]
    audience: list[str]
    regions: list[str]
    specialties: list[str]
    relevant: bool
    published: date | None
    opens: date | None
    status: str
    first_seen: datetime
    last_seen: datetime
    id: int | None = None
    deadlines: list = field(default_factory=list)  # anything with date, time, kind, precision
    links: list[LinkState] = field(default_factory=list)
    loaded: dict[str, Any] | None = None  # None: created by this crawl
    deadline_ids: list[int] = field(default_factory=list)  # the rows read

    def changes(self) -> dict[str, Any]:
        """The columns to write: what differs from what was read."""
        if self.loaded is None:
            return {}
        return {n: v for n in MUTABLE if (v := getattr(self, n)) != self.loaded[n]}


@dataclass(slots=True, eq=False)
class RecordedEvent:
    """An event as recording wrote it; ``call`` is the call as the crawl left it."""

    call: CallState
    kind: str
    changes: dict

    @property
    def call_id(self) -> int | None:
        return self.call.id


class Reader:
    """Calls read by condition into states, each once, then completed with their
    deadlines and links in a few queries (``complete``)."""

    def __init__(self, session: Session):
        self.session = session
        self.calls: dict[int, CallState] = {}
        self._bare: list[CallState] = []  # read, deadlines and links not yet

    def calls_where(self, condition) -> list[CallState]:
        states = []
        # In id order, the order SQLite's index gives within one URL or title key: which
        # of several candidates a rule takes first must not depend on where rows lie.
        query = select(CALLS).where(condition).order_by(CALLS.c.id)
        result = self.session.execute(query)
        names = list(result.keys())  # once: a RowMapping works its keys out per row
        for row in result:
            state = self.calls.get(row.id)
            if state is None:
                values = dict(zip(names, row, strict=True))
                state = CallState(**values, loaded=values)
                self.calls[state.id] = state
                self._bare.append(state)
            states.append(state)
        return states

    def by_ids(self, ids: Iterable[int]) -> None:
        wanted = sorted(set(ids) - self.calls.keys())
        for chunk in batches(wanted, CHUNK):
            self.calls_where(CALLS.c.id.in_(chunk))

    def untouched_by(self, source_id: str):
        """A condition: the call has no link from ``source_id`` (NOT EXISTS on the
        unique ``call_id, source_id`` index)."""
        return ~exists().where(LINKS.c.call_id == CALLS.c.id, LINKS.c.source_id == source_id)

    def complete(self) -> None:
        bare = {state.id: state for state in self._bare}
        self._bare = []
        ids = sorted(bare)
        for chunk in batches(ids, CHUNK):
            for row in self.session.execute(
                select(
                    DEADLINES.c.id,
                    DEADLINES.c.call_id,
                    DEADLINES.c.date,
                    DEADLINES.c.time,
                    DEADLINES.c.kind,
                    DEADLINES.c.precision,
                ).where(DEADLINES.c.call_id.in_(chunk))
            ):
                call = bare[row.call_id]
                call.deadlines.append(row)
                call.deadline_ids.append(row.id)
            for row in self.session.execute(
                select(
                    LINKS.c.id,
                    LINKS.c.call_id,
                    LINKS.c.source_id,
                    LINKS.c.url,
                    LINKS.c.content_key,
                    LINKS.c.deadlines_key,
                    LINKS.c.active,
                ).where(LINKS.c.call_id.in_(chunk))
            ):
                bare[row.call_id].links.append(
                    LinkState(
                        source_id=row.source_id,
                        url=row.url,
                        content_key=row.content_key,
                        deadlines_key=row.deadlines_key,
                        id=row.id,
                        active=row.active,
                        loaded=(row.url, row.content_key, row.deadlines_key),
                    )
                )


def link_urls(session: Session, urls: Sequence[str]) -> list[tuple[str, int]]:
    """(url, call id) of every link using one of ``urls`` (the indexed ``url``)."""
    query = select(LINKS.c.url, LINKS.c.call_id).where(LINKS.c.url.in_(urls)).order_by(LINKS.c.id)
    return list(session.execute(query))


@dataclass
class Writes:
    """What a batch changed, written in a few statements by ``flush``, rows in the order
    they were made (as the unit of work wrote them)."""

    run_id: int
    now: datetime
    created: list[CallState] = field(default_factory=list)
    known: dict[int, CallState] = field(default_factory=dict)  # by id
    links: list[tuple[CallState, LinkState]] = field(default_factory=list)  # new ones
    deadlines: dict[int, CallState] = field(default_factory=dict)  # to write, by id()
    events: list[RecordedEvent] = field(default_factory=list)
    versions: list[tuple[CallState, dict]] = field(default_factory=list)

    def flush(self, session: Session, source_id: str) -> None:
        if self.created:
            rows = [{name: getattr(c, name) for name in _INSERTED} for c in self.created]
            # Ids matched by URL (unique): asking RETURNING to keep the rows' order would
            # make SQLite, which has no sentinel for it, insert one row per statement.
            ids = dict(
                session.execute(insert(CALLS).returning(CALLS.c.url, CALLS.c.id), rows).all()
            )
            for call in self.created:
                call.id = ids[call.url]
        deadline_rows = [
            {
                "call_id": c.id,
                "date": d.date,
                "time": d.time,
                "kind": d.kind,
                "precision": d.precision,
            }
            for c in self.deadlines.values()
            for d in c.deadlines
        ]
        _insert(session, DEADLINES, deadline_rows)
        # The rows replaced go after the new ones are in, as the unit of work did.
        replaced = [i for c in self.deadlines.values() for i in c.deadline_ids]
        for chunk in batches(replaced, CHUNK):
            session.execute(delete(DEADLINES).where(DEADLINES.c.id.in_(chunk)))
        _update_by_id(session, CALLS, [(c.id, c.changes()) for c in self.known.values()])
        link_rows = [
            {
                "call_id": c.id,
                "source_id": link.source_id,
                "url": link.url,
                "content_key": link.content_key,
                "deadlines_key": link.deadlines_key,
                "first_seen": self.now,
                "last_seen": self.now,
                "misses": 0,
                "active": True,
            }
            for c, link in self.links
        ]
        _insert(session, LINKS, link_rows)
        changed_links = [
            (
                link.id,
                {
                    "url": link.url,
                    "content_key": link.content_key,
                    "deadlines_key": link.deadlines_key,
                },
            )
            for c in self.known.values()
            for link in c.links
            if link.changed()
        ]
        _update_by_id(session, LINKS, changed_links)
        event_rows = [
            {
                "call_id": e.call.id,
                "source_id": source_id,
                "crawl_run_id": self.run_id,
                "kind": e.kind,
                "created_at": self.now,
                "changes": e.changes,
            }
            for e in self.events
        ]
        _insert(session, EVENTS, event_rows)
        version_rows = [
            {"call_id": c.id, "crawl_run_id": self.run_id, "recorded_at": self.now, "snapshot": s}
            for c, s in self.versions
        ]
        _insert(session, VERSIONS, version_rows)

    def mark_seen(self, session: Session, source_id: str) -> set[int]:
        """Known calls seen now, and listed by this source (new ones were written so)."""
        ids = sorted(self.known)
        for chunk in batches(ids, CHUNK):
            session.execute(update(CALLS).where(CALLS.c.id.in_(chunk)).values(last_seen=self.now))
            session.execute(
                update(LINKS)
                .where(LINKS.c.source_id == source_id, LINKS.c.call_id.in_(chunk))
                .values(last_seen=self.now, misses=0, active=True)
            )
        return {*ids, *(c.id for c in self.created)}


def _insert(session: Session, table, rows: list[dict]) -> None:
    for chunk in batches(rows, CHUNK):
        session.execute(insert(table), chunk)


def _update_by_id(session: Session, table, changes: Iterable[tuple[int, dict]]) -> None:
    """One executemany UPDATE per set of columns changed."""
    groups: dict[tuple[str, ...], list[dict]] = {}
    for row_id, values in changes:
        if values:
            groups.setdefault(tuple(sorted(values)), []).append({"row_id": row_id, **values})
    for rows in groups.values():
        # The keys that name columns make the SET clause.
        statement = update(table).where(table.c.id == bindparam("row_id"))
        for chunk in batches(rows, CHUNK):
            session.execute(statement, chunk)


def batches(values: Sequence, size: int) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
