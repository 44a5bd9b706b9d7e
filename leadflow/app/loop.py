"""The loop: decide whether a run goes on (from stored counters), plan the next loop's batches, count a
finished loop. Every decision survives a resume because it is made from what the store holds."""

from __future__ import annotations

from functools import partial

from leadflow import failpoints, settings
from leadflow.app.lease import fence
from leadflow.app.ledger import stored_answers
from leadflow.app.reading import get_run, summary
from leadflow.app.results import LoopClosed, LoopPlan
from leadflow.app.spend import estimate, run_cost
from leadflow.discovery.regions import regions, subregions
from leadflow.domain.errors import RunNotFound
from leadflow.domain.models import BatchOutcome, BatchRequest, RunSummary
from leadflow.domain.options import RunOptions
from leadflow.domain.planning import (
    MAX_PROMPT_EXCLUSIONS,
    StopDecision,
    acceptance_rate,
    adapt_batch_size,
    batch_targets,
    budget_stop,
    counts_as_quiet,
    gap,
    over_ask,
    partitions,
    places_in_play,
    region_count,
    region_exclusions,
    should_stop,
)
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


def _count_loop(
    uow: UnitOfWork,
    run_id: str,
    outcomes: list[BatchOutcome],
    fatal_error: str | None,
    owner: str | None,
) -> RunSummary:
    """Count a finished loop (loops and the stall counter are stored, so they survive a
    resume; a loop that crashed before this is not counted) and decide what comes next."""
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    run = get_run(uow, run_id)
    fence(uow, run, owner)
    failed = [o.error for o in outcomes if o.error]
    loops = run.loops + 1
    all_failed = bool(outcomes) and len(failed) == len(outcomes)
    failed_loops = run.failed_loops + 1 if all_failed else 0
    # a loop whose batches all failed says nothing about the source running dry: it counts
    # against max_loops and the failed-loop limit, not the stall limit; nor does a loop of
    # dry regions while others are left (counts_as_quiet)
    numbers = {o.batch_number for o in outcomes}
    region_of = {b.number: b.region for b in uow.repo.batch_rows(run_id) if b.number in numbers}
    quiet = 0 if any(o.accepted for o in outcomes) else run.quiet_loops + counts_as_quiet(outcomes, region_of)
    uow.repo.update_run(run_id, loops=loops, quiet_loops=quiet, failed_loops=failed_loops)
    return _decide(
        uow,
        run.model_copy(update={"loops": loops}),
        should_stop(
            target=run.target_quantity,
            companies_ready=run.companies_ready,
            loops_done=loops,
            max_loops=run.max_loops,
            loops_without_progress=quiet,
            stall_loops=run.stall_loops,
            failed_loops=failed_loops,
            max_failed_loops=settings.load().failed_loops,
            last_error=failed[-1] if failed else None,
            fatal_error=fatal_error,
        ),
    )


def close_loop(
    uow: UnitOfWork,
    run_id: str,
    outcomes: list[BatchOutcome],
    fatal_error: str | None = None,
    owner: str | None = None,
) -> LoopClosed:
    """Count a finished loop and decide whether the run goes on; if it does, plan the next loop
    (one unit of work between two loops)."""
    progress = _count_loop(uow, run_id, outcomes, fatal_error, owner)
    return LoopClosed(progress=progress, next=None if progress.is_final else plan_loop(uow, run_id, owner))


def plan_loop(uow: UnitOfWork, run_id: str, owner: str | None = None) -> LoopPlan:
    """The next loop's batches (`_batches`) and the answers of those already paid for (a
    crashed loop's, replayed instead of asked again). Reads only; refuses a flow run that lost
    the lease."""
    requests = _batches(uow, run_id, owner)
    return LoopPlan(requests=requests, paid=stored_answers(uow, run_id, [r.batch_number for r in requests]))


def _decide(uow: UnitOfWork, run: RunRecord, stop: StopDecision | None) -> RunSummary:
    stop = stop or _budget_stop(uow, run)
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


def _budget_stop(uow: UnitOfWork, run: RunRecord) -> StopDecision | None:
    """The spend guard before the next loop (`planning.budget_stop`), from stored counters."""
    if run.max_calls is None and run.max_cost is None:
        return None
    next_batches = len(
        batch_targets(
            gap(run.target_quantity, run.companies_ready), current_batch_size(run, uow.repo.batch_rows(run.run_id)), run.parallel
        )
    )
    cost = run_cost(run)
    per_call = (cost / run.llm_calls) if cost and run.llm_calls else None
    if per_call is None and run.max_cost is not None:  # nothing spent yet: the estimate's price of a call
        guess = estimate(uow, run.criteria, RunOptions(batch_size=run.batch_size))
        per_call = (guess.cost_usd or 0.0) / guess.calls
    return budget_stop(
        max_calls=run.max_calls,
        max_cost=run.max_cost,
        calls_spent=run.llm_calls,
        cost_spent=cost,
        next_batches=next_batches,
        cost_per_call=per_call,
    )


def _batches(uow: UnitOfWork, run_id: str, owner: str | None) -> list[BatchRequest]:
    """The batches of the next loop: sizes from the gap (a little more when the run's rejection
    rate says some will be rejected), the regions they search, batch numbers, exclusions (the
    region's own, or the run's for a whole-state batch), the agent's last notes."""
    run = get_run(uow, run_id)
    fence(uow, run, owner)
    ready, target = run.companies_ready, run.target_quantity
    remaining = gap(target, ready)
    history = uow.repo.batch_rows(run_id)
    state_regions = regions(run.state, region_count(target, run.parallel))
    seen = uow.repo.seen_places(run_id) if state_regions else []
    in_play = places_in_play(state_regions, seen, partial(subregions, run.state))
    parts = partitions(in_play, run.parallel, history)
    sizes = batch_targets(remaining, current_batch_size(run, history), len(parts))
    sizes = over_ask(sizes, remaining, acceptance_rate(history))
    first = history[-1].number + 1 if history else 1
    run_wide = uow.repo.seen_domains(run_id)[:MAX_PROMPT_EXCLUSIONS] if None in parts[: len(sizes)] else []
    criteria = run.criteria
    notes = next((b.notes for b in reversed(history) if b.notes), None)
    loop = run.loops + 1
    return [
        BatchRequest(
            run_id=run_id,
            batch_number=first + i,
            loop=loop,
            criteria=criteria,
            companies_ready=ready,
            remaining=remaining,
            batch_target=size,
            exclude_domains=run_wide if part is None else region_exclusions(seen, part),
            partition=part,
            previous_notes=notes,
        )
        for i, (size, part) in enumerate(zip(sizes, parts, strict=False))
    ]


def current_batch_size(run: RunRecord, history: list[BatchRecord]) -> int:
    """The configured size, or with adaptive sizing, the size the run's history leads to
    (replayed loop by loop, so it needs no state of its own and survives resumes)."""
    base = size = run.batch_size
    if not run.adaptive:
        return base
    loops: dict[int, list[BatchRecord]] = {}
    for b in history:
        loops.setdefault(b.loop, []).append(b)
    for batches in loops.values():
        size = adapt_batch_size(size, base, sum(b.accepted for b in batches), sum(b.returned for b in batches))
    return size
