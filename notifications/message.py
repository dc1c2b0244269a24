"""The RFC 5322 message of a digest: parts, attachment and the headers mail providers expect.

List-Unsubscribe carries an https link and a mailto, and List-Unsubscribe-Post
announces one-click unsubscription (RFC 8058), which large providers ask of
bulk senders. Every header value built from scraped text goes through
``one_line`` first, so a title holding CR/LF cannot add a header.

The standard library folds headers at 78 columns and, when a value has no
place to fold (a long URI), RFC 2047-encodes all of it; no mail client reads
a URI from an encoded-word. ``MAIL_POLICY`` therefore writes the headers
that carry URIs as they are, one URI per line when they do not fit on one.
"""

from __future__ import annotations

import binascii
import random
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from email import message_from_string
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from urllib.parse import quote
from zoneinfo import ZoneInfo

from itsdangerous import URLSafeTimedSerializer

from veille.notifications.ics import DigestCalendars
from veille.notifications.links import FollowLinks, TokenMint, follow_url
from veille.notifications.render import DigestRenderer, Links, Shared, one_line
from veille.notifications.selection import Digest
from veille.notifications.tokens import SALT_PREFIX, subscriber_token, unsubscribe_token
from veille.settings import Settings

LIST_NAME = "Veille recherche"
ICS_NAME = "dates-limites.ics"
# Headers holding only ASCII URIs in angle brackets, never to be encoded (RFC 2369, 8058).
URI_HEADERS = frozenset({"list-unsubscribe", "list-unsubscribe-post", "list-id", "list-help"})
RFC5322_LINE_LIMIT = 998


class _MailPolicy(EmailPolicy):
    """``policy.SMTP``, except that URI headers fold only between their URIs."""

    def fold(self, name: str, value) -> str:
        if name.lower() not in URI_HEADERS:
            return super().fold(name, value)
        text = str(value)
        if not text.isascii():
            raise ValueError(f"the {name} header must be ASCII: {text!r}")
        parts = [part.strip() for part in text.split(",")] if text.startswith("<") else [text]
        line = f"{name}: {', '.join(parts)}"
        if len(line) > self.max_line_length:
            line = f"{name}: " + f",{self.linesep} ".join(parts)
        if any(len(piece) > RFC5322_LINE_LIMIT for piece in line.split(self.linesep)):
            raise ValueError(f"the {name} header holds a URI longer than RFC 5322 allows")
        return line + self.linesep

    def fold_binary(self, name: str, value) -> bytes:
        if name.lower() not in URI_HEADERS:
            return super().fold_binary(name, value)
        return self.fold(name, value).encode("ascii")


MAIL_POLICY = _MailPolicy(linesep="\r\n")
UTF8_POLICY = MAIL_POLICY.clone(utf8=True)


def unsubscribe_url(settings: Settings, token: str) -> str:
    return f"{settings.public_url()}/desabonnement/{quote(token)}"


def preferences_url(settings: Settings, token: str) -> str:
    return f"{settings.public_url()}/preferences/{quote(token)}"


def calls_url(settings: Settings) -> str:
    """The public open-calls page, where a bounded digest section sends for the rest."""
    return f"{settings.public_url()}/appels"


def links_for(settings: Settings, subscriber) -> Links:
    """The signed links every mail to a subscriber carries."""
    secret = settings.secret()
    return Links(
        unsubscribe=unsubscribe_url(settings, unsubscribe_token(secret, subscriber)),
        preferences=preferences_url(settings, subscriber_token(secret, "preferences", subscriber)),
        calls=calls_url(settings),
        follow=lambda call_id: follow_url(settings.public_url(), secret, subscriber, call_id),
    )


def new_message(settings: Settings, to: str, subject: str, now) -> EmailMessage:
    """The headers every mail from veille carries (From, To, Subject, Date, Message-ID).

    An address with non-ASCII letters is written as UTF-8 (RFC 6532, sent with
    SMTPUTF8): RFC 2047 encoded-words are not allowed inside an address.
    """
    message = EmailMessage(policy=MAIL_POLICY if to.isascii() else UTF8_POLICY)
    message["From"] = settings.sender
    message["To"] = to
    message["Subject"] = one_line(subject)
    message["Date"] = format_datetime(now.astimezone(settings.tz))
    message["Message-ID"] = make_msgid(idstring="veille", domain=settings.mail_domain)
    message["Auto-Submitted"] = "auto-generated"
    return message


def add_list_headers(message: EmailMessage, settings: Settings, links: Links) -> None:
    """List-Id and the one-click unsubscribe of RFC 2369 and RFC 8058.

    Only the https link is advertised: it is what veille serves (no mailbox is read).
    """
    message["List-Id"] = f"{LIST_NAME} <digest.{settings.mail_domain}>"
    message["List-Unsubscribe"] = f"<{links.unsubscribe}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def build_message(digest: Digest, settings: Settings) -> EmailMessage:
    """The whole message, as stored in the outbox and sent (a preview reads it back)."""
    text = DigestMail(settings, digest.now).write(digest).message
    return message_from_string(text, policy=MAIL_POLICY if text.isascii() else UTF8_POLICY)


@dataclass
class Written:
    subject: str
    message: str


class DigestMail:
    """Writes the RFC 5322 messages of one build's digests, all made at ``now``.

    The message is what ``email`` would write for it (the same headers in the
    same order, folded by the same policy, the same MIME tree), written as text
    directly: what every message shares (From, Date, the List-Id, a subject
    already folded) is worked out once; the text and HTML parts are
    quoted-printable by ``binascii`` (C) rather than ``email``'s pure-Python
    encoder, the calendar base64 as before.
    """

    def __init__(self, settings: Settings, now: datetime):
        self.settings = settings
        self.now = now
        self.tz: ZoneInfo = settings.tz
        self.domain = settings.mail_domain
        self.renderer = DigestRenderer(self.tz, now)
        self.calendars = DigestCalendars(self.tz, self.domain, now)
        secret = settings.secret()
        self._unsubscribe = TokenMint(
            URLSafeTimedSerializer(secret, salt=SALT_PREFIX + "unsubscribe")
        )
        self._preferences = TokenMint(
            URLSafeTimedSerializer(secret, salt=SALT_PREFIX + "preferences")
        )
        self._follow = FollowLinks(settings.public_url(), secret)
        self._calls = calls_url(settings)
        self._folded: dict[tuple[bool, str, str], str] = {}
        self._encoded: dict[str, tuple[str, int]] = {}

    def links(self, subscriber) -> Links:
        """The subscriber's signed links, as ``links_for`` makes them."""
        values = [subscriber.id, subscriber.token_key]
        return Links(
            unsubscribe=unsubscribe_url(self.settings, self._unsubscribe.dumps(values)),
            preferences=preferences_url(self.settings, self._preferences.dumps(values)),
            calls=self._calls,
            follow=self._follow.of(subscriber),
        )

    def write(self, digest: Digest) -> Written:
        links = self.links(digest.subscriber)
        rendered = self.renderer.render(digest, links)
        ics = self.calendars.calendar(entry.call for entry in digest.entries)
        to = digest.subscriber.email
        utf8 = not to.isascii()
        subject = one_line(rendered.subject)
        head = [
            self._fold(utf8, "From", self.settings.sender),
            _address_line(to, utf8),
            self._fold(utf8, "Subject", subject),
            self._fold(utf8, "Date", format_datetime(self.now.astimezone(self.tz))),
            _message_id_line(make_msgid(idstring="veille", domain=self.domain)),
            self._fold(utf8, "Auto-Submitted", "auto-generated"),
            self._fold(utf8, "List-Id", f"{LIST_NAME} <digest.{self.domain}>"),
            MAIL_POLICY.fold("List-Unsubscribe", f"<{links.unsubscribe}>"),
            self._fold(utf8, "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            self._fold(utf8, "X-Veille-Period", one_line(digest.period)),
            "MIME-Version: 1.0" + CRLF,
        ]
        alternative = [
            self._text_part("plain", rendered.text, rendered.text_parts),
            # email's add_alternative gives the second part a MIME-Version of its own.
            self._text_part("html", rendered.html, rendered.html_parts, "MIME-Version: 1.0" + CRLF),
        ]
        if ics:
            attachment = (
                "Content-Type: text/calendar" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF
                + f'Content-Disposition: attachment; filename="{ICS_NAME}"' + CRLF
                + "MIME-Version: 1.0" + CRLF + CRLF
                + _base64(ics)
            )  # fmt: skip
            body = _multipart("mixed", [_multipart("alternative", alternative), attachment])
        else:
            body = _multipart("alternative", alternative)
        return Written(subject=subject, message="".join(head) + body)

    def _text_part(self, subtype: str, text: str, parts: list[str], extra: str = "") -> str:
        """A UTF-8 text part, its transfer encoding chosen as ``email`` chooses it: 7bit when
        every line is ASCII and short, else quoted-printable unless base64 is shorter."""
        head = f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}Content-Transfer-Encoding: '
        if text.isascii():
            data = _crlf(text)
            if max(map(len, data.split(CRLF_BYTES))) <= MAIL_POLICY.max_line_length:
                return f"{head}7bit{CRLF}{extra}{CRLF}" + data.decode("ascii")
        encoded, size = self._quoted_printable(parts or [text])
        if len(encoded) > 4 * ((size + 2) // 3) + 1:
            return f"{head}base64{CRLF}{extra}{CRLF}" + _base64(_crlf(text))
        return f"{head}quoted-printable{CRLF}{extra}{CRLF}" + encoded

    def _quoted_printable(self, parts: list[str]) -> tuple[str, int]:
        """The quoted-printable text of ``parts`` joined, and the size of what it encodes.

        Quoted-printable encodes each line on its own, so whole lines that many mails
        share (``Shared``, on lines of their own) are encoded once and kept; the runs
        of whole lines between them are encoded together in one call.
        """
        pieces: list[str | int] = []  # encoded text, or the index of a run to encode
        runs: list[bytes] = []
        run: list[str] = []
        size = 0
        for part in parts:
            if type(part) is Shared and (not run or run[-1].endswith("\n")):
                if run:
                    runs.append(_crlf("".join(run)))
                    pieces.append(len(runs) - 1)
                    run.clear()
                kept = self._encoded.get(part)
                if kept is None:
                    if len(self._encoded) > 50_000:
                        self._encoded.clear()
                    data = _crlf(part)
                    kept = self._encoded[part] = (_qp(data), len(data))
                pieces.append(kept[0])
                size += kept[1]
            else:
                run.append(part)
        if run:
            runs.append(_crlf("".join(run)))
            pieces.append(len(runs) - 1)
        encoded = _encode_runs(runs)
        size += sum(map(len, runs))
        return "".join(encoded[p] if isinstance(p, int) else p for p in pieces), size

    def _fold(self, utf8: bool, name: str, value: str) -> str:
        """``name: value`` as the message's policy writes it, worked out once per value."""
        key = (utf8, name, value)
        folded = self._folded.get(key)
        if folded is None:
            if len(self._folded) > 10_000:
                self._folded.clear()
            policy = UTF8_POLICY if utf8 else MAIL_POLICY
            folded = self._folded[key] = policy.fold(
                name, policy.header_store_parse(name, value)[1]
            )
        return folded


CRLF = "\r\n"
CRLF_BYTES = b"\r\n"
# A plain address (dot-atoms of letters, digits and "._+-"), which every policy writes as it is.
_PLAIN_ADDRESS = re.compile(
    r"[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
)


def _address_line(to: str, utf8: bool) -> str:
    line = f"To: {to}{CRLF}"
    if len(line) <= MAIL_POLICY.max_line_length + 2 and _PLAIN_ADDRESS.fullmatch(to):
        return line
    policy = UTF8_POLICY if utf8 else MAIL_POLICY
    return policy.fold("To", policy.header_store_parse("To", to)[1])


def _message_id_line(msgid: str) -> str:
    line = f"Message-ID: {msgid}{CRLF}"
    if len(line) <= MAIL_POLICY.max_line_length + 2 and msgid.isascii():
        return line
    return MAIL_POLICY.fold("Message-ID", MAIL_POLICY.header_store_parse("Message-ID", msgid)[1])


def _crlf(text: str) -> bytes:
    """UTF-8 with every line ended by CRLF, as ``email`` prepares a text part."""
    return CRLF_BYTES.join(text.encode("utf-8").splitlines()) + CRLF_BYTES


def _qp(data: bytes) -> str:
    """Quoted-printable by ``binascii`` (C): lines of at most 76 characters (RFC 2045)."""
    return binascii.b2a_qp(data, istext=True).decode("ascii")


def _encode_runs(runs: list[bytes]) -> list[str]:
    """Each run of CRLF-ended lines as quoted-printable, all encoded in one call.

    The encoded text is cut back into runs at its hard line breaks: an encoded
    line ending in "=" is a soft break, since a literal "=" is written "=3D".
    """
    if not runs:
        return []
    if len(runs) == 1:
        return [_qp(runs[0])]
    lines = _qp(b"".join(runs)).split(CRLF)
    encoded, start = [], 0
    for run in runs:
        end, hard = start, run.count(CRLF_BYTES)
        while hard:
            if not lines[end].endswith("="):
                hard -= 1
            end += 1
        encoded.append(CRLF.join(lines[start:end]) + CRLF)
        start = end
    return encoded


def _base64(data: bytes) -> str:
    """Lines of 76 characters (57 bytes each), as ``email`` writes an attachment."""
    encoded = binascii.b2a_base64(data, newline=False).decode("ascii")
    return "".join([encoded[i : i + 76] + CRLF for i in range(0, len(encoded), 76)])


def _multipart(subtype: str, parts: list[str]) -> str:
    """Content-Type, a blank line and the parts between boundaries, as ``email``'s
    generator lays out a multipart whose parts each end with a line break."""
    boundary = _boundary(parts)
    content_type = f'Content-Type: multipart/{subtype}; boundary="{boundary}"'
    if len(content_type) > MAIL_POLICY.max_line_length:
        content_type = f'Content-Type: multipart/{subtype};{CRLF} boundary="{boundary}"'
    separator = f"{CRLF}--{boundary}{CRLF}"
    return (
        f"{content_type}{CRLF}{CRLF}--{boundary}{CRLF}"
        + separator.join(parts)
        + f"{CRLF}--{boundary}--{CRLF}"
    )


def _boundary(parts: list[str]) -> str:
    """``email``'s boundary: fifteen "=", a random 19-digit number, "==", found in no part."""
    while True:
        boundary = f"{'=' * 15}{random.randrange(sys.maxsize):019d}=="
        if not any(boundary in part for part in parts):
            return boundary
