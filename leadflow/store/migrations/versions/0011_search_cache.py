"""The searching agent (issue 8): the search_cache table, cited URLs per candidate, tool calls
per batch.

Revision ID: 0011
Revises: 0010 (0010_agent_requests, issue 9)
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "search_cache",
        sa.Column("backend", sa.String(16), primary_key=True),
        sa.Column("query_hash", sa.String(64), primary_key=True),
        sa.Column("query", sa.Text, nullable=False),
        sa.Column("results", sa.JSON, nullable=False),
        sa.Column("searched_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
    )
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("cited_urls", sa.JSON))
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("tool_calls", sa.Integer, nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("tool_calls")
    with op.batch_alter_table("candidates") as batch:
        batch.drop_column("cited_urls")
    op.drop_table("search_cache")
