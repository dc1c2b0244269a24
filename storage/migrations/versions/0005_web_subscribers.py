"""web subscribers: a token key per subscription, the date a person left, a pause

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("token_key", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("unsubscribed_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("paused_until", sa.Date(), nullable=True))
    subscribers = sa.table("subscribers", sa.column("id", sa.Integer), sa.column("token_key"))
    connection = op.get_bind()
    for (subscriber_id,) in connection.execute(sa.select(subscribers.c.id)).all():
        connection.execute(
            subscribers.update()
            .where(subscribers.c.id == subscriber_id)
            .values(token_key=secrets.token_hex(8))
        )
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.alter_column("token_key", existing_type=sa.String(length=32), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("subscribers", schema=None) as batch_op:
        batch_op.drop_column("paused_until")
        batch_op.drop_column("unsubscribed_at")
        batch_op.drop_column("token_key")
