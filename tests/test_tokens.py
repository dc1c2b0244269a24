"""Signed links: forged, altered, expired, reused across purposes or across subscriptions."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from tests.digestkit import NOW, SECRET, subscribe
from veille.notifications import subscribers as subs
from veille.notifications.tokens import (
    CONFIRM_MAX_AGE,
    TokenError,
    check_subscriber_token,
    make_token,
    read_token,
    subscriber_token,
    unsubscribe,
    unsubscribe_token,
)
from veille.storage.models import Subscriber

KEY = SECRET.encode()


class _Signer(TimestampSigner):
    """Signs as if it were ``age`` seconds ago: how a link from last week looks today."""

    age = 0

    def get_timestamp(self) -> int:
        return int(time.time()) - self.age


def old_token(purpose: str, values: list, age: timedelta) -> str:
    signer = type("Old", (_Signer,), {"age": int(age.total_seconds())})
    return URLSafeTimedSerializer(KEY, salt=f"veille.{purpose}", signer=signer).dumps(values)


def test_make_and_read_round_trip_with_the_moment_signed():
    token = make_token(KEY, "follow", 12, "abc")
    values, signed = read_token(KEY, "follow", token)
    assert values == [12, "abc"] and abs(time.time() - signed.timestamp()) < 60


@pytest.mark.parametrize(
    "mangle",
    [
        # one character of the signature changed (not the last: base64 padding bits)
        lambda t: t[:-5] + ("A" if t[-5] != "A" else "B") + t[-4:],
        lambda t: "W1sxMiwiYWJjIl0" + t[t.index(".") :],  # payload swapped
        lambda t: "",
        lambda t: "pas.un.jeton",
    ],
)
def test_altered_tokens_are_refused(mangle):
    with pytest.raises(TokenError) as refused:
        read_token(KEY, "unsubscribe", mangle(make_token(KEY, "unsubscribe", 1, "k")))
    assert not refused.value.expired


def test_a_token_for_one_purpose_or_key_is_refused_for_another():
    with pytest.raises(TokenError):
        read_token(KEY, "unsubscribe", make_token(KEY, "preferences", 1, "k"))
    with pytest.raises(TokenError):
        read_token(KEY, "unsubscribe", make_token(b"k" * 40, "unsubscribe", 1, "k"))


def test_confirmation_expires_and_unsubscribe_does_not():
    token = old_token("confirm", [1, "k"], CONFIRM_MAX_AGE + timedelta(hours=1))
    with pytest.raises(TokenError) as refused:
        read_token(KEY, "confirm", token, CONFIRM_MAX_AGE)
    assert refused.value.expired
    fresh = old_token("confirm", [1, "k"], CONFIRM_MAX_AGE - timedelta(hours=1))
    assert read_token(KEY, "confirm", fresh, CONFIRM_MAX_AGE)[0] == [1, "k"]
    ancient = old_token("unsubscribe", [1, "k"], timedelta(days=3 * 365))
    assert read_token(KEY, "unsubscribe", ancient)[0] == [1, "k"]


def test_a_link_from_before_forget_does_not_act_on_the_new_subscription(db):
    subscribe(db, "p@example.org")
    with db.session() as session:
        first = session.query(Subscriber).one()
        token, first_id = unsubscribe_token(KEY, first), first.id
        subs.forget(session, first)
    subscribe(db, "p@example.org")
    with db.session() as session:
        second = session.query(Subscriber).one()
        with pytest.raises(TokenError):
            unsubscribe(session, KEY, token)
        assert second.active
    # SQLite gives the id back; the per-subscription key is what tells them apart.
    assert second.id == first_id or db.engine.url.get_backend_name() != "sqlite"


def test_a_link_from_before_leaving_and_coming_back_is_void(db):
    subscribe(db, "p@example.org")
    with db.session() as session:
        person = session.query(Subscriber).one()
        old_preferences = subscriber_token(KEY, "preferences", person)
        unsubscribe(session, KEY, unsubscribe_token(KEY, person), NOW)
        subs.request_subscription(session, "p@example.org", {}, "weekly", now=NOW)
        with pytest.raises(TokenError):
            check_subscriber_token(session, KEY, "preferences", old_preferences)


def test_unsubscribe_is_idempotent_and_records_when(db):
    subscribe(db, "p@example.org")
    with db.session() as session:
        person = session.query(Subscriber).one()
        token = unsubscribe_token(KEY, person)
        assert unsubscribe(session, KEY, token, NOW) == (person, True)
        assert unsubscribe(session, KEY, token, NOW + timedelta(days=1)) == (person, False)
        assert person.unsubscribed_at == NOW and not person.active


def test_a_replayed_confirmation_does_not_bring_back_a_person_who_left(db):
    with db.session() as session:
        person, action = subs.request_subscription(session, "p@example.org", {}, None, now=NOW)
        assert action == "confirm"
        assert subs.confirm(session, person, NOW) is True
        assert subs.confirm(session, person, NOW) is False  # the second click changes nothing
        unsubscribe(session, KEY, unsubscribe_token(KEY, person), NOW)
        assert subs.confirm(session, person, NOW) is False
        assert not person.active
