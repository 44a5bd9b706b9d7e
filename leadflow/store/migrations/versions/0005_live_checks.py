"""Live checks by default: runs.verify (was verify_sites), provenance per candidate, and the
check cache (web_checks).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("runs") as batch:
        batch.alter_column(
            "verify_sites",
            new_column_name="verify",
            existing_type=sa.Boolean,
            existing_nullable=False,
            existing_server_default=sa.text("false"),
        )
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("evidence_method", sa.String(24)))
        batch.add_column(sa.Column("evidence_checked_at", TS))
        batch.add_column(sa.Column("evidence_http_status", sa.Integer))
        batch.add_column(sa.Column("portal_check", sa.Text))
    op.create_table(
        "web_checks",
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("key_hash", sa.String(64), primary_key=True),
        sa.Column("key", sa.Text, nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("checked_at", TS, nullable=False),
        sa.Column("expires_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("web_checks")
    with op.batch_alter_table("candidates") as batch:
        for column in ("portal_check", "evidence_http_status", "evidence_checked_at", "evidence_method"):
            batch.drop_column(column)
    with op.batch_alter_table("runs") as batch:
        batch.alter_column(
            "verify",
            new_column_name="verify_sites",
            existing_type=sa.Boolean,
            existing_nullable=False,
            existing_server_default=sa.text("false"),
        )
