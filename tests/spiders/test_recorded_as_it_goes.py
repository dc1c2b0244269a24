"""A large crawl is recorded in batches as it runs: a kill or a failing database mid-crawl
loses nothing already committed and leaves no source half-recorded.

Seventy list pages of ten calls: the first fifty answer at once (one batch of 500
calls is committed), the last twenty take seconds each. A SIGKILL of ``veille
crawl`` lands in between; a database that refuses one call's row stops the
recording at that batch. Either way the committed calls each have their link and
their ``new`` event, the run is never ``ok``, nothing is marked gone, and the next
crawl records the rest, with one ``new`` event per call over both crawls.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from sqlalchemy import func, select, text

from tests.processes import run, start
from tests.spiders.helpers import listing_page, quick_settings, registry_of, write_site
from veille.spiders.crawl import crawl_sources
from veille.storage import open_database
from veille.storage.models import Call, CallSource, CrawlRun, Event, PageState
from veille.storage.record import INTERRUPTED

HOST = "grand.example.fr"
PAGES, FAST = 70, 50


def _site(root: Path, slow: float) -> None:
    files: dict = {}
    for n in range(PAGES):
        items = [
            (f"/p{n}/appel-{k}.html", f"Bourse {n}-{k}", "Date limite : 15 mars 2027.")
            for k in range(10)
        ]
        files[f"{HOST}/p{n}/appels.html"] = listing_page(items)
        if n >= FAST:
            files[f"{HOST}/p{n}/appels.html.http.toml"] = {"delay": slow}
    write_site(root, "grand", files)


def _entry() -> dict:
    return {
        "id": "grand",
        "kind": "listing",
        "start_urls": [f"https://{HOST}/p{n}/appels.html" for n in range(PAGES)],
        "options": {"item": "li.call", "title": "a", "concurrency": 4, "delay": 0},
    }


def _counts(db) -> dict:
    with db.session() as session:

        def count(model, *where):
            return session.scalar(select(func.count()).select_from(model).where(*where))

        return {
            "calls": count(Call),
            "links": count(CallSource),
            "new": count(Event, Event.kind == "new"),
            "gone": count(Event, Event.kind == "gone"),
            "pages": count(PageState),
            "runs": [(r.status, r.notes) for r in session.scalars(select(CrawlRun))],
        }


def test_a_kill_mid_crawl_keeps_the_committed_batches_and_the_next_crawl_completes(tmp_path):
    root = tmp_path / "sites"
    _site(root, slow=3)
    registry = tmp_path / "registry.toml"
    entry = _entry()
    registry.write_text(
        '["grand"]\nname = "Grand"\norganisation = "Test"\ncategories = ["bourse"]\n'
        f'kind = "listing"\nstart_urls = {json.dumps(entry["start_urls"])}\n'
        'options = { item = "li.call", title = "a", concurrency = 4, delay = 0 }\n'
    )
    url = f"sqlite:///{tmp_path}/v.db"
    env = {
        "VEILLE_DATABASE_URL": url,
        "VEILLE_FIXTURES_DIR": str(root),
        "VEILLE_REGISTRY": str(registry),
        "VEILLE_CRAWL_DELAY": "0",
        "VEILLE_CRAWL_RETRIES": "0",
        "VEILLE_CRAWL_TIMEOUT": "30",
    }
    assert run("db", "upgrade", cwd=tmp_path, env=env).returncode == 0
    db = open_database(url)
    crawl = start("crawl", "grand", cwd=tmp_path, env=env)
    try:
        deadline = time.monotonic() + 90
        while _counts(db)["calls"] < 500 and time.monotonic() < deadline:
            assert crawl.poll() is None, crawl.communicate()
            time.sleep(0.2)
        crawl.kill()
        crawl.communicate(timeout=30)
        killed = _counts(db)
        assert 500 <= killed["calls"] < PAGES * 10, killed
        # Every committed call came with its link and its event; the run says nothing yet.
        assert killed["links"] == killed["new"] == killed["calls"]
        assert killed["pages"] >= 1 and killed["gone"] == 0
        assert killed["runs"] == [("running", None)]

        done = run("crawl", "grand", "--json", cwd=tmp_path, env=env, timeout=180)
        assert done.returncode == 0, done.stderr
        (report,) = json.loads(done.stdout)
        assert report["status"] == "ok"
        after = _counts(db)
        assert after["calls"] == after["links"] == after["new"] == PAGES * 10
        assert report["event_kinds"] == {"new": PAGES * 10 - killed["calls"]}
        assert after["runs"] == [("failed", INTERRUPTED), ("ok", None)]
    finally:
        if crawl.poll() is None:
            crawl.kill()
        db.dispose()


def test_a_database_refusing_a_row_mid_crawl_fails_the_run_and_keeps_the_batches_before(
    tmp_path,
):
    root = tmp_path / "sites"
    _site(root, slow=0)
    registry = registry_of(_entry())
    db = open_database(f"sqlite:///{tmp_path}/v.db")
    try:
        with db.engine.begin() as connection:
            connection.execute(
                text(
                    "CREATE TRIGGER refuse BEFORE INSERT ON calls "
                    "WHEN NEW.url LIKE '%/p65/appel-3.html' "
                    "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END"
                )
            )
        (report,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert report.status == "failed"
        assert any("disk quota exceeded" in error for error in report.errors), report.errors
        broken = _counts(db)
        assert broken["calls"] == broken["links"] == broken["new"] == 500
        assert broken["gone"] == 0
        ((status, notes),) = broken["runs"]
        assert status == "failed" and "disk quota exceeded" in notes

        with db.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER refuse"))
        (again,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert again.status == "ok"
        assert again.event_kinds == {"new": PAGES * 10 - 500}
        (third,) = crawl_sources(db, quick_settings(), registry=registry, fixtures=root)
        assert (third.status, third.events, third.extracted_pages) == ("ok", 0, 0)
        assert _counts(db)["new"] == PAGES * 10
    finally:
        db.dispose()
