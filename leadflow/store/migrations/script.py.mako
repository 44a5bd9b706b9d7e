<%!
    def q(value):
        """A revision id, a tuple of them, or None, as Python with double quotes."""
        if value is None:
            return "None"
        if isinstance(value, (tuple, list)):
            items = [q(v) for v in value]
            return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
        return '"%s"' % value

    def sentence(message):
        message = (message or "").strip() or "Describe this revision"
        return message if message.endswith(".") else message + "."

    def revises(value):
        if not value:
            return ""
        return " " + (", ".join(value) if isinstance(value, (tuple, list)) else value)
%>"""${sentence(message)}

Revision ID: ${up_revision}
Revises:${revises(down_revision)}
"""
import sqlalchemy as sa
from alembic import op
${imports + "\n" if imports else ""}
revision = ${q(up_revision)}
down_revision = ${q(down_revision)}
branch_labels = ${q(branch_labels)}
depends_on = ${q(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
