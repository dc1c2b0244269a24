"""Each rule of change detection, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from veille.storage import CallItem, close_expired, record_crawl
from veille.storage.models import Call, CallVersion, CrawlRun, Event

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def item(url="https://faculte.example.fr/appels/annee-recherche-2026", **fields) -> CallItem:
    fields.setdefault("title", "Année-recherche 2026-2027 : appel à candidatures")
    fields.setdefault("summary", "Dossier à déposer auprès de la scolarité du 3e cycle.")
    fields.setdefault("deadlines", [{"date": "2026-05-15", "time": "17:00"}])
    return CallItem(url=url, **fields)


def crawl(db, source, items, at=NOW, **options):
    with db.session() as session:
        outcome = record_crawl(session, source, items, now=at, **options)
        return [(e.kind, e.changes) for e in outcome.events], outcome.run


def kinds(events):
    return [kind for kind, _ in events]


def count(db, model, *where):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def the_call(db, url=None):
    with db.session() as session:
        query = select(Call)
        if url:
            query = query.where(Call.url == url)
        call = session.scalars(query).one()
        deadlines = [(d.date.isoformat(), d.time, d.kind) for d in call.deadlines]
        sources = {link.source_id for link in call.links}
        return call.status, deadlines, call.title, sources


class TestIdentity:
    def test_unseen_call_is_new(self, db):
        events, run = crawl(db, "fac-rennes", [item()])
        assert kinds(events) == ["new"]
        assert run.status == "ok" and run.items == 1 and run.events == 1
        assert count(db, CallVersion) == 1

    @pytest.mark.parametrize(
        "spelling",
        [
            "HTTPS://Faculte.EXAMPLE.fr/appels/annee-recherche-2026",
            "https://faculte.example.fr/appels/annee-recherche-2026/",
            "https://faculte.example.fr/appels/annee-recherche-2026#calendrier",
            "https://faculte.example.fr/appels/annee-recherche-2026?utm_source=lettre&utm_medium=mail",
            "https://faculte.example.fr:443/appels/annee-recherche-2026?fbclid=abc",
        ],
    )
    def test_canonical_url_is_one_call(self, db, spelling):
        crawl(db, "fac-rennes", [item()])
        events, _ = crawl(db, "fac-rennes", [item(url=spelling)], at=NOW + timedelta(hours=1))
        assert events == []
        assert count(db, Call) == 1

    def test_meaningful_query_parameters_stay(self, db):
        crawl(db, "sihp", [item(url="https://www.sihp.fr/Actualite.php?Page=12")])
        events, _ = crawl(
            db,
            "sihp",
            [
                item(url="https://www.sihp.fr/Actualite.php?Page=12"),
                item(url="https://www.sihp.fr/Actualite.php?Page=13", title="Autre appel"),
            ],
        )
        assert kinds(events) == ["new"]
        assert count(db, Call) == 2


class TestChanges:
    def test_same_crawl_twice_writes_nothing(self, db):
        crawl(db, "fac-rennes", [item()])
        events, run = crawl(db, "fac-rennes", [item()], at=NOW + timedelta(days=1))
        assert events == [] and run.events == 0
        assert count(db, Event) == 1
        assert count(db, CallVersion) == 1
        with db.session() as session:
            call = session.scalars(select(Call)).one()
            assert call.last_seen == NOW + timedelta(days=1)
            assert call.first_seen == NOW
            assert call.links[0].last_seen == NOW + timedelta(days=1)

    def test_deadline_moved(self, db):
        crawl(db, "fac-rennes", [item()])
        moved = item(deadlines=[{"date": "2026-05-22", "time": "17:00"}])
        events, _ = crawl(db, "fac-rennes", [moved], at=NOW + timedelta(days=1))
        assert kinds(events) == ["deadline_changed"]
        change = events[0][1]["deadlines"]
        assert change["old"][0]["date"] == "2026-05-15"
        assert change["new"][0]["date"] == "2026-05-22"
        assert the_call(db)[1] == [("2026-05-22", moved.deadlines[0].time, "application")]
        assert count(db, CallVersion) == 2

    def test_deadline_time_changed(self, db):
        crawl(db, "fac-rennes", [item()])
        events, _ = crawl(
            db, "fac-rennes", [item(deadlines=[{"date": "2026-05-15", "time": "12:00"}])]
        )
        assert kinds(events) == ["deadline_changed"]

    def test_deadline_added(self, db):
        crawl(db, "fac-rennes", [item(deadlines=[])])
        events, _ = crawl(
            db,
            "fac-rennes",
            [
                item(
                    deadlines=[
                        {"date": "2026-04-01", "kind": "letter_of_intent"},
                        {"date": "2026-05-15", "time": "17:00"},
                    ]
                )
            ],
        )
        assert kinds(events) == ["deadline_changed"]
        assert events[0][1]["deadlines"]["old"] == []
        assert len(events[0][1]["deadlines"]["new"]) == 2

    def test_deadline_removed(self, db):
        crawl(db, "fac-rennes", [item()])
        events, _ = crawl(db, "fac-rennes", [item(deadlines=[])])
        assert kinds(events) == ["deadline_changed"]
        assert events[0][1]["deadlines"]["new"] == []
        assert the_call(db)[1] == []

    def test_title_changed_in_substance(self, db):
        crawl(db, "fac-rennes", [item()])
        renamed = item(title="Année-recherche 2026-2027 : appel prolongé")
        events, _ = crawl(db, "fac-rennes", [renamed])
        assert kinds(events) == ["updated"]
        assert events[0][1] == {
            "title": {
                "old": "Année-recherche 2026-2027 : appel à candidatures",
                "new": "Année-recherche 2026-2027 : appel prolongé",
            }
        }

    def test_summary_changed_in_substance(self, db):
        crawl(db, "fac-rennes", [item()])
        events, _ = crawl(db, "fac-rennes", [item(summary="Dossier à envoyer par courriel.")])
        assert kinds(events) == ["updated"]
        assert set(events[0][1]) == {"summary"}

    @pytest.mark.parametrize(
        "title, summary",
        [
            (
                "  ANNÉE-RECHERCHE   2026-2027 : appel à candidatures ",
                "Dossier à déposer auprès de la scolarité du 3e cycle.",
            ),
            (
                "Année-recherche 2026-2027 : appel à candidatures",
                "Dossier à déposer\nauprès de la\u00a0scolarité du 3e cycle.",
            ),
            (
                "Année-recherche 2026-2027 : appel à candidatures",
                "Dossier à déposer auprès de la scolarité du 3e cycle. Mis à jour le 2 mars 2026",
            ),
            (
                "Année-recherche 2026-2027 : appel à candidatures",
                (
                    "Dossier à déposer auprès de la scolarité du 3e cycle. "
                    "Dernière mise à jour : 02/03/2026 à 10h12 — Vu 1 234 fois"
                ),
            ),
            (
                "Année-recherche 2026-2027 : appel à candidatures (356 vues)",
                "Dossier à déposer auprès de la scolarité du 3e cycle.",
            ),
        ],
    )
    def test_noise_writes_nothing(self, db, title, summary):
        crawl(db, "fac-rennes", [item()])
        events, _ = crawl(db, "fac-rennes", [item(title=title, summary=summary)])
        assert events == []
        assert count(db, CallVersion) == 1
        assert the_call(db)[2] == "Année-recherche 2026-2027 : appel à candidatures"


class TestTwoSources:
    FUNDER = "https://www.fondation.example.org/appels/bourse-m2-2026"
    RELAY = "https://reseau-jeunes.example.fr/actualites/bourse-m2-fondation"

    def test_same_url_from_two_sources_is_one_call(self, db):
        first, _ = crawl(db, "fondation", [item(url=self.FUNDER)])
        second, _ = crawl(db, "reseau", [item(url=self.FUNDER + "?utm_source=reseau")])
        assert kinds(first) == ["new"] and second == []
        assert count(db, Call) == 1
        assert the_call(db)[3] == {"fondation", "reseau"}

    def test_other_url_same_title_and_deadline_is_one_call(self, db):
        crawl(db, "fondation", [item(url=self.FUNDER, title="Bourse M2 — Fondation 2026")])
        events, _ = crawl(db, "reseau", [item(url=self.RELAY, title="BOURSE M2 : Fondation 2026")])
        assert events == []
        assert count(db, Call) == 1
        # The relay's own URL now finds the call too.
        events, _ = crawl(db, "reseau", [item(url=self.RELAY, title="BOURSE M2 : Fondation 2026")])
        assert events == []

    def test_same_title_other_deadline_is_another_call(self, db):
        crawl(db, "fondation", [item(url=self.FUNDER, title="Bourse M2")])
        other = item(url=self.RELAY, title="Bourse M2", deadlines=[{"date": "2026-09-30"}])
        events, _ = crawl(db, "reseau", [other])
        assert kinds(events) == ["new"]
        assert count(db, Call) == 2

    def test_relay_without_deadline_does_not_remove_it(self, db):
        crawl(db, "fondation", [item(url=self.FUNDER)])
        events, _ = crawl(db, "reseau", [item(url=self.FUNDER, deadlines=[])])
        assert events == []
        assert len(the_call(db)[1]) == 1

    def test_sources_disagreeing_do_not_flap(self, db):
        crawl(db, "fondation", [item(url=self.FUNDER)])
        stale = item(url=self.FUNDER, deadlines=[{"date": "2026-04-30"}])
        crawl(db, "reseau", [stale])
        for day in range(1, 4):
            at = NOW + timedelta(days=day)
            assert crawl(db, "fondation", [item(url=self.FUNDER)], at=at)[0] == []
            assert crawl(db, "reseau", [stale], at=at)[0] == []


class TestGone:
    OTHER = "https://faculte.example.fr/appels/master-2-2026"

    def listing(self):
        return [item(), item(url=self.OTHER, title="Master 2 : candidatures 2026")]

    def test_absent_from_two_complete_crawls_is_gone(self, db):
        crawl(db, "fac", self.listing())
        first, _ = crawl(db, "fac", [item()], at=NOW + timedelta(days=1))
        assert first == []
        second, _ = crawl(db, "fac", [item()], at=NOW + timedelta(days=2))
        assert kinds(second) == ["gone"]
        assert the_call(db, self.OTHER)[0] == "gone"

    def test_seen_again_in_between_resets_the_count(self, db):
        crawl(db, "fac", self.listing())
        crawl(db, "fac", [item()], at=NOW + timedelta(days=1))
        crawl(db, "fac", self.listing(), at=NOW + timedelta(days=2))
        events, _ = crawl(db, "fac", [item()], at=NOW + timedelta(days=3))
        assert events == []
        assert the_call(db, self.OTHER)[0] == "open"

    @pytest.mark.parametrize(
        "options",
        [{"complete": False}, {"error": "HTTP 500 on the listing page"}],
        ids=["partial", "failed"],
    )
    def test_partial_or_failed_crawls_never_mark_gone(self, db, options):
        crawl(db, "fac", self.listing())
        for day in (1, 2, 3):
            events, run = crawl(db, "fac", [item()], at=NOW + timedelta(days=day), **options)
            assert events == []
            assert run.suspicious
        assert the_call(db, self.OTHER)[0] == "open"

    def test_empty_crawl_is_suspicious_and_marks_nothing(self, db):
        crawl(db, "fac", self.listing())
        for day in (1, 2, 3):
            events, run = crawl(db, "fac", [], at=NOW + timedelta(days=day))
            assert events == []
            assert run.suspicious and "no items" in run.notes
        assert count(db, Call, Call.status == "gone") == 0
        assert count(db, CrawlRun, CrawlRun.suspicious.is_(True)) == 3

    def test_call_still_listed_by_another_source_is_not_gone(self, db):
        crawl(db, "fac", self.listing())
        crawl(db, "reseau", [item(url=self.OTHER, title="Master 2 : candidatures 2026")])
        crawl(db, "fac", [item()], at=NOW + timedelta(days=1))
        events, _ = crawl(db, "fac", [item()], at=NOW + timedelta(days=2))
        assert events == []
        assert the_call(db, self.OTHER)[0] == "open"

    def test_gone_call_that_returns_is_reopened(self, db):
        crawl(db, "fac", self.listing())
        crawl(db, "fac", [item()], at=NOW + timedelta(days=1))
        crawl(db, "fac", [item()], at=NOW + timedelta(days=2))
        events, _ = crawl(db, "fac", self.listing(), at=NOW + timedelta(days=3))
        assert kinds(events) == ["reopened"]
        assert the_call(db, self.OTHER)[0] == "open"


class TestClosed:
    def test_call_is_closed_when_its_last_deadline_passes(self, db):
        two = [
            {"date": "2026-03-10", "kind": "letter_of_intent"},
            {"date": "2026-05-15", "time": "17:00"},
        ]
        crawl(db, "fac", [item(deadlines=two)])
        # After the letter of intent, before the application: still open.
        assert crawl(db, "fac", [item(deadlines=two)], at=datetime(2026, 4, 1, tzinfo=UTC))[0] == []
        # 15 May 17:00 in Paris is 15:00 UTC.
        before = datetime(2026, 5, 15, 14, 59, tzinfo=UTC)
        with db.session() as session:
            assert close_expired(session, now=before) == []
        after = datetime(2026, 5, 15, 15, 1, tzinfo=UTC)
        with db.session() as session:
            assert [e.kind for e in close_expired(session, now=after)] == ["closed"]
        assert the_call(db)[0] == "closed"
        # Seen again unchanged: no second event, it stays closed.
        events, _ = crawl(db, "fac", [item(deadlines=two)], at=after + timedelta(days=1))
        assert events == []
        assert the_call(db)[0] == "closed"

    def test_crawl_after_the_deadline_closes_the_call(self, db):
        crawl(db, "fac", [item()])
        events, _ = crawl(db, "fac", [item()], at=datetime(2026, 5, 16, tzinfo=UTC))
        assert kinds(events) == ["closed"]

    def test_deadline_pushed_back_reopens_a_closed_call(self, db):
        crawl(db, "fac", [item()])
        later = datetime(2026, 5, 16, tzinfo=UTC)
        crawl(db, "fac", [item()], at=later)
        extended = item(deadlines=[{"date": "2026-06-15"}])
        events, _ = crawl(db, "fac", [extended], at=later + timedelta(hours=1))
        assert kinds(events) == ["deadline_changed"]
        assert the_call(db)[0] == "open"

    def test_call_first_seen_after_its_deadline_is_closed(self, db):
        events, _ = crawl(db, "fac", [item(deadlines=[{"date": "2026-01-15"}])])
        assert kinds(events) == ["new"]
        assert the_call(db)[0] == "closed"

    def test_month_precision_deadline_lasts_the_month(self, db):
        crawl(db, "fac", [item(deadlines=[{"date": "2026-03-01", "precision": "month"}])])
        with db.session() as session:
            assert close_expired(session, now=datetime(2026, 3, 31, 12, tzinfo=UTC)) == []
            assert len(close_expired(session, now=datetime(2026, 4, 1, 12, tzinfo=UTC))) == 1

    def test_call_without_deadline_never_closes(self, db):
        crawl(db, "fac", [item(deadlines=[])])
        with db.session() as session:
            assert close_expired(session, now=NOW + timedelta(days=3650)) == []
