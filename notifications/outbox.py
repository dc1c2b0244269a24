"""The outbox: every digest is a row before it is mail, so a crash loses nothing.

Building writes, in one transaction per batch of subscribers, each one's outbox
row (unique per subscriber and period), one DigestItem per event or reminder it
carries, and their ``last_digest_at``. Either all of a digest is there or none of it.

Senders *claim* rows before sending: ``FOR UPDATE SKIP LOCKED`` on PostgreSQL
lets several senders share the work, and the claim itself is a conditional
UPDATE (checked by its row count) so it also holds on SQLite. A claim is a
lease: a sender that died holding rows gives them back once it expires.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from array import array
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, and_, bindparam, column, insert, or_, select, table, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.notifications.message import DigestMail
from veille.notifications.selection import (
    Candidates,
    Digest,
    load_candidates,
    load_sent,
    period_of,
    select_digest,
    since_for,
)
from veille.settings import Settings
from veille.storage import Database, open_database
from veille.storage.models import DigestItem, OutboxBody, OutboxMessage, Subscriber

log = logging.getLogger(__name__)


class State:
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class Built(NamedTuple):
    """A digest written to the outbox: its row, not its message (that stays in the database)."""

    id: int
    subscriber_id: int


class BuiltList(Sequence[Built]):
    """The digests a build wrote, 16 bytes each (two arrays of ids), so that a build of
    a million digests reports them in a few megabytes; reads as a list of ``Built``."""

    def __init__(self, built: Iterable[Built] = ()):
        self._ids, self._subscribers = array("q"), array("q")
        self.extend(built)

    def append(self, built: Built) -> None:
        self._ids.append(built.id)
        self._subscribers.append(built.subscriber_id)

    def extend(self, built: Iterable[Built]) -> None:
        for one in built:
            self.append(one)

    def sort(self) -> None:
        """In the order the rows were written (their ids)."""
        pairs = sorted(zip(self._ids, self._subscribers, strict=True))
        self._ids = array("q", (row for row, _ in pairs))
        self._subscribers = array("q", (subscriber for _, subscriber in pairs))

    def __len__(self) -> int:
        return len(self._ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return Built(self._ids[index], self._subscribers[index])

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"BuiltList({list(self)!r})"


@dataclass
class BuildReport:
    built: BuiltList
    empty: int
    already: int
    # True when ``should_stop`` ended the run before every subscriber was seen.
    interrupted: bool = False


# Subscribers whose digests are selected, rendered and written in one transaction.
BUILD_BATCH = 200
# From this many due subscribers on, a build shares its batches among processes.
PARALLEL_FROM = 5_000


def build_due_digests(
    db: Database,
    settings: Settings,
    now: datetime,
    frequency: str | None = None,
    *,
    should_stop: Callable[[], bool] = lambda: False,
    processes: int | None = None,
) -> BuildReport:
    """Write an outbox row for every subscriber whose digest for the current period is due.

    Due: active, confirmed, not paused, no row yet for this period, and something to tell.
    Running it twice in a period writes nothing the second time. ``frequency``
    limits the run to daily or weekly subscribers (the scheduler's two jobs).
    ``should_stop`` is asked between two subscribers, so a worker told to stop
    ends the build between two digests instead of minutes later (between two
    batches when processes share the build).

    The events and calls every digest is chosen from are loaded once, and what
    every digest shares is rendered once (``DigestMail``); subscribers go in
    batches of ``BUILD_BATCH``, each read in a few queries and written in one
    transaction of multi-row INSERTs, and nothing of a batch is kept once it is
    written, so memory does not grow with the number of subscribers. From
    ``PARALLEL_FROM`` due subscribers on, ``processes`` (default: the cores, at
    most two) build the batches side by side, each with its own connection.
    """
    settings.check_delivery()
    today = now.astimezone(settings.tz).date()
    query = select(Subscriber.id, Subscriber.frequency, Subscriber.last_digest_at).where(
        Subscriber.active.is_(True),
        Subscriber.confirmed.is_(True),
        # A pause lasts through its last day.
        or_(Subscriber.paused_until.is_(None), Subscriber.paused_until < today),
    )
    if frequency is not None:
        query = query.where(Subscriber.frequency == frequency)
    report = BuildReport(BuiltList(), 0, 0)
    # The due subscribers' ids, 8 bytes each, read in slices: memory stays flat.
    ids, since = array("q"), None
    with db.session() as session:
        rows = session.execute(query.order_by(Subscriber.id).execution_options(yield_per=10_000))
        for subscriber_id, subscriber_frequency, last in rows:
            ids.append(subscriber_id)
            start = since_for(subscriber_frequency, last, now)
            since = start if since is None or start < since else since
    if since is None:
        return report
    batches = [ids[start : start + BUILD_BATCH] for start in range(0, len(ids), BUILD_BATCH)]
    if processes is None:
        processes = min(2, os.cpu_count() or 1) if len(ids) >= PARALLEL_FROM else 1
    if processes > 1 and len(batches) > 1:
        _build_in_processes(db, settings, now, since, batches, processes, should_stop, report)
        return report
    with db.session() as session:
        candidates = load_candidates(session, now, settings.tz, since)
        session.expunge_all()  # the candidates outlive this session, read-only
    mail = DigestMail(settings, now)
    for batch in batches:
        _tally(report, _build_committed(db, mail, batch, candidates, should_stop))
        if report.interrupted:
            break
    return report


def _tally(report: BuildReport, outcomes: list[Built | str]) -> None:
    for outcome in outcomes:
        if outcome == "empty":
            report.empty += 1
        elif outcome == "already":
            report.already += 1
        elif outcome == "stopped":
            report.interrupted = True
        else:
            report.built.append(outcome)


def _build_committed(
    db: Database,
    mail: DigestMail,
    batch: Iterable[int],
    candidates: Candidates,
    should_stop: Callable[[], bool],
) -> list[Built | str]:
    """One batch in one transaction; if another builder wrote one of its digests first
    (a unique constraint says so), one by one, to keep the others."""
    batch = list(batch)
    try:
        with db.session() as session:
            return _build_batch(session, mail, batch, candidates, should_stop)
    except IntegrityError:
        outcomes: list[Built | str] = []
        for sid in batch:
            if should_stop():
                outcomes.append("stopped")
                break
            outcomes.extend(_build_alone(db, mail, sid, candidates))
        return outcomes


def _build_in_processes(
    db: Database,
    settings: Settings,
    now: datetime,
    since: datetime,
    batches: list[array],
    processes: int,
    should_stop: Callable[[], bool],
    report: BuildReport,
) -> None:
    """The batches shared between this process and ``processes - 1`` fresh ones (spawned:
    safe beside the worker's threads), each loading the candidates once, taking the
    next batch not yet taken and writing it itself.

    A stop reaches the others through an event: each ends its batch between two
    digests and takes no other.
    """
    context = multiprocessing.get_context("spawn")
    stop = context.Event()
    taken = context.Value("i", 0)
    url = db.engine.url.render_as_string(hide_password=False)
    with ProcessPoolExecutor(
        processes - 1,
        mp_context=context,
        initializer=_start_builder,
        initargs=(url, settings, now, since, stop, taken, batches),
    ) as pool:
        helpers = [pool.submit(_build_taken_batches) for _ in range(processes - 1)]

        def stopping() -> bool:
            if not stop.is_set() and should_stop():
                stop.set()
            failed = [f for f in helpers if f.done() and f.exception() is not None]
            if failed:
                stop.set()
                raise failed[0].exception()
            return stop.is_set()

        try:
            with db.session() as session:
                candidates = load_candidates(session, now, settings.tz, since)
                session.expunge_all()
            mail = DigestMail(settings, now)
            _build_taken(db, mail, candidates, taken, batches, stopping, report)
            for helper in helpers:
                theirs = helper.result()
                report.built.extend(theirs.built)
                report.empty += theirs.empty
                report.already += theirs.already
                report.interrupted = report.interrupted or theirs.interrupted
        except BaseException:
            stop.set()
            raise
    report.built.sort()


def _build_taken(
    db: Database,
    mail: DigestMail,
    candidates: Candidates,
    taken,
    batches: list[array],
    should_stop: Callable[[], bool],
    report: BuildReport,
) -> BuildReport:
    """Build the next batch no process has taken yet, until none is left or a stop."""
    while not report.interrupted:
        if should_stop():
            report.interrupted = taken.value < len(batches)
            break
        with taken.get_lock():
            index = taken.value
            taken.value += 1
        if index >= len(batches):
            break
        _tally(report, _build_committed(db, mail, batches[index], candidates, should_stop))
    return report


# In a helper process: what ``_build_taken`` works with there.
_builder: tuple | None = None


def _start_builder(url, settings, now, since, stop, taken, batches) -> None:
    global _builder
    db = open_database(url, migrate=False)
    with db.session() as session:
        candidates = load_candidates(session, now, settings.tz, since)
        session.expunge_all()
    _builder = (db, DigestMail(settings, now), candidates, taken, batches, stop.is_set)


def _build_taken_batches() -> BuildReport:
    return _build_taken(*_builder, BuildReport(BuiltList(), 0, 0))


def _build_alone(
    db: Database, mail: DigestMail, subscriber_id: int, candidates: Candidates
) -> list[Built | str]:
    try:
        with db.session() as session:
            return _build_batch(session, mail, [subscriber_id], candidates)
    except IntegrityError:
        return ["already"]


def _build_batch(
    session: Session,
    mail: DigestMail,
    subscriber_ids: list[int],
    candidates: Candidates,
    should_stop: Callable[[], bool] = lambda: False,
) -> list[Built | str]:
    """Select, write and queue the digests of these subscribers, in this session's transaction.

    One outcome per subscriber seen, in order: a ``Built``, "already" (this period has
    a row), "empty" (nothing to tell), and "stopped" last if ``should_stop`` ended it.
    Reads: the subscribers, their rows for this period, what they already had
    (``load_sent``); writes: the outbox rows, their bodies and digest items in
    multi-row INSERTs, and ``last_digest_at`` in one UPDATE.
    """
    now, tz = mail.now, mail.tz
    found = {
        subscriber.id: subscriber
        for subscriber in session.scalars(
            select(Subscriber).where(Subscriber.id.in_(subscriber_ids))
        )
    }
    periods = {sid: period_of(s.frequency, now, tz) for sid, s in found.items()}
    taken = {
        (subscriber_id, period)
        for subscriber_id, period in session.execute(
            select(OutboxMessage.subscriber_id, OutboxMessage.period).where(
                OutboxMessage.subscriber_id.in_(list(found)),
                OutboxMessage.period.in_(set(periods.values())),
            )
        )
    }
    sent = load_sent(session, list(found), candidates)
    outcomes: list[Built | str] = []
    rows: list[dict] = []
    bodies: list[str] = []
    digests = []
    for subscriber_id in subscriber_ids:
        if should_stop():
            outcomes.append("stopped")
            break
        subscriber = found.get(subscriber_id)
        if subscriber is None or not subscriber.active:
            outcomes.append("empty")
            continue
        if (subscriber_id, periods[subscriber_id]) in taken:
            outcomes.append("already")
            continue
        digest = select_digest(session, subscriber, now, tz, candidates, sent[subscriber_id])
        if not digest:
            outcomes.append("empty")
            continue
        written = mail.write(digest)
        rows.append(
            {
                "subscriber_id": subscriber_id,
                "period": digest.period,
                "subject": written.subject,
                "state": State.PENDING,
                "attempts": 0,
                "created_at": now,
            }
        )
        bodies.append(written.message)
        digests.append(digest)
        outcomes.append(subscriber_id)  # replaced by its Built below
    if not rows:
        return outcomes
    row_ids = session.scalars(
        insert(OutboxMessage).returning(OutboxMessage.id, sort_by_parameter_order=True), rows
    ).all()
    session.execute(
        insert(OutboxBody),
        [
            {"outbox_id": row_id, "message": body}
            for row_id, body in zip(row_ids, bodies, strict=True)
        ],
    )
    del rows, bodies
    created_at = _stored_time(session, now)
    items = [
        item
        for row_id, digest in zip(row_ids, digests, strict=True)
        for item in _items(digest, row_id, created_at)
    ]
    session.execute(_plain_items.insert(), items)
    built = [digest.subscriber.id for digest in digests]
    session.execute(
        update(Subscriber)
        .where(Subscriber.id.in_(built))
        .values(last_digest_at=now)
        .execution_options(synchronize_session=False)
    )
    by_subscriber = dict(zip(built, row_ids, strict=True))
    return [
        Built(by_subscriber[outcome], outcome) if isinstance(outcome, int) else outcome
        for outcome in outcomes
    ]


# digest_items without column types: its rows (tens per digest, millions in a big build)
# go in as they are, ``created_at`` converted once per batch by the column's own type.
# Not the ORM's bulk insert either, which splits the rows by which values are None.
_plain_items = table(
    DigestItem.__tablename__,
    *(column(name) for name in ("subscriber_id", "outbox_id", "call_id", "event_id")),
    *(column(name) for name in ("reminder_key", "created_at")),
)


def _stored_time(session: Session, value: datetime):
    """``value`` as the created_at column's type hands it to this database's driver."""
    dialect = session.get_bind().dialect
    processor = DigestItem.__table__.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
    return processor(value) if processor else value


def _items(digest: Digest, outbox_id: int, created_at) -> list[dict]:
    """The digest's DigestItems: one per event and one per reminder key it carries."""
    items = []
    for entry in digest.entries:
        for event in entry.events:
            items.append(
                {
                    "subscriber_id": digest.subscriber.id,
                    "outbox_id": outbox_id,
                    "call_id": entry.call.id,
                    "event_id": event.id,
                    "reminder_key": None,
                    "created_at": created_at,
                }
            )
        for _deadline, keys in entry.reminders:
            for key in keys:
                items.append(
                    {
                        "subscriber_id": digest.subscriber.id,
                        "outbox_id": outbox_id,
                        "call_id": entry.call.id,
                        "event_id": None,
                        "reminder_key": key,
                        "created_at": created_at,
                    }
                )
    return items


def claim(
    db: Database, settings: Settings, now: datetime, worker: str, limit: int = 50
) -> list[int]:
    """Take up to ``limit`` rows to send: pending and due, or held by a claim that expired.

    Two statements in one transaction: the rows are chosen (``FOR UPDATE SKIP
    LOCKED`` on PostgreSQL, so two senders never wait on or take the same row),
    then one UPDATE stamps the claim, checking the condition again, which is what
    holds on SQLite, and returns the rows it took. Empty only when nothing is left
    to claim (a sender stops on an empty claim). (One statement with the choice
    as a subquery is not safe on PostgreSQL: a semi-join may run the subquery again
    for each row and, skipping what it locked before, take far more than ``limit``.)
    """
    claimable = _claimable(settings, now)
    while True:
        with db.engine.begin() as connection:
            candidates = connection.scalars(claim_candidates(settings, now, limit)).all()
            if not candidates:
                return []
            taken = connection.scalars(
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(candidates), claimable)
                .values(state=State.SENDING, claimed_at=now, claimed_by=worker)
                .returning(OutboxMessage.id)
            ).all()
        if taken:
            return sorted(taken)
        # On SQLite another sender took every candidate between our two statements:
        # choose again, so that an empty claim always means nothing is left to take.


def _claimable(settings: Settings, now: datetime):
    expired = now - timedelta(seconds=settings.claim_lease)
    return or_(
        and_(
            OutboxMessage.state == State.PENDING,
            or_(OutboxMessage.next_attempt_at.is_(None), OutboxMessage.next_attempt_at <= now),
        ),
        and_(OutboxMessage.state == State.SENDING, OutboxMessage.claimed_at < expired),
    )


def claim_candidates(settings: Settings, now: datetime, limit: int):
    """The rows a claim would take, locked; answered from ``ix_outbox_claim`` alone."""
    return (
        select(OutboxMessage.id)
        .where(_claimable(settings, now))
        .order_by(OutboxMessage.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )


def _still_ours(row_ids: list[int], worker: str):
    """Rows of ``row_ids`` this sender claimed and still holds (another may have taken over)."""
    return and_(
        OutboxMessage.id.in_(row_ids),
        OutboxMessage.state == State.SENDING,
        OutboxMessage.claimed_by == worker,
    )


def renew(db: Database, row_id: int, worker: str, at: datetime) -> bool:
    """Extend our claim on one row; False if it expired and another sender took it."""
    return row_id in renew_many(db, [row_id], worker, at)


def renew_many(db: Database, row_ids: list[int], worker: str, at: datetime) -> set[int]:
    """Extend our claim on a batch at once; returns the rows still ours."""
    if not row_ids:
        return set()
    with db.engine.begin() as connection:
        return set(
            connection.scalars(
                update(OutboxMessage)
                .where(_still_ours(row_ids, worker))
                .values(claimed_at=at)
                .returning(OutboxMessage.id)
            )
        )


_OUTBOX = OutboxMessage.__table__
_SUBSCRIBERS = Subscriber.__table__
_SENT = {
    "state": State.SENT,
    "sent_at": bindparam("now"),
    "attempts": _OUTBOX.c.attempts + 1,
    "last_error": None,
    "next_attempt_at": None,
}
# Built once: marking sent runs once a message, and only its values change.
_MARK_OURS = (
    update(_OUTBOX)
    .where(_OUTBOX.c.id == bindparam("row_id"), _OUTBOX.c.claimed_by == bindparam("worker"))
    .values(_SENT)
    .returning(_OUTBOX.c.subscriber_id)
)
_MARK_ANY = update(_OUTBOX).where(_OUTBOX.c.id == bindparam("row_id")).values(_SENT)
_HOLDER = select(_OUTBOX.c.claimed_by, _OUTBOX.c.subscriber_id).where(
    _OUTBOX.c.id == bindparam("row_id")
)
_FAILURES_RESET = (
    update(_SUBSCRIBERS)
    .where(_SUBSCRIBERS.c.id == bindparam("subscriber_id"), _SUBSCRIBERS.c.permanent_failures != 0)
    .values(permanent_failures=0)
)


def mark_sent(db: Database, row_id: int, worker: str, now: datetime) -> None:
    """Sent, in its own transaction, as soon as the server took the message."""
    with db.engine.connect() as connection:
        mark_sent_on(connection, row_id, worker, now)


def mark_sent_on(
    connection: Connection, row_id: int, worker: str, now: datetime, *, reset_failures=True
) -> None:
    """Mark one row sent in one transaction of ``connection`` (a sender keeps one open).

    The usual case is one UPDATE by primary key, checked against our claim. The
    subscriber's run of permanent failures is reset in the same transaction, unless
    the sender read it as zero with the batch (``reset_failures=False``): one
    statement less per message, for a count that was already zero.
    """
    values = {"row_id": row_id, "worker": worker, "now": now}
    with connection.begin():
        subscriber_id = connection.execute(_MARK_OURS, values).scalar()
        if subscriber_id is None:
            claimed = connection.execute(_HOLDER, values).first()
            if claimed is None:
                return
            holder, subscriber_id = claimed
            log.warning(
                "outbox %s was sent after its claim expired and passed to %s", row_id, holder
            )
            connection.execute(_MARK_ANY, values)
        if reset_failures:
            connection.execute(_FAILURES_RESET, {"subscriber_id": subscriber_id})


def mark_temporary_failure(
    db: Database, row_id: int, error: str, now: datetime, *, max_attempts: int = 12
) -> None:
    """Back to pending, to be tried again later (an hour at most between tries)."""
    with db.session() as session:
        row = session.get(OutboxMessage, row_id)
        if row is None:
            return
        row.attempts += 1
        row.last_error = error
        row.claimed_at = None
        row.claimed_by = None
        if row.attempts >= max_attempts:
            row.state = State.FAILED
            return
        row.state = State.PENDING
        row.next_attempt_at = now + timedelta(seconds=min(60 * 2 ** (row.attempts - 1), 3600))


def mark_permanent_failure(
    db: Database, row_id: int, error: str, now: datetime, *, disable_after: int = 3
) -> bool:
    """Failed for good; returns True if this failure disabled the subscriber."""
    with db.session() as session:
        row = session.get(OutboxMessage, row_id)
        if row is None:
            return False
        row.state = State.FAILED
        row.attempts += 1
        row.last_error = error
        row.claimed_at = None
        row.claimed_by = None
        subscriber = session.get(Subscriber, row.subscriber_id)
        if subscriber is None:
            return False
        subscriber.permanent_failures += 1
        if subscriber.permanent_failures >= disable_after and subscriber.active:
            subscriber.active = False
            return True
        return False


def cancel(db: Database, row_id: int, reason: str) -> None:
    """Failed without trying: the subscriber left after the digest was written."""
    with db.session() as session:
        row = session.get(OutboxMessage, row_id)
        if row is not None:
            row.state = State.FAILED
            row.last_error = reason
            row.claimed_at = None
            row.claimed_by = None


def release(db: Database, row_ids: list[int], worker: str) -> None:
    """Give back claimed rows not tried (a batch stopped early), without counting an attempt."""
    if not row_ids:
        return
    with db.engine.begin() as connection:
        connection.execute(
            update(OutboxMessage)
            .where(_still_ours(row_ids, worker))
            .values(state=State.PENDING, claimed_at=None, claimed_by=None)
        )


def retry(db: Database, row_id: int) -> OutboxMessage:
    """Put a failed (or waiting) row back in line to be sent at the next run."""
    with db.session() as session:
        row = session.get(OutboxMessage, row_id)
        if row is None:
            raise UserError(f"there is no outbox message {row_id}.")
        if row.state == State.SENT:
            raise UserError(f"outbox message {row_id} was already sent; it is not sent twice.")
        if row.state == State.SENDING:
            raise UserError(f"outbox message {row_id} is being sent right now.")
        row.state = State.PENDING
        row.next_attempt_at = None
        row.claimed_at = None
        row.claimed_by = None
        session.flush()
        return row


def list_rows(db: Database, state: str | None = None) -> list[dict]:
    with db.session() as session:
        query = (
            select(OutboxMessage, Subscriber.email)
            .join(Subscriber, Subscriber.id == OutboxMessage.subscriber_id)
            .order_by(OutboxMessage.id)
        )
        if state:
            query = query.where(OutboxMessage.state == state)
        return [
            {
                "id": row.id,
                "email": email,
                "period": row.period,
                "state": row.state,
                "attempts": row.attempts,
                "subject": row.subject,
                "created_at": row.created_at.isoformat(),
                "sent_at": row.sent_at.isoformat() if row.sent_at else None,
                "next_attempt_at": row.next_attempt_at.isoformat() if row.next_attempt_at else None,
                "last_error": row.last_error,
            }
            for row, email in session.execute(query)
        ]
