"""Forgetting what is no longer needed, so the database does not grow for ever."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from veille.storage.models import CallVersion, OutboxBody, OutboxMessage


def prune(session: Session, before: datetime) -> dict[str, int]:
    """Drop call versions older than ``before`` (each call keeps its latest) and
    the bodies of digests sent before it (the row stays, as proof of sending)."""
    latest = select(func.max(CallVersion.id)).group_by(CallVersion.call_id)
    versions = session.execute(
        delete(CallVersion)
        .where(CallVersion.recorded_at < before, CallVersion.id.not_in(latest))
        .execution_options(synchronize_session=False)
    ).rowcount
    sent_before = select(OutboxMessage.id).where(
        OutboxMessage.state == "sent", OutboxMessage.sent_at < before
    )
    bodies = session.execute(
        delete(OutboxBody)
        .where(OutboxBody.outbox_id.in_(sent_before))
        .execution_options(synchronize_session=False)
    ).rowcount
    return {"call_versions": versions, "outbox_bodies": bodies}
