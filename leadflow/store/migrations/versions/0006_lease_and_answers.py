"""Exactly once: a lease per run (runs.lease_expires_at, held by runs.flow_run_id), the run's
resolved source (runs.source_spec), and the agent's raw answer per batch (batch_answers).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("lease_expires_at", sa.DateTime(timezone=True)))
        batch.add_column(sa.Column("source_spec", sa.JSON))
    op.create_table(
        "batch_answers",
        sa.Column("run_id", sa.String(32), sa.ForeignKey("runs.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("batch_number", sa.Integer, primary_key=True),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("batch_answers")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("source_spec")
        batch.drop_column("lease_expires_at")
