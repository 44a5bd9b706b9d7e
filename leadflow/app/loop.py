"""The loop: decide whether a run goes on (from stored counters), plan the next batches, count a
finished loop. Every decision survives a resume because it is made from what the store holds.

Batches are pipelined (`domain/rounds.py` says what a loop is then): after every stored batch
the flow takes one `step`, which counts the loops that batch closed, asks the stop rules, and
plans batches for the slots that are free (`planner.plan_batches`). A stop decided while
batches are still in flight is written only once they are stored: their answers are paid for."""

from __future__ import annotations

from leadflow import failpoints, settings
from leadflow.app.lease import fence
from leadflow.app.planner import plan_batches, spend_guard
from leadflow.app.reading import get_run, summary
from leadflow.app.results import LoopPlan, Step
from leadflow.domain.errors import RunNotFound
from leadflow.domain.models import BatchOutcome, BatchRequest, RunSummary
from leadflow.domain.planning import StopDecision, counts_as_quiet, should_stop
from leadflow.domain.records import BatchRecord, RunRecord
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork


def check_progress(uow: UnitOfWork, run_id: str) -> RunSummary:
    """Before the first loop: a run whose target is already met (or whose limits are spent)
    ends here without calling the agent (the seed's early exit)."""
    run = get_run(uow, run_id)
    return _decide(
        uow,
        run,
        should_stop(
            target=run.target_quantity,
            companies_ready=run.companies_ready,
            loops_done=run.loops,
            max_loops=run.max_loops,
            loops_without_progress=run.quiet_loops,
            stall_loops=run.stall_loops,
        ),
    )


def _count(
    uow: UnitOfWork, run: RunRecord, outcomes: list[BatchOutcome], history: list[BatchRecord] | None = None
) -> tuple[RunRecord, str | None]:
    """Count a finished loop (loops and the stall counter are stored, so they survive a
    resume; a loop that crashed before this is not counted): the run as counted, and the
    loop's last batch error. `history`: the run's stored batches, when the caller has read them."""
    failed = [o.error for o in outcomes if o.error]
    loops = run.loops + 1
    all_failed = bool(outcomes) and len(failed) == len(outcomes)
    failed_loops = run.failed_loops + 1 if all_failed else 0
    # a loop whose batches all failed says nothing about the source running dry: it counts
    # against max_loops and the failed-loop limit, not the stall limit; nor does a loop of
    # dry regions while others are left (counts_as_quiet)
    numbers = {o.batch_number for o in outcomes}
    stored = uow.repo.batch_rows(run.run_id) if history is None else history
    region_of = {b.number: b.region for b in stored if b.number in numbers}
    quiet = 0 if any(o.accepted for o in outcomes) else run.quiet_loops + counts_as_quiet(outcomes, region_of)
    uow.repo.update_run(run.run_id, loops=loops, quiet_loops=quiet, failed_loops=failed_loops)
    return run.model_copy(update={"loops": loops, "quiet_loops": quiet, "failed_loops": failed_loops}), (
        failed[-1] if failed else None
    )


def _rules(run: RunRecord, last_error: str | None, fatal_error: str | None) -> StopDecision | None:
    """The stop rules after a counted loop, from the run's stored counters."""
    return should_stop(
        target=run.target_quantity,
        companies_ready=run.companies_ready,
        loops_done=run.loops,
        max_loops=run.max_loops,
        loops_without_progress=run.quiet_loops,
        stall_loops=run.stall_loops,
        failed_loops=run.failed_loops,
        max_failed_loops=settings.load().failed_loops,
        last_error=last_error,
        fatal_error=fatal_error,
    )


def _locked(uow: UnitOfWork, run_id: str, owner: str | None) -> RunRecord:
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    run = get_run(uow, run_id)
    fence(uow, run, owner)
    return run


def step(
    uow: UnitOfWork,
    run_id: str,
    *,
    closing: list[list[BatchOutcome]],
    in_flight: list[BatchRequest],
    loops: list[int],
    fatal_error: str | None = None,
    owner: str | None = None,
) -> Step:
    """After a stored batch: count the loops it closed (`closing`, oldest first), ask the stop
    rules when one closed, and plan a batch for each of `loops` (the loop each free slot's batch
    would join; none while stopping). A stop, or a spend guard that refuses the next batches,
    is written only when nothing is `in_flight`; until then the step says `stopping` and the
    flow starts nothing more. One unit of work; the run's batches are read once."""
    run, stop, last_error = _locked(uow, run_id, owner), None, None
    history = uow.repo.batch_rows(run_id) if closing or loops else []  # counting writes the run, not its batches
    for outcomes in closing:
        run, error = _count(uow, run, outcomes, history)
        last_error = error or last_error
    if closing or fatal_error:
        stop = _rules(run, last_error, fatal_error)
    plan = LoopPlan(requests=[])
    if stop is None and loops:
        plan, stop = plan_batches(uow, run, in_flight, loops, history=history)
        if stop is None and not plan.requests and not in_flight:  # a drained pool with nothing to ask
            stop = _rules(run, last_error, fatal_error) or StopDecision("stalled", "no batch left to plan")
    if stop is not None and not in_flight:
        return Step(progress=_decide(uow, run, stop))
    uow.commit()
    return Step(progress=summary(uow, run_id), plan=plan, stopping=stop is not None)


def plan_loop(uow: UnitOfWork, run_id: str, owner: str | None = None) -> LoopPlan:
    """The next loop's batches, nothing in flight (`planner.plan_batches`), and the answers of
    those already paid for (a crashed loop's, replayed instead of asked again). Reads only;
    refuses a flow run that lost the lease."""
    run = get_run(uow, run_id)
    fence(uow, run, owner)
    plan, _ = plan_batches(uow, run, [], [run.loops + 1] * run.parallel, guard=False)
    return plan


def _decide(uow: UnitOfWork, run: RunRecord, stop: StopDecision | None) -> RunSummary:
    stop = stop or spend_guard(uow, run, uow.repo.batch_rows(run.run_id))
    if stop is not None and stop.status in ("stalled", "partial"):  # say what no retry of ours can fix
        walled = uow.repo.rejection_counts(run.run_id).get("unverifiable", 0)
        if walled:
            from leadflow.domain.evidence import unverifiable_note

            stop = StopDecision(stop.status, f"{stop.reason}; {unverifiable_note(run.pms, walled)}")
    if (
        stop is not None and run.searches_failed and not run.searches and ("could not search" not in stop.reason)
    ):  # it found companies, but never by searching
        stop = StopDecision(
            stop.status,
            f"{stop.reason}; the agent could not search ({run.searches_failed} "
            f"search(es) failed, the last: {run.search_error}): its companies came "
            "from the model's memory",
        )
    if stop is not None and (run.status, run.status_reason) != (stop.status, stop.reason):  # a final run holds no lease
        uow.repo.update_run(run.run_id, status=stop.status, status_reason=stop.reason, finished_at=now(), lease_expires_at=None)
        failpoints.hit("finishing")
    uow.commit()
    return summary(uow, run.run_id)
