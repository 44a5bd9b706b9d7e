"""The batches of one lead run, pipelined: `parallel` agent calls in flight, and a new batch
started as soon as one is stored, while the plan still has a gap to fill.

Every decision is the core's: `domain/rounds.py` (what a loop is: a round of `parallel` batches
started, and when it closes), `app/loop.step` (count the closed loops, ask the stop rules and
the spend guard, plan the next batches from the store and from what is in flight). This module
submits `discover_batch` task runs, waits for the first that finishes, stores its answer
(`store_batch`), takes the next step (`next_step`) and logs what happened.
"""

from __future__ import annotations

import time
from typing import TypeVar, cast

from prefect import get_run_logger
from prefect.events import emit_event
from prefect.futures import PrefectFuture, as_completed
from prefect.utilities.annotations import quote

from leadflow import settings
from leadflow.app.results import LoopPlan, OpenedRun
from leadflow.discovery import DiscoveryFailed
from leadflow.domain.models import BatchOutcome, BatchRequest, DiscoveryResult, RunSummary
from leadflow.domain.planning import low_quality, progress_line
from leadflow.domain.rounds import Round, Rounds
from leadflow.flows.artifacts import RunArtifacts
from leadflow.tasks import next_step, store_batch
from leadflow.tasks.discover import with_backoff
from leadflow.tasks.rate_limit import give_back_slots

PROGRESS_EVERY_SECONDS = 2.0  # the UI's progress bar: updated at most this often, and when the run ends
MAX_LOOP_BACKOFF_SECONDS = 120.0  # the longest pause after a loop whose every batch failed

T = TypeVar("T")
Settled = tuple[DiscoveryResult | None, str | None, bool]  # (result, error, fatal)


class Pipeline:
    """One flow run's batches: in flight (futures), paid for already (replayed), and their loops."""

    def __init__(self, store: str, opened: OpenedRun, owner: str | None, outcomes: list[BatchOutcome]):
        self.store, self.opened, self.owner, self.outcomes = store, opened, owner, outcomes
        self.rid = opened.run_id
        self.parallel = opened.summary.parallel or 1
        self.rounds = Rounds(parallel=self.parallel, first=opened.summary.loops + 1)
        self.discover = with_backoff(settings.load().retry_backoff_seconds)
        self.futures: dict[PrefectFuture, BatchRequest] = {}
        self.replays: list[tuple[BatchRequest, DiscoveryResult]] = []  # answers paid for by an earlier flow run
        self.fatal: str | None = None
        self.stopping = False  # a stop waits for the batches in flight: start nothing more
        self.wait_asked = 0.0  # the longest Retry-After a failed batch's server asked for

    def fill(self, progress: RunSummary, plan: LoopPlan | None, ui: RunArtifacts) -> RunSummary:
        """Start the first batches, then one step per stored batch until the run is final."""
        shown = time.monotonic()  # when the progress bar was last updated
        if plan is not None:
            self._start(plan)
        while not progress.is_final:
            closed: list[Round] = []
            if self.futures or self.replays:
                closed = self._store_next()
            in_flight = self.rounds.in_flight
            self.stopping = self.stopping and bool(in_flight)
            loops = [] if self.stopping else self.rounds.next_loops(self.parallel - len(in_flight))
            step = next_step(
                self.store,
                self.rid,
                [r.loop for r in closed],
                _unwalked([r.stored() for r in closed]),
                _unwalked(in_flight),
                loops,
                self.fatal,
                self.owner,
            )
            progress, self.stopping = step.progress, self.stopping or step.stopping
            for rnd in closed:
                _log_loop(progress, rnd)
            if closed and progress.failed_loops and not progress.is_final:
                self._back_off(progress, closed[-1].loop)
            if step.plan is not None:
                self._start(step.plan)
            if progress.is_final or time.monotonic() - shown >= PROGRESS_EVERY_SECONDS:
                ui.progress(progress.companies_ready, progress.target_quantity, progress.pms, progress.state)
                shown = time.monotonic()
        give_back_slots()  # held for a next call that will not come
        return progress

    def _start(self, plan: LoopPlan) -> None:
        for request in plan.requests:
            self.rounds.start(request)
            if request.batch_number in plan.paid:
                self.replays.append((request, plan.paid[request.batch_number]))
            else:
                future = self.discover.submit(request, source=self.opened.source, store_url=self.store)
                self.futures[future] = request

    def _store_next(self) -> list[Round]:
        """Store the next answer: one paid for already, else the first batch to finish. The loops
        its outcome closes."""
        if self.replays:
            request, result = self.replays.pop(0)
            get_run_logger().info("Run %s batch %d: replaying the answer already paid for", self.rid, request.batch_number)
            settled: Settled = (result, None, False)
        else:
            future = next(as_completed(list(self.futures)))
            request = self.futures.pop(future)
            settled, retry_after = _settle(future)
            self.wait_asked = max(self.wait_asked, retry_after)
        outcome = self._store(request, settled)
        return self.rounds.stored(request, outcome)

    def _store(self, request: BatchRequest, settled: Settled) -> BatchOutcome:
        """Check and store one batch; say in the log what it brought or why not."""
        logger, (result, error, is_fatal) = get_run_logger(), settled
        outcome = store_batch(self.store, request, _unwalked(result), error, bool(self.opened.summary.verify), self.owner)
        self.outcomes.append(outcome)
        if low_quality(outcome.accepted, outcome.returned):
            _warn_low_quality(self.rid, outcome)
        if outcome.could_not_search and not outcome.error:
            logger.warning(
                "Run %s batch %d: every search failed (%d; last: %s): its companies come from the model's memory",
                self.rid,
                request.batch_number,
                outcome.searches_failed,
                outcome.search_error,
            )
        if not outcome.returned and not outcome.error:  # say why a batch brought nothing
            notes = f" Its notes: {result.notes}" if result is not None and result.notes else ""
            logger.warning("Run %s batch %d: the agent returned no companies.%s", self.rid, request.batch_number, notes)
        if outcome.error:
            self.fatal = self.fatal or (outcome.error if is_fatal else None)
            if not is_fatal:  # a fatal reason is said once, when the run ends with it
                logger.warning("Run %s batch %d failed: %s", self.rid, request.batch_number, outcome.error)
        return outcome

    def _back_off(self, progress: RunSummary, loop: int) -> None:
        """A loop whose every batch failed: pause before the next batches start."""
        pause = min(
            MAX_LOOP_BACKOFF_SECONDS,
            max(self.wait_asked, settings.load().retry_backoff_seconds * 2 ** (progress.failed_loops - 1)),
        )
        self.wait_asked = 0.0
        get_run_logger().warning(
            "Run %s loop %d: every batch failed (%d loop(s) in a row); next batches in %.0f s",
            self.rid,
            loop,
            progress.failed_loops,
            pause,
        )
        time.sleep(pause)


def _unwalked(value: T) -> T:
    """`value` passed to a task as is: Prefect walks every parameter of a task call looking for
    futures and states to wait on (and to record as inputs), object by object; an answer's
    candidates, a loop's outcomes and the batches in flight hold none, and walking them cost
    tens of milliseconds a batch (issue 21)."""
    return cast(T, quote(value))  # unwrapped by Prefect before the task sees it


def _log_loop(progress: RunSummary, rnd: Round) -> None:
    """One line per closed loop: the seed's progress line, what the loop added, and where."""
    ready, target = progress.companies_ready, progress.target_quantity
    outcomes = rnd.stored()
    added = sum(o.accepted for o in outcomes)
    regions = ", ".join(f"{r.partition.label} +{o.accepted}" for r, o in zip(rnd.requests, outcomes, strict=True) if r.partition)
    get_run_logger().info(
        "%s - loop %d: %d batch(es), +%d, %d remaining%s",
        progress_line(ready, target, progress.pms, progress.state),
        rnd.loop,
        len(rnd.requests),
        added,
        max(0, target - ready),
        f" ({regions})" if regions else "",
    )


def _settle(future) -> tuple[Settled, float]:
    """(result, error, fatal) of one discover_batch future, and what its server asked to wait
    before the next request (Retry-After, else 0). A failed batch still reports what its
    attempts cost, as a result without candidates."""
    state = future.wait() or future.state
    if state.is_completed():
        return (future.result(), None, False), 0.0
    exc = future.result(raise_on_failure=False)
    if isinstance(exc, DiscoveryFailed):
        return (DiscoveryResult(candidates=[], usage=exc.usage), str(exc), not exc.transient), float(exc.retry_after or 0.0)
    return (None, str(exc) if isinstance(exc, BaseException) else (state.message or "failed"), False), 0.0


def _warn_low_quality(run_id: str, outcome: BatchOutcome) -> None:
    """Batch quality alert (the seed's future enhancement 3): a warning in the run's log and a
    `leadflow.batch.low-quality` event that a Prefect automation can turn into a notification."""
    reasons = ", ".join(f"{k}={v}" for k, v in sorted(outcome.rejected.items(), key=lambda kv: -kv[1]))
    get_run_logger().warning(
        "Run %s batch %d quality low: %d of %d candidates accepted (%s)",
        run_id,
        outcome.batch_number,
        outcome.accepted,
        outcome.returned,
        reasons,
    )
    emit_event(
        event="leadflow.batch.low-quality",
        resource={"prefect.resource.id": f"leadflow.run.{run_id}"},
        payload=outcome.model_dump(),
    )
