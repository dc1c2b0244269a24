"""Open calls, a call's page, "Suivre cet appel", calendar feeds, /healthz and /metrics,
served for real and read as their receivers read them: Chromium, aiosmtpd, icalendar
and Prometheus's own text parser."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.request
from datetime import date, timedelta
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from icalendar import Calendar
from prometheus_client.parser import text_string_to_metric_families
from selenium.webdriver.common.by import By
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from tests.digestkit import crawl, free_port, item, subscribe
from tests.web.conftest import (
    ServerThread,
    click_and_wait,
    picture_pages,
)
from veille.notifications import build_due_digests, french, send_pending
from veille.notifications import subscribers as subs
from veille.notifications.links import feed_url, follow_url
from veille.storage import Database
from veille.storage.models import Call, Subscriber, Worker
from veille.storage.types import utcnow
from veille.web.app import create_app
from veille.web.server import WebServer

pytestmark = pytest.mark.slow


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.headers.get("content-type", ""), answer.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read()


def day(offset: int) -> str:
    return (utcnow().date() + timedelta(days=offset)).isoformat()


def call_id(db, slug: str) -> int:
    with db.session() as session:
        return session.scalar(select(Call.id).where(Call.url.endswith(f"/{slug}")))


def titles(browser) -> list[str]:
    return [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".call-item h3")]


def received_text(raw: bytes) -> str:
    message = message_from_bytes(raw, policy=policy.default)
    return message.get_body(("plain",)).get_content()


def test_open_calls_filtered_searched_and_paginated(site, browser):
    now = utcnow()
    crawl(
        site.db,
        [
            item(f"bourse-{n:02d}", title=f"Bourse numéro {n:02d}", deadlines=[{"date": day(n)}])
            for n in range(1, 22)
        ]
        + [
            item(
                "m2-cancero",
                title="Master 2 de Cancérologie",
                categories=["m2"],
                deadlines=[{"date": day(30), "time": "17:00"}],
            ),
            item("m2-sans-date", title="Master 2 d’imagerie", categories=["m2"], deadlines=[]),
        ],
        at=now,
    )
    browser.get(site.link("/appels"))
    assert browser.find_element(By.CSS_SELECTOR, "h2.count").text == (
        "23 appels ouverts · page 1 sur 2"
    )
    shown = titles(browser)
    assert len(shown) == 20 and shown[0] == "Bourse numéro 01"
    first = browser.find_element(By.CSS_SELECTOR, ".call-item .deadline").text
    assert french.day(utcnow().date() + timedelta(days=1)) in first and "demain" in first

    click_and_wait(browser, browser.find_element(By.LINK_TEXT, "Page suivante →"))
    assert titles(browser) == [
        "Bourse numéro 21",
        "Master 2 de Cancérologie",
        "Master 2 d’imagerie",  # no deadline: last
    ]

    # Filter by category through the form, as a visitor does.
    browser.get(site.link("/appels"))
    browser.find_element(By.XPATH, "//summary[starts-with(., 'Type d’appel')]").click()
    browser.find_element(By.CSS_SELECTOR, "input[name=categorie][value=m2]").click()
    click_and_wait(
        browser, browser.find_element(By.CSS_SELECTOR, ".call-filters button[type=submit]")
    )
    assert browser.find_element(By.CSS_SELECTOR, "h2.count").text == "2 appels ouverts"
    assert titles(browser) == ["Master 2 de Cancérologie", "Master 2 d’imagerie"]
    # The choice stays ticked, and words narrow it further, without accents.
    search = browser.find_element(By.ID, "q")
    search.send_keys("cancerologie")
    click_and_wait(
        browser, browser.find_element(By.CSS_SELECTOR, ".call-filters button[type=submit]")
    )
    assert titles(browser) == ["Master 2 de Cancérologie"]
    assert "categorie=m2" in browser.current_url

    # Region: the calls of the sources of that region (fac-rennes is in Bretagne in the
    # registry; no test call comes from Corse).
    browser.get(site.link("/appels?region=corse"))
    assert browser.find_element(By.CSS_SELECTOR, "p.notice").text == (
        "Aucun appel ouvert ne correspond à ces critères."
    )


def test_bad_query_values_are_dropped_not_fatal(site):
    crawl(site.db, [item("a", deadlines=[{"date": day(5)}])], at=utcnow())
    status, _, body = fetch(site.link("/appels?page=abc&categorie=%3Cscript%3E&public=x&q=%25"))
    assert status == 200
    assert "<script>" not in body.decode() and "Aucun appel ouvert" in body.decode()
    assert fetch(site.link("/appels/999999"))[0] == 404


def test_call_page_shows_deadlines_and_history(site, browser):
    first = utcnow() - timedelta(days=3)
    crawl(site.db, [item("a", deadlines=[{"date": day(20)}])], at=first)
    crawl(site.db, [item("a", deadlines=[{"date": day(27), "time": "12:00"}])], at=utcnow())
    browser.get(site.link(f"/appels/{call_id(site.db, 'a')}"))
    assert browser.find_element(By.TAG_NAME, "h1").text == "Appel a"
    deadlines = browser.find_element(By.CSS_SELECTOR, "ul.deadlines").text
    moved_to = french.deadline(utcnow().date() + timedelta(days=27), None).split(" à ")[0]
    assert moved_to in deadlines and "dans 27 jours" in deadlines
    history = browser.find_element(By.CSS_SELECTOR, "ul.history").text
    assert "Date limite modifiée" in history and "Repéré pour la première fois" in history
    assert "date reportée du" in history  # what it moved from and to
    # A visitor who did not come from a digest is told how to follow it.
    assert "Suivre cet appel" in browser.find_element(By.ID, "suivre").text


def test_follow_from_a_digest_brings_reminders_outside_the_filters(site, browser):
    now = utcnow()
    crawl(site.db, [item("suivi", categories=["m2"], deadlines=[{"date": day(40)}])], at=now)
    person = subscribe(
        site.db, "suit@example.org", frequency="daily", categories=["m2"], created=now
    )
    subscribe(site.db, "autre@example.org", frequency="daily", categories=["these"], created=now)
    later = now + timedelta(minutes=5)
    assert len(build_due_digests(site.db, site.settings, later).built) == 1
    send_pending(site.db, site.settings, later)
    ((_, recipients, raw),) = site.smtp.inbox.received
    assert recipients == ["suit@example.org"]
    text = received_text(raw)
    link = re.search(r"Suivre cet appel : (\S+)", text).group(1)
    html = message_from_bytes(raw, policy=policy.default).get_body(("html",)).get_content()
    assert re.search(f'<a href="{re.escape(link)}"[^>]*>Suivre cet appel</a>', html)
    assert "suit@example.org" not in link  # links carry no address
    assert link.startswith(site.url + f"/appels/{call_id(site.db, 'suivi')}/suivre/")

    # The link opens the call's page; the button follows the call.
    browser.get(link)
    click_and_wait(browser, browser.find_element(By.XPATH, "//button[.='Suivre cet appel']"))
    notice = browser.find_element(By.CSS_SELECTOR, ".notice.ok").text
    assert notice.startswith("Vous suivez cet appel")
    assert browser.find_element(By.XPATH, "//button[.='Ne plus suivre cet appel']")
    feed = browser.find_element(By.LINK_TEXT, "s’abonner à mon agenda").get_attribute("href")
    assert feed.startswith("webcal://127.0.0.1:")

    # The subscriber's filters no longer match the call; its deadline moves and comes near.
    with site.db.session() as session:
        session.get(Subscriber, person).filters = {"categories": ["bourse"]}
    tomorrow = now + timedelta(days=1)
    crawl(site.db, [item("suivi", categories=["m2"], deadlines=[{"date": day(4)}])], at=tomorrow)
    report = build_due_digests(site.db, site.settings, tomorrow + timedelta(minutes=5))
    assert len(report.built) == 1
    send_pending(site.db, site.settings, tomorrow + timedelta(minutes=5))
    _, recipients, raw = site.smtp.inbox.received[-1]
    assert recipients == ["suit@example.org"]
    text = received_text(raw)
    assert "Appel suivi" in text and "dans 3 jours" in text
    assert "Date limite modifiée" in text
    assert len(site.smtp.inbox.received) == 2  # the other subscriber got nothing


def test_feeds_move_an_event_when_its_deadline_moves(site):
    now = utcnow()
    crawl(site.db, [item("a", categories=["m2"], deadlines=[{"date": day(30)}])], at=now)
    crawl(site.db, [item("b", categories=["bourse"], deadlines=[{"date": day(31)}])], at=now)
    person = subscribe(site.db, "p@example.org", categories=["bourse"], created=now)
    with site.db.session() as session:
        from veille.storage import browse

        browse.follow(session, person, call_id(site.db, "a"), now)
        subscriber = session.get(Subscriber, person)
        private = feed_url(site.url, site.settings.secret(), subscriber)

    def events(url):
        status, kind, body = fetch(url)
        assert status == 200 and kind.startswith("text/calendar")
        calendar = Calendar.from_ical(body)
        return {str(e["summary"]).split(" : ", 1)[1]: e for e in calendar.walk("VEVENT")}

    before = events(private)
    assert set(before) == {"Appel a", "Appel b"}  # followed, and matched by the filters
    assert int(before["Appel a"]["sequence"]) == 0
    assert before["Appel a"]["dtstart"].dt == date.fromisoformat(day(30))
    # Polled again, unchanged: the same events, nothing for the calendar to update.
    again = events(private)
    assert {k: (str(v["uid"]), int(v["sequence"])) for k, v in again.items()} == {
        k: (str(v["uid"]), int(v["sequence"])) for k, v in before.items()
    }

    crawl(site.db, [item("a", categories=["m2"], deadlines=[{"date": day(45)}])], at=now)
    after = events(private)
    assert str(after["Appel a"]["uid"]) == str(before["Appel a"]["uid"])
    assert int(after["Appel a"]["sequence"]) == 1
    assert after["Appel a"]["dtstart"].dt == date.fromisoformat(day(45))

    public = events(site.link("/agenda/categorie/m2.ics"))
    assert set(public) == {"Appel a"}
    assert str(public["Appel a"]["uid"]) == str(after["Appel a"]["uid"])
    assert int(public["Appel a"]["sequence"]) == 1
    # A forged or altered private link, or an unknown category: nothing.
    assert fetch(site.link("/agenda/abc.ics"))[0] == 404
    assert fetch(private.replace(".ics", "x.ics"))[0] == 404
    assert fetch(site.link("/agenda/categorie/inconnue.ics"))[0] == 404
    # Someone who left: the feed is gone, and says so to the calendar app.
    with site.db.session() as session:
        session.get(Subscriber, person).active = False
    assert fetch(private)[0] == 410


def test_healthz_and_metrics(site):
    now = utcnow()
    crawl(site.db, [item(s, deadlines=[{"date": day(10)}]) for s in "ab"], at=now)
    status, _, body = fetch(site.link("/healthz"))
    assert status == 503 and b"no worker is running" in body
    assert fetch(site.link("/healthz/ready"))[0] == 200
    with site.db.session() as session:
        session.add(Worker(id="w1", hostname="h", pid=1, started_at=now, heartbeat_at=now))
    assert fetch(site.link("/healthz"))[0] == 200
    assert fetch(site.link("/healthz/live"))[0] == 200
    with site.db.session() as session:
        session.get(Worker, "w1").heartbeat_at = now - timedelta(hours=1)
    status, _, body = fetch(site.link("/healthz"))
    assert status == 503 and re.search(rb"last heartbeat is 36\d\d s old", body)

    subscribe(site.db, "m@example.org", created=now)
    build_due_digests(site.db, site.settings, now + timedelta(minutes=1))
    status, kind, body = fetch(site.link("/metrics"))
    assert status == 200 and kind.startswith("text/plain")
    samples = {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(body.decode())
        for s in family.samples
    }
    assert samples[("veille_database_up", ())] == 1
    assert samples[("veille_crawls_total", (("source", "fac-rennes"), ("status", "ok")))] == 1
    assert samples[("veille_events_total", (("kind", "new"),))] == 2
    assert samples[("veille_digests_built_total", ())] == 1
    assert samples[("veille_digests_sent_total", ())] == 0
    assert samples[("veille_send_failures_total", ())] == 0
    assert samples[("veille_outbox_depth", (("state", "pending"),))] == 1
    last = samples[("veille_source_last_success_timestamp_seconds", (("source", "fac-rennes"),))]
    assert abs(last - now.timestamp()) < 5


def test_healthz_and_metrics_when_the_database_is_down(site):
    # A PostgreSQL that is not there: a port nothing listens on.
    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/absent?connect_timeout=2"
    engine = create_engine(url)
    down = Database(engine, sessionmaker(engine))
    port = free_port()
    runner = ServerThread(WebServer(create_app(site.settings, down), "127.0.0.1", port))
    runner.start()
    try:
        status, _, body = fetch(f"http://127.0.0.1:{port}/healthz")
        assert status == 503 and b"the database does not answer" in body
        assert fetch(f"http://127.0.0.1:{port}/healthz/ready")[0] == 503
        status, _, body = fetch(f"http://127.0.0.1:{port}/metrics")
        assert status == 200 and b"veille_database_up 0.0" in body
    finally:
        runner.stop()
        engine.dispose()


def test_pages_fit_a_phone_and_are_pictured(site, browser, tmp_path):
    """docs/web/ is made so: VEILLE_SCREENSHOTS_DIR=docs/web pytest tests/web/test_calls.py"""
    folder = Path(os.environ.get("VEILLE_SCREENSHOTS_DIR") or tmp_path / "shots")
    now = utcnow()
    first = now - timedelta(days=12)
    calls = [
        item(
            "annee-recherche-2027",
            title="Année-recherche 2027-2028 : appel à candidatures des internes",
            summary="Financement d’une année de recherche dans un laboratoire labellisé, "
            "pour les internes de toutes spécialités.",
            audience=["interne"],
            deadlines=[
                {"date": day(9), "time": "12:00", "kind": "letter_of_intent"},
                {"date": day(40), "time": "17:00"},
            ],
        ),
        item(
            "bourse-cancero",
            title="Bourses de Master 2 en cancérologie",
            organisation="Fondation pour la recherche (exemple)",
            categories=["bourse", "m2"],
            deadlines=[{"date": day(3)}],
        ),
        item(
            "double-cursus",
            title="Parcours double cursus médecine-sciences : admissions",
            categories=["double-cursus"],
            organisation="École de l’Inserm (exemple)",
            deadlines=[{"date": day(60)}],
        ),
        item("prix-these", title="Prix de thèse de sciences", categories=["these"], deadlines=[]),
    ]
    crawl(site.db, calls, at=first)
    calls[0] = item(
        "annee-recherche-2027",
        title=calls[0].title,
        summary=calls[0].summary,
        audience=["interne"],
        deadlines=[
            {"date": day(9), "time": "12:00", "kind": "letter_of_intent"},
            {"date": day(47), "time": "17:00"},
        ],
    )
    crawl(site.db, calls, at=now)
    person = subscribe(site.db, "marie.interne@example.org", created=now)
    target = call_id(site.db, "annee-recherche-2027")
    with site.db.session() as session:
        link = follow_url(site.url, site.settings.secret(), session.get(Subscriber, person), target)

    def followed():
        browser.get(link)
        if browser.find_elements(By.XPATH, "//button[.='Ne plus suivre cet appel']"):
            button = browser.find_element(By.XPATH, "//button[.='Ne plus suivre cet appel']")
            click_and_wait(browser, button)
        click_and_wait(browser, browser.find_element(By.XPATH, "//button[.='Suivre cet appel']"))

    pages = {
        "appels": lambda: browser.get(site.link("/appels")),
        "appels-filtres": lambda: browser.get(site.link("/appels?categorie=m2&q=cancerologie")),
        "appel": lambda: browser.get(site.link(f"/appels/{target}")),
        "appel-suivi": followed,
    }
    picture_pages(browser, pages, folder)


def test_follow_links_that_are_forged_altered_or_misused_are_refused(site):
    now = utcnow()
    crawl(site.db, [item(s, deadlines=[{"date": day(10)}]) for s in "ab"], at=now)
    person = subscribe(site.db, "p@example.org", created=now)
    a, b = call_id(site.db, "a"), call_id(site.db, "b")
    with site.db.session() as session:
        link = follow_url(site.url, site.settings.secret(), session.get(Subscriber, person), a)
    token = link.rsplit("/", 1)[1]

    def post(url):
        request = urllib.request.Request(url, data=b"action=follow", method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, answer.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def follows():
        from veille.storage import browse

        with site.db.session() as session:
            return browse.followed_ids(session, person)

    # Altered, forged, or moved to another call: one French sentence, nothing followed.
    for bad in (
        link[:-2] + ("AA" if not link.endswith("AA") else "BB"),
        f"{site.url}/appels/{a}/suivre/abc",
        f"{site.url}/appels/{b}/suivre/{token}",
    ):
        status, body = post(bad)
        assert status == 400 and "Ce lien n’est pas valide" in body, bad
        assert "Traceback" not in body
    assert follows() == set()
    # A GET never follows (mail scanners open links).
    assert fetch(link)[0] == 200 and follows() == set()
    assert post(link)[0] == 200 and follows() == {a}
    assert post(link)[0] == 200 and follows() == {a}  # twice is harmless
    # Someone who left cannot follow; a link made before a "forget" acts on nobody.
    with site.db.session() as session:
        session.get(Subscriber, person).active = False
    status, body = post(link)
    assert status == 400 and "Cette inscription a pris fin" in body
    with site.db.session() as session:
        subs.forget(session, session.get(Subscriber, person))
    # SQLite may give the id back to the new subscription.
    subscribe(site.db, "p@example.org", created=now + timedelta(seconds=1))
    status, body = post(link)
    assert status == 400 and "ne vaut plus" in body
