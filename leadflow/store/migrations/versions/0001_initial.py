"""Initial lead store: runs, batches, candidates, blocklist.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "runs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("pms", sa.String(60), nullable=False),
        sa.Column("state", sa.String(2), nullable=False),
        sa.Column("target_quantity", sa.Integer, nullable=False),
        sa.Column("batch_size", sa.Integer, nullable=False),
        sa.Column("parallel", sa.Integer, nullable=False, server_default="1"),
        sa.Column("max_loops", sa.Integer, nullable=False),
        sa.Column("stall_loops", sa.Integer, nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("exclude_previous", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("allow_unverified", sa.Boolean, nullable=False, server_default=sa.text("false")),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("status_reason", sa.Text),
        sa.Column("loops", sa.Integer, nullable=False, server_default="0"),
        sa.Column("flow_run_id", sa.String(64)),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("finished_at", TS),
    )
    op.create_table(
        "batches",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(32), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("loop", sa.Integer, nullable=False),
        sa.Column("partition", sa.String(40)),
        sa.Column("requested", sa.Integer, nullable=False),
        sa.Column("returned", sa.Integer, nullable=False, server_default="0"),
        sa.Column("accepted", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rejected", sa.Integer, nullable=False, server_default="0"),
        sa.Column("rejected_by_reason", sa.JSON),
        sa.Column("llm_calls", sa.Integer, nullable=False, server_default="0"),
        sa.Column("prompt_tokens", sa.Integer, nullable=False, server_default="0"),
        sa.Column("completion_tokens", sa.Integer, nullable=False, server_default="0"),
        sa.Column("latency_ms", sa.Integer, nullable=False, server_default="0"),
        sa.Column("model", sa.String(100)),
        sa.Column("error", sa.Text),
        sa.Column("created_at", TS, nullable=False),
        sa.UniqueConstraint("run_id", "number", name="uq_batches_run_number"),
    )
    op.create_table(
        "candidates",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("run_id", sa.String(32), sa.ForeignKey("runs.id", ondelete="CASCADE"), nullable=False),
        sa.Column("batch_number", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.String(40)),
        sa.Column("detail", sa.Text),
        sa.Column("name", sa.String(200)),
        sa.Column("domain", sa.String(253)),
        sa.Column("raw_domain", sa.Text),
        sa.Column("city", sa.String(100)),
        sa.Column("state", sa.String(40)),
        sa.Column("pms", sa.String(60)),
        sa.Column("evidence_url", sa.Text),
        sa.Column("confidence", sa.String(8)),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_candidates_run_status", "candidates", ["run_id", "status"])
    op.create_index("ix_candidates_domain", "candidates", ["domain"])
    op.create_index(
        "uq_candidates_run_validated_domain",
        "candidates",
        ["run_id", "domain"],
        unique=True,
        sqlite_where=sa.text("status = 'validated'"),
        postgresql_where=sa.text("status = 'validated'"),
    )
    op.create_table(
        "blocklist",
        sa.Column("domain", sa.String(253), primary_key=True),
        sa.Column("note", sa.Text),
        sa.Column("added_at", TS, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("blocklist")
    op.drop_table("candidates")
    op.drop_table("batches")
    op.drop_table("runs")
