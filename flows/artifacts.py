"""What a lead run shows in the Prefect UI: its progress bar, batch table and summary card, and
its flow run's labels (tags to filter by, a final name that says delivered/target).

Each artifact is one request to the Prefect server (20-45 ms on a busy one), and none of them
decides anything, so they are sent from background threads while the flow goes on: the bar
is created while the first loop's agent calls run, and the three made when the run ends are
sent at once. `close()` waits for all of them, so they are on the server before the flow run
reports its final state. One that fails is logged as a warning; the run goes on (its leads
are in the lead store either way). Once one found no server (stopped, unreachable), the
later ones are not sent: Prefect's client retries each for about a minute.
"""

from __future__ import annotations

import contextvars
import re
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from uuid import UUID

import httpx
from prefect import get_client, get_run_logger
from prefect.artifacts import (
    create_markdown_artifact,
    create_progress_artifact,
    create_table_artifact,
    update_progress_artifact,
)

from leadflow.domain.models import BatchOutcome, RunSummary
from leadflow.domain.planning import progress_line


def artifact_key(run_id: str) -> str:
    """A run id as Prefect accepts it in an artifact key (lower-case letters, digits, '-'):
    run ids may carry capitals and '_', and a refused key would publish nothing."""
    return re.sub(r"[^a-z0-9-]", "-", run_id.lower())


def lead_run_tags(pms: str | None, state: str | None, run_id: str | None, list_name: str | None = None) -> list[str]:
    """The tags every flow run of a lead run carries, however it was started (CLI, deployment,
    schedule), so a filter by PMS, state, run or standing list finds them all."""
    pairs = (("lead-run", run_id), ("pms", pms), ("state", state), ("list", list_name))
    return ["leadflow"] + [f"{k}:{v}".lower().replace(" ", "-") for k, v in pairs if v]


def final_name(started_as: str, summary: RunSummary) -> str:
    """The flow run's name once the run ended: delivered/target and how it ended, readable in
    the runs list without opening the run (e.g. `lead-list-buildium-tx-30-<id> · 12/30 stalled`)."""
    return f"{started_as.split(' · ')[0]} · {summary.companies_ready}/{summary.target_quantity} {summary.status}"


def label_flow_run(
    flow_run_id: str | None, *, tags: Iterable[str] = (), had: Iterable[str] = (), name: str | None = None
) -> None:
    """Add the `tags` the flow run lacks (it `had` the others) and/or rename it: one request,
    none when nothing changes. Prefect replaces the whole tag list, hence `had`."""
    had = list(had)
    missing = [t for t in tags if t not in had]
    if not flow_run_id or not (missing or name):
        return
    with get_client(sync_client=True) as client:
        client.update_flow_run(UUID(str(flow_run_id)), name=name, tags=(had + missing) if missing else None)


class RunArtifacts:
    """The artifacts of one flow run working on lead run `run_id`."""

    def __init__(self, run_id: str):
        self.run_id = run_id
        self.key = artifact_key(run_id)
        self._bar: Future | None = None
        self._sent: list[Future] = []
        self._progress = ThreadPoolExecutor(1, thread_name_prefix="leadflow-progress")  # bar updates in order
        self._others = ThreadPoolExecutor(2, thread_name_prefix="leadflow-artifacts")
        self._unreachable = False  # a request found no server: the later ones are not sent

    def progress(self, ready: int, target: int, pms: str, state: str) -> None:
        """Create the progress bar or move it; its text is the seed's progress line
        ("Lead discovery: 12/30 companies (PMS=..., State=...)"), so the count is readable too."""
        percent = 100.0 * min(1.0, ready / target) if target else 100.0
        description = f"{progress_line(ready, target, pms, state)} - lead run {self.run_id}"
        if self._bar is None:
            self._bar = self._send(
                self._progress, create_progress_artifact, percent, key=f"lead-run-{self.key}", description=description
            )
        else:
            self._send(self._progress, self._move, self._bar, percent, description)

    @staticmethod
    def _move(bar: Future, percent: float, description: str) -> None:
        if bar.result() is not None:  # None: the bar could not be created
            update_progress_artifact(bar.result(), percent, description=description)

    def label(
        self, flow_run_id: str | None, *, tags: Iterable[str] = (), had: Iterable[str] = (), name: str | None = None
    ) -> None:
        """`label_flow_run` in the background (a label never holds up or fails the run)."""
        self._send(self._others, label_flow_run, flow_run_id, tags=list(tags), had=list(had), name=name)

    def batches(self, outcomes: list[BatchOutcome]) -> None:
        """Per-batch metrics: one table for the flow run, however it ended."""
        if not outcomes:
            return
        rows = [
            {
                "batch": o.batch_number,
                "requested": o.requested,
                "returned": o.returned,
                "accepted": o.accepted,
                "rejected": sum(o.rejected.values()),
                "rejected_by_reason": ", ".join(f"{k}={v}" for k, v in sorted(o.rejected.items())),
                "searches": o.searches,
                "searches_failed": o.searches_failed,
                "error": o.error or (f"no search worked: {o.search_error}" if o.could_not_search else ""),
            }
            for o in outcomes
        ]
        self._send(
            self._others,
            create_table_artifact,
            rows,
            key=f"lead-run-{self.key}-batches",
            description=f"Batches of lead run {self.run_id} in this flow run",
        )

    def summary(self, markdown: str, status: str) -> None:
        self._send(
            self._others,
            create_markdown_artifact,
            markdown,
            key=f"lead-run-{self.key}-summary",
            description=f"Lead run {self.run_id}: {status}",
        )

    def close(self) -> None:
        """Wait until every artifact was sent (or failed)."""
        wait(self._sent)
        self._progress.shutdown()
        self._others.shutdown()

    def _send(self, pool: ThreadPoolExecutor, call: Callable, *args, **kwargs) -> Future:
        context = contextvars.copy_context()  # the flow run's: artifacts are linked to it

        def send():
            if self._unreachable:  # the server stopped answering: each request would retry for a minute
                return None
            try:
                return call(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - an artifact never fails a run
                if isinstance(exc, httpx.TransportError):
                    if self._unreachable:
                        return None
                    self._unreachable = True
                get_run_logger().warning(
                    "Could not publish to the Prefect UI (lead run %s): %s: %s", self.run_id, type(exc).__name__, exc
                )
                return None

        future = pool.submit(context.run, send)
        self._sent.append(future)
        return future
