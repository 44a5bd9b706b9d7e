"""A lead store that blinks: which errors are an outage worth waiting through, and the waiting.

A database restarting, a failover, a network cut or a lock held a little too long are outages:
the same write works again a few seconds later. A full disk, a read-only file or a schema the
code does not know are not: waiting changes nothing, so they are raised at once. Past
`LEADFLOW_STORE_OUTAGE_SECONDS` an outage is `StoreUnavailable` with one readable line (the
driver's first line: never the SQL statement or its parameters).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from leadflow import settings
from leadflow.store.engine import StoreUnavailable

T = TypeVar("T")

# Words of store errors that no waiting fixes (SQLite and PostgreSQL wording).
LASTING = (
    "readonly",
    "read-only",
    "read only",
    "disk is full",
    "database or disk is full",
    "no space left",
    "disk i/o error",
    "no such table",
    "no such column",
    "does not exist",
    "permission denied",
    "password authentication failed",
    "authentication failed",
)
# Words of store errors that only report the aftermath of an earlier one: SQLite undoes the whole
# transaction on some errors (a full disk, an I/O error), so the savepoint that SQLAlchemy then rolls
# back to is gone. The earlier error (the exception's context) is what happened; with none, the
# database has dropped the transaction, and waiting does not bring it back either.
AFTERMATH = ("no such savepoint",)


def _said(exc: BaseException) -> str:
    if isinstance(exc, DBAPIError):
        said = str(exc.orig).strip().splitlines() if exc.orig is not None else []
        return said[0] if said else ""
    return str(exc)


def original(exc: BaseException) -> BaseException:
    """The store error that happened: `exc`, or, when `exc` only reports its aftermath (a lost
    savepoint), the earlier store error it was raised while handling."""
    for _ in range(8):  # a chain of errors, each raised while handling the one before
        if not _said(exc).lower().startswith(AFTERMATH):
            break
        earlier = exc.__context__
        while earlier is not None and not isinstance(earlier, DBAPIError | StoreUnavailable):
            earlier = earlier.__context__  # the driver's own exception, wrapped by the next one
        if earlier is None:
            break
        exc = earlier
    return exc


def describe(exc: BaseException) -> str:
    """One line for a store error: the driver's first line, no statement, no parameters (of
    the error that happened, not of its aftermath: see `original`)."""
    exc = original(exc)
    if isinstance(exc, DBAPIError):
        said = str(exc.orig).strip().splitlines() if exc.orig is not None else []
        return said[0][:300] if said else type(exc.orig or exc).__name__
    return str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__


def is_outage(exc: BaseException) -> bool:
    """An error that waiting may fix: a lost or refused connection, a lock, a restart."""
    exc = original(exc)
    if isinstance(exc, StoreUnavailable):
        text = str(exc).lower()
    elif isinstance(exc, (OperationalError, InterfaceError)) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        text = describe(exc).lower()
    else:
        return False
    return not any(word in text for word in (*LASTING, *AFTERMATH))


def through_outage(
    work: Callable[[], T],
    *,
    what: str = "the write",
    seconds: float | None = None,
    waiting: Callable[[BaseException, float], None] | None = None,
) -> T:
    """`work()`, tried again through a store outage of up to `seconds` (default:
    LEADFLOW_STORE_OUTAGE_SECONDS) with a growing pause; then StoreUnavailable. A lasting store
    error (full disk, read-only file) is StoreUnavailable at once, naming `what` was refused.
    Either way one line, no SQL. `work` must be safe to repeat (each try is its own
    transaction). `waiting(error, pause)` hears each wait."""
    limit = settings.load().store_outage_seconds if seconds is None else seconds
    deadline = time.monotonic() + limit
    pause = 0.5
    while True:
        try:
            return work()
        except Exception as exc:  # noqa: BLE001 - classified: only outages are waited through
            if isinstance(exc, DBAPIError) and not is_outage(exc):
                raise StoreUnavailable(f"lead store refused {what}: {describe(exc)}") from None
            if not is_outage(exc):
                raise
            left = deadline - time.monotonic()
            if left <= 0:
                raise StoreUnavailable(f"lead store unreachable for {limit:.0f} s: {describe(exc)}") from None
            if waiting is not None:
                waiting(exc, min(pause, left))
            time.sleep(min(pause, left))
            pause = min(pause * 2, 10.0)
