"""Which lead-store errors are an outage to wait through (`leadflow.store.outage`), on a real
SQLite file: a full disk is not, even when SQLite's rollback of the whole transaction makes the
error that reaches us "no such savepoint"."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import OperationalError

from leadflow.store.engine import StoreUnavailable
from leadflow.store.outage import describe, is_outage, original, through_outage


@pytest.fixture
def full_disk(tmp_path):
    """A SQLite store whose file may not grow any more (as the `sqlite-full` failpoint does)."""
    engine = create_engine(f"sqlite:///{tmp_path / 'full.db'}")

    @event.listens_for(engine, "connect")
    def _full(dbapi_conn, _record):
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        pages = cur.execute("PRAGMA page_count").fetchone()[0]
        cur.execute(f"PRAGMA max_page_count = {max(int(pages), 2)}")
        cur.close()

    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (x TEXT)"))
    yield engine
    engine.dispose()


def write_in_a_savepoint(engine) -> None:
    """What record_batch does: the batch's rows in a savepoint of the run's transaction."""
    with engine.connect() as conn, conn.begin():
        conn.execute(text("INSERT INTO t VALUES ('run')"))
        with conn.begin_nested():
            for _ in range(200):
                conn.execute(text("INSERT INTO t VALUES (:x)"), {"x": "x" * 2000})


def test_a_full_disk_under_a_savepoint_is_the_full_disk_not_an_outage(full_disk):
    with pytest.raises(OperationalError) as caught:
        write_in_a_savepoint(full_disk)
    exc = caught.value
    assert "no such savepoint" in str(exc)  # SQLite undid the transaction, savepoint and all
    assert "database or disk is full" in str(original(exc))
    assert describe(exc) == "database or disk is full"
    assert not is_outage(exc)


def test_a_full_disk_is_refused_at_once_not_waited_through(full_disk):
    waits: list[float] = []
    with pytest.raises(StoreUnavailable, match="lead store refused the batch: database or disk is full"):
        through_outage(
            lambda: write_in_a_savepoint(full_disk), what="the batch", seconds=60, waiting=lambda _exc, pause: waits.append(pause)
        )
    assert waits == []


def aftermath_of(earlier: BaseException | None) -> OperationalError:
    """'no such savepoint' as SQLAlchemy raises it, while handling `earlier` (or nothing)."""
    import sqlite3

    def rollback_to_savepoint():
        try:
            raise sqlite3.OperationalError("no such savepoint: sa_savepoint_1")
        except sqlite3.OperationalError as driver:
            raise OperationalError("ROLLBACK TO SAVEPOINT sa_savepoint_1", {}, driver) from None

    if earlier is None:
        try:
            rollback_to_savepoint()
        except OperationalError as exc:
            return exc
    try:
        raise earlier
    except BaseException:  # noqa: BLE001 - the aftermath is raised while handling it
        try:
            rollback_to_savepoint()
        except OperationalError as exc:
            return exc
    raise AssertionError("unreachable")


def test_a_lost_savepoint_is_classified_by_the_error_that_lost_it():
    import sqlite3

    locked = OperationalError("INSERT", {}, sqlite3.OperationalError("database is locked"))
    assert is_outage(locked)
    assert is_outage(aftermath_of(locked))  # an outage stays an outage
    assert describe(aftermath_of(locked)) == "database is locked"
    io_error = OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
    assert not is_outage(aftermath_of(io_error))
    # a savepoint lost with no error before it: the database dropped the transaction; no wait brings it back
    assert not is_outage(aftermath_of(None))
    assert describe(aftermath_of(None)) == "no such savepoint: sa_savepoint_1"
