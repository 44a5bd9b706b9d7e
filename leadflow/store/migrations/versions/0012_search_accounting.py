"""Searches per batch (issue 16): answered, failed (by cause, and the last failure's words), served
from the cache, and OpenAI's hosted searches (billed per call).

Revision ID: 0012
Revises: 0011 (0011_search_cache, issue 8)
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

COUNTERS = ("searches", "searches_failed", "search_cache_hits", "hosted_searches")


def upgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        for name in COUNTERS:
            batch.add_column(sa.Column(name, sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("search_error", sa.Text))
        batch.add_column(sa.Column("search_failures", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("search_failures")
        batch.drop_column("search_error")
        for name in reversed(COUNTERS):
            batch.drop_column(name)
