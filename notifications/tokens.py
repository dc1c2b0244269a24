"""Signed unsubscribe tokens: anyone holding the link may leave, nobody can forge one.

A token is ``<subscriber id>.<signature>``; the signature is an HMAC-SHA256
of the id *and the address*, so a token cannot be moved to another
subscriber, and one for an erased address does not unsubscribe a new
subscription that got its address back.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re

from sqlalchemy.orm import Session

from veille.errors import UserError
from veille.storage.models import Subscriber

_TOKEN = re.compile(r"^(\d{1,18})\.([A-Za-z0-9_-]{43})$")


def make_token(secret: bytes, subscriber: Subscriber) -> str:
    return f"{subscriber.id}.{_signature(secret, subscriber.id, subscriber.email)}"


def check_token(session: Session, secret: bytes, token: str) -> Subscriber:
    """The subscriber a token was made for, or a UserError if it is forged or altered."""
    match = _TOKEN.match(token.strip())
    refused = UserError("this unsubscribe link is not valid (altered or not made by veille).")
    if not match:
        raise refused
    subscriber = session.get(Subscriber, int(match.group(1)))
    expected = _signature(secret, int(match.group(1)), subscriber.email if subscriber else "")
    # Compared in constant time, and even when no such subscriber exists.
    if not hmac.compare_digest(expected, match.group(2)) or subscriber is None:
        raise refused
    return subscriber


def unsubscribe(session: Session, secret: bytes, token: str) -> tuple[Subscriber, bool]:
    """Apply a token; returns the subscriber and False if they had already left."""
    subscriber = check_token(session, secret, token)
    was_active = subscriber.active
    subscriber.active = False
    session.flush()
    return subscriber, was_active


def _signature(secret: bytes, subscriber_id: int, email: str) -> str:
    message = f"unsubscribe:{subscriber_id}:{email}".encode()
    digest = hmac.new(secret, message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")
