"""Subscribers: checked addresses and filters, CSV import, and the GDPR rights.

Everything a person can get wrong (an address, a frequency, a CSV row) is
checked before anything is written, and reported as a UserError, so a bad
import changes nothing.
"""

from __future__ import annotations

import csv
import io
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.spiders.extract.vocabulary import load as load_vocabulary
from veille.storage.models import DigestItem, Event, OutboxBody, OutboxMessage, Subscriber

FILTER_KEYS = ("categories", "audience", "regions", "specialties", "sources", "keywords")
FREQUENCIES = ("daily", "weekly")
CSV_COLUMNS = ("email", *FILTER_KEYS, "frequency")
# Inside one CSV cell, several values are separated by ";" (the comma separates cells).
CSV_LIST_SEPARATOR = ";"
# Filters whose values are the extractor's own vocabulary (spiders/extract/vocab/*.toml).
VOCABULARY_FILTERS = ("categories", "audience", "regions", "specialties")
FILTER_NAMES = {
    "categories": "catégorie",
    "audience": "public",
    "regions": "région",
    "specialties": "spécialité",
}
FREQUENCY_LABELS = {"daily": "Chaque jour", "weekly": "Chaque semaine (le lundi)"}


class AlreadyUnsubscribed(UserError):
    """The person left on their own; only an explicit operator choice brings them back."""


def choices(key: str) -> list[tuple[str, str]]:
    """(value, French label) of every value a vocabulary filter accepts, in file order."""
    return [(entry.key, entry.label) for entry in load_vocabulary(key).entries]


def check_filter_values(filters: Mapping[str, list[str]]) -> None:
    """A UserError, in French, for the first value no vocabulary knows (it would match nothing)."""
    for key in VOCABULARY_FILTERS:
        known = [value for value, _ in choices(key)]
        for value in filters.get(key) or []:
            if value not in known:
                raise UserError(
                    f"« {value} » n’est pas une {FILTER_NAMES[key]} connue ({key}) ; "
                    f"valeurs possibles : {', '.join(known)}."
                )


def normalise_email(address: str) -> str:
    """The address as stored, or a UserError saying what is wrong with it.

    Syntax only: no DNS look-up, so tests and offline laptops work and a
    slow resolver never blocks an import. Internationalised addresses pass.
    """
    address = (address or "").strip()
    if not address:
        raise UserError("the e-mail address is empty.")
    try:
        checked = validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        raise UserError(f"{address!r} is not a valid e-mail address: {exc}") from None
    # Stored in lower case: mailbox names are case-blind at every provider in practice,
    # and "Marie.Curie@" and "marie.curie@" must not become two subscriptions.
    return checked.normalized.lower()


def clean_filters(raw: Mapping[str, Iterable[str] | str | None]) -> dict[str, list[str]]:
    """Filters as stored: each key present, values trimmed, de-duplicated and sorted."""
    filters: dict[str, list[str]] = {}
    for key in FILTER_KEYS:
        value = raw.get(key) or []
        if isinstance(value, str):
            value = [value]
        parts: set[str] = set()
        for item in value:
            for piece in str(item).replace(CSV_LIST_SEPARATOR, ",").split(","):
                piece = " ".join(piece.split())
                if piece:
                    parts.add(piece if key == "keywords" else piece.lower())
        filters[key] = sorted(parts)
    return filters


def check_frequency(value: str | None) -> str:
    value = (value or "weekly").strip().lower()
    if value not in FREQUENCIES:
        raise UserError(f"{value!r} is not a frequency: use daily or weekly.")
    return value


def find(session: Session, email: str) -> Subscriber:
    """The subscriber with this address, or a UserError."""
    address = normalise_email(email)
    subscriber = session.scalars(select(Subscriber).where(Subscriber.email == address)).first()
    if subscriber is None:
        raise UserError(f"no subscriber has the address {address}.")
    return subscriber


def add(
    session: Session,
    email: str,
    filters: Mapping[str, Iterable[str] | str | None],
    frequency: str | None,
    *,
    now: datetime,
    resubscribe: bool = False,
) -> tuple[Subscriber, bool]:
    """Add a subscriber, or update the filters of an existing one; True if created.

    Added by an operator, so confirmed: consent was collected elsewhere (a form,
    a sign-up sheet). A person who unsubscribed is refused unless ``resubscribe``:
    they said no, and an import must not silently say yes for them.
    """
    address = normalise_email(email)
    cleaned = clean_filters(filters)
    check_filter_values(cleaned)
    frequency = check_frequency(frequency)
    subscriber = session.scalars(select(Subscriber).where(Subscriber.email == address)).first()
    created = subscriber is None
    if subscriber is None:
        subscriber = Subscriber(email=address, created_at=now, permanent_failures=0)
        session.add(subscriber)
    elif subscriber.unsubscribed_at is not None and not subscriber.active:
        if not resubscribe:
            raise AlreadyUnsubscribed(
                f"{address} unsubscribed on {subscriber.unsubscribed_at:%Y-%m-%d}; "
                "pass --resubscribe only if they asked to come back."
            )
        _new_subscription(subscriber, now)
    subscriber.filters = cleaned
    subscriber.frequency = frequency
    subscriber.confirmed = True
    subscriber.active = True
    session.flush()
    return subscriber, created


def _new_subscription(subscriber: Subscriber, now: datetime) -> None:
    """A returning person starts afresh: links from the earlier subscription stop working."""
    subscriber.token_key = secrets.token_hex(8)
    subscriber.unsubscribed_at = None
    subscriber.paused_until = None
    subscriber.permanent_failures = 0
    subscriber.last_digest_at = now


def request_subscription(
    session: Session,
    email: str,
    filters: Mapping[str, Iterable[str] | str | None],
    frequency: str | None,
    *,
    now: datetime,
) -> tuple[Subscriber, str]:
    """A sign-up from the web form: the subscriber and what to mail them.

    "confirm": the address is new, pending or had left; it gets a confirmation
    link and nothing else until it is followed. "already": the address receives
    digests; its settings are left alone (anyone can type an address) and it
    gets a link to its preferences instead.
    """
    address = normalise_email(email)
    cleaned = clean_filters(filters)
    check_filter_values(cleaned)
    frequency = check_frequency(frequency)
    subscriber = session.scalars(select(Subscriber).where(Subscriber.email == address)).first()
    if subscriber is not None and subscriber.confirmed and subscriber.active:
        return subscriber, "already"
    if subscriber is None:
        subscriber = Subscriber(email=address, created_at=now, permanent_failures=0)
        session.add(subscriber)
    elif subscriber.confirmed:  # confirmed once, then left: a new subscription
        _new_subscription(subscriber, now)
    subscriber.filters = cleaned
    subscriber.frequency = frequency
    subscriber.confirmed = False
    subscriber.active = True
    session.flush()
    return subscriber, "confirm"


def confirm(session: Session, subscriber: Subscriber, now: datetime) -> bool:
    """Follow a confirmation link; True the first time (then a welcome mail goes out).

    A link followed again after the person left does not bring them back.
    """
    if subscriber.confirmed:
        return False
    subscriber.confirmed = True
    subscriber.active = True
    subscriber.unsubscribed_at = None
    # The welcome mail shows the open calls; the first digest starts from here.
    subscriber.last_digest_at = now
    session.flush()
    return True


def update_preferences(
    session: Session,
    subscriber: Subscriber,
    filters: Mapping[str, Iterable[str] | str | None],
    frequency: str | None,
    paused_until,
) -> None:
    """The preferences page's changes; nothing is written when a value is refused."""
    cleaned = clean_filters({**subscriber.filters, **filters})
    check_filter_values(cleaned)
    subscriber.frequency = check_frequency(frequency)
    subscriber.filters = cleaned
    subscriber.paused_until = paused_until
    session.flush()


@dataclass
class CsvRow:
    line: int
    email: str
    filters: dict[str, list[str]]
    frequency: str


@dataclass
class CsvReport:
    rows: list[CsvRow] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_csv(path: Path) -> CsvReport:
    """Check every row of a subscriber CSV; errors name their line number.

    The header names the columns (``email`` is required, the others are
    optional: categories, audience, regions, specialties, sources, keywords,
    frequency); several values in one cell are separated by ``;``.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    reader = csv.DictReader(io.StringIO(text))
    header = [name.strip().lower() for name in reader.fieldnames or []]
    if "email" not in header:
        raise UserError(f"{path} has no 'email' column in its first line.")
    unknown = [name for name in header if name not in CSV_COLUMNS]
    if unknown:
        raise UserError(
            f"{path} has unknown columns {', '.join(unknown)}; known: {', '.join(CSV_COLUMNS)}."
        )
    reader.fieldnames = header
    report = CsvReport()
    seen: dict[str, int] = {}
    for record in reader:
        line = reader.line_num
        if None in record:
            report.errors.append(f"line {line}: more cells than columns.")
            continue
        try:
            email = normalise_email(record.get("email") or "")
            frequency = check_frequency(record.get("frequency"))
        except UserError as exc:
            report.errors.append(f"line {line}: {exc}")
            continue
        if email in seen:
            report.errors.append(f"line {line}: {email} is already on line {seen[email]}.")
            continue
        seen[email] = line
        filters = clean_filters({key: record.get(key) for key in FILTER_KEYS})
        try:
            check_filter_values(filters)
        except UserError as exc:
            report.errors.append(f"line {line}: {exc}")
            continue
        report.rows.append(CsvRow(line, email, filters, frequency))
    return report


def export(session: Session, subscriber: Subscriber) -> dict[str, Any]:
    """Everything veille holds on one person (the GDPR right of access), as plain JSON."""
    messages = session.execute(
        select(OutboxMessage, OutboxBody.message)
        .outerjoin(OutboxBody, OutboxBody.outbox_id == OutboxMessage.id)
        .where(OutboxMessage.subscriber_id == subscriber.id)
        .order_by(OutboxMessage.id)
    ).all()
    items = session.execute(
        select(DigestItem, Event.kind)
        .outerjoin(Event, Event.id == DigestItem.event_id)
        .where(DigestItem.subscriber_id == subscriber.id)
        .order_by(DigestItem.id)
    ).all()
    return {
        "subscriber": {
            "email": subscriber.email,
            "filters": subscriber.filters,
            "frequency": subscriber.frequency,
            "confirmed": subscriber.confirmed,
            "active": subscriber.active,
            "permanent_failures": subscriber.permanent_failures,
            "created_at": _iso(subscriber.created_at),
            "last_digest_at": _iso(subscriber.last_digest_at),
            "unsubscribed_at": _iso(subscriber.unsubscribed_at),
            "paused_until": subscriber.paused_until.isoformat()
            if subscriber.paused_until
            else None,
        },
        "messages": [
            {
                "id": m.id,
                "period": m.period,
                "subject": m.subject,
                "state": m.state,
                "attempts": m.attempts,
                "last_error": m.last_error,
                "created_at": _iso(m.created_at),
                "sent_at": _iso(m.sent_at),
                "message": body,
            }
            for m, body in messages
        ],
        "digest_items": [
            {
                "digest": item.outbox_id,
                "call_id": item.call_id,
                "event_id": item.event_id,
                "event_kind": kind,
                "reminder": item.reminder_key,
                "at": _iso(item.created_at),
            }
            for item, kind in items
        ],
        "follows": _follows(session, subscriber),
    }


def _follows(session: Session, subscriber: Subscriber) -> list[dict[str, Any]]:
    """The calls the person follows ("Suivre cet appel"), with when they began."""
    from veille.storage.models import Call, Follow

    rows = session.execute(
        select(Follow, Call.url)
        .join(Call, Call.id == Follow.call_id)
        .where(Follow.subscriber_id == subscriber.id)
        .order_by(Follow.id)
    ).all()
    return [
        {"call_id": follow.call_id, "url": url, "since": _iso(follow.created_at)}
        for follow, url in rows
    ]


def forget(session: Session, subscriber: Subscriber, outbox_dir: Path | None = None) -> int:
    """Erase a person: their row, their digests and what went into them, and their .eml files.

    Returns how many digests were erased. Mail already delivered is out of reach.
    """
    ids = list(
        session.scalars(
            select(OutboxMessage.id).where(OutboxMessage.subscriber_id == subscriber.id)
        )
    )
    session.execute(delete(DigestItem).where(DigestItem.subscriber_id == subscriber.id))
    # Not left to ON DELETE CASCADE: a SQLite connection opened without
    # ``PRAGMA foreign_keys=ON`` would keep the bodies.
    session.execute(delete(OutboxBody).where(OutboxBody.outbox_id.in_(ids)))
    session.execute(delete(OutboxMessage).where(OutboxMessage.subscriber_id == subscriber.id))
    session.delete(subscriber)
    session.flush()
    if outbox_dir is not None and outbox_dir.is_dir():
        for message_id in ids:
            for path in outbox_dir.glob(f"{message_id:06d}-*.eml"):
                path.unlink(missing_ok=True)
    return len(ids)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
