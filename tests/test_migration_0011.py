"""Migration 0011 on a database with digests: the bodies move to their own table, and back.

What 0011 must not do on SQLite is copy ``outbox`` (Alembic's batch mode): dropping the
old table, with foreign keys on, deletes every ``digest_items`` row of it.
"""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, delete, func, inspect, select, text

from veille.storage import open_database
from veille.storage.migrate import alembic_config
from veille.storage.models import OutboxBody, OutboxMessage

WHEN = "'2026-11-01 00:00:00+00'"
BODIES = {1: "From: veille\r\n\r\n.un\r\n", 2: "From: veille\r\n\r\ndeux – é\r\n", 3: None}


def _fill_at_0010(connection) -> None:
    """Two subscribers, three digests (the third's body pruned), two items each."""
    for email in ("a@example.org", "b@example.org"):
        connection.execute(
            text(
                "insert into subscribers (email, filters, frequency, confirmed, active,"
                " permanent_failures, created_at, token_key)"
                f" values (:email, '{{}}', 'weekly', true, true, 0, {WHEN}, :email)"
            ),
            {"email": email},
        )
    connection.execute(
        text(
            "insert into calls (id, url, title, title_key, categories, audience, status,"
            f" first_seen, last_seen) values (1, 'https://f.example.fr/a', 'Appel', 'appel',"
            f" '[]', '[]', 'open', {WHEN}, {WHEN})"
        )
    )
    for row_id, body in BODIES.items():
        connection.execute(
            text(
                "insert into outbox (id, subscriber_id, period, subject, message, state,"
                f" attempts, created_at) values (:id, :subscriber, :period, 's', :message,"
                f" 'pending', 0, {WHEN})"
            ),
            {"id": row_id, "subscriber": 1 + row_id % 2, "period": f"weekly:{row_id}",
             "message": body},
        )  # fmt: skip
        for n in range(2):
            connection.execute(
                text(
                    "insert into digest_items (subscriber_id, outbox_id, call_id,"
                    f" reminder_key, created_at) values (:subscriber, :id, 1, :key, {WHEN})"
                ),
                {"subscriber": 1 + row_id % 2, "id": row_id, "key": f"r{row_id}-{n}"},
            )


def _count(connection, table: str) -> int:
    return connection.execute(text(f"select count(*) from {table}")).scalar()


def test_bodies_move_out_no_digest_item_is_lost_and_downgrade_puts_them_back(database_url):
    engine = create_engine(database_url)
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as connection:
        _fill_at_0010(connection)
    engine.dispose()

    db = open_database(database_url)  # to head, foreign keys on as veille runs
    with db.engine.connect() as connection:
        assert "message" not in {c["name"] for c in inspect(connection).get_columns("outbox")}
        assert _count(connection, "digest_items") == 6
        assert _count(connection, "outbox") == 3
    with db.session() as session:
        moved = dict(session.execute(select(OutboxBody.outbox_id, OutboxBody.message)).all())
        assert moved == {k: v for k, v in BODIES.items() if v is not None}
        # A digest erased takes its body with it.
        session.execute(delete(OutboxMessage).where(OutboxMessage.id == 1))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(OutboxBody)) == 1

    command.downgrade(alembic_config(db.engine), "0010")
    with db.engine.connect() as connection:
        assert "outbox_bodies" not in inspect(connection).get_table_names()
        back = dict(connection.execute(text("select id, message from outbox")).all())
        assert back == {2: BODIES[2], 3: None}
        # Row 1's two items went with row 1; the others stayed through both ways.
        assert _count(connection, "digest_items") == 4
    db.dispose()
