"""Every registry source, crawled from its fixture through the real Scrapy engine into a real database.

Adding a source adds a case here by itself: a registry entry, its fixture
folder and its ``expected.json`` are all this test needs.
"""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select

from tests.spiders.helpers import REGISTRY_FILE, SITES, quick_settings
from veille.spiders.check import SITES_EXPECTED, compare, expected_calls, recorded_calls
from veille.spiders.crawl import crawl_sources
from veille.spiders.registry import load_registry
from veille.storage import open_database
from veille.storage.models import Event

REGISTRY = load_registry(REGISTRY_FILE)
SOURCES = [s for s in REGISTRY if (SITES / s.fixture_dir).is_dir()]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of every source with a fixture, as ``veille crawl --all`` would do."""
    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('all') / 'veille.db'}")
    reports = crawl_sources(
        db, quick_settings(), [s.id for s in SOURCES], registry=REGISTRY, fixtures=SITES
    )
    yield db, {r.source_id: r for r in reports}
    db.dispose()


def test_every_enabled_source_has_a_fixture():
    missing = [s.id for s in REGISTRY if s.enabled and not (SITES / s.fixture_dir).is_dir()]
    assert not missing, f"sources without tests/fixtures/sites/<id>/: {missing}"


@pytest.mark.parametrize("source", SOURCES, ids=lambda s: s.id)
def test_source_records_its_expected_calls(crawled, source):
    db, reports = crawled
    report = reports[source.id]
    assert report.errors == [], report.errors
    assert report.status == "ok"
    expected = expected_calls(SITES, source)
    assert expected, f"fill in {SITES / source.fixture_dir / SITES_EXPECTED}"
    assert compare(recorded_calls(db, source.id), expected) == []


def test_unchanged_sites_cost_304s_and_write_nothing_then_one_edit_is_one_event(
    tmp_path, database_url
):
    sites = tmp_path / "sites"
    shutil.copytree(SITES, sites)
    ids = [s.id for s in SOURCES]
    db = open_database(database_url)
    try:
        first = crawl_sources(db, quick_settings(), ids, registry=REGISTRY, fixtures=sites)
        assert all(r.status == "ok" and r.items for r in first), [r for r in first if r.errors]

        second = crawl_sources(db, quick_settings(), ids, registry=REGISTRY, fixtures=sites)
        assert [r.events for r in second] == [0] * len(ids)
        for report in second:
            assert report.not_modified == report.pages > 0, report
            assert report.extracted_pages == 0, report

        page = sites / "rennes-annee-recherche/medecine.univ-rennes1.fr/concours-annee-recherche"
        page.write_text(page.read_text().replace("14 juin 2027", "21 juin 2027"))
        with db.session() as session:
            before = session.scalar(select(func.max(Event.id)))
        third = crawl_sources(db, quick_settings(), ids, registry=REGISTRY, fixtures=sites)
        assert sum(r.events for r in third) == 1
        with db.session() as session:
            events = session.scalars(select(Event).where(Event.id > before)).all()
            assert [(e.kind, e.source_id) for e in events] == [
                ("deadline_changed", "rennes-annee-recherche")
            ]
            assert events[0].changes["deadlines"]["new"][0]["date"] == "2027-06-21"
    finally:
        db.dispose()
