"""calls: relevance, regions and specialties read from the call itself

Revision ID: 0007
Revises: 0009
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0007"
down_revision = "0009"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    # Calls recorded before this revision were all treated as calls: they stay relevant.
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("relevant", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch_op.add_column(sa.Column("regions", JSON, nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("specialties", JSON, nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_column("specialties")
        batch_op.drop_column("regions")
        batch_op.drop_column("relevant")
