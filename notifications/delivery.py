"""Sending claimed outbox rows: over SMTP (one connection per batch) or as .eml files.

Failures are sorted in two: *temporary* (a 4xx answer, a refused or dropped
connection) is retried within the run with a doubling pause, then left for a
later run; *permanent* (a 5xx answer about that address) fails the row at
once, and three in a row disable the subscriber. A problem with our own
account (authentication refused, sender refused) is neither: the batch stops
and its rows wait, since no subscriber is at fault.
"""

from __future__ import annotations

import contextlib
import logging
import os
import smtplib
import socket
import ssl
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import select

from veille.notifications import outbox
from veille.settings import Settings
from veille.storage import Database
from veille.storage.models import OutboxMessage, Subscriber

log = logging.getLogger(__name__)
BATCH = 50


class TemporaryFailure(Exception):
    """Worth trying again later; ``connection`` when the server itself could not be reached."""

    def __init__(self, message: str, *, connection: bool = False):
        super().__init__(message)
        self.connection = connection


class PermanentFailure(Exception):
    """The server refused this address or message for good (5xx)."""


class SetupFailure(Exception):
    """Our own account or settings are refused; no subscriber is at fault."""


class Transport(Protocol):
    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None: ...

    def close(self) -> None: ...


class FileTransport:
    """Writes each message to ``<outbox_dir>/<id>-<period>.eml``: the laptop default.

    Written under a temporary name and renamed, so a half-written file never
    looks like a message; sending the same row again overwrites its own file.
    """

    def __init__(self, folder: Path):
        self.folder = folder

    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / name
            partial = self.folder / f".{name}.{uuid.uuid4().hex}.tmp"
            partial.write_bytes(raw)
            os.replace(partial, target)
        except OSError as exc:
            raise SetupFailure(f"cannot write to {self.folder}: {exc.strerror or exc}") from None

    def close(self) -> None:
        pass


class SmtpTransport:
    """One SMTP connection, opened on first use and reused for the batch."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.scheme, self.host, self.port, self.user, self.password = settings.smtp_parts()
        self.connection: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        if self.settings.smtp_ca_file:
            context.load_verify_locations(cafile=str(self.settings.smtp_ca_file))
        return context

    def _connect(self) -> smtplib.SMTP:
        timeout = self.settings.smtp_timeout
        try:
            if self.scheme == "smtps":
                connection: smtplib.SMTP = smtplib.SMTP_SSL(
                    self.host, self.port, timeout=timeout, context=self._context()
                )
            else:
                connection = smtplib.SMTP(self.host, self.port, timeout=timeout)
                connection.ehlo()
                if connection.has_extn("starttls"):
                    connection.starttls(context=self._context())
                    connection.ehlo()
                elif self.user:
                    connection.close()
                    raise SetupFailure(
                        f"{self.host}:{self.port} offers no STARTTLS; "
                        "veille does not send a password in clear"
                    )
            if self.user:
                connection.login(self.user, self.password or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise SetupFailure(f"the SMTP server refused the login: {_reply(exc)}") from None
        except ssl.SSLError as exc:
            raise SetupFailure(f"TLS with {self.host}:{self.port} failed: {exc}") from None
        except smtplib.SMTPResponseException as exc:
            raise TemporaryFailure(_reply(exc), connection=True) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(
                f"cannot reach {self.host}:{self.port}: {exc}", connection=True
            ) from None
        return connection

    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None:
        if self.connection is None:
            self.connection = self._connect()
        try:
            self.connection.sendmail(sender, [recipient], raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            _raise_for(code, f"{code} {_text(text)}")
        except smtplib.SMTPSenderRefused as exc:
            if exc.smtp_code >= 500:
                raise SetupFailure(f"the SMTP server refused the sender: {_reply(exc)}") from None
            raise TemporaryFailure(_reply(exc)) from None
        except smtplib.SMTPResponseException as exc:
            _raise_for(exc.smtp_code, _reply(exc))
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TemporaryFailure(f"connection lost: {exc}", connection=True) from None

    def reset(self) -> None:
        """After a failed try, start the next one on a fresh connection if this one broke."""
        if self.connection is not None:
            try:
                self.connection.noop()
            except (OSError, smtplib.SMTPException):
                self._drop()

    def _drop(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(OSError):
                self.connection.close()
        self.connection = None

    def close(self) -> None:
        if self.connection is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self.connection.quit()
            self._drop()


def _raise_for(code: int, message: str) -> None:
    if 500 <= code < 600:
        raise PermanentFailure(message)
    raise TemporaryFailure(message)


def _reply(exc: smtplib.SMTPResponseException) -> str:
    return f"{exc.smtp_code} {_text(exc.smtp_error)}"


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else str(value)


@dataclass
class SendReport:
    sent: list[int] = field(default_factory=list)
    temporary: list[int] = field(default_factory=list)
    permanent: list[int] = field(default_factory=list)
    disabled: list[str] = field(default_factory=list)
    skipped: list[int] = field(default_factory=list)
    stopped: str | None = None


def make_transport(settings: Settings) -> Transport:
    if settings.smtp_url:
        return SmtpTransport(settings)
    return FileTransport(settings.outbox_dir)


def send_pending(
    db: Database,
    settings: Settings,
    now: datetime,
    *,
    transport: Transport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    connections: int | None = None,
) -> SendReport:
    """Claim due outbox rows in batches and deliver them; returns what happened to each.

    ``connections`` senders (``VEILLE_SMTP_CONNECTIONS``, default 1) work at once,
    each with its own SMTP connection reused for its batches; each claims its
    own rows, so no row is sent by two of them. A given ``transport`` is used by
    one sender alone.
    """
    settings.check_delivery()
    report = SendReport()
    clock = _Clock(now)
    count = 1 if transport is not None else max(1, connections or settings.smtp_connections)
    if count == 1:
        _sender_loop(db, settings, now, clock, report, sleep, transport)
        return report
    parts = [SendReport() for _ in range(count)]
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="veille-send") as pool:
        for future in [
            pool.submit(_sender_loop, db, settings, now, clock, part, sleep, None) for part in parts
        ]:
            future.result()
    for part in parts:
        for name in ("sent", "temporary", "permanent", "skipped", "disabled"):
            getattr(report, name).extend(getattr(part, name))
        report.stopped = report.stopped or part.stopped
    return report


def _sender_loop(
    db: Database,
    settings: Settings,
    now: datetime,
    clock: _Clock,
    report: SendReport,
    sleep: Callable[[float], None],
    transport: Transport | None,
) -> None:
    """One sender: claim a batch, send it over one connection, until nothing is left."""
    worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    sender = settings.sender_address
    while report.stopped is None:
        ids = outbox.claim(db, settings, clock(), worker, limit=BATCH)
        if not ids:
            break
        channel = transport or make_transport(settings)
        try:
            _send_batch(db, settings, now, clock, worker, ids, channel, sender, report, sleep)
        finally:
            channel.close()


class _Clock:
    """``now`` moving forward as the run goes on.

    Claims and their renewals must carry the time they are made: a batch
    stamped with the run's start would look expired to another sender while
    its owner is still sending it, and both would send.
    """

    def __init__(self, start: datetime):
        self.start = start
        self.origin = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self.origin)


def _send_batch(
    db: Database,
    settings: Settings,
    now: datetime,
    clock: _Clock,
    worker: str,
    ids: list[int],
    channel: Transport,
    sender: str,
    report: SendReport,
    sleep: Callable[[float], None],
) -> None:
    # The batch's messages in one read; the claim renewed for the whole batch at
    # once, again whenever a quarter of the lease has gone by: a slow batch never
    # outlives its lease unnoticed, and a row another sender took over is left alone.
    with db.session() as session:
        loaded = {
            row_id: (
                (message or "").encode("utf-8"),
                f"{row_id:06d}-{period.replace(':', '-')}.eml",
                email,
                active,
            )
            for row_id, message, period, email, active in session.execute(
                select(
                    OutboxMessage.id,
                    OutboxMessage.message,
                    OutboxMessage.period,
                    Subscriber.email,
                    Subscriber.active,
                )
                .join(Subscriber, Subscriber.id == OutboxMessage.subscriber_id)
                .where(OutboxMessage.id.in_(ids))
            )
        }
    held: set[int] = set()
    renewed_at: float | None = None
    for position, row_id in enumerate(ids):
        if renewed_at is None or time.monotonic() - renewed_at > settings.claim_lease / 4:
            held = outbox.renew_many(db, ids[position:], worker, clock())
            renewed_at = time.monotonic()
        if row_id not in held or row_id not in loaded:
            report.skipped.append(row_id)
            continue
        raw, name, email, active = loaded.pop(row_id)
        if not active:
            outbox.cancel(db, row_id, "not sent: the subscriber left before it went out")
            report.skipped.append(row_id)
            continue
        try:
            _with_retries(channel, settings, sleep, sender, email, raw, name)
        except TemporaryFailure as exc:
            outbox.mark_temporary_failure(db, row_id, str(exc), now)
            report.temporary.append(row_id)
            if exc.connection:
                # The server is down: the rest of the batch would only fail the same way.
                rest = ids[position + 1 :]
                for other in rest:
                    outbox.mark_temporary_failure(db, other, str(exc), now)
                report.temporary.extend(rest)
                report.stopped = str(exc)
                return
        except PermanentFailure as exc:
            if outbox.mark_permanent_failure(db, row_id, str(exc), now):
                report.disabled.append(email)
            report.permanent.append(row_id)
        except SetupFailure as exc:
            outbox.release(db, ids[position:], worker)
            report.stopped = str(exc)
            return
        else:
            outbox.mark_sent(db, row_id, worker, now)
            report.sent.append(row_id)


def _with_retries(
    channel: Transport,
    settings: Settings,
    sleep: Callable[[float], None],
    sender: str,
    recipient: str,
    raw: bytes,
    name: str,
) -> None:
    """Send, retrying temporary failures ``send_tries`` times in all, pausing 1, 2, 4… × delay."""
    for attempt in range(settings.send_tries):
        try:
            channel.send(sender, recipient, raw, name)
            return
        except TemporaryFailure as exc:
            log.info("temporary failure for %s (try %d): %s", recipient, attempt + 1, exc)
            if attempt + 1 == settings.send_tries:
                raise
            sleep(settings.retry_delay * 2**attempt)
            reset = getattr(channel, "reset", None)
            if reset is not None:
                reset()
