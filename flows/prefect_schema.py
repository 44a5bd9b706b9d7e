"""A new background server's database, made in milliseconds instead of migrated for seconds.

Prefect migrates a new SQLite database through more than a hundred alembic revisions: about 7 s
on a quiet 2-core machine, the larger part of a first `leadflow run`. `prefect_sqlite_schema.sql`
is what those migrations make (an empty database's dump, its alembic revision included), for the
Prefect version leadflow is tested with. A new database is made from it when the installed Prefect
knows its revision; Prefect's own migrations then bring it to their head, if there is a newer
one. An unknown revision (an older Prefect) is left to Prefect's migrations from scratch. A test
compares the file with what the installed Prefect's migrations make; after a Prefect upgrade:

    python -m leadflow.flows.prefect_schema   # rewrites the file from Prefect's migrations
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import re
import sqlite3
import tempfile
from pathlib import Path

SCHEMA = Path(__file__).with_name("prefect_sqlite_schema.sql")
_REVISION = re.compile(r"INSERT INTO \"?alembic_version\"? VALUES\('([0-9a-f]+)'\);")


def schema_revision(text: str) -> str | None:
    found = _REVISION.search(text)
    return found.group(1) if found else None


def installed_revisions() -> list[str]:
    """The installed Prefect's SQLite revisions, oldest first (their files are named by date),
    found without importing Prefect."""
    spec = importlib.util.find_spec("prefect")
    if spec is None or not spec.submodule_search_locations:
        return []
    versions = Path(spec.submodule_search_locations[0]) / "server/database/_migrations/versions/sqlite"
    names = sorted(p.name for p in versions.glob("*.py") if p.name[:4].isdigit())
    return [name.split("_")[4] for name in names if name.count("_") >= 5]


def seed(database: Path) -> bool | None:
    """Make `database` (absent) from the shipped schema. True: it is at the installed Prefect's
    head (no migration needed); False: Prefect's migrations take it on from there; None: not made
    (it exists, or the installed Prefect does not know the schema's revision)."""
    if database.exists():
        return None
    text = SCHEMA.read_text()
    revisions = installed_revisions()
    revision = schema_revision(text)
    if revision is None or revision not in revisions:
        return None
    fd, tmp = tempfile.mkstemp(dir=database.parent, prefix=".seed-")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as conn:
            conn.executescript(text)
        conn.close()
        os.replace(tmp, database)
    finally:
        Path(tmp).unlink(missing_ok=True)
    return revision == revisions[-1]


def dump(database: Path) -> str:
    """An SQLite database as the SQL that makes it again, in a stable order."""
    conn = sqlite3.connect(database)
    try:
        return "\n".join(conn.iterdump()) + "\n"
    finally:
        conn.close()


def migrated(folder: Path) -> Path:
    """A new database in `folder`, made by the installed Prefect's own migrations."""
    os.environ["PREFECT_HOME"] = str(folder)
    os.environ["PREFECT_SERVER_DATABASE_CONNECTION_URL"] = f"sqlite+aiosqlite:///{folder / 'prefect.db'}"
    from prefect.server.database import provide_database_interface

    asyncio.run(provide_database_interface().create_db())
    return folder / "prefect.db"


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as scratch:
        SCHEMA.write_text(dump(migrated(Path(scratch))))
    print(f"wrote {SCHEMA} (revision {schema_revision(SCHEMA.read_text())})")
