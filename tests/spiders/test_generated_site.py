"""A large generated site in the benchmark's shape: an unchanged re-crawl writes nothing.

Thirty list pages of one source, ten calls each, titles and deadlines drawn
from small pools so that distinct URLs share a title and a deadline, as they
do on the benchmark kit's generated site (where merging them produced
hundreds of ``updated`` events on crawls that only got 304s).
"""

from __future__ import annotations

import random

from sqlalchemy import func, select

from tests.spiders.helpers import listing_page, quick_settings, registry_of, write_site
from veille.spiders.crawl import crawl_sources
from veille.storage import open_database
from veille.storage.models import Call

PAGES = 30
HOST = "appels.example.fr"
TITLES = ["Bourse de master 2", "Prix de thèse", "Appel à projets jeunes chercheurs"]
DAYS = ["15 mars 2027", "30 avril 2027"]


def calls(number: int, rng: random.Random, first: int = 0) -> list[tuple[str, str, str]]:
    return [
        (
            f"/p{number}/appel-{k}.html",
            rng.choice(TITLES),
            f"Dossier à déposer en ligne. Date limite : {rng.choice(DAYS)}.",
        )
        for k in range(first, first + 10)
    ]


def test_unchanged_recrawl_of_a_generated_site_writes_nothing(tmp_path, database_url):
    rng = random.Random(17)
    root = tmp_path / "sites"
    listed = {n: calls(n, rng) for n in range(PAGES)}
    write_site(
        root,
        "generated",
        {f"{HOST}/p{n}/appels.html": listing_page(listed[n]) for n in range(PAGES)},
    )
    registry = registry_of(
        {
            "id": "generated",
            "kind": "listing",
            "start_urls": [f"https://{HOST}/p{n}/appels.html" for n in range(PAGES)],
            "options": {"item": "li.call", "title": "a", "concurrency": 8, "delay": 0},
        }
    )
    db = open_database(database_url)
    try:
        (first,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert (first.status, first.items, first.errors) == ("ok", PAGES * 10, [])
        assert first.event_kinds == {"new": PAGES * 10}
        with db.session() as session:
            assert session.scalar(select(func.count()).select_from(Call)) == PAGES * 10

        for _ in range(2):
            (again,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
            assert (again.events, again.errors) == (0, [])
            assert again.unchanged_pages == again.pages == PAGES
            assert again.extracted_pages == 0

        # One page shows one more call on top and drops its oldest: one event.
        target = root / "generated" / HOST / "p3" / "appels.html"
        newest = calls(3, rng, first=10)[:1]
        target.write_text(listing_page(newest + listed[3][:-1]), encoding="utf-8")
        (changed,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert changed.event_kinds == {"new": 1}
        assert changed.extracted_pages == 1
    finally:
        db.dispose()
