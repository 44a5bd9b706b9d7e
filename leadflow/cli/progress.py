"""The progress of `leadflow run`, read from the lead store (never from the flow): a bar on a
terminal, the seed's progress lines otherwise."""

from __future__ import annotations

import threading

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from leadflow.cli.output import err
from leadflow.domain.errors import LeadflowError


class ProgressWatcher:
    """Polls the lead store twice a second while the run goes on, and once more at the end."""

    def __init__(self, store_url: str, run_id: str, live: bool):
        self.store_url, self.run_id, self.live = store_url, run_id, live
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, daemon=True)
        self._last: tuple[int, int, str] | None = None
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err,
            disable=not live,
        )
        self.task: TaskID | None = None

    def __enter__(self) -> ProgressWatcher:
        self.progress.start()
        self.task = self.progress.add_task("Lead discovery: starting", total=None)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._poll()
        self.progress.stop()

    def _loop(self) -> None:
        while not self._stop.wait(0.5):
            self._poll()

    def _poll(self) -> None:
        from sqlalchemy.exc import DBAPIError

        from leadflow.app import reading
        from leadflow.domain.planning import progress_line
        from leadflow.store import UnitOfWork

        try:
            with UnitOfWork(self.store_url) as uow:
                s = reading.summary(uow, self.run_id)
        except (LeadflowError, DBAPIError):  # not there yet, or the store blinked: the flow says what matters
            return
        line = progress_line(s.companies_ready, s.target_quantity, s.pms, s.state)
        state = (s.companies_ready, s.batches, s.status)
        if state == self._last or self.task is None:
            return
        self._last = state
        self.progress.update(self.task, description=line, completed=s.companies_ready, total=s.target_quantity)
        if not self.live:
            err.print(f"{line} - {s.batches} batch(es), status {s.status}", highlight=False)
