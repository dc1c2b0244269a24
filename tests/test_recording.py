"""Recording at scale: one source's distinct URLs stay distinct, batches, indexed lookups.

Run on SQLite and on PostgreSQL, like the change-detection rules.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, func, select, text

from veille.storage import CallItem, record
from veille.storage.models import Call, CallSource, CallVersion, Event

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
SITE = "https://appels.example.fr"


def listing(count: int, *, title: str | None = None, day: int | None = None) -> list[CallItem]:
    """``count`` calls of one source; with ``title``/``day`` every item shares them."""
    return [
        CallItem(
            url=f"{SITE}/appel-{n:05d}",
            title=title or f"Appel à projets numéro {n}",
            summary=f"Résumé de l'appel {n}.",
            deadlines=[
                {"date": f"2027-05-{day:02d}" if day else f"2027-{1 + n % 12:02d}-{1 + n % 28:02d}"}
            ],
        )
        for n in range(count)
    ]


def crawl(db, source, items, at=NOW):
    with db.session() as session:
        outcome = record.record_crawl(session, source, items, now=at)
        return [e.kind for e in outcome.events]


def count(db, model, *where):
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


class TestOneSourceNeverMerges:
    def test_two_urls_same_title_and_deadline_are_two_calls(self, db):
        twins = listing(2, title="Bourse de master 2", day=15)
        assert crawl(db, "faculte", twins) == ["new", "new"]
        assert count(db, Call) == 2
        for day in range(1, 4):
            assert crawl(db, "faculte", twins, at=NOW + timedelta(days=day)) == []
            assert crawl(db, "faculte", twins[::-1], at=NOW + timedelta(days=day)) == []

    def test_twin_listed_later_is_a_new_call(self, db):
        first, second = listing(2, title="Bourse de master 2", day=15)
        crawl(db, "faculte", [first])
        assert crawl(db, "faculte", [first, second], at=NOW + timedelta(days=1)) == ["new"]
        assert crawl(db, "faculte", [first, second], at=NOW + timedelta(days=2)) == []

    def test_another_source_relaying_it_still_merges(self, db):
        (call,) = listing(1, title="Bourse de master 2", day=15)
        crawl(db, "fondation", [call])
        relay = CallItem(**{**call.model_dump(), "url": "https://relais.example.fr/bourse"})
        assert crawl(db, "relais", [relay]) == []
        assert count(db, Call) == 1


class TestBatches:
    def test_a_source_larger_than_a_batch(self, db, monkeypatch):
        monkeypatch.setattr(record, "BATCH_SIZE", 7)
        items = listing(40)
        assert crawl(db, "grand", items) == ["new"] * 40
        assert count(db, CallVersion) == 40
        assert crawl(db, "grand", items, at=NOW + timedelta(days=1)) == []
        moved = [
            CallItem(**{**items[0].model_dump(), "deadlines": [{"date": "2027-12-24"}]}),
            *items[1:],
        ]
        assert crawl(db, "grand", moved, at=NOW + timedelta(days=2)) == ["deadline_changed"]
        # Listed no more by two complete crawls: gone, with its version.
        crawl(db, "grand", moved[1:], at=NOW + timedelta(days=3))
        assert crawl(db, "grand", moved[1:], at=NOW + timedelta(days=4)) == ["gone"]
        assert count(db, Event) == 42
        with db.session() as session:
            seen = session.scalar(select(func.max(CallSource.last_seen)))
        assert seen.replace(tzinfo=UTC) == NOW + timedelta(days=4)


class TestBulkWrites:
    """New calls are written with a few multi-row statements, not one per row."""

    def statements(self, db, source, items, at=NOW):
        sent: list[str] = []

        def keep(conn, cursor, statement, parameters, context, executemany):
            sent.append(" ".join(statement.split()[:3]))

        event.listen(db.engine, "before_cursor_execute", keep)
        try:
            crawl(db, source, items, at=at)
        finally:
            event.remove(db.engine, "before_cursor_execute", keep)
        return sent

    def test_statements_do_not_grow_with_the_calls(self, db):
        few = [
            CallItem(**{**i.model_dump(), "url": f"https://petit.fr/{n}", "title": f"Petit {n}"})
            for n, i in enumerate(listing(5))
        ]
        few_sent = self.statements(db, "petit", few)
        many_sent = self.statements(db, "grand", listing(300))
        assert len(many_sent) == len(few_sent), (few_sent, many_sent)
        assert many_sent.count("INSERT INTO calls") == 1
        assert count(db, Call) == 305 and count(db, Event) == 305
        # Unchanged: lookups and the seen-marking only, nothing inserted.
        again = self.statements(db, "grand", listing(300), at=NOW + timedelta(days=1))
        assert [s for s in again if s.startswith("INSERT")] == ["INSERT INTO crawl_runs"]


class TestIndexedLookups:
    """Every query recording sends about calls and their links goes through an index."""

    def statements(self, db, items, source="autre"):
        sent: list[tuple[str, object]] = []

        def keep(conn, cursor, statement, parameters, context, executemany):
            if statement.lstrip().upper().startswith("SELECT") and not executemany:
                sent.append((statement, parameters))

        event.listen(db.engine, "before_cursor_execute", keep)
        try:
            crawl(db, source, items, at=NOW + timedelta(days=1))
        finally:
            event.remove(db.engine, "before_cursor_execute", keep)
        return sent

    def plans(self, db, sent):
        plans = []
        with db.engine.connect() as connection:
            postgres = connection.dialect.name == "postgresql"
            if postgres:
                # Tiny test tables would be scanned anyway; forbid it to see what an index allows.
                connection.exec_driver_sql("SET enable_seqscan = off")
            for statement, parameters in sent:
                prefix = "EXPLAIN " if postgres else "EXPLAIN QUERY PLAN "
                rows = connection.exec_driver_sql(prefix + statement, parameters).all()
                plans.append((statement, " | ".join(str(r[-1]) for r in rows)))
        return plans

    def test_lookups_of_unknown_items_use_indexes(self, db):
        crawl(db, "fondation", listing(30))
        relayed = listing(30)[10:20]
        others = [
            CallItem(**{**i.model_dump(), "url": i.url.replace(SITE, "https://r.fr")})
            for i in relayed
        ]
        sent = self.statements(db, [*relayed, *others, *listing(3, title="Inédit", day=2)])
        lookups = [(s, p) for s, p in sent if " IN (" in s and "FROM call" in s]
        assert len(lookups) >= 3, [s for s, _ in sent]
        for statement, plan in self.plans(db, lookups):
            assert "Seq Scan on calls" not in plan and "Seq Scan on call_sources" not in plan
            assert "SCAN calls" not in plan and "SCAN call_sources" not in plan, (statement, plan)
            assert "ix_" in plan or "Index" in plan or "USING" in plan, (statement, plan)

    def test_sqlite_plan_names_the_index(self, db):
        if db.engine.dialect.name != "sqlite":
            pytest.skip("SQLite's plan wording")
        with db.engine.connect() as connection:
            plan = connection.execute(
                text("EXPLAIN QUERY PLAN SELECT id FROM calls WHERE title_key IN ('a', 'b')")
            ).all()
        assert "ix_calls_title_key" in str(plan)
