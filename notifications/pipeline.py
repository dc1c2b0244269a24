"""A sender's database work on a thread of its own, while its SMTP connection carries mail.

Marking a row sent, claiming the next rows and reading their messages take a
good part of an SMTP transaction's time. Done in line, the SMTP server would
wait for them after every message; here they run on the sender's database
thread while the next message travels.

What keeps the outbox's promise (claimed by one sender, sent once, marked sent;
after a SIGKILL at most one duplicate per connection):

* a row is marked sent only after the server accepted its message;
* the next message's final dot, the moment the server takes it, waits until
  that mark is committed (``gate``): at any instant at most one message of a
  connection is accepted and not yet marked;
* every other write of the sender (a failure, a release, a renewal) waits for
  all the thread's work first (``wait``), so the sender's writes keep their
  order and never queue behind each other for SQLite's write lock.

The next batch is claimed while the current one's first message goes out and
read while its last one does: a sender's SMTP connection waits for neither.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import Connection, select

from veille.notifications import outbox
from veille.settings import Settings
from veille.storage import Database
from veille.storage.models import OutboxBody, OutboxMessage, Subscriber

BATCH = 50


class Loaded(NamedTuple):
    raw: bytes
    name: str  # the .eml file name
    email: str
    active: bool
    failures: int  # the subscriber's permanent failures in a row, as read


class Batch(NamedTuple):
    ids: list[int]
    loaded: dict[int, Loaded]
    # time.monotonic() of the oldest claim among ``ids``: when renewing is due.
    claimed: float


def read_batch(db: Database, ids: list[int]) -> dict[int, Loaded]:
    """The messages and addresses of ``ids``, in one query."""
    if not ids:
        return {}
    with db.session() as session:
        rows = session.execute(
            select(
                OutboxMessage.id,
                OutboxBody.message,
                OutboxMessage.period,
                Subscriber.email,
                Subscriber.active,
                Subscriber.permanent_failures,
            )
            .join(Subscriber, Subscriber.id == OutboxMessage.subscriber_id)
            .outerjoin(OutboxBody, OutboxBody.outbox_id == OutboxMessage.id)
            .where(OutboxMessage.id.in_(ids))
        )
        return {
            row_id: Loaded(
                (message or "").encode("utf-8"),
                f"{row_id:06d}-{period.replace(':', '-')}.eml",
                email,
                active,
                failures,
            )
            for row_id, message, period, email, active, failures in rows
        }


class Pipeline:
    """One sender's database thread: marks, claims ahead, reads; see the module's rules."""

    def __init__(
        self,
        db: Database,
        settings: Settings,
        clock: Callable[[], datetime],
        worker: str,
        now: datetime,
    ):
        self.db, self.settings, self.clock, self.worker, self.now = db, settings, clock, worker, now
        self.thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veille-outbox")
        self.mark: Future | None = None
        self.last: Future | None = None
        self.connection: Connection | None = None
        # Touched on the thread only (or after ``wait``): the next batch's rows so far.
        self.ahead: list[int] = []
        self.ahead_since: float | None = None

    # Marks ---------------------------------------------------------------------

    def mark_sent(self, row_id: int, reset_failures: bool) -> None:
        """Mark ``row_id`` sent on the thread; the next ``gate`` waits for it."""
        self.gate()
        self.mark = self.last = self.thread.submit(self._mark, row_id, reset_failures)

    def _mark(self, row_id: int, reset_failures: bool) -> None:
        if self.connection is None:
            self.connection = self._connect()
        outbox.mark_sent_on(
            self.connection, row_id, self.worker, self.now, reset_failures=reset_failures
        )

    def _connect(self) -> Connection:
        """The thread's own connection for marks.

        On PostgreSQL its commits do not wait for the WAL to reach the disk
        (``synchronous_commit = off``), as SQLite's ``synchronous = NORMAL`` does
        not: a mark is committed, and survives veille being killed, when the
        server answers; only a crash of the database server itself can forget the
        last marks (PostgreSQL bounds it at three ``wal_writer_delay``, 0.6 s),
        and those digests are then sent again, never lost. The connection leaves
        the pool, so that setting reaches no other work.
        """
        connection = self.db.engine.connect()
        if connection.dialect.name == "postgresql":
            connection.detach()
            connection.exec_driver_sql("SET synchronous_commit TO off")
            connection.commit()
        return connection

    def gate(self) -> None:
        """Until the mark in flight is committed; raises what it raised."""
        mark, self.mark = self.mark, None
        if mark is not None:
            mark.result()

    def wait(self) -> None:
        """Until everything handed to the thread is done; raises what it raised."""
        self.gate()
        last, self.last = self.last, None
        if last is not None:
            last.result()

    # Claims --------------------------------------------------------------------

    def claim_ahead(self) -> None:
        """Claim the next batch's rows on the thread, after the mark in flight."""
        self.last = self.thread.submit(self._claim, BATCH)

    def _claim(self, limit: int) -> None:
        limit -= len(self.ahead)
        if limit <= 0:
            return
        taken = outbox.claim(self.db, self.settings, self.clock(), self.worker, limit=limit)
        if taken and self.ahead_since is None:
            self.ahead_since = time.monotonic()
        self.ahead.extend(taken)

    def next_batch(self) -> Future:
        """The next batch (a ``Future`` of ``Batch``): the rows claimed ahead, topped up, read."""
        self.last = self.thread.submit(self._next_batch)
        return self.last

    def _next_batch(self) -> Batch:
        self._claim(BATCH)  # tops up what ``claim_ahead`` took, or claims it all
        ids, since = self.ahead, self.ahead_since or time.monotonic()
        self.ahead, self.ahead_since = [], None
        return Batch(ids, read_batch(self.db, ids), since)

    def give_back(self) -> list[int]:
        """The rows claimed ahead and not handed out (the run stopped); after ``wait``."""
        ids, self.ahead, self.ahead_since = self.ahead, [], None
        return ids

    def close(self) -> None:
        try:
            self.wait()
        finally:
            if self.connection is not None:
                self.thread.submit(self.connection.close).result()
            self.thread.shutdown()
