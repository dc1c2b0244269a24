"""outbox: an index that answers a sender's claim without reading the messages

Revision ID: 0010
Revises: 0006
Create Date: 2026-12-02

A claim looks for rows pending and due, or claimed and expired. On SQLite
those columns sit after the ~50 KB message in each row, so checking them row
by row read every pending message in full at every claim; with this index the
claim is answered from the index alone.
"""

from alembic import op

revision = "0010"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index(
            "ix_outbox_claim", ["state", "next_attempt_at", "claimed_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_claim")
