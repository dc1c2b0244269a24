"""The outbox: every digest is a row before it is mail, so a crash loses nothing.

Building writes, in one transaction per subscriber, the outbox row (unique per
subscriber and period), one DigestItem per event or reminder it carries, and
the subscriber's ``last_digest_at``. Either all of it is there or none of it.

Senders *claim* rows before sending: ``FOR UPDATE SKIP LOCKED`` on PostgreSQL
lets several senders share the work, and the claim itself is a conditional
UPDATE (checked by its row count) so it also holds on SQLite. A claim is a
lease: a sender that died holding rows gives them back once it expires.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, and_, bindparam, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.notifications.message import build_message
from veille.notifications.selection import (
    Candidates,
    Sent,
    load_candidates,
    load_sent,
    period_of,
    select_digest,
    since_for,
)
from veille.settings import Settings
from veille.storage import Database
from veille.storage.models import DigestItem, OutboxMessage, Subscriber

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


@dataclass
class BuildReport:
    built: list[Built]
    empty: int
    already: int
    # True when ``should_stop`` ended the run before every subscriber was seen.
    interrupted: bool = False


# Subscribers whose digests are selected, rendered and written in one transaction.
BUILD_BATCH = 200


def build_due_digests(
    db: Database,
    settings: Settings,
    now: datetime,
    frequency: str | None = None,
    *,
    should_stop: Callable[[], bool] = lambda: False,
) -> BuildReport:
    """Write an outbox row for every subscriber whose digest for the current period is due.

    Due: active, confirmed, not paused, no row yet for this period, and something to tell.
    Running it twice in a period writes nothing the second time. ``frequency``
    limits the run to daily or weekly subscribers (the scheduler's two jobs).
    ``should_stop`` is asked between two subscribers, so a worker told to stop
    ends the build between two digests instead of minutes later.

    The events and calls every digest is chosen from are loaded once; subscribers
    go in batches of ``BUILD_BATCH``, each one transaction, and each message is
    dropped once written, so memory does not grow with the number of subscribers.
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
    report = BuildReport([], 0, 0)
    with db.session() as session:
        due = session.execute(query.order_by(Subscriber.id)).all()
        if not due:
            return report
        since = min(since_for(frequency, last, now) for _, frequency, last in due)
        ids = [row[0] for row in due]
        del due
        candidates = load_candidates(session, now, settings.tz, since)
        session.expunge_all()  # the candidates outlive this session, read-only
    for start in range(0, len(ids), BUILD_BATCH):
        batch = ids[start : start + BUILD_BATCH]
        outcomes: list[Built | str] = []
        try:
            with db.session() as session:
                for subscriber_id, sent in load_sent(session, batch, candidates).items():
                    if should_stop():
                        report.interrupted = True
                        break
                    outcomes.append(
                        _build_one(session, settings, subscriber_id, now, candidates, sent)
                    )
        except IntegrityError:
            # Another builder wrote one of these digests first: one by one, to keep the others.
            outcomes = []
            for sid in batch:
                if should_stop():
                    report.interrupted = True
                    break
                outcomes.append(_build_alone(db, settings, sid, now, candidates))
        for outcome in outcomes:
            if outcome == "empty":
                report.empty += 1
            elif outcome == "already":
                report.already += 1
            else:
                report.built.append(outcome)
        if report.interrupted:
            break
    return report


def _build_alone(
    db: Database, settings: Settings, subscriber_id: int, now: datetime, candidates: Candidates
) -> Built | str:
    try:
        with db.session() as session:
            sent = load_sent(session, [subscriber_id], candidates)[subscriber_id]
            return _build_one(session, settings, subscriber_id, now, candidates, sent)
    except IntegrityError:
        return "already"


def _build_one(
    session: Session,
    settings: Settings,
    subscriber_id: int,
    now: datetime,
    candidates: Candidates,
    sent: Sent,
) -> Built | str:
    """The new outbox row, or "already" (this period has one) or "empty" (nothing to tell)."""
    subscriber = session.get(Subscriber, subscriber_id)
    if subscriber is None or not subscriber.active:
        return "empty"
    period = period_of(subscriber.frequency, now, settings.tz)
    exists = session.scalar(
        select(OutboxMessage.id).where(
            OutboxMessage.subscriber_id == subscriber.id, OutboxMessage.period == period
        )
    )
    if exists:
        return "already"
    digest = select_digest(session, subscriber, now, settings.tz, candidates, sent)
    if not digest:
        return "empty"
    message = build_message(digest, settings)
    row = OutboxMessage(
        subscriber_id=subscriber.id,
        period=period,
        subject=str(message["Subject"]),
        message=message.as_string(),
        state=State.PENDING,
        attempts=0,
        created_at=now,
    )
    del message
    session.add(row)
    session.flush()
    items = []
    for entry in digest.entries:
        for event in entry.events:
            items.append(
                {
                    "subscriber_id": subscriber.id,
                    "outbox_id": row.id,
                    "call_id": entry.call.id,
                    "event_id": event.id,
                    "reminder_key": None,
                    "created_at": now,
                }
            )
        for _deadline, keys in entry.reminders:
            for key in keys:
                items.append(
                    {
                        "subscriber_id": subscriber.id,
                        "outbox_id": row.id,
                        "call_id": entry.call.id,
                        "event_id": None,
                        "reminder_key": key,
                        "created_at": now,
                    }
                )
    if items:
        session.execute(insert(DigestItem), items)
    subscriber.last_digest_at = now
    session.flush()
    # The message is in the database now: let the session forget the row's text.
    session.expunge(row)
    return Built(row.id, subscriber.id)


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
