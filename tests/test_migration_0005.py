"""Migration 0005 on a database that already has subscribers: each gets its own token key."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine, text

from veille.storage import open_database
from veille.storage.migrate import alembic_config


def test_existing_subscribers_get_a_token_key_and_downgrade_works(database_url):
    engine = create_engine(database_url)
    config = alembic_config(engine)
    command.upgrade(config, "0004")
    with engine.begin() as connection:
        for email in ("a@example.org", "b@example.org"):
            connection.execute(
                text(
                    "insert into subscribers (email, filters, frequency, confirmed, active,"
                    " permanent_failures, created_at)"
                    " values (:email, '{}', 'weekly', true, true, 0, '2026-11-01 00:00:00+00')"
                ),
                {"email": email},
            )
    engine.dispose()
    db = open_database(database_url)  # brings it to head
    with db.engine.connect() as connection:
        keys = connection.execute(text("select token_key from subscribers")).scalars().all()
    assert len(keys) == 2 and len(set(keys)) == 2 and all(len(k) == 16 for k in keys)
    command.downgrade(alembic_config(db.engine), "0004")
    with db.engine.connect() as connection:
        assert connection.execute(text("select count(*) from subscribers")).scalar() == 2
    db.dispose()
