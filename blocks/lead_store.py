"""The lead store connection as a prefect-sqlalchemy `SqlAlchemyConnector` block.

    python -c "from prefect_sqlalchemy import SqlAlchemyConnector as C; \
        C(connection_info='postgresql+psycopg://user:pw@db/leads').save('leads')"

Flows take the block *name* (`store_block`), never the URL, so passwords stay out of flow
parameters and run history.
"""

from __future__ import annotations

from leadflow import settings


def lead_store_url(block_name: str | None) -> str:
    """The store URL: from the named block, else LEADFLOW_DATABASE_URL / the SQLite default."""
    if not block_name:
        return settings.database_url()
    from prefect_sqlalchemy import SqlAlchemyConnector  # half a second to import: only for a named block

    connector = SqlAlchemyConnector.load(block_name)
    info = connector.connection_info
    url = info.create_url() if hasattr(info, "create_url") else info
    return url.render_as_string(hide_password=False) if hasattr(url, "render_as_string") else str(url)
