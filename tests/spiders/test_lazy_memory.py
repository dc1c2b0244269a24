"""The page memory is read lazily: validators before the crawl, a page's outputs when it is replayed.

A crawl where nearly every page answers 304 replays each page's own calls (read
in a few batched queries, not one per page, and not before the crawl); a page
whose stored outputs are missing or corrupt is fetched again and extracted,
with one log line and no traceback; the stored outputs of a replayed page stay
as they were while its validators are refreshed; a process whose crawl replays
every page never starts the extraction workers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys

from sqlalchemy import event, select, text

from tests.processes import clean_env
from tests.spiders.helpers import listing_page, quick_settings, registry_of, write_site
from veille.spiders.crawl import crawl_sources
from veille.spiders.fixtures import FixtureServer
from veille.spiders.memory import BATCH, PageMemory
from veille.storage import open_database
from veille.storage.models import Call, PageState

HOST = "memoire.example.fr"
PAGES = 40


def _calls(n: int, first: int = 0) -> list[tuple[str, str, str]]:
    return [
        (f"/p{n}/appel-{k}.html", f"Bourse {n}-{k}", "Date limite : 15 mars 2027.")
        for k in range(first, first + 10)
    ]


def _url(n: int) -> str:
    return f"https://{HOST}/p{n}/appels.html"


def _setup(tmp_path):
    root = tmp_path / "sites"
    write_site(
        root, "memoire", {f"{HOST}/p{n}/appels.html": listing_page(_calls(n)) for n in range(PAGES)}
    )
    registry = registry_of(
        {
            "id": "memoire",
            "kind": "listing",
            "start_urls": [_url(n) for n in range(PAGES)],
            "options": {"item": "li.call", "title": "a", "concurrency": 8, "delay": 0},
        }
    )
    return root, registry


def _stored(db) -> dict[str, tuple]:
    with db.session() as session:
        rows = session.scalars(select(PageState).where(PageState.source_id == "memoire"))
        return {row.url: (row.outputs, row.etag, row.fetched_at) for row in rows}


def test_a_crawl_of_304s_replays_each_page_s_own_calls(tmp_path, database_url):
    root, registry = _setup(tmp_path)
    db = open_database(database_url)
    try:
        (first,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert (first.status, first.items, first.errors) == ("ok", PAGES * 10, [])
        before = _stored(db)

        # Every page but one answers 304; the changed one lists a new call on top.
        changed = root / "memoire" / HOST / "p7" / "appels.html"
        changed.write_text(listing_page(_calls(7, first=10)[:1] + _calls(7)[:-1]), "utf-8")
        with FixtureServer(root) as server:
            (again,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=server)
        assert server.hits("appels.html").count(304) == PAGES - 1
        assert (again.errors, again.not_modified, again.extracted_pages) == ([], PAGES - 1, 1)
        # The replayed calls were each page's own: all seen again, none gone, one new.
        assert again.event_kinds == {"new": 1} and again.items == PAGES * 10

        after = _stored(db)
        for n in range(PAGES):
            outputs, etag, fetched = after[_url(n)]
            if n != 7:  # kept as they were, only the fetch time moves
                assert (outputs, etag) == before[_url(n)][:2]
                assert fetched > before[_url(n)][2]
        assert after[_url(7)][0]["items"][0]["title"] == "Bourse 7-10"
        with db.session() as session:
            titles = set(session.scalars(select(Call.title)))
        assert len(titles) == PAGES * 10 + 1
    finally:
        db.dispose()


def test_outputs_are_read_in_batches_and_only_when_asked(tmp_path, database_url):
    root, registry = _setup(tmp_path)
    db = open_database(database_url)
    try:
        crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        memory = PageMemory.load(db, "memoire")
        assert set(memory.validators) == {_url(n) for n in range(PAGES)}
        assert all(v.signature and v.etag for v in memory.validators.values())

        statements: list[str] = []
        event.listen(
            db.engine, "before_cursor_execute", lambda *a: statements.append(a[2]), retval=False
        )
        wanted = [_url(n) for n in range(PAGES)] + ["https://memoire.example.fr/absent.html"]

        async def ask_all():
            return await asyncio.gather(*(memory.replay(url) for url in wanted))

        loop = asyncio.new_event_loop()  # of its own: the reactor's thread keeps its loop
        try:
            found = loop.run_until_complete(ask_all())
        finally:
            loop.close()
        reads = [s for s in statements if "page_states" in s]
        assert 1 <= len(reads) <= -(-len(wanted) // BATCH) + 1
        for n in range(PAGES):
            titles = [json.loads(call)["item"]["title"] for call in found[n].calls]
            assert titles == [f"Bourse {n}-{k}" for k in range(10)]
            assert found[n].urls[0].endswith(f"/p{n}/appel-0.html")
        assert found[-1] is None
    finally:
        db.dispose()


def test_a_missing_or_corrupt_memory_row_is_read_again_without_a_traceback(
    tmp_path, database_url, caplog
):
    root, registry = _setup(tmp_path)
    db = open_database(database_url)
    try:
        crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        signature = _stored(db)[_url(0)][0]["signature"]
        sqlite = db.engine.dialect.name == "sqlite"
        store = text(
            "update page_states set outputs = "
            + (":o" if sqlite else "cast(:o as jsonb)")
            + " where url = :u"
        )
        with db.session() as session:
            # p1: gone; p2: its signature right but its outputs not what a reader returns.
            session.execute(text("delete from page_states where url = :u"), {"u": _url(1)})
            session.execute(
                store, {"u": _url(2), "o": f'{{"signature": "{signature}", "items": 5}}'}
            )
            if sqlite:  # p3: not even JSON (PostgreSQL's JSONB cannot hold that)
                session.execute(
                    store, {"u": _url(3), "o": f'{{"signature": "{signature}", "items": ['}
                )
        caplog.set_level(logging.WARNING)
        with FixtureServer(root) as server:
            (again,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=server)
        broken = 3 if sqlite else 2
        assert (again.status, again.errors, again.events) == ("ok", [], 0)
        assert again.extracted_pages == broken
        assert again.pages == PAGES
        # The corrupt row's page answered 304, then its body when asked without validators.
        assert server.hits("p2/appels.html") == [304, 200]
        assert server.hits("p1/appels.html") == [200]
        assert (
            "the page memory of https://memoire.example.fr/p2/appels.html is malformed"
            in caplog.text
        )
        assert "it is read again" in caplog.text
        assert "Traceback" not in caplog.text

        # Repaired: the next crawl replays every page.
        (third,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert (third.errors, third.events, third.extracted_pages) == ([], 0, 0)
    finally:
        db.dispose()


# A crawl in a process of its own, as `veille run --once` from cron does it.
_CRAWL_ALONE = """
import json, sys
from pathlib import Path
from veille.settings import load_settings
from veille.spiders import extraction
from veille.spiders.crawl import crawl_sources
from veille.spiders.registry import Registry, Source
from veille.storage import open_database

def main(database_url, root, source):
    db = open_database(database_url)
    settings = load_settings(crawl_delay=0, crawl_timeout=3, contact_email="tests@veille.example")
    registry = Registry([Source(**json.loads(source))], Path("test"))
    (report,) = crawl_sources(db, settings, registry=registry, fixtures=Path(root))
    print(json.dumps({"errors": report.errors, "extracted": report.extracted_pages,
                      "not_modified": report.not_modified,
                      "workers_started": extraction._pool is not None}))

if __name__ == "__main__":  # the fork server imports this file too
    main(*sys.argv[1:])
"""


def test_a_process_whose_pages_all_answer_304_starts_no_extraction_worker(tmp_path, database_url):
    root, registry = _setup(tmp_path)
    script = tmp_path / "crawl_alone.py"
    script.write_text(_CRAWL_ALONE)
    (source,) = registry.sources.values()
    args = [database_url, str(root), source.model_dump_json()]

    def crawl_alone() -> dict:
        done = subprocess.run(
            [sys.executable, script, *args], capture_output=True, text=True, env=clean_env(),
            timeout=120,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.splitlines()[-1])

    first = crawl_alone()
    assert first == {"errors": [], "extracted": PAGES, "not_modified": 0, "workers_started": True}
    again = crawl_alone()
    assert again == {"errors": [], "extracted": 0, "not_modified": PAGES, "workers_started": False}
