"""The tables of veille, as SQLAlchemy 2 typed models.

A Call is one opportunity, known by its canonical URL; every Source that lists
it is linked through a CallSource, which remembers what *that* source last
said, so that two sources disagreeing never look like a change.
"""

from __future__ import annotations

import datetime as dt
import secrets
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from veille.storage.types import JSONType, UTCDateTime, utcnow


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {
        datetime: UTCDateTime,
        dict[str, Any]: JSONType,
        list[str]: JSONType,
    }


class CallStatus:
    OPEN = "open"
    CLOSED = "closed"
    GONE = "gone"


class EventKind:
    NEW = "new"
    UPDATED = "updated"
    DEADLINE_CHANGED = "deadline_changed"
    CLOSED = "closed"
    GONE = "gone"
    REOPENED = "reopened"


class RunStatus:
    OK = "ok"
    PARTIAL = "partial"
    FAILED = "failed"
    RUNNING = "running"  # being recorded; a kill leaves it so until the next crawl


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    organisation: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Call(Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2000), unique=True)
    title: Mapped[str] = mapped_column(Text)
    # Normalised title, for matching one call relayed under another URL.
    title_key: Mapped[str] = mapped_column(String(500), index=True)
    summary: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(String(300))
    categories: Mapped[list[str]] = mapped_column(default=list)
    audience: Mapped[list[str]] = mapped_column(default=list)
    # Read from the call's own text (migration 0007): subscriber filters match these.
    regions: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    specialties: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    # False for a post that is not a call (an election, a party, a survey…): never mailed.
    relevant: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    published: Mapped[dt.date | None] = mapped_column(Date)
    opens: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default=CallStatus.OPEN, index=True)
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)

    deadlines: Mapped[list[Deadline]] = relationship(
        back_populates="call",
        cascade="all, delete-orphan",
        order_by="(Deadline.date, Deadline.time)",
    )
    links: Mapped[list[CallSource]] = relationship(
        back_populates="call", cascade="all, delete-orphan"
    )


class Deadline(Base):
    __tablename__ = "deadlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    date: Mapped[dt.date] = mapped_column(Date, index=True)
    time: Mapped[dt.time | None] = mapped_column(Time)
    kind: Mapped[str] = mapped_column(String(30), default="application")
    # "day" or "month": "fin mars" is known to the month only.
    precision: Mapped[str] = mapped_column(String(10), default="day")

    call: Mapped[Call] = relationship(back_populates="deadlines")


class CallSource(Base):
    """One source listing one call, with that source's own last word on it."""

    __tablename__ = "call_sources"
    __table_args__ = (UniqueConstraint("call_id", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000), index=True)
    content_key: Mapped[str] = mapped_column(String(64))
    deadlines_key: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
    # Complete, successful crawls of this source in a row that did not list the call.
    misses: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)

    call: Mapped[Call] = relationship(back_populates="links")


class CallVersion(Base):
    """A snapshot of a call each time what is stored about it changes."""

    __tablename__ = "call_versions"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    crawl_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    snapshot: Mapped[dict[str, Any]]


class Event(Base):
    """The unit of notification: something a subscriber may want to hear about."""

    __tablename__ = "events"
    __table_args__ = (Index("ix_events_created_at", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    crawl_run_id: Mapped[int | None] = mapped_column(
        ForeignKey("crawl_runs.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(30))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # For changes: {"field": {"old": ..., "new": ...}}.
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)

    call: Mapped[Call] = relationship()


class CrawlRun(Base):
    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    status: Mapped[str] = mapped_column(String(20), default=RunStatus.OK)
    items: Mapped[int] = mapped_column(Integer, default=0)
    events: Mapped[int] = mapped_column(Integer, default=0)
    suspicious: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)


class Subscriber(Base):
    __tablename__ = "subscribers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    # {"categories": [...], "audience": [...], "regions": [...], "specialties": [...],
    #  "sources": [...], "keywords": [...]}; an empty list means everything.
    filters: Mapped[dict[str, Any]] = mapped_column(default=dict)
    frequency: Mapped[str] = mapped_column(String(10), default="weekly")
    confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    permanent_failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_digest_at: Mapped[datetime | None]
    # Bound into every signed link; a new one for each new subscription of an address,
    # so a link from an earlier subscription (or an erased one with the same id) is void.
    token_key: Mapped[str] = mapped_column(String(32), default=lambda: secrets.token_hex(8))
    # Set when the person left (link or one-click); an operator must insist to add them back.
    unsubscribed_at: Mapped[datetime | None]
    # No digest until this day (Europe/Paris) has passed.
    paused_until: Mapped[dt.date | None] = mapped_column(Date)


class OutboxMessage(Base):
    """A digest waiting to be sent: written before sending, so a crash loses nothing."""

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "period"),
        # A claim answered from the index alone (migration 0010 says why).
        Index("ix_outbox_claim", "state", "next_attempt_at", "claimed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    # For example "daily:2026-11-25" or "weekly:2026-W48".
    period: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(Text)
    # The message itself is in ``OutboxBody``.
    state: Mapped[str] = mapped_column(String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None]
    claimed_by: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None]
    # After a temporary failure: not tried again before this moment.
    next_attempt_at: Mapped[datetime | None]


class OutboxBody(Base):
    """An outbox row's message, apart from the row: written once with it, read to send it.

    Claiming and marking a row rewrite the row; on SQLite a ~50 KB message kept in
    it was rewritten with it every time (migration 0011). Gone when the row is, and
    when retention drops the bodies of digests sent long ago.
    """

    __tablename__ = "outbox_bodies"

    outbox_id: Mapped[int] = mapped_column(
        ForeignKey("outbox.id", ondelete="CASCADE"), primary_key=True
    )
    message: Mapped[str] = mapped_column(Text)


class DigestItem(Base):
    """One event or one reminder that went into one digest, so it never goes twice.

    Written in the same transaction as its outbox row. The unique constraints
    are the guarantee: an event once per subscriber; a reminder once per
    subscriber, call and ``reminder_key`` (window, deadline kind, date and
    time, so a deadline that moves can be reminded again).
    """

    __tablename__ = "digest_items"
    __table_args__ = (
        UniqueConstraint("subscriber_id", "event_id"),
        UniqueConstraint("subscriber_id", "call_id", "reminder_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(
        ForeignKey("subscribers.id", ondelete="CASCADE"), index=True
    )
    outbox_id: Mapped[int] = mapped_column(ForeignKey("outbox.id", ondelete="CASCADE"), index=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    # Exactly one of the two is set.
    event_id: Mapped[int | None] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    reminder_key: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class JobState(Base):
    """When a scheduled job last ran, and who holds it now, so restarts and replicas agree."""

    __tablename__ = "job_state"

    name: Mapped[str] = mapped_column(String(200), primary_key=True)
    # Start of the last run that succeeded: the schedule counts from it.
    last_success_at: Mapped[datetime | None]
    last_started_at: Mapped[datetime | None]
    last_finished_at: Mapped[datetime | None]
    last_status: Mapped[str | None] = mapped_column(String(20))
    last_error: Mapped[str | None] = mapped_column(Text)
    runs: Mapped[int] = mapped_column(Integer, default=0)
    # Failed runs since the last success: the retry back-off grows with it.
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_until: Mapped[datetime | None]


class Worker(Base):
    """One ``veille run`` process, with its heartbeat for health checks."""

    __tablename__ = "workers"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(200))
    pid: Mapped[int] = mapped_column(Integer)
    started_at: Mapped[datetime] = mapped_column(default=utcnow)
    heartbeat_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    stopped_at: Mapped[datetime | None]


class PageState(Base):
    """What a source's page said last time: validators for a 304, a body hash, and its outputs.

    Kept by us rather than by Scrapy's HTTP cache, which never revalidates a
    ``no-cache`` page and re-parses the body even after a 304.
    """

    __tablename__ = "page_states"
    __table_args__ = (UniqueConstraint("source_id", "url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    etag: Mapped[str | None] = mapped_column(String(500))
    last_modified: Mapped[str | None] = mapped_column(String(100))
    body_hash: Mapped[str] = mapped_column(String(64))
    # {"items": [...], "follows": [...]}: what reading the page produced.
    outputs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)


class Follow(Base):
    """A subscriber following one call: its reminders and changes reach them whatever
    their filters say (issue 10, point 7)."""

    __tablename__ = "follows"
    __table_args__ = (UniqueConstraint("subscriber_id", "call_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    subscriber_id: Mapped[int] = mapped_column(ForeignKey("subscribers.id", ondelete="CASCADE"))
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
