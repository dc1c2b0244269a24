"""Signed links to follow a call and to a subscriber's private calendar feed.

Built on itsdangerous with one salt per purpose ("veille.follow",
"veille.feed"), in the shape of ``make_token(secret, purpose, ...)``: the
values are the subscriber's id, what binds the token to this subscription,
and the call for a follow link. Neither expires: a digest's follow link stays
good while the call is open, and a calendar app polls its feed for years.
The binding value is the subscriber's per-subscription ``token_key`` where
the schema has it, else a hash of their address and subscription time: either way a
token made before a ``forget`` never acts on a new subscription that got the
same id back (SQLite reuses ids).
"""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.storage.models import Subscriber

FOLLOW, FEED = "follow", "feed"


class LinkError(UserError):
    """A follow or feed link that was altered, forged, or made for a subscription that ended."""


def _serializer(secret: bytes, purpose: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=f"veille.{purpose}")


def _binding(subscriber: Subscriber) -> str:
    """What changes with each new subscription: the per-subscription key where the
    schema has one, else the address and the moment it subscribed."""
    key = getattr(subscriber, "token_key", None)
    if key:
        return key
    # Hashed: a token's values can be read by anyone who sees the link, and an
    # address must not appear in URLs that land in logs.
    since = subscriber.created_at.isoformat(timespec="microseconds")
    return hashlib.sha256(f"{subscriber.email}|{since}".encode()).hexdigest()[:32]


def make_link_token(secret: bytes, purpose: str, subscriber: Subscriber, *extra: int) -> str:
    return _serializer(secret, purpose).dumps([subscriber.id, _binding(subscriber), *extra])


def read_link_token(
    session: Session, secret: bytes, purpose: str, token: str
) -> tuple[Subscriber, list]:
    """The subscriber the token was made for and its extra values; LinkError otherwise."""
    try:
        values = _serializer(secret, purpose).loads(token.strip())
    except BadSignature:
        raise LinkError("ce lien n’est pas valide (modifié ou non émis par la veille).") from None
    if not (
        isinstance(values, list)
        and len(values) >= 2
        and isinstance(values[0], int)
        and isinstance(values[1], str)
    ):
        raise LinkError("ce lien n’est pas valide (modifié ou non émis par la veille).")
    subscriber = session.get(Subscriber, values[0])
    if subscriber is None or not hmac.compare_digest(_binding(subscriber), values[1]):
        raise LinkError(
            "ce lien ne vaut plus : l’inscription pour laquelle il a été fait a pris fin."
        )
    return subscriber, values[2:]


def follow_url(base_url: str, secret: bytes, subscriber: Subscriber, call_id: int) -> str:
    """The call's page, with the "Suivre cet appel" button working for this subscriber."""
    return (
        f"{base_url}/appels/{call_id}/suivre/{make_link_token(secret, FOLLOW, subscriber, call_id)}"
    )


def feed_url(base_url: str, secret: bytes, subscriber: Subscriber) -> str:
    return f"{base_url}/agenda/{make_link_token(secret, FEED, subscriber)}.ics"


def webcal(url: str) -> str:
    """The same feed as a ``webcal://`` link, which opens the visitor's calendar app."""
    return "webcal://" + url.split("://", 1)[1] if urlsplit(url).scheme else url
