"""How `leadflow run` stops: Ctrl-C and SIGTERM (a service manager, `kill`) stop a run within
seconds. The run is marked and its lease released, the way to resume printed, exit 130 or 143.
An agent call in flight is not waited for past STOP_GRACE_SECONDS: it is cut off, and stays on
the books as an unfinished call (the request ledger wrote it before it was sent)."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from leadflow.cli.output import err
from leadflow.domain.errors import LeadflowError

STOP_GRACE_SECONDS = 3.0  # after Ctrl-C or SIGTERM, how long an agent call in flight may hold up the exit


class RunStopper:
    """The stop of one run in this process: the signal heard, the grace timer, the exit code."""

    def __init__(self, store_url: str, run_id: str, grace: float = STOP_GRACE_SECONDS):
        self.store_url, self.run_id, self.grace = store_url, run_id, grace
        self.term = False  # SIGTERM (exit 143) rather than Ctrl-C (exit 130)
        self._grace_started = False
        self._stopped = threading.Lock()  # the grace timer and the main thread may both stop the run

    @contextlib.contextmanager
    def on_signals(self) -> Iterator[None]:
        """SIGINT and SIGTERM start the grace period and interrupt the run (KeyboardInterrupt)."""
        if threading.current_thread() is not threading.main_thread():
            yield
            return

        def stop(signum: int, _frame: FrameType | None) -> None:
            self.begin_grace(signum)
            raise KeyboardInterrupt

        previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def begin_grace(self, signum: int) -> None:
        """The run is stopping: give the flow `grace` seconds to end, then exit regardless."""
        self.term = signum == signal.SIGTERM
        if not self._grace_started:
            self._grace_started = True
            timer = threading.Timer(self.grace, self._force_exit)
            timer.daemon = True
            timer.start()

    def stop(self) -> int:
        """Mark the run stopped and say how to resume, once; the exit code."""
        if self._stopped.acquire(blocking=False):
            _interrupted(self.store_url, self.run_id, "stopped by SIGTERM" if self.term else "interrupted by the user")
        return 143 if self.term else 130

    def _force_exit(self) -> None:
        code = self.stop()
        try:  # Prefect's temporary server is a child process: stop it, or it outlives us
            from prefect.server.api.server import SubprocessASGIServer

            for server in list(SubprocessASGIServer._instances.values()):
                server.stop()
        except Exception:  # noqa: BLE001 - exiting regardless
            pass
        sys.stderr.flush()
        sys.stdout.flush()
        os._exit(code)


def _interrupted(store_url: str, run_id: str, why: str) -> None:
    """Ctrl-C or SIGTERM: stored batches stay stored; say so, and how to go on."""
    from leadflow.app import runs as run_service
    from leadflow.store import UnitOfWork

    try:
        with UnitOfWork(store_url) as uow:
            run_service.interrupt(uow, run_id, why)
    except LeadflowError:
        pass
    what = "Stopped (SIGTERM)" if why.startswith("stopped") else "Interrupted"
    err.print(f"{what}. Batches already stored are kept; resume with: leadflow run --run-id {run_id}", highlight=False)
