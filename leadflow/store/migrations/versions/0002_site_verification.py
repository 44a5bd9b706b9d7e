"""Website verification: runs.verify_sites, candidates.site_check.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.add_column(sa.Column("verify_sites", sa.Boolean, nullable=False, server_default=sa.text("false")))
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("site_check", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.drop_column("site_check")
    with op.batch_alter_table("runs") as batch:
        batch.drop_column("verify_sites")
