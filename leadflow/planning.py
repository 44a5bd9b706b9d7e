"""Batch planning and stop rules: every decision the loop makes, without Prefect."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from leadflow.models import Partition
from leadflow.options import MAX_BATCH_SIZE


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


def partitions(count: int) -> list[Partition | None]:
    """Split A-Z into `count` contiguous letter ranges; a single batch searches everything."""
    if count <= 1:
        return [None] * count
    letters = string.ascii_uppercase
    bounds = [round(i * len(letters) / count) for i in range(count + 1)]
    return [
        Partition(index=i, count=count, first_letter=letters[bounds[i]], last_letter=letters[bounds[i + 1] - 1])
        for i in range(count)
    ]


@dataclass(frozen=True)
class StopDecision:
    status: str  # completed | partial | stalled | failed
    reason: str


def should_stop(
    *, target: int, companies_ready: int, loops_done: int, max_loops: int,
    loops_without_progress: int, stall_loops: int, batches_failed: int = 0, batches_run: int = 0,
    last_error: str | None = None, fatal_error: str | None = None,
) -> StopDecision | None:
    """The one decision after every loop (and before the first): None means run another loop.

    Every input is a stored counter, so the decision is the same after a resume. Order
    matters: a met target wins over every limit; a loop whose every batch failed (or an
    error that no retry can fix) ends the run failed before the stall and loop limits.
    """
    if companies_ready >= target:
        return StopDecision("completed", f"target met: {companies_ready}/{target} companies")
    if fatal_error:
        return StopDecision("failed", f"discovery failed: {fatal_error}")
    if batches_run and batches_failed >= batches_run:
        why = last_error or f"all {batches_run} batch(es) of the loop failed"
        return StopDecision("failed", f"discovery failed: {why}")
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
    *, max_calls: int | None, max_cost: float | None, calls_spent: int, cost_spent: float | None,
    next_batches: int, cost_per_call: float | None,
) -> StopDecision | None:
    """The spend guard, asked between loops: stop (partial, reason 'budget') when the next
    loop's calls (at least one per batch) would pass a limit. Never mid-batch, never mid-write."""
    if max_calls is not None and calls_spent + next_batches > max_calls:
        return StopDecision("partial", f"budget: max_calls={max_calls} would be passed by the next "
                                       f"{next_batches} call(s) ({calls_spent} spent)")
    if max_cost is not None and cost_spent is not None:
        projected = cost_spent + next_batches * (cost_per_call or 0.0)
        if projected > max_cost:
            return StopDecision("partial", f"budget: max_cost=${max_cost:g} would be passed by the next loop "
                                           f"(${cost_spent:.4f} spent, about ${projected:.4f} after it)")
    return None


def progress_line(companies_ready: int, target: int, pms: str, state: str) -> str:
    """The seed's heartbeat text, kept verbatim so dashboards and greps keep working."""
    return f"Lead discovery: {companies_ready}/{target} companies (PMS={pms}, State={state})"
