"""outbox: the messages in a table of their own, written once

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03

A sender claims a row, then marks it sent: two updates of the row. On SQLite
an update rewrites the whole row, so with the ~50 KB message beside its state
each claim and each mark rewrote the message and its overflow pages. In
``outbox_bodies`` the message is written once, with its row, and read once.

On SQLite the column is dropped with SQLite's own ``ALTER TABLE … DROP COLUMN``
(3.35 and later), not Alembic's batch mode: batch mode copies ``outbox`` to a
new table and drops the old one, and with foreign keys on that drop deletes
every ``digest_items`` row pointing at it (``ON DELETE CASCADE``), and with
them the record of what each subscriber was already sent.
"""

import sqlite3

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite and sqlite3.sqlite_version_info < (3, 35, 0):
        raise RuntimeError(
            f"migration 0011 needs SQLite 3.35 or later (ALTER TABLE … DROP COLUMN); "
            f"this Python has SQLite {sqlite3.sqlite_version}"
        )
    op.create_table(
        "outbox_bodies",
        sa.Column("outbox_id", sa.Integer(), nullable=False, autoincrement=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["outbox_id"], ["outbox.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("outbox_id"),
    )
    op.execute(
        "insert into outbox_bodies (outbox_id, message)"
        " select id, message from outbox where message is not null"
    )
    if sqlite:
        op.execute("alter table outbox drop column message")
    else:
        op.drop_column("outbox", "message")


def downgrade() -> None:
    # ADD COLUMN is native on SQLite too: no copy of the table, no cascade.
    op.execute("alter table outbox add column message text")
    op.execute(
        "update outbox set message ="
        " (select message from outbox_bodies where outbox_bodies.outbox_id = outbox.id)"
    )
    op.drop_table("outbox_bodies")
