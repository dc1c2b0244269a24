"""Per-page memory of each source, so an unchanged page is neither re-parsed nor re-recorded."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Text, bindparam, case, cast, delete, func, select, update
from sqlalchemy.orm import Session

from veille.storage.models import PageState, Source
from veille.storage.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class RememberedPage:
    """A page as it is to be remembered after this crawl.

    ``outputs`` None means the body is the one already stored (a 304 or the same
    hash): only its validators and fetch time change, its outputs stay as they are.
    """

    url: str
    body_hash: str
    outputs: dict[str, Any] | None = None
    etag: str | None = None
    last_modified: str | None = None


class Validators(NamedTuple):
    """What a request needs of a remembered page: small, so a whole source's fits in memory."""

    body_hash: str
    etag: str | None
    last_modified: str | None
    signature: str | None  # of the readers that produced the outputs


def load_validators(session: Session, source_id: str) -> dict[str, Validators]:
    """Every remembered page of a source, by URL, without its outputs."""
    rows = session.execute(
        select(
            PageState.url,
            PageState.body_hash,
            PageState.etag,
            PageState.last_modified,
            _signature(session),
        ).where(PageState.source_id == source_id)
    )
    return {url: Validators(*rest) for url, *rest in rows}


def load_outputs(
    session: Session, source_id: str, urls: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """The stored outputs of the given pages; a missing or unreadable row is left out (and logged)."""
    urls = list(urls)
    if not urls:
        return {}
    rows = session.execute(
        select(PageState.url, cast(PageState.outputs, Text)).where(
            PageState.source_id == source_id, PageState.url.in_(urls)
        )
    )
    found = {}
    for url, text in rows:
        try:
            outputs = json.loads(text)
        except (TypeError, ValueError) as exc:
            outputs = exc
        if isinstance(outputs, dict):
            found[url] = outputs
        else:
            log.warning("%s: the page memory of %s is unreadable (%s)", source_id, url, outputs)
    return found


def _signature(session: Session) -> ColumnElement[str | None]:
    """The readers' signature kept in a page's outputs, read by the database.

    SQLite's json_extract fails the whole query on one malformed row: such a row
    gets no signature (so it is read afresh) instead.
    """
    signature = PageState.outputs["signature"].as_string()
    if session.get_bind().dialect.name == "sqlite":
        return case((func.json_valid(PageState.outputs), signature))
    return signature


def save_pages(
    session: Session,
    source_id: str,
    pages: Iterable[RememberedPage],
    now: datetime | None = None,
) -> None:
    """Replace what is remembered of the given pages (others are kept).

    A page read afresh is written whole; one whose body did not change gets its
    validators and fetch time updated, its stored outputs left in place.
    """
    now = now or utcnow()
    fresh, same = [], []
    for page in pages:
        (same if page.outputs is None else fresh).append(page)
    if fresh:
        session.execute(
            delete(PageState).where(
                PageState.source_id == source_id, PageState.url.in_([p.url for p in fresh])
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
            for p in fresh
        )
        session.flush()
    if same:
        table = PageState.__table__
        session.execute(
            update(table)
            .where(table.c.source_id == source_id, table.c.url == bindparam("page_url"))
            .values(
                etag=bindparam("page_etag"),
                last_modified=bindparam("page_modified"),
                fetched_at=now,
            ),
            [
                {"page_url": p.url, "page_etag": p.etag, "page_modified": p.last_modified}
                for p in same
            ],
        )


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
