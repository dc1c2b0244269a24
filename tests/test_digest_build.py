"""A build shared between processes: every digest written once, none lost, a stop obeyed."""

from __future__ import annotations

from email import message_from_string, policy

from sqlalchemy import func, select

from tests.digestkit import NOW, crawl, item, settings_for, subscribe
from veille.notifications import build_due_digests
from veille.notifications import outbox as outbox_module
from veille.storage.models import DigestItem, OutboxBody, OutboxMessage

SUBSCRIBERS = 14


def _setup(db):
    crawl(db, [item("a"), item("b", deadlines=[{"date": "2026-05-12"}]), item("c")])
    for n in range(SUBSCRIBERS):
        subscribe(db, f"interne{n}@example.org")


def _rows(db):
    with db.session() as session:
        return session.execute(
            select(OutboxMessage.subscriber_id, OutboxBody.message)
            .join(OutboxBody, OutboxBody.outbox_id == OutboxMessage.id)
            .order_by(OutboxMessage.subscriber_id)
        ).all()


def test_two_processes_write_every_digest_once(db, database_url, tmp_path, monkeypatch):
    monkeypatch.setattr(outbox_module, "BUILD_BATCH", 3)  # five batches for two processes
    _setup(db)
    config = settings_for(database_url, tmp_path)
    report = build_due_digests(db, config, NOW, processes=2)
    assert not report.interrupted and report.empty == 0
    assert sorted(b.subscriber_id for b in report.built) == list(range(1, SUBSCRIBERS + 1))
    rows = _rows(db)
    assert [sid for sid, _ in rows] == list(range(1, SUBSCRIBERS + 1))
    for subscriber_id, raw in rows:
        message = message_from_string(raw, policy=policy.default)
        assert message["To"] == f"interne{subscriber_id - 1}@example.org"
        assert message["Subject"] == "3 nouveaux appels"
        text = message.get_body(("plain",)).get_content()
        assert text.count("Suivre cet appel : ") == 3
    with db.session() as session:
        # Three new events per subscriber; the reminder of "b" goes with its "new" event.
        items = session.scalar(select(func.count()).select_from(DigestItem))
        assert items == SUBSCRIBERS * 4
    again = build_due_digests(db, config, NOW, processes=2)
    assert again.built == [] and again.already == SUBSCRIBERS


def test_a_stop_reaches_the_other_process_and_the_next_build_does_the_rest(
    db, database_url, tmp_path, monkeypatch
):
    monkeypatch.setattr(outbox_module, "BUILD_BATCH", 2)
    _setup(db)
    config = settings_for(database_url, tmp_path)
    asked = []

    def stop_after_three() -> bool:
        asked.append(1)
        return len(asked) > 3

    report = build_due_digests(db, config, NOW, should_stop=stop_after_three, processes=2)
    assert report.interrupted and len(report.built) < SUBSCRIBERS
    rest = build_due_digests(db, config, NOW, processes=2)
    assert len(report.built) + len(rest.built) == SUBSCRIBERS
    assert [sid for sid, _ in _rows(db)] == list(range(1, SUBSCRIBERS + 1))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(DigestItem)) == SUBSCRIBERS * 4
