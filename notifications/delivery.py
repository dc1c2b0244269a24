"""Sending claimed outbox rows: over SMTP (one connection per sender) or as .eml files.

Failures are sorted in two: *temporary* (a 4xx answer, a refused or dropped
connection) is retried within the run with a doubling pause, then left for a
later run; *permanent* (a 5xx answer about that address) fails the row at
once, and three in a row disable the subscriber. A problem with our own
account (authentication refused, sender refused) is neither: the batch stops
and its rows wait, since no subscriber is at fault. So is a relay that gives
the same 5xx to every recipient of a batch: that is the server refusing us,
recorded once on the rows and mailed to the operator, never charged to anyone.

One sender per process at a time (a lock), and each message gets its ``Date``
header when it is handed over, not when it was built: a digest held back by an
outage must not arrive dated from the day before.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import smtplib
import socket
import ssl
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import update

from veille.notifications import outbox
from veille.notifications.pipeline import Batch, Pipeline
from veille.settings import Settings
from veille.storage import Database
from veille.storage.models import OutboxMessage

log = logging.getLogger(__name__)
# Rows refused by the whole server wait this long before the next try.
SERVER_REFUSAL_PAUSE = timedelta(minutes=15)
_ONE_SENDER = threading.Lock()


class TemporaryFailure(Exception):
    """Worth trying again later; ``connection`` when the server itself could not be reached."""

    def __init__(self, message: str, *, connection: bool = False):
        super().__init__(message)
        self.connection = connection


class PermanentFailure(Exception):
    """The server refused this address or message for good (5xx)."""


class SetupFailure(Exception):
    """Our own account or settings are refused; no subscriber is at fault.

    ``server_refusal``: the server said no to us for good (a 5xx on MAIL FROM),
    which the operator must hear about."""

    def __init__(self, message: str, *, server_refusal: bool = False):
        super().__init__(message)
        self.server_refusal = server_refusal


class Transport(Protocol):
    # Called just before the receiver can take a message (its final dot, the rename):
    # the sender's previous mark-sent must be committed by then (``pipeline.Pipeline``).
    before_accept: Callable[[], None] | None

    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None: ...

    def close(self) -> None: ...


class FileTransport:
    """Writes each message to ``<outbox_dir>/<id>-<period>.eml``: the laptop default.

    Written under a temporary name and renamed, so a half-written file never
    looks like a message; sending the same row again overwrites its own file.
    """

    def __init__(self, folder: Path):
        self.folder = folder

    before_accept: Callable[[], None] | None = None

    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self.folder / name
            partial = self.folder / f".{name}.{uuid.uuid4().hex}.tmp"
            partial.write_bytes(raw)
            if self.before_accept is not None:
                self.before_accept()
            os.replace(partial, target)
        except OSError as exc:
            raise SetupFailure(f"cannot write to {self.folder}: {exc.strerror or exc}") from None

    def close(self) -> None:
        pass


class _HeldDot:
    """``DATA`` that sends the message, then waits for a go-ahead before the final dot.

    The server takes a message only at the dot. Sending the body first and holding
    the dot until ``before_accept`` returns lets the previous row's mark-sent commit
    while this message travels, and still never lets two messages be accepted but
    unmarked at once. If ``before_accept`` raises, the connection is dropped without
    the dot: the server throws the half-sent message away. A message given as ``str``
    (veille hands bytes) goes through smtplib's own ``data``, which also makes its
    line ends CRLF; bytes are sent as they are, as smtplib sends them.
    """

    before_accept: Callable[[], None] | None = None

    def data(self, msg):
        gate = self.before_accept
        if gate is None or not isinstance(msg, bytes):
            return super().data(msg)
        self.putcmd("data")
        code, reply = self.getreply()
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        body = _stuff_dots(msg)
        if not body.endswith(b"\r\n"):
            body += b"\r\n"
        self.send(body)
        try:
            gate()
        except BaseException:
            self.close()
            raise
        self.send(b".\r\n")
        return self.getreply()


def _stuff_dots(msg: bytes) -> bytes:
    r"""A dot doubled at the start of every line, as smtplib's ``data`` does (RFC 5321, 4.5.2).

    The same bytes as its ``re.sub(rb"(?m)^\.", b"..", msg)`` (a line starts after
    ``\n``, and only there), four times faster on a 50 KB digest.
    """
    body = msg.replace(b"\n.", b"\n..")
    return b"." + body if body.startswith(b".") else body


class _SMTP(_HeldDot, smtplib.SMTP):
    pass


class _SMTP_SSL(_HeldDot, smtplib.SMTP_SSL):
    pass


class SmtpTransport:
    """One SMTP connection, opened on first use and reused for every batch of a sender."""

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
                connection: smtplib.SMTP = _SMTP_SSL(
                    self.host, self.port, timeout=timeout, context=self._context()
                )
            else:
                connection = _SMTP(self.host, self.port, timeout=timeout)
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
            # The final dot is a small write sent apart from the message (``_HeldDot``):
            # with Nagle's algorithm it would wait for the server's delayed ACK, 40 ms.
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
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

    before_accept: Callable[[], None] | None = None

    def send(self, sender: str, recipient: str, raw: bytes, name: str) -> None:
        if self.connection is None:
            self.connection = self._connect()
        connection = self.connection
        # An address with non-ASCII letters can only travel with SMTPUTF8 (RFC 6531).
        options = () if recipient.isascii() else ("SMTPUTF8",)
        connection.before_accept = self.before_accept
        try:
            connection.sendmail(sender, [recipient], raw, mail_options=options)
        except smtplib.SMTPNotSupportedError:
            raise PermanentFailure(
                f"the SMTP server does not accept SMTPUTF8, needed for {recipient}"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            _raise_for(code, f"{code} {_text(text)}")
        except smtplib.SMTPSenderRefused as exc:
            if exc.smtp_code >= 500:
                raise SetupFailure(
                    f"the SMTP server refused the sender: {_reply(exc)}", server_refusal=True
                ) from None
            raise TemporaryFailure(_reply(exc)) from None
        except smtplib.SMTPResponseException as exc:
            _raise_for(exc.smtp_code, _reply(exc))
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TemporaryFailure(f"connection lost: {exc}", connection=True) from None
        except BaseException:
            self._drop()  # ``before_accept`` failed: the message was not handed over
            raise
        finally:
            connection.before_accept = None

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
    # The SMTP server refused us as a whole (sender, or every recipient alike).
    server_refusal: str | None = None
    # Another sender of this process was running: this one did nothing.
    busy: bool = False
    # ``should_stop`` ended the run between two messages.
    interrupted: bool = False


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
    should_stop: Callable[[], bool] = lambda: False,
    connections: int | None = None,
) -> SendReport:
    """Claim due outbox rows in batches and deliver them; returns what happened to each.

    ``connections`` senders (``VEILLE_SMTP_CONNECTIONS``, default 1) work at once,
    each with its own SMTP connection reused for its batches; each claims its own
    rows, so no row is sent by two of them. A given ``transport`` is used by one
    sender alone. Returns at once (``busy``) if another send of this process is at
    work: two in one process only double what one SIGKILL can duplicate.
    """
    settings.check_delivery()
    if not _ONE_SENDER.acquire(blocking=False):
        return SendReport(busy=True)
    try:
        report = _send_all(db, settings, now, transport, sleep, should_stop, connections)
    finally:
        _ONE_SENDER.release()
    if report.server_refusal:
        _tell_operator(settings, report.server_refusal, now)
    return report


def _send_all(
    db: Database,
    settings: Settings,
    now: datetime,
    transport: Transport | None,
    sleep: Callable[[float], None],
    should_stop: Callable[[], bool],
    connections: int | None,
) -> SendReport:
    report = SendReport()
    clock = _Clock(now)
    count = 1 if transport is not None else max(1, connections or settings.smtp_connections)
    if count == 1:
        _sender_loop(db, settings, now, clock, report, sleep, transport, should_stop)
        return report
    parts = [SendReport() for _ in range(count)]
    with ThreadPoolExecutor(max_workers=count, thread_name_prefix="veille-send") as pool:
        futures = [
            pool.submit(_sender_loop, db, settings, now, clock, part, sleep, None, should_stop)
            for part in parts
        ]
        for future in futures:
            future.result()
    for part in parts:
        for name in ("sent", "temporary", "permanent", "skipped", "disabled"):
            getattr(report, name).extend(getattr(part, name))
        report.stopped = report.stopped or part.stopped
        report.server_refusal = report.server_refusal or part.server_refusal
        report.interrupted = report.interrupted or part.interrupted
    return report


def _sender_loop(
    db: Database,
    settings: Settings,
    now: datetime,
    clock: _Clock,
    report: SendReport,
    sleep: Callable[[float], None],
    transport: Transport | None,
    should_stop: Callable[[], bool],
) -> None:
    """One sender: batches of claimed rows over one connection, until nothing is left.

    Its database work runs on its own thread (``pipeline.Pipeline``), the next
    batch claimed while the current one goes out; if the run stops, the rows
    claimed ahead are given back untried.
    """
    worker = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    sender = settings.sender_address
    channel = transport or make_transport(settings)
    work = Pipeline(db, settings, clock, worker, now)
    channel.before_accept = work.gate
    try:
        batch = work.next_batch().result()
        while batch.ids:
            upcoming = _send_batch(
                db, settings, now, clock, worker, batch, channel, work, sender, report, sleep,
                should_stop,
            )  # fmt: skip
            if report.stopped is not None or report.interrupted:
                work.wait()
                claimed = upcoming.result().ids if upcoming is not None else []
                outbox.release(db, claimed + work.give_back(), worker)
                break
            batch = (upcoming or work.next_batch()).result()
    finally:
        channel.before_accept = None
        try:
            work.close()
        finally:
            channel.close()


def _tell_operator(settings: Settings, reason: str, now: datetime) -> None:
    """Log the refusal, and mail the operators once per process for each distinct refusal."""
    log.error("the SMTP server refused the whole batch; no subscriber is charged: %s", reason)
    from veille.notifications.operators import send_refusal_alert

    try:
        send_refusal_alert(settings, reason, now)
    except Exception as exc:  # the same relay may refuse the alert too; the log line stays
        log.error("could not mail the operators about it: %s", exc)


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
    batch: Batch,
    channel: Transport,
    work: Pipeline,
    sender: str,
    report: SendReport,
    sleep: Callable[[float], None],
    should_stop: Callable[[], bool] = lambda: False,
) -> Future | None:
    """Send a claimed batch; returns the next batch (a Future) once it is asked for.

    The claim is renewed for the whole batch at once whenever a quarter of the
    lease has gone by since it was made: a slow batch never outlives its lease
    unnoticed, and a row another sender took over is left alone. Every write but
    the mark-sent waits for the pipeline first (``work.wait``).
    """
    ids, loaded = batch.ids, dict(batch.loaded)
    upcoming: Future | None = None
    held = set(ids)
    renewed_at = batch.claimed
    refused: list[tuple[int, str, str]] = []  # (row, address, reply), charged at the end
    accepted = 0
    for position, row_id in enumerate(ids):
        if should_stop():
            work.wait()
            outbox.release(db, ids[position:], worker)
            report.interrupted = True
            break
        if time.monotonic() - renewed_at > settings.claim_lease / 4:
            work.wait()
            held = outbox.renew_many(db, ids[position:], worker, clock())
            renewed_at = time.monotonic()
        if position == len(ids) - 1:
            upcoming = work.next_batch()
        elif position == 0:
            work.claim_ahead()
        if row_id not in held or row_id not in loaded:
            report.skipped.append(row_id)
            continue
        raw, name, email, active, failures = loaded.pop(row_id)
        if not active:
            work.wait()
            outbox.cancel(db, row_id, "not sent: the subscriber left before it went out")
            report.skipped.append(row_id)
            continue
        try:
            _with_retries(
                channel,
                settings,
                sleep,
                sender,
                email,
                stamp_date(raw, clock(), settings),
                name,
            )
        except TemporaryFailure as exc:
            work.wait()
            outbox.mark_temporary_failure(db, row_id, str(exc), now)
            report.temporary.append(row_id)
            if exc.connection:
                # The server is down: the rest of the batch would only fail the same way.
                rest = ids[position + 1 :]
                for other in rest:
                    outbox.mark_temporary_failure(db, other, str(exc), now)
                report.temporary.extend(rest)
                report.stopped = str(exc)
                break
        except PermanentFailure as exc:
            refused.append((row_id, email, str(exc)))
        except SetupFailure as exc:
            work.wait()
            outbox.release(db, ids[position:], worker)
            report.stopped = str(exc)
            if exc.server_refusal:
                report.server_refusal = str(exc)
            break
        else:
            work.mark_sent(row_id, reset_failures=failures != 0)
            report.sent.append(row_id)
            accepted += 1
    work.wait()
    _charge_refusals(db, now, refused, accepted, report)
    return upcoming


def _charge_refusals(
    db: Database, now: datetime, refused: list[tuple[int, str, str]], accepted: int, report
) -> None:
    """Charge each refused address, unless the server refused the whole batch alike."""
    if server_wide(refused, accepted):
        reply = _without_address(refused[0][2], refused[0][1])
        reason = (
            f"the SMTP server refused all {len(refused)} recipients of a batch with the same "
            f"answer ({reply}); that is the server refusing us, not their addresses"
        )
        _hold_for_server(db, [row_id for row_id, _, _ in refused], reason, now)
        report.temporary.extend(row_id for row_id, _, _ in refused)
        report.stopped = report.stopped or reason
        report.server_refusal = reason
        return
    for row_id, email, reply in refused:
        if outbox.mark_permanent_failure(db, row_id, reply, now):
            report.disabled.append(email)
        report.permanent.append(row_id)


def server_wide(refused: list[tuple[int, str, str]], accepted: int) -> bool:
    """Two or more refusals, none accepted, and one answer once each address is taken out."""
    if len(refused) < 2 or accepted:
        return False
    return len({_without_address(reply, address) for _, address, reply in refused}) == 1


def _without_address(reply: str, address: str) -> str:
    return re.sub(re.escape(address), "<address>", reply, flags=re.IGNORECASE)


def _hold_for_server(db: Database, row_ids: list[int], reason: str, now: datetime) -> None:
    """Back to pending after a pause, the reason on each row, no attempt counted."""
    with db.session() as session:
        session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.id.in_(row_ids))
            .values(
                state=outbox.State.PENDING,
                claimed_at=None,
                claimed_by=None,
                last_error=reason,
                next_attempt_at=now + SERVER_REFUSAL_PAUSE,
            )
        )


def stamp_date(raw: bytes, when: datetime, settings: Settings) -> bytes:
    """``raw`` with its Date header set to ``when``: the moment it is handed over."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    if not sep:
        head, sep, body = raw.partition(b"\n\n")
    newline = b"\r\n" if sep == b"\r\n\r\n" else b"\n"
    date = b"Date: " + format_datetime(when.astimezone(settings.tz)).encode()
    kept: list[bytes] = []
    skipping = False
    for line in head.split(newline):
        if skipping and line[:1] in (b" ", b"\t"):
            continue  # a folded continuation of the old Date
        skipping = line.lower().startswith(b"date:")
        kept.append(date if skipping else line)
    if date not in kept:
        kept.append(date)
    return newline.join(kept) + sep + body


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


def send_now(settings: Settings, message, name: str) -> None:
    """Send one message at once (a confirmation, a welcome): SMTP when set, else a .eml file.

    Not through the outbox: a person waits for it on the page. Raises
    TemporaryFailure, PermanentFailure or SetupFailure; the caller decides.
    """
    channel: Transport = (
        SmtpTransport(settings) if settings.smtp_url else FileTransport(settings.outbox_dir)
    )
    try:
        _with_retries(
            channel,
            settings,
            time.sleep,
            settings.sender_address,
            str(message["To"]),
            message.as_bytes(),
            name,
        )
    finally:
        channel.close()
