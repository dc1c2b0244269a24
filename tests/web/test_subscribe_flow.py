"""A person's whole journey, in a real Chromium against the real site and a real SMTP server.

Sign up, receive the confirmation, follow it, receive the welcome mail,
change preferences, then leave with the one-click POST exactly as the
digest's List-Unsubscribe header says; the next digest run sends nothing.
"""

from __future__ import annotations

import re
import urllib.request
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy

import pytest
from icalendar import Calendar
from selenium.webdriver.common.by import By
from sqlalchemy import select

from tests.digestkit import crawl, item
from tests.web.conftest import click_and_wait, links_in
from veille.notifications import build_due_digests, send_pending
from veille.storage.models import Subscriber

pytestmark = pytest.mark.slow

ADDRESS = "Marie.Interne@example.org"


def mails_to(site, address: str) -> list:
    found = []
    for _, recipients, raw in site.smtp.inbox.received:
        if address in recipients:
            found.append((raw, message_from_bytes(raw, policy=policy.default)))
    return found


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def link_to(message, path: str) -> str:
    return next(link for link in links_in(text_of(message)) if f"/{path}/" in link)


def subscriber(site, address: str) -> Subscriber:
    with site.db.session() as session:
        row = session.scalars(select(Subscriber).where(Subscriber.email == address)).one()
        session.expunge(row)
        return row


def test_sign_up_confirm_welcome_preferences_and_one_click_unsubscribe(site, browser):
    now = datetime.now(UTC)
    later = (now + timedelta(days=40)).date().isoformat()
    sooner = (now + timedelta(days=12)).date().isoformat()
    crawl(
        site.db,
        [
            item(
                "bourse-rennes",
                title="Bourse Rennes cancérologie",
                categories=["bourse"],
                regions=["bretagne"],
                deadlines=[{"date": later}],
            ),
            item(
                "bourse-brest",
                title="Bourse Brest cardiologie",
                categories=["bourse"],
                regions=["bretagne"],
                deadlines=[{"date": sooner}],
            ),
            item(
                "m2-lyon",
                title="Master 2 à Lyon",
                categories=["m2"],
                organisation="Université Claude Bernard Lyon 1",
                regions=["auvergne-rhone-alpes"],
            ),
        ],
        at=now - timedelta(days=2),
    )

    # 1. The form, as the person sees it.
    browser.get(site.url + "/")
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Recevoir les appels")
    labels = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "fieldset label")]
    assert "Bourse ou financement" in labels and "Internes" in labels  # the vocabulary's labels
    browser.find_element(By.ID, "email").send_keys(ADDRESS)
    browser.find_element(By.CSS_SELECTOR, "input[name=categories][value=bourse]").click()
    browser.find_element(By.XPATH, "//summary[contains(., 'Régions')]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=regions][value=bretagne]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=frequency][value=daily]").click()
    click_and_wait(
        browser, browser.find_element(By.CSS_SELECTOR, "#inscription button[type=submit]")
    )
    assert "un courriel vient de lui être envoyé" in browser.find_element(By.ID, "resultat").text

    # 2. Only a confirmation reaches the unconfirmed address; it holds a signed link.
    address = ADDRESS.lower()
    [(raw, confirmation)] = mails_to(site, address)
    assert confirmation["Subject"] == "Confirmez votre inscription à la veille recherche"
    assert b"\r\nTo: marie.interne@example.org\r\n" in raw
    assert not subscriber(site, address).confirmed
    built = build_due_digests(site.db, site.settings, now)
    assert built.built == []  # nothing for an unconfirmed address

    # 3. Following it shows a button (a GET changes nothing); the button confirms.
    browser.get(link_to(confirmation, "confirmation"))
    assert not subscriber(site, address).confirmed
    click_and_wait(browser, browser.find_element(By.ID, "confirmer"))
    assert "Inscription confirmée" in browser.find_element(By.TAG_NAME, "h1").text
    assert subscriber(site, address).confirmed

    # 4. The welcome mail: the matching open calls, next deadline first, and its links.
    [_, (_, welcome)] = mails_to(site, address)
    text = text_of(welcome)
    assert welcome["Subject"] == "Bienvenue dans la veille recherche"
    assert text.index("Bourse Brest cardiologie") < text.index("Bourse Rennes cancérologie")
    assert "Master 2 à Lyon" not in text
    assert re.search(r"Date limite : \d{1,2} \w+ 20\d\d \(dans 12 jours\)", text)
    html = welcome.get_body(("html",)).get_content()
    assert "Bourse Brest cardiologie" in html and "Master 2 à Lyon" not in html
    assert 'lang="fr"' in html and "/preferences/" in html and 'style="' in html

    # 5. Preferences, from the welcome mail's signed link.
    browser.get(link_to(welcome, "preferences"))
    assert address in browser.find_element(By.TAG_NAME, "main").text
    assert browser.find_element(By.CSS_SELECTOR, "input[value=bourse]").is_selected()
    # The private calendar, offered as webcal://, holds the matching calls' deadlines.
    webcal = browser.find_element(By.ID, "agenda").get_attribute("href")
    feed = browser.find_element(By.ID, "agenda-adresse").get_attribute("href")
    assert webcal.startswith("webcal://") and webcal.split("://")[1] == feed.split("://")[1]
    with urllib.request.urlopen(feed) as answer:
        calendar = Calendar.from_ical(answer.read())
    summaries = [str(event["SUMMARY"]) for event in calendar.walk("VEVENT")]
    assert any("Bourse Brest cardiologie" in s for s in summaries)
    assert not any("Master 2 à Lyon" in s for s in summaries)
    browser.find_element(By.CSS_SELECTOR, "input[name=categories][value=m2]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=frequency][value=weekly]").click()
    click_and_wait(browser, browser.find_element(By.ID, "enregistrer"))
    assert "enregistrées" in browser.find_element(By.ID, "resultat").text
    saved = subscriber(site, address)
    assert saved.frequency == "weekly"
    assert saved.filters["categories"] == ["bourse", "m2"]
    assert saved.filters["regions"] == ["bretagne"]

    # 6. A digest arrives; leave by POSTing exactly what its List-Unsubscribe header says.
    crawl(
        site.db,
        [
            item(
                "bourse-quimper",
                title="Bourse Quimper pneumologie",
                categories=["bourse"],
                regions=["bretagne"],
                deadlines=[{"date": later}],
            )
        ],
        at=datetime.now(UTC),
    )
    moment = datetime.now(UTC) + timedelta(minutes=1)
    build_due_digests(site.db, site.settings, moment)
    send_pending(site.db, site.settings, moment)
    raw, digest = mails_to(site, address)[-1]
    assert "Bourse Quimper pneumologie" in text_of(digest)
    header = re.search(rb"\r\nList-Unsubscribe: (.*?)\r\n(?![ \t])", raw, re.S).group(1)
    assert b"=?" not in header
    [target] = re.findall(rb"<(https?://[^>]+)>", header)
    assert re.search(rb"\r\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", raw)
    one_click = urllib.request.Request(
        target.decode(),
        data=b"List-Unsubscribe=One-Click",
        method="POST",
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    with urllib.request.urlopen(one_click, timeout=30) as answer:
        assert answer.status == 200
    with urllib.request.urlopen(one_click, timeout=30) as again:  # idempotent
        assert again.status == 200
    assert not subscriber(site, address).active

    # 7. The next digest run sends that address nothing.
    crawl(
        site.db,
        [
            item(
                "bourse-vannes",
                title="Bourse Vannes",
                categories=["bourse"],
                deadlines=[{"date": later}],
            )
        ],
        at=datetime.now(UTC) + timedelta(days=8),
    )
    count = len(mails_to(site, address))
    next_week = datetime.now(UTC) + timedelta(days=8, minutes=1)
    build_due_digests(site.db, site.settings, next_week)
    send_pending(site.db, site.settings, next_week)
    assert len(mails_to(site, address)) == count


def test_unsubscribe_page_shows_one_button_and_only_the_post_unsubscribes(site, browser):
    from tests.digestkit import subscribe
    from veille.notifications.message import links_for

    subscribe(site.db, "p@example.org")
    person = subscriber(site, "p@example.org")
    link = links_for(site.settings, person).unsubscribe
    browser.get(link)
    buttons = browser.find_elements(By.TAG_NAME, "button")
    assert [b.text for b in buttons] == ["Me désabonner"]
    assert subscriber(site, "p@example.org").active  # the GET changed nothing
    click_and_wait(browser, buttons[0])
    assert "Vous êtes désabonné" in browser.find_element(By.TAG_NAME, "h1").text
    assert not subscriber(site, "p@example.org").active


def test_a_bad_address_is_one_french_sentence_and_keeps_the_choices(site, browser):
    browser.get(site.url + "/")
    browser.find_element(By.ID, "email").send_keys("pas-une-adresse@")
    browser.find_element(By.CSS_SELECTOR, "input[name=categories][value=m2]").click()
    # The browser's own check would stop the form; the server's must hold on its own too.
    browser.execute_script("document.getElementById('inscription').noValidate = true")
    click_and_wait(
        browser, browser.find_element(By.CSS_SELECTOR, "#inscription button[type=submit]")
    )
    error = browser.find_element(By.ID, "erreur").text
    assert error == "« pas-une-adresse@ » n’est pas une adresse électronique valide."
    assert browser.find_element(By.CSS_SELECTOR, "input[value=m2]").is_selected()
    assert site.smtp.inbox.received == []
