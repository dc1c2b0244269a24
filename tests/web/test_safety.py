"""The pages against misuse: forged requests, floods, probing for addresses, bad links."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tests.digestkit import subscribe
from tests.test_tokens import old_token
from tests.web.conftest import Client
from veille.notifications.message import links_for
from veille.notifications.tokens import CONFIRM_MAX_AGE
from veille.storage.models import Subscriber
from veille.web.subscribe import SIGNUPS_PER_ADDRESS, SIGNUPS_PER_CLIENT

pytestmark = pytest.mark.slow


def sign_up(client: Client, email: str, **extra):
    fields = [("csrf", client.csrf()), ("email", email), ("frequency", "weekly")]
    fields += [(key, value) for key, values in extra.items() for value in values]
    return client.post_form("/", fields)


def person(site, email="p@example.org") -> Subscriber:
    with site.db.session() as session:
        row = session.query(Subscriber).filter_by(email=email).one()
        session.expunge(row)
        return row


def test_a_form_posted_from_another_site_is_refused(site):
    attacker = Client(site)
    # No token at all, as a hidden form on another site would send.
    status, body = attacker.post_form("/", {"email": "victime@example.org"})
    assert status == 403 and "n’est pas autorisée" in body
    # A real token, but for another browser's cookie.
    other = Client(site)
    stolen = other.csrf()
    attacker.get("/")
    status, _ = attacker.post_form("/", {"csrf": stolen, "email": "victime@example.org"})
    assert status == 403
    # A token whose signature was altered.
    token = attacker.csrf()
    status, _ = attacker.post_form("/", {"csrf": token[:-3] + "xyz", "email": "v@example.org"})
    assert status == 403
    assert site.smtp.inbox.received == []


def test_preferences_need_the_form_token_too(site):
    subscribe(site.db, "p@example.org")
    link = links_for(site.settings, person(site)).preferences
    status, _ = Client(site).post_form(link, {"frequency": "daily"})
    assert status == 403
    assert person(site).frequency == "weekly"


def test_a_sign_up_flood_from_one_client_is_stopped(site):
    client = Client(site)
    limit = SIGNUPS_PER_CLIENT[0]
    answers = [sign_up(client, f"p{n}@example.org")[0] for n in range(limit + 3)]
    assert answers == [200] * limit + [429] * 3
    status, body = sign_up(client, "encore@example.org")
    assert status == 429 and "Trop de demandes" in body
    assert len(site.smtp.inbox.received) == limit


def test_one_address_gets_a_bounded_number_of_mails(site):
    limit = SIGNUPS_PER_ADDRESS[0]
    for _ in range(limit + 2):
        assert sign_up(Client(site), "cible@example.org")[0] == 200
    assert len(site.smtp.inbox.received) == limit


def test_no_page_tells_whether_an_address_is_subscribed(site):
    subscribe(site.db, "abonne@example.org")
    pages = []
    for email in ("abonne@example.org", "inconnu@example.org"):
        _, body = sign_up(Client(site), email)
        pages.append(re.sub(r"[\w.]+@example\.org|value=\"[^\"]+\"", "", body))
    assert pages[0] == pages[1]
    # What differs went to the addresses themselves: links for one, a confirmation for the other.
    subjects = sorted(m["Subject"] for m in site.smtp.inbox.messages())
    assert subjects == [
        "Confirmez votre inscription à la veille recherche",
        "Vous êtes déjà inscrit à la veille recherche",
    ]
    assert person(site, "abonne@example.org").filters["categories"] == []


def test_unknown_filter_values_are_refused_in_french(site):
    status, body = sign_up(Client(site), "p@example.org", categories=["bourses"])
    assert status == 400
    assert "« bourses » n’est pas une catégorie connue" in body
    assert site.smtp.inbox.received == []


@pytest.mark.parametrize("path", ["desabonnement", "preferences", "confirmation"])
def test_forged_links_get_a_french_page_and_change_nothing(site, path):
    subscribe(site.db, "p@example.org")
    real = links_for(site.settings, person(site)).unsubscribe.rsplit("/", 1)[1]
    for token in ("n-importe-quoi", real[:-5] + "AAAA" + real[-1], real):
        client = Client(site)
        status, body = client.get(f"/{path}/{token}")
        if path == "desabonnement" and token == real:
            assert status == 200
            continue
        assert status == 400 and "Ce lien n’est pas valable" in body, (path, token)
        status, _ = client.request(
            "POST",
            f"/{path}/{token}",
            b"List-Unsubscribe=One-Click",
            {"content-type": "application/x-www-form-urlencoded"},
        )
        assert status == 400
    assert person(site).active


def test_an_expired_confirmation_link_says_so(site):
    subscribe(site.db, "p@example.org")
    row = person(site)
    token = old_token("confirm", [row.id, row.token_key], CONFIRM_MAX_AGE + timedelta(days=1))
    status, body = Client(site).get(f"/confirmation/{token}")
    assert status == 400 and "Ce lien a expiré" in body


def test_one_click_needs_no_form_token_and_is_idempotent(site):
    subscribe(site.db, "p@example.org")
    link = links_for(site.settings, person(site)).unsubscribe
    for _ in range(2):
        status, body = Client(site).request(
            "POST",
            link,
            b"List-Unsubscribe=One-Click",
            {"content-type": "application/x-www-form-urlencoded"},
        )
        assert status == 200 and "Vous êtes désabonné" in body
    assert not person(site).active and person(site).unsubscribed_at is not None
