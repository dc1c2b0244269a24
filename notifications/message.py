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

from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from urllib.parse import quote
from zoneinfo import ZoneInfo

from veille.notifications.ics import digest_calendar
from veille.notifications.links import follow_url
from veille.notifications.render import Links, one_line, render
from veille.notifications.selection import Digest
from veille.notifications.tokens import subscriber_token, unsubscribe_token
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
    """The whole message, ready to store in the outbox and send as it is."""
    tz: ZoneInfo = settings.tz
    links = links_for(settings, digest.subscriber)
    rendered = render(digest, tz, links)
    domain = settings.mail_domain

    message = new_message(settings, digest.subscriber.email, rendered.subject, digest.now)
    add_list_headers(message, settings, links)
    message["X-Veille-Period"] = one_line(digest.period)

    message.set_content(rendered.text, subtype="plain", charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    ics = digest_calendar(digest, tz, domain)
    if ics:
        message.add_attachment(ics, maintype="text", subtype="calendar", filename=ICS_NAME)
    return message
