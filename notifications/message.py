"""The RFC 5322 message of a digest: parts, attachment and the headers mail providers expect.

List-Unsubscribe carries an https link and a mailto, and List-Unsubscribe-Post
announces one-click unsubscription (RFC 8058), which large providers ask of
bulk senders. Every header value built from scraped text goes through
``one_line`` first, so a title holding CR/LF cannot add a header.
"""

from __future__ import annotations

from email import policy
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from urllib.parse import quote
from zoneinfo import ZoneInfo

from veille.notifications.render import calendar, one_line, render
from veille.notifications.selection import Digest
from veille.notifications.tokens import make_token
from veille.settings import Settings

LIST_NAME = "Veille recherche"
ICS_NAME = "dates-limites.ics"


def unsubscribe_url(settings: Settings, token: str) -> str:
    return f"{settings.public_url()}/desabonnement/{quote(token)}"


def build_message(digest: Digest, settings: Settings) -> EmailMessage:
    """The whole message, ready to store in the outbox and send as it is."""
    tz: ZoneInfo = settings.tz
    token = make_token(settings.secret(), digest.subscriber)
    link = unsubscribe_url(settings, token)
    rendered = render(digest, tz, link)
    domain = settings.mail_domain

    message = EmailMessage(policy=policy.SMTP)
    message["From"] = settings.sender
    message["To"] = digest.subscriber.email
    message["Subject"] = one_line(rendered.subject)
    message["Date"] = format_datetime(digest.now.astimezone(tz))
    message["Message-ID"] = make_msgid(idstring="digest", domain=domain)
    message["List-Id"] = f"{LIST_NAME} <digest.{domain}>"
    mailto = f"mailto:{settings.sender_address}?subject={quote('unsubscribe ' + token)}"
    message["List-Unsubscribe"] = f"<{link}>, <{mailto}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message["Auto-Submitted"] = "auto-generated"
    message["X-Veille-Period"] = one_line(digest.period)

    message.set_content(rendered.text, subtype="plain", charset="utf-8")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8")
    ics = calendar(digest, tz, domain)
    if ics:
        message.add_attachment(ics, maintype="text", subtype="calendar", filename=ICS_NAME)
    return message
