"""Batch planning and stop rules: every decision the loop makes, without Prefect."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from leadflow.domain.models import BatchOutcome, Partition
from leadflow.domain.options import MAX_BATCH_SIZE
from leadflow.domain.records import BatchRecord


def gap(target: int, companies_ready: int) -> int:
    """Companies still missing. Never negative."""
    return max(0, target - companies_ready)


def batch_targets(remaining: int, batch_size: int, parallel: int = 1) -> list[int]:
    """Sizes of the batches for one loop: up to `parallel` batches of at most `batch_size`,
    together no more than `remaining`. 25 remaining, size 10, parallel 3 -> [10, 10, 5]."""
    sizes: list[int] = []
    while remaining > 0 and len(sizes) < parallel:
        size = min(batch_size, remaining)
        sizes.append(size)
        remaining -= size
    return sizes


def adapt_batch_size(current: int, base: int, accepted: int, returned: int) -> int:
    """Adaptive batch sizing (the seed's future enhancement 1): grow by half while the agent
    delivers clean batches, halve when most of what it returns is rejected. Bounds: 3 up to
    3x the configured size (at most MAX_BATCH_SIZE)."""
    if returned == 0:
        return current  # an empty answer says nothing about quality; stall rules handle it
    quality = accepted / returned
    if quality >= 0.9:
        current = math.ceil(current * 1.5)
    elif quality < 0.5:
        current = current // 2
    return max(min(3, base), min(current, 3 * base, MAX_BATCH_SIZE))


def low_quality(accepted: int, returned: int) -> bool:
    """A batch worth a warning: at least 3 candidates and fewer than half of them usable."""
    return returned >= 3 and accepted / returned < 0.5


# --- where each batch searches: regions of the state ------------------------------------------

REGION_YIELD = 40  # companies one region is expected to give a run: bigger runs use more, smaller regions
# How many known domains a whole-state prompt lists at most; validation still rejects every duplicate.
MAX_PROMPT_EXCLUSIONS = 300
MAX_REGION_EXCLUSIONS = 60  # domains a region's prompt lists at most; the store rejects any other repeat


def region_count(target: int, parallel: int) -> int:
    """How many regions a run splits its state into: one per parallel batch at least, and
    enough that each region is expected to give at most REGION_YIELD companies, so a region's
    exclusion list (and every prompt) stays short however large the run. 1 = the whole state."""
    return max(parallel, math.ceil(target / REGION_YIELD))


def retired_regions(history: Iterable[BatchRecord]) -> set[str]:
    """Regions a batch of the run searched without finding a new company (an answer, not an
    error): the run does not ask them again."""
    return {b.region for b in history if b.region and not b.error and not b.accepted}


def partitions(
    regions: Sequence[Partition],
    count: int,
    history: Iterable[BatchRecord] = (),
    busy: Collection[str | None] = (),
) -> list[Partition | None]:
    """Where the next batches search: up to `count` regions still in play and not `busy` (a
    batch in flight searches it; None: the whole state), those asked least often first (then
    the most populous), so a sequential run rotates through them and parallel batches never
    share one. A batch for the whole state (None, with the run's exclusions) when no region is
    left, and in place of one region after a loop that brought nothing new: the run looks at
    the whole state before two quiet loops end it stalled; once a whole-state batch brought
    nothing, not again while regions are left. Nothing while the regions left are all busy:
    the slot waits for one rather than repeat a batch in flight."""
    history = list(history)
    retired = retired_regions(history)
    state_dry = any(b.region is None and not b.error and not b.accepted for b in history)
    asked = Counter(b.region for b in history)
    left = [r for r in regions if r.key not in retired]
    active = sorted((r for r in left if r.key not in busy), key=lambda r: (asked[r.key], r.index))
    if count < 1:
        return []
    whole: list[Partition | None] = [] if None in busy else [None]
    last = [b for b in history if b.loop == history[-1].loop] if history else []
    quiet = bool(last) and not any(b.accepted or b.error for b in last)
    if not left:
        return whole
    if quiet and any(b.region for b in last) and whole and not state_dry:  # dry regions, not a dry whole state
        return [*whole, *active[: count - 1]]
    return list(active[:count])


def places_in_play(
    regions: Sequence[Partition],
    seen: Sequence[tuple[str, str | None, str | None]],
    halves: Callable[[Partition], Sequence[Partition]],
    cap: int = MAX_REGION_EXCLUSIONS,
) -> list[Partition]:
    """The regions a run can still ask about. A region where the run has seen more companies
    than its prompt can exclude (`cap`) would only bring back the ones left off the list (a
    real agent names the most prominent first), so it gives way to its `halves` (metro, then
    city, then its towns), each with an exclusion list of its own; a single place past the cap
    is left out. When none is left the run searches the whole state (`partitions`)."""
    out: list[Partition] = []
    pending = list(regions)
    while pending:
        region = pending.pop(0)
        if len(region_exclusions(seen, region, cap + 1)) <= cap:
            out.append(region)
        else:  # the parent's place in the rotation: its halves inherit its index
            pending[:0] = [h.model_copy(update={"index": region.index}) for h in halves(region)]
    return out


def region_exclusions(
    seen: Iterable[tuple[str, str | None, str | None]],
    region: Partition,
    cap: int = MAX_REGION_EXCLUSIONS,
) -> list[str]:
    """The domains a region's prompt excludes: those the run has judged whose city is one of
    the region's places or that a batch of this region returned, first seen first (a real
    agent repeats the most prominent companies, which it found first), at most `cap`.
    `seen` is (domain, city, region key of its batch) in the order the run judged them."""
    out: dict[str, None] = {}
    for domain, city, key in seen:
        if domain and domain not in out and (key == region.key or region.contains(city)):
            out[domain] = None
            if len(out) >= cap:
                break
    return list(out)


# --- how many to ask for: a little more when some will be rejected ------------------------------

MIN_JUDGED = 5  # candidates judged before the run's rejection rate is trusted
MIN_ACCEPTANCE = 0.5  # over-ask at most 2x


def acceptance_rate(history: Iterable[BatchRecord]) -> float | None:
    """The share of what the run asked for that was accepted, as far as rejections (not short
    answers) decide it: per batch, the accepted out of the candidates it asked for and got
    back, min(requested, returned - over_target). over_target rejections say the list was
    full, not that the answer was bad; an agent that answers 10 good companies and 4 junk ones
    when asked for 10 loses nothing to rejections; one that answers 7 when asked for 10 is
    short, not rejected. None before MIN_JUDGED such candidates."""
    accepted = judged = 0
    for b in history:
        if not b.returned or b.error:
            continue
        over = (b.rejected_by_reason or {}).get("over_target", 0)
        base = min(b.requested or b.returned, b.returned - over)
        judged += base
        accepted += min(b.accepted or 0, base)
    return accepted / judged if judged >= MIN_JUDGED else None


def over_ask(sizes: list[int], gap: int, acceptance: float | None) -> list[int]:
    """Batch sizes for a loop that can close the gap, raised so that what is expected to be
    accepted still closes it: 10 missing with 80% accepted -> 13 asked, not a tail call for
    the last 2. Loops that cannot close the gap ask for full batches anyway; the validator
    rejects whatever lands over the target (over_target), so the store never holds more."""
    if acceptance is None or acceptance >= 1 or not sizes or sum(sizes) < gap:
        return sizes
    rate = max(acceptance, MIN_ACCEPTANCE)
    want = math.ceil(gap / rate)
    raised = [min(MAX_BATCH_SIZE, max(s, math.ceil(s / rate))) for s in sizes]
    while sum(raised) > want:  # the per-batch rounding up asked for a few too many
        i = max(range(len(raised)), key=lambda j: (raised[j] - sizes[j], -j))
        if raised[i] <= sizes[i]:
            break
        raised[i] -= 1
    return raised


def in_flight_yield(asked: Iterable[int], acceptance: float | None) -> int:
    """Companies the batches still in flight are expected to add (what they asked for, at the
    run's acceptance rate once it is known): the next batch plans the gap net of them, so a
    freed slot is not spent on companies another batch is about to bring."""
    rate = 1.0 if acceptance is None else max(0.0, min(1.0, acceptance))
    return math.floor(sum(asked) * rate)


@dataclass(frozen=True)
class StopDecision:
    status: str  # completed | partial | stalled | failed
    reason: str


def counts_as_quiet(outcomes: Sequence[BatchOutcome], region_of: Mapping[int, str | None]) -> bool:
    """Whether a finished loop counts toward the stall limit: it added nothing, not every
    batch failed (an outage says nothing about the source), and it searched the whole state
    (`region_of` a batch number: None). A loop whose answered batches all searched regions
    retired them (the next loop asks others), so a run with places left is not stalled by a
    few dry ones (issue 21)."""
    answered = [o for o in outcomes if not o.error]
    return (
        not any(o.accepted for o in outcomes) and bool(answered) and any(region_of.get(o.batch_number) is None for o in answered)
    )


def should_stop(
    *,
    target: int,
    companies_ready: int,
    loops_done: int,
    max_loops: int,
    loops_without_progress: int,
    stall_loops: int,
    failed_loops: int = 0,
    max_failed_loops: int = 3,
    last_error: str | None = None,
    fatal_error: str | None = None,
) -> StopDecision | None:
    """The one decision after every loop (and before the first): None means run another loop.

    Every input is a stored counter, so the decision is the same after a resume. Order
    matters: a met target wins over every limit; an error that no retry can fix, or
    `max_failed_loops` loops in a row whose every batch failed, ends the run failed before the
    stall and loop limits. One loop whose batches all failed transiently (a 429 storm, an
    outage) costs a loop, not the run.
    """
    if companies_ready >= target:
        return StopDecision("completed", f"target met: {companies_ready}/{target} companies")
    if fatal_error:
        return StopDecision("failed", f"discovery failed: {fatal_error}")
    if failed_loops >= max_failed_loops:
        why = f"; the last: {last_error}" if last_error else ""
        return StopDecision("failed", f"discovery failed: every batch of {failed_loops} loop(s) in a row failed{why}")
    if loops_without_progress >= stall_loops:
        return StopDecision(
            "stalled",
            f"{loops_without_progress} consecutive loop(s) added no new company "
            f"({companies_ready}/{target}); the source seems exhausted for these criteria",
        )
    if loops_done >= max_loops:
        return StopDecision("partial", f"max_loops={max_loops} reached with {companies_ready}/{target} companies")
    return None


def budget_stop(
    *,
    max_calls: int | None,
    max_cost: float | None,
    calls_spent: int,
    cost_spent: float | None,
    next_batches: int,
    cost_per_call: float | None,
) -> StopDecision | None:
    """The spend guard, asked between loops: stop (partial, reason 'budget') when the next
    loop's calls (at least one per batch) would pass a limit. Never mid-batch, never mid-write."""
    if max_calls is not None and calls_spent + next_batches > max_calls:
        return StopDecision(
            "partial", f"budget: max_calls={max_calls} would be passed by the next {next_batches} call(s) ({calls_spent} spent)"
        )
    if max_cost is not None and cost_spent is not None:
        projected = cost_spent + next_batches * (cost_per_call or 0.0)
        if projected > max_cost:
            return StopDecision(
                "partial",
                f"budget: max_cost=${max_cost:g} would be passed by the next loop "
                f"(${cost_spent:.4f} spent, about ${projected:.4f} after it)",
            )
    return None


def progress_line(companies_ready: int, target: int, pms: str, state: str) -> str:
    """The seed's heartbeat text, kept verbatim so dashboards and greps keep working."""
    return f"Lead discovery: {companies_ready}/{target} companies (PMS={pms}, State={state})"
