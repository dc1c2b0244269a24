"""Read-only questions the command line and the digests ask of storage."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from veille.storage.models import (
    Base,
    Call,
    CallSource,
    CallStatus,
    CrawlRun,
    Event,
    Source,
)
from veille.storage.record import snapshot


def list_calls(session: Session, today: date, *, open_only: bool = False) -> list[dict]:
    """Every call (or the open ones), next deadline first, as plain dicts."""
    query = select(Call).options(selectinload(Call.deadlines), selectinload(Call.links))
    if open_only:  # what a reader may still answer: open, and a call at all
        query = query.where(Call.status == CallStatus.OPEN, Call.relevant.is_(True))
    calls = [_call_dict(call, today) for call in session.scalars(query)]
    return sorted(calls, key=lambda c: (c["next_deadline"] or "9999", c["title"].casefold()))


def list_events(session: Session, *, since: datetime | None = None) -> list[dict]:
    query = select(Event).options(selectinload(Event.call)).order_by(Event.created_at, Event.id)
    if since is not None:
        query = query.where(Event.created_at >= since)
    return [
        {
            "id": event.id,
            "kind": event.kind,
            "created_at": event.created_at.isoformat(),
            "source": event.source_id,
            "call_id": event.call_id,
            "title": event.call.title,
            "url": event.call.url,
            "changes": event.changes,
        }
        for event in session.scalars(query)
    ]


def table_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }


def last_crawls(session: Session) -> list[dict]:
    """Each source with its latest crawl, if it has one."""
    latest = (
        select(CrawlRun.source_id, func.max(CrawlRun.id).label("run_id"))
        .group_by(CrawlRun.source_id)
        .subquery()
    )
    rows = session.execute(
        select(Source, CrawlRun)
        .outerjoin(latest, latest.c.source_id == Source.id)
        .outerjoin(CrawlRun, CrawlRun.id == latest.c.run_id)
        .order_by(Source.id)
    )
    open_calls = dict(
        session.execute(
            select(CallSource.source_id, func.count())
            .join(Call)
            .where(Call.status == CallStatus.OPEN, CallSource.active.is_(True))
            .group_by(CallSource.source_id)
        ).all()
    )
    return [
        {
            "source": source.id,
            "open_calls": open_calls.get(source.id, 0),
            "last_crawl": run.finished_at.isoformat() if run and run.finished_at else None,
            "status": run.status if run else None,
            "items": run.items if run else None,
            "events": run.events if run else None,
            "suspicious": run.suspicious if run else None,
            "notes": run.notes if run else None,
        }
        for source, run in rows
    ]


def _call_dict(call: Call, today: date) -> dict:
    data = {"id": call.id, **snapshot(call)}
    upcoming = [d["date"] for d in data["deadlines"] if d["date"] >= today.isoformat()]
    data["next_deadline"] = min(upcoming) if upcoming else None
    data["sources"] = sorted(link.source_id for link in call.links)
    data["relevant"] = call.relevant
    data["regions"] = list(call.regions or [])
    data["specialties"] = list(call.specialties or [])
    data["first_seen"] = call.first_seen.isoformat()
    data["last_seen"] = call.last_seen.isoformat()
    return data
