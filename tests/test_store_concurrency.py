"""Many processes opening one fresh lead store at once: every one succeeds and the schema is
migrated to head exactly once (migrations are serialised across processes in engine.migrate).

One interpreter imports everything, then forks the eight children (eight interpreters importing
SQLAlchemy and alembic cost about 11 CPU-s a test); each waits at a start line, so the eight of
them reach `UnitOfWork(url)` within milliseconds of each other: the race the lock exists for.
Every child makes its own engine and connections after the fork.
"""

from __future__ import annotations

import json
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

PARENT = textwrap.dedent("""
    import json, os, pathlib, sys, time, traceback
    from sqlalchemy import text
    from leadflow.store import UnitOfWork

    url, folder, count = sys.argv[1], pathlib.Path(sys.argv[2]), int(sys.argv[3])
    children = {}
    for me in range(count):
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                (folder / f"ready-{me}").touch()
                while not (folder / "go").exists():
                    time.sleep(0.001)
                with UnitOfWork(url) as uow:
                    uow.conn.execute(text("SELECT count(*) FROM runs")).scalar_one()
                code = 0
            except BaseException:
                (folder / f"error-{me}").write_text(traceback.format_exc())
            finally:
                os._exit(code)
        children[pid] = me
    codes = {}
    for _ in range(count):
        pid, status = os.wait()
        codes[children[pid]] = os.waitstatus_to_exitcode(status)
    print(json.dumps(codes))
""")


def _head() -> str:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(_MIGRATIONS))
    return ScriptDirectory.from_config(cfg).get_current_head()


def _open_at_once(url: str, folder) -> tuple[list[subprocess.CompletedProcess], float]:
    """Fork PROCESSES children, release them together, and wait: (results, seconds from the start line)."""
    env = {**os.environ, "LEADFLOW_DATABASE_URL": url}
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, url, str(folder), str(PROCESSES)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < PROCESSES and time.monotonic() < deadline and parent.poll() is None:
        time.sleep(0.01)
    started = time.monotonic()
    (folder / "go").touch()
    out, err = parent.communicate(timeout=120)
    seconds = time.monotonic() - started
    assert parent.returncode == 0, err
    codes = {int(me): code for me, code in json.loads(out).items()}
    assert sorted(codes) == list(range(PROCESSES)), codes
    results = []
    for me in range(PROCESSES):
        error = folder / f"error-{me}"
        results.append(subprocess.CompletedProcess([me], codes[me], "", error.read_text() if error.exists() else ""))
    return results, seconds


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
