"""Spend guard: runs.max_calls and runs.max_cost.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("max_calls", sa.Integer))
        batch.add_column(sa.Column("max_cost", sa.Float))


def downgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("max_cost")
        batch.drop_column("max_calls")
