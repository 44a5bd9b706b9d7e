"""Many processes opening one fresh lead store at once: every one succeeds and the schema is
migrated to head exactly once (migrations are serialised across processes in engine.migrate).

Each child imports everything first and waits at a start line, so the eight of them reach
`UnitOfWork(url)` within milliseconds of each other: the race the lock exists for.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect, text

from leadflow.store.engine import _MIGRATIONS

PROCESSES = 8

CHILD = textwrap.dedent("""
    import pathlib, sys, time
    from sqlalchemy import text
    from leadflow.store import UnitOfWork

    url, folder, me = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
    (folder / f"ready-{me}").touch()
    while not (folder / "go").exists():
        time.sleep(0.001)
    with UnitOfWork(url) as uow:
        uow.conn.execute(text("SELECT count(*) FROM runs")).scalar_one()
""")


def _head() -> str:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def _open_at_once(url: str, folder) -> tuple[list[subprocess.CompletedProcess], float]:
    """Start PROCESSES children, release them together, and wait: (results, seconds from the start line)."""
    env = {**os.environ, "LEADFLOW_DATABASE_URL": url}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, url, str(folder), str(i)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(PROCESSES)
    ]
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < PROCESSES and time.monotonic() < deadline:
        time.sleep(0.01)
    started = time.monotonic()
    (folder / "go").touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append(subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results, time.monotonic() - started


def _error_line(stderr: str) -> str:
    """The exception's own line of a traceback (SQLAlchemy adds a 'Background' line after it)."""
    lines = [line for line in stderr.strip().splitlines() if "Error" in line and not line.startswith(" ")]
    return (lines or stderr.strip().splitlines() or [""])[-1][:200]


def _assert_all_succeeded_and_migrated_once(url: str, results, seconds: float) -> None:
    failures = [_error_line(r.stderr) for r in results if r.returncode != 0]
    assert not failures, f"{len(failures)} of {PROCESSES} failed: {failures}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [_head()]
            assert {"runs", "batches", "candidates"} <= set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    print(f"{PROCESSES} of {PROCESSES} processes opened {url.split(':')[0]} in {seconds:.2f} s")


def test_processes_opening_a_fresh_sqlite_store_at_once_all_succeed(tmp_path):
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    results, seconds = _open_at_once(url, tmp_path)
    _assert_all_succeeded_and_migrated_once(url, results, seconds)


@pytest.mark.postgres
def test_processes_opening_a_fresh_postgres_store_at_once_all_succeed(postgres_admin, tmp_path):
    from conftest import _create_pg_db, _drop_pg_db

    name = _create_pg_db(postgres_admin)
    url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    try:
        results, seconds = _open_at_once(url, tmp_path)
        _assert_all_succeeded_and_migrated_once(url, results, seconds)
    finally:
        _drop_pg_db(postgres_admin, name)
