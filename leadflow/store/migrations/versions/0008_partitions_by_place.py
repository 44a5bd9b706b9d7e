"""Parallel batches by place (issue 10): batches.region (the region a batch searched, for
rotation and retirement) and batches.cached_tokens (prompt tokens served from the provider's
prompt cache).

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("region", sa.String(80)))
        batch.add_column(sa.Column("cached_tokens", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("cached_tokens")
        batch.drop_column("region")
