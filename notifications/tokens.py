"""Signed links (itsdangerous): each token says what it is for, whom, and since when.

A token is made for one *purpose* ("unsubscribe", "preferences", "confirm",
and whatever another page needs: ``make_token(secret, "follow", ...)``); the
purpose is the signature's salt, so a token for one purpose is refused for
any other. Every token carries the moment it was signed; ``read_token``
refuses it after ``max_age`` where the purpose has one (a confirmation link
expires, an unsubscribe link must keep working for years, RFC 8058).

Tokens for a subscriber carry their id *and* their ``token_key``, a random
value drawn for each new subscription: SQLite reuses the id of an erased
row, and a person who left and comes back gets a new key, so a link from
an earlier subscription never acts on the current one.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import datetime, timedelta

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.storage.models import Subscriber
from veille.storage.types import utcnow

CONFIRM_MAX_AGE = timedelta(days=7)
# Each digest brings a fresh link; a pause lasts a year at most.
PREFERENCES_MAX_AGE = timedelta(days=400)
UNSUBSCRIBE_MAX_AGE = None
SALT_PREFIX = "veille."


class TokenError(UserError):
    """A link that is not valid; ``expired`` tells an old one from a forged one."""

    def __init__(self, message: str, *, expired: bool = False):
        super().__init__(message)
        self.expired = expired


def make_token(secret: bytes, purpose: str, *values: str | int) -> str:
    """A URL-safe token for ``purpose`` holding ``values`` (ints and strings, in order)."""
    return _serializer(secret, purpose).dumps(list(values))


def read_token(
    secret: bytes, purpose: str, token: str, max_age: timedelta | None = None
) -> tuple[list, datetime]:
    """The values of a token for ``purpose`` and when it was signed; TokenError otherwise."""
    try:
        values, signed = _serializer(secret, purpose).loads(
            token.strip(),
            max_age=None if max_age is None else max_age.total_seconds(),
            return_timestamp=True,
        )
    except SignatureExpired:
        raise TokenError("this link has expired.", expired=True) from None
    except BadSignature:
        raise TokenError("this link is not valid (altered or not made by veille).") from None
    if not isinstance(values, list):
        raise TokenError("this link is not valid (altered or not made by veille).")
    return values, signed


def subscriber_token(secret: bytes, purpose: str, subscriber: Subscriber, *extra: str | int) -> str:
    """A token for ``purpose`` that only ever acts on this subscription of this person."""
    return make_token(secret, purpose, subscriber.id, subscriber.token_key, *extra)


def check_subscriber_token(
    session: Session,
    secret: bytes,
    purpose: str,
    token: str,
    max_age: timedelta | None = None,
) -> tuple[Subscriber, list]:
    """The subscriber a token was made for, and its extra values; TokenError otherwise."""
    values, _ = read_token(secret, purpose, token, max_age)
    refused = TokenError(
        "this link is not valid any more (the subscription it was made for ended)."
    )
    if len(values) < 2 or not isinstance(values[0], int) or not isinstance(values[1], str):
        raise refused
    subscriber = session.get(Subscriber, values[0])
    if subscriber is None or not hmac.compare_digest(subscriber.token_key, values[1]):
        raise refused
    return subscriber, values[2:]


def unsubscribe_token(secret: bytes, subscriber: Subscriber) -> str:
    return subscriber_token(secret, "unsubscribe", subscriber)


def unsubscribe(
    session: Session, secret: bytes, token: str, now: datetime | None = None
) -> tuple[Subscriber, bool]:
    """Apply an unsubscribe token; returns the subscriber and False if they had already left.

    Idempotent: a second use changes nothing and is not an error (RFC 8058).
    """
    legacy = _LEGACY.match(token.strip())
    subscriber = (
        _legacy_subscriber(session, secret, legacy)
        if legacy
        else check_subscriber_token(session, secret, "unsubscribe", token)[0]
    )
    was_active = subscriber.active
    subscriber.active = False
    if was_active or subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = now or utcnow()
    session.flush()
    return subscriber, was_active


def _serializer(secret: bytes, purpose: str) -> URLSafeTimedSerializer:
    if not re.fullmatch(r"[a-z][a-z0-9-]*", purpose):
        raise ValueError(f"{purpose!r} is not a token purpose")
    return URLSafeTimedSerializer(secret, salt=SALT_PREFIX + purpose)


# Digests sent before itsdangerous carried "<id>.<HMAC of id and address>"; they keep
# unsubscribing (nothing else), as long as the address is still the one they were made for.
_LEGACY = re.compile(r"^(\d{1,18})\.([A-Za-z0-9_-]{43})$")


def _legacy_subscriber(session: Session, secret: bytes, match: re.Match) -> Subscriber:
    subscriber = session.get(Subscriber, int(match.group(1)))
    message = f"unsubscribe:{match.group(1)}:{subscriber.email if subscriber else ''}".encode()
    expected = base64.urlsafe_b64encode(hmac.new(secret, message, hashlib.sha256).digest())
    if subscriber is None or not hmac.compare_digest(expected.decode().rstrip("="), match.group(2)):
        raise TokenError("this link is not valid (altered or not made by veille).")
    return subscriber
