"""Adaptive batch sizing (runs.adaptive) and the agent's notes per batch (batches.notes).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("adaptive", sa.Boolean, nullable=False, server_default=sa.text("false")))
    with op.batch_alter_table("batches") as batch:
        batch.add_column(sa.Column("notes", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("batches") as batch:
        batch.drop_column("notes")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("adaptive")
