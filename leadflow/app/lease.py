"""Who may work on a run: one flow run at a time holds its lease.

A lease is taken when a run opens (`runs.open_run`), renewed by `LeaseKeeper` while the flow
works (the original system's heartbeat), and checked before every write (`fence`): a flow run
whose lease was taken over stops at its next write. A holder on this host whose process is gone
(`holder_gone`) need not wait for its lease to lapse.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from leadflow import settings
from leadflow.domain.errors import LeaseLost, RunLeased
from leadflow.domain.records import RunRecord
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork


class LeaseKeeper:
    """Renews the lease from a thread every `every` seconds; sets `lost` when another flow run
    took the run over (the store refuses our writes anyway: this is only the early warning)."""

    def __init__(self, renew: Callable[[], bool], every: float):
        self._renew, self._every = renew, every
        self._stop = threading.Event()
        self.lost = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="leadflow-lease", daemon=True)

    def __enter__(self) -> LeaseKeeper:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        while not self._stop.wait(self._every):
            try:
                held = self._renew()
            except Exception:  # noqa: BLE001 - a store hiccup: try again next time; fencing protects writes
                continue
            if not held:
                self.lost.set()
                return


def refuse_if_leased(run: RunRecord, owner: str | None) -> None:
    until = run.lease_expires_at
    if until is not None and until > now() and run.flow_run_id != owner and not holder_gone(run):
        raise RunLeased(run.run_id, run.flow_run_id, until)


def lease_holder() -> dict[str, Any]:
    """Who takes a lease: this host and process (a local crash is then seen for what it is)."""
    return {"lease_host": socket.gethostname()[:255], "lease_pid": os.getpid()}


def holder_gone(run: RunRecord) -> bool:
    """The run's lease holder ran on this host in a process that no longer exists (killed,
    crashed): its lease need not lapse before someone here takes the run over."""
    pid = run.lease_pid
    if not pid or run.lease_host != socket.gethostname()[:255] or pid == os.getpid() or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)  # signal 0: is it there?
    except ProcessLookupError:
        return True
    except OSError:  # there, but not ours to signal
        return False
    return False


def renew_lease(uow: UnitOfWork, run_id: str, owner: str) -> bool:
    """Extend this flow run's lease; False when another one took the run over, or when the run
    has ended (its lease released: a late heartbeat must not lease a finished run again)."""
    held = uow.repo.renew_lease(run_id, owner, now() + timedelta(seconds=settings.load().lease_seconds))
    uow.commit()
    return held


def fence(uow: UnitOfWork, run: RunRecord, owner: str | None) -> None:
    """Only the lease holder writes: a flow run whose lease was taken over stops here."""
    if owner is not None and run.flow_run_id != owner:
        raise LeaseLost(f"run {run.run_id} was taken over by flow run {run.flow_run_id}; this one stops")
