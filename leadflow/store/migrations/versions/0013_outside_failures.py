"""The parts around leadflow failing (issue 18): runs.failed_loops counts loops in a row whose
every batch failed (transient failures cost a loop, not the run); the lease records its holder's
host and process (an opener on the same host takes over at once from a process that is gone);
list_nights records each standing-list night's delivery, so a failed one is delivered again.

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
    op.create_table(
        "list_nights",
        sa.Column("list_name", sa.String(20), primary_key=True),
        sa.Column("night", sa.String(10), primary_key=True),
        sa.Column("run_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("count", sa.Integer, nullable=False, server_default="0"),
        sa.Column("delivery", sa.Text),
        sa.Column("error", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("list_nights")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("lease_pid")
        batch.drop_column("lease_host")
        batch.drop_column("failed_loops")
