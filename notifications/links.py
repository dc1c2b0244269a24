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
import json
import time
from collections.abc import Callable
from urllib.parse import urlsplit

from itsdangerous import BadSignature, URLSafeSerializer
from itsdangerous.encoding import base64_encode, int_to_bytes
from itsdangerous.signer import HMACAlgorithm
from itsdangerous.timed import TimestampSigner
from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.storage.models import Subscriber

FOLLOW, FEED = "follow", "feed"


class LinkError(UserError):
    """A follow or feed link that was altered, forged, or made for a subscription that ended."""


def _serializer(secret: bytes, purpose: str) -> URLSafeSerializer:
    return URLSafeSerializer(secret, salt=f"veille.{purpose}")


class TokenMint:
    """Signs many tokens for one itsdangerous serializer, its key derived once.

    ``serializer.dumps`` builds a signer, derives its key (a hash) and tries
    zlib on every token; a digest build signs two dozen links per mail. The
    tokens made here are the serializer's own format (compact JSON in base64,
    the timestamp of a timed serializer, the HMAC of its signer), left
    uncompressed, which ``loads`` reads as it reads any other and which for
    these short values are the very bytes ``dumps`` writes.
    """

    def __init__(self, serializer: URLSafeSerializer):
        signer = serializer.make_signer()
        self._sep = signer.sep
        self._timed = isinstance(signer, TimestampSigner)
        algorithm = signer.algorithm
        if not isinstance(algorithm, HMACAlgorithm):
            raise TypeError("TokenMint signs with HMAC only")
        # Keyed once; each token signs a copy.
        self._mac = hmac.new(signer.derive_key(), digestmod=algorithm.digest_method)

    def dumps(self, values: list) -> str:
        return self.sign(json.dumps(values, ensure_ascii=False, separators=(",", ":")))

    def sign(self, compact_json: str) -> str:
        """The token of a value already written as compact JSON."""
        value = base64_encode(compact_json.encode("utf-8"))
        if self._timed:
            value += self._sep + base64_encode(int_to_bytes(int(time.time())))
        mac = self._mac.copy()
        mac.update(value)
        return (value + self._sep + base64_encode(mac.digest())).decode("ascii")


class FollowLinks:
    """Every "Suivre cet appel" link of a build: ``follow_url``'s links, signed faster."""

    def __init__(self, base_url: str, secret: bytes):
        self.base_url = base_url
        self._mint = TokenMint(_serializer(secret, FOLLOW))

    def of(self, subscriber: Subscriber) -> Callable[[int], str]:
        """``call id -> link`` for one subscriber, the JSON of their part written once."""
        head = f"[{int(subscriber.id)},{json.dumps(_binding(subscriber), ensure_ascii=False)},"
        base, sign = self.base_url, self._mint.sign

        def follow(call_id: int) -> str:
            return f"{base}/appels/{call_id}/suivre/{sign(f'{head}{int(call_id)}]')}"

        return follow


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
