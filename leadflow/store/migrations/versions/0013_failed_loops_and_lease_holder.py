"""Transient failures cost a loop, not the run (issue 18): runs.failed_loops counts loops in a
row whose every batch failed. The lease records its holder's host and process, so an opener on
the same host takes over at once from a process that is gone.

Revision ID: 0013
Revises: 0012 (0012_search_accounting, issue 16)
"""
import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("failed_loops", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("lease_host", sa.String(255)))
        batch.add_column(sa.Column("lease_pid", sa.Integer))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("lease_pid")
        batch.drop_column("lease_host")
        batch.drop_column("failed_loops")
