"""What to ask next: the batches to start in the slots that are free, planned from the store and
from the batches still in flight (their regions are busy, their batch numbers taken, what they
are expected to bring already counted against the gap), and the spend guard before them."""

from __future__ import annotations

from functools import partial

from leadflow.app.ledger import stored_answers
from leadflow.app.results import LoopPlan
from leadflow.app.spend import estimate, run_cost
from leadflow.discovery.regions import regions, subregions
from leadflow.domain.models import BatchRequest
from leadflow.domain.options import RunOptions
from leadflow.domain.planning import (
    MAX_PROMPT_EXCLUSIONS,
    StopDecision,
    acceptance_rate,
    adapt_batch_size,
    batch_targets,
    budget_stop,
    gap,
    in_flight_yield,
    over_ask,
    partitions,
    places_in_play,
    region_count,
    region_exclusions,
)
from leadflow.domain.records import BatchRecord, RunRecord
from leadflow.store.uow import UnitOfWork


def plan_batches(
    uow: UnitOfWork,
    run: RunRecord,
    in_flight: list[BatchRequest],
    loops: list[int],
    *,
    guard: bool = True,
    history: list[BatchRecord] | None = None,
) -> tuple[LoopPlan, StopDecision | None]:
    """The batches to start now, one per entry of `loops` at most (the loop each would join;
    none past `max_loops`); or, with `guard`, when the calls they make would pass `max_calls` /
    `max_cost`, no batch and that stop. Answers a crashed flow run paid for and never stored
    come first, alone (`_replays`): stored before anything new is asked, so new batches
    exclude what they brought. `history`: the run's stored batches, when the caller has read them."""
    history = uow.repo.batch_rows(run.run_id) if history is None else history
    loops = [n for n in loops if n <= run.max_loops]
    if not loops:
        return LoopPlan(requests=[]), None
    replays = _replays(uow, run, in_flight, loops)
    if replays.requests:
        return replays, None
    requests = _requests(uow, run, history, in_flight, loops)
    stop = spend_guard(uow, run, history, starting=len(requests), in_flight=len(in_flight)) if guard and requests else None
    if stop is not None:
        return LoopPlan(requests=[]), stop
    return LoopPlan(requests=requests), None


def _replays(uow: UnitOfWork, run: RunRecord, in_flight: list[BatchRequest], loops: list[int]) -> LoopPlan:
    """Paid answers of batches never stored, under their own batch numbers. What the batch was
    asked for is not kept with its answer: it is replayed as a whole-state batch."""
    flying = {r.batch_number for r in in_flight}
    numbers = [n for n in uow.repo.unstored_answers(run.run_id) if n not in flying][: len(loops)]
    if not numbers:
        return LoopPlan(requests=[])
    paid = stored_answers(uow, run.run_id, numbers)
    remaining = gap(run.target_quantity, run.companies_ready)
    requests = [
        BatchRequest(
            run_id=run.run_id,
            batch_number=number,
            loop=loop,
            criteria=run.criteria,
            companies_ready=run.companies_ready,
            remaining=remaining,
            batch_target=max(1, len(paid[number].candidates)),
        )
        for number, loop in zip(numbers, loops, strict=False)
    ]
    return LoopPlan(requests=requests, paid=paid)


def _requests(
    uow: UnitOfWork, run: RunRecord, history: list[BatchRecord], in_flight: list[BatchRequest], loops: list[int]
) -> list[BatchRequest]:
    """Sizes from the gap net of what the batches in flight should bring (a little more when the
    run's rejection rate says some will be rejected), regions not in flight, batch numbers,
    exclusions (the region's own, or the run's for a whole-state batch: both from what is
    stored so far), the agent's last notes."""
    ready, target = run.companies_ready, run.target_quantity
    acceptance = acceptance_rate(history)
    remaining = gap(target, ready)
    open_gap = max(0, remaining - in_flight_yield((r.batch_target for r in in_flight), acceptance))
    state_regions = regions(run.state, region_count(target, run.parallel))
    busy = {r.partition.key if r.partition else None for r in in_flight}
    seen = uow.repo.seen_places(run.run_id) if state_regions else []
    in_play = places_in_play(state_regions, seen, partial(subregions, run.state))
    parts = partitions(in_play, len(loops), history, busy)
    sizes = over_ask(batch_targets(open_gap, current_batch_size(run, history), len(parts)), open_gap, acceptance)
    numbers = _numbers(history, in_flight, len(sizes))
    run_wide = uow.repo.seen_domains(run.run_id)[:MAX_PROMPT_EXCLUSIONS] if None in parts[: len(sizes)] else []
    notes = next((b.notes for b in reversed(history) if b.notes), None)
    return [
        BatchRequest(
            run_id=run.run_id,
            batch_number=number,
            loop=loop,
            criteria=run.criteria,
            companies_ready=ready,
            remaining=remaining,
            batch_target=size,
            exclude_domains=run_wide if part is None else region_exclusions(seen, part),
            partition=part,
            previous_notes=notes,
        )
        for number, loop, size, part in zip(numbers, loops, sizes, parts, strict=False)
    ]


def _numbers(history: list[BatchRecord], in_flight: list[BatchRequest], count: int) -> list[int]:
    """Batch numbers for `count` new batches: after every batch stored or in flight."""
    top = max([b.number for b in history] + [r.batch_number for r in in_flight], default=0)
    return list(range(top + 1, top + count + 1))


def spend_guard(
    uow: UnitOfWork, run: RunRecord, history: list[BatchRecord], *, starting: int | None = None, in_flight: int = 0
) -> StopDecision | None:
    """The spend guard (`planning.budget_stop`) before batches start, from stored counters:
    `starting` batches (default: the next loop's) and those `in_flight`, at least one call each."""
    if run.max_calls is None and run.max_cost is None:
        return None
    if starting is None:
        remaining = gap(run.target_quantity, run.companies_ready)
        starting = len(batch_targets(remaining, current_batch_size(run, history), run.parallel))
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
        next_batches=starting + in_flight,
        cost_per_call=per_call,
    )


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
