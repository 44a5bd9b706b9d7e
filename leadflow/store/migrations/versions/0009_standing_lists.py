"""Standing lists (issue 11): the standing_lists table (leadflow/domain/lists.py).

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "standing_lists",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("pms", sa.String(60), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("quantity", sa.Integer, nullable=False),
        sa.Column("schedule", sa.String(120)),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("deliver", sa.Text),
        sa.Column("source", sa.String(300)),
        sa.Column("options", sa.JSON),
        sa.Column("last_night", sa.String(10)),
        sa.Column("last_run_id", sa.String(32)),
        sa.Column("last_status", sa.String(16)),
        sa.Column("last_delivered", sa.Integer),
        sa.Column("last_delivery", sa.Text),
        sa.Column("last_delivered_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("standing_lists")
