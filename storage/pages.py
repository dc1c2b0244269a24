"""Per-page memory of each source, so an unchanged page is neither re-parsed nor re-recorded."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from veille.storage.models import PageState, Source
from veille.storage.types import utcnow


@dataclass
class RememberedPage:
    url: str
    body_hash: str
    outputs: dict[str, Any] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None


def load_pages(session: Session, source_id: str) -> dict[str, RememberedPage]:
    """Every page remembered for a source, by URL."""
    rows = session.scalars(select(PageState).where(PageState.source_id == source_id))
    return {
        row.url: RememberedPage(row.url, row.body_hash, row.outputs, row.etag, row.last_modified)
        for row in rows
    }


def save_pages(
    session: Session,
    source_id: str,
    pages: Iterable[RememberedPage],
    now: datetime | None = None,
) -> None:
    """Replace what is remembered of the given pages (others are kept)."""
    now = now or utcnow()
    pages = list(pages)
    if not pages:
        return
    session.execute(
        delete(PageState).where(
            PageState.source_id == source_id, PageState.url.in_([p.url for p in pages])
        )
    )
    session.add_all(
        PageState(
            source_id=source_id,
            url=p.url,
            etag=p.etag,
            last_modified=p.last_modified,
            body_hash=p.body_hash,
            outputs=p.outputs,
            fetched_at=now,
        )
        for p in pages
    )
    session.flush()


def upsert_source(
    session: Session,
    source_id: str,
    name: str,
    organisation: str | None,
    now: datetime | None = None,
) -> Source:
    """The Source row named as the registry says, created if new."""
    source = session.get(Source, source_id)
    if source is None:
        source = Source(
            id=source_id, name=name, organisation=organisation, created_at=now or utcnow()
        )
        session.add(source)
    else:
        source.name = name
        source.organisation = organisation
    session.flush()
    return source
