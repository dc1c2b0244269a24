"""Sites that misbehave: each case is reported, marks nothing gone, and spares the other sources."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from tests.spiders.helpers import listing_page, quick_settings, registry_of, write_site
from veille.spiders.crawl import crawl_sources
from veille.spiders.fixtures import FixtureServer
from veille.storage.models import Call, CallStatus, CrawlRun, Event

GOOD_ITEMS = [
    ("/appels/bourse-m2", "Bourse de Master 2", "Date limite de candidature : 15 mars 2027."),
    ("/appels/these", "Allocation de thèse", "Dossiers à déposer avant le 2 avril 2027 à 16h."),
]
LISTING = {"item": "li.call", "title": "a", "link": "a"}


def listing_source(source_id: str, host: str, path: str = "/appels/", **options) -> dict:
    return {
        "id": source_id,
        "kind": "listing",
        "start_urls": [f"https://{host}{path}"],
        "options": {**LISTING, **options},
    }


@pytest.fixture
def hostile_sites(tmp_path):
    root = tmp_path / "sites"
    page = listing_page(GOOD_ITEMS)
    write_site(root, "good", {"good.example/appels/index.html": page})
    write_site(
        root,
        "server-error",
        {
            "err.example/appels/index.html": page,
            "err.example/appels/index.html.http.toml": {"status": 500},
        },
    )
    write_site(
        root,
        "missing-detail",
        {
            "missing.example/appels/index.html": page,
            "missing.example/appels/bourse-m2": "<main><p>Date limite : 15 mars 2027.</p></main>",
        },
    )
    write_site(
        root,
        "rate-limited",
        {
            "busy.example/appels/index.html": page,
            "busy.example/appels/index.html.http.toml": {
                "fail_first": 1,
                "fail_status": 429,
                "fail_headers": {"Retry-After": "1"},
            },
        },
    )
    write_site(
        root,
        "slow",
        {
            "slow.example/appels/index.html": page,
            "slow.example/appels/index.html.http.toml": {"delay": 2.5},
        },
    )
    write_site(
        root,
        "redirect-loop",
        {
            "loop.example/appels/index.html": page,
            "loop.example/appels/index.html.http.toml": {
                "status": 302,
                "headers": {"Location": "https://loop.example/appels/"},
            },
        },
    )
    write_site(root, "huge", {"huge.example/appels/index.html": page + "<!-- x -->" * 5000})
    write_site(
        root,
        "malformed",
        {
            "broken.example/appels/index.html": (
                "<html><body><ul><li class='call'><a href='/a1'>Bourse <b>Jeunes chercheurs"
                "</a><p>Date limite : 30 avril 2027<li class='call'><a href=/a2>Prix de thèse</i>"
                "<p>Candidatures jusqu'au 12 mai 2027 <div></ul></table>\x00 &nbsp &amp;&"
            )
        },
    )
    write_site(
        root,
        "robots",
        {
            "closed.example/appels/index.html": page,
            "closed.example/robots.txt": "User-agent: *\nDisallow: /\n",
        },
    )
    latin1 = (
        "<html><body><ul><li class='call'><a href='/aap/annee-recherche'>Année-recherche : appel à"
        " candidatures</a><p>Date limite : 15 mars 2027 à 17h, dossier à déposer à la scolarité."
        "</p></li></ul></body></html>"
    )
    write_site(root, "latin1", {"latin.example/appels/index.html": latin1.encode("cp1252")})
    registry = registry_of(
        listing_source("good", "good.example"),
        listing_source("server-error", "err.example"),
        listing_source("missing-detail", "missing.example", follow=True),
        listing_source("rate-limited", "busy.example"),
        listing_source("slow", "slow.example"),
        listing_source("redirect-loop", "loop.example"),
        listing_source("huge", "huge.example"),
        listing_source("malformed", "broken.example"),
        listing_source("robots", "closed.example"),
        listing_source("latin1", "latin.example"),
    )
    return root, registry


def test_each_hostile_site_is_reported_and_the_others_are_recorded(db, hostile_sites):
    root, registry = hostile_sites
    settings = quick_settings(crawl_timeout=1, crawl_max_page_bytes=20_000)
    reports = {
        r.source_id: r for r in crawl_sources(db, settings, registry=registry, fixtures=root)
    }

    assert (reports["good"].status, reports["good"].items, reports["good"].errors) == ("ok", 2, [])

    def failed(source_id: str, phrase: str) -> None:
        report = reports[source_id]
        assert report.status == "failed", report
        assert any(phrase in error for error in report.errors), report.errors

    failed("server-error", "HTTP 500")
    failed("slow", "timed out")
    failed("redirect-loop", "redirect")
    failed("huge", "size limit")
    failed("robots", "robots.txt")

    missing = reports["missing-detail"]
    assert missing.status == "partial" and missing.items == 1
    assert any("HTTP 404" in e and "/appels/these" in e for e in missing.errors)

    limited = reports["rate-limited"]
    assert (limited.status, limited.items) == ("ok", 2)

    malformed = reports["malformed"]
    assert malformed.status == "ok" and malformed.items == 2, malformed

    assert reports["latin1"].status == "ok"
    with db.session() as session:
        call = session.scalars(select(Call).where(Call.url.like("%latin.example%"))).one()
        assert call.title == "Année-recherche : appel à candidatures"
        assert [(d.date.isoformat(), d.time.strftime("%H:%M")) for d in call.deadlines] == [
            ("2027-03-15", "17:00")
        ]
        runs = {r.source_id: r for r in session.scalars(select(CrawlRun))}
        for source_id in (
            "server-error",
            "slow",
            "redirect-loop",
            "huge",
            "robots",
            "missing-detail",
        ):
            assert runs[source_id].suspicious, source_id


def test_retry_after_is_honoured_then_the_page_is_read(db, hostile_sites):
    root, registry = hostile_sites
    from veille.spiders.registry import Registry

    only = Registry([registry.get("rate-limited")], registry.path)
    with FixtureServer(root) as server:
        report = crawl_sources(db, quick_settings(), registry=only, fixtures=server)[0]
        assert server.hits("busy.example/appels")[:2] == [429, 200]
    assert (report.status, report.items, report.errors) == ("ok", 2, [])
    assert report.duration >= 0.3  # Retry-After: 1, capped at crawl_retry_max_delay


def test_a_listing_suddenly_empty_is_suspicious_and_marks_nothing_gone(db, tmp_path):
    root = tmp_path / "sites"
    page = root / "good/good.example/appels/index.html"
    write_site(root, "good", {"good.example/appels/index.html": listing_page(GOOD_ITEMS)})
    write_site(root, "other", {"other.example/appels/index.html": listing_page(GOOD_ITEMS[:1])})
    registry = registry_of(
        listing_source("good", "good.example"), listing_source("other", "other.example")
    )
    settings = quick_settings()
    for _ in range(2):
        crawl_sources(db, settings, registry=registry, fixtures=root)
    page.write_text(listing_page([]), encoding="utf-8")
    for _ in range(3):  # more empty crawls than it takes to mark a call gone
        reports = crawl_sources(db, settings, registry=registry, fixtures=root)
        assert reports[0].suspicious and reports[0].items == 0
        assert reports[1].status == "ok" and not reports[1].suspicious
    with db.session() as session:
        statuses = session.scalars(select(Call.status)).all()
        assert set(statuses) == {CallStatus.OPEN}
        assert not session.scalars(select(Event).where(Event.kind == "gone")).all()


def test_a_crawl_past_its_time_limit_is_stopped_and_recorded_failed(db, tmp_path):
    page = listing_page([("/appels/m2", "Bourse de Master 2", "Date limite : 15 mars 2027")])
    write_site(tmp_path, "good", {"good.example/appels/index.html": page})
    write_site(
        tmp_path,
        "hangs",
        {
            "hangs.example/appels/index.html": page,
            "hangs.example/appels/index.html.http.toml": {"delay": 20},
        },
    )
    registry = registry_of(
        listing_source("good", "good.example"), listing_source("hangs", "hangs.example")
    )
    # The limit leaves the good crawl room for the processes it starts (the recording
    # process, the extraction pool on its first fresh page), slow on a loaded machine.
    settings = quick_settings(crawl_timeout=30, crawl_time_limit=4)
    started = time.monotonic()
    reports = {
        r.source_id: r for r in crawl_sources(db, settings, registry=registry, fixtures=tmp_path)
    }
    assert time.monotonic() - started < 15  # stopped at 4 s, not after the page's 20 s
    assert reports["good"].status == "ok" and reports["good"].items == 1
    assert reports["hangs"].status == "failed"
    with db.session() as session:
        run = session.scalars(select(CrawlRun).where(CrawlRun.source_id == "hangs")).one()
        assert run.status == "failed" and "time limit of 4 s" in run.notes
