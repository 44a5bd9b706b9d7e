"""A batch's request budget and what a failed agent request leads to: pure decisions, no I/O.

**The budget.** A batch makes at most `Budget.allowed` requests to the agent, first attempt and
retries together: `LEADFLOW_MAX_REQUESTS_PER_BATCH` (default 4) or the Prefect task's retries + 1,
the smaller. Every request counts, failed ones included, on every machine (the lead store's
request ledger counts them across processes; without a store, the process does).

**What a failure leads to** (`next_attempt`), by its kind (`Kind`, from the discoverer's
classification), checked in this order:

1. rejected (quota exhausted, 400, 401, 403, 404, 422): stop; no retry helps, the run fails.
2. the budget is spent: stop, whatever the kind.
3. deterministic (schema mismatch, truncation, refusal, content filter), a second time: stop;
   the smaller batch failed the same way, a third try at the same thing is not worth paying.
4. deterministic, the first time: retry once, asking for half the batch (at least 1).
5. transient (timeouts, connection errors, 5xx, 408, 409, a plain 429): retry the same request,
   at the size the batch asks for now (a smaller size, once chosen, sticks).

A retry honours the server's `Retry-After` (read by the discoverer: `retry-after-ms`, or
`retry-after` in seconds or as an HTTP date, at most 120 s): the next request starts no sooner
than it asked (`Spent.not_before`, `wait_before`), whatever the orchestrator's backoff waited.
What the failed attempts spent (`Spent`) is carried to the next attempt; `history` says how a
batch that stops got there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from leadflow.domain.models import Usage


class Kind(StrEnum):
    """The kind of a failed request: what another attempt is worth."""

    REJECTED = "rejected"  # the request itself is refused: never retried
    TRANSIENT = "transient"  # the server or the network had a bad moment: retried within the budget
    DETERMINISTIC = "deterministic"  # the same request would get the same unusable answer: once, smaller


def kind_of(*, transient: bool, deterministic: bool) -> Kind:
    """The kind from a discoverer's flags (`DiscoveryFailed.transient`, `.deterministic`): a
    failure that is not transient is rejected, whatever else it says."""
    if not transient:
        return Kind.REJECTED
    return Kind.DETERMINISTIC if deterministic else Kind.TRANSIENT


@dataclass(frozen=True)
class Failure:
    """One failed request: its kind, and the seconds the server asked to wait before the next
    one (its `Retry-After`; None when it did not say)."""

    kind: Kind
    retry_after: float | None = None


@dataclass(frozen=True)
class Budget:
    """How many requests one batch may make: `per_batch` (LEADFLOW_MAX_REQUESTS_PER_BATCH) and
    `attempts`, what the orchestrator gives the task (Prefect's retries + 1; 1 outside a task
    run), the smaller of the two."""

    per_batch: int
    attempts: int = 1

    @property
    def allowed(self) -> int:
        return min(self.per_batch, self.attempts)

    def spent_by(self, made: int) -> bool:
        """Whether `made` requests leave none for the batch."""
        return made >= self.allowed


def retries_for(per_batch: int) -> int:
    """The orchestrator's retries that let a batch spend its budget: every request but the first."""
    return per_batch - 1


@dataclass(frozen=True)
class Spent:
    """What the failed attempts of one batch leave for its next attempt."""

    attempts: int = 0  # requests made so far (the ledger, when there is one, counts every process's)
    usage: Usage = field(default_factory=Usage)  # what they cost, summed
    shrunk_to: int | None = None  # the smaller batch asked for after a deterministic failure
    not_before: float = 0.0  # the clock (monotonic) before which the next request must not start


def batch_target(spent: Spent, requested: int) -> int:
    """How many companies the next request asks for: the smaller size once one was chosen."""
    return requested if spent.shrunk_to is None else spent.shrunk_to


def wait_before(spent: Spent, now: float) -> float:
    """Seconds the next request still has to wait for the server's Retry-After (0: none), at
    clock `now`, whatever time already passed (the orchestrator's backoff) counted."""
    return max(0.0, spent.not_before - now)


def requests_made(spent: Spent, booked_before: int | None, sent: bool) -> int:
    """Requests made for the batch once this attempt is over: those the ledger had booked before
    it (None: no ledger, this process's own count stands), plus this one if it was sent."""
    before = spent.attempts if booked_before is None else booked_before
    return before + (1 if sent else 0)


class Why(StrEnum):
    """Why a failed batch is retried or stops."""

    REJECTED = "rejected"  # stop: no retry helps
    BUDGET_SPENT = "budget spent"  # stop: no request left
    FAILED_SMALLER = "failed smaller too"  # stop: the second deterministic failure
    SMALLER = "retry smaller"  # retry once with half the batch
    AGAIN = "retry"  # retry the same request (a transient failure)


@dataclass(frozen=True)
class Decision:
    """What follows a failed request: another attempt starting from `next`, or none."""

    why: Why
    next: Spent | None = None

    @property
    def retry(self) -> bool:
        return self.next is not None


def next_attempt(failure: Failure, *, spent: Spent, asked: int, made: int, budget: Budget, usage: Usage, now: float) -> Decision:
    """Whether a failed request is tried again, and from what (see the module docstring for the
    order). `spent`: what earlier attempts left; `asked`: the size this request asked for;
    `made`: requests made for the batch, this one included; `usage`: what every attempt cost,
    this one included; `now`: the clock `Spent.not_before` is on."""
    if failure.kind is Kind.REJECTED:
        return Decision(Why.REJECTED)
    if budget.spent_by(made):
        return Decision(Why.BUDGET_SPENT)
    why, shrunk_to = Why.AGAIN, spent.shrunk_to
    if failure.kind is Kind.DETERMINISTIC:
        if shrunk_to is not None:
            return Decision(Why.FAILED_SMALLER)
        why, shrunk_to = Why.SMALLER, max(1, asked // 2)
    not_before = now + failure.retry_after if failure.retry_after else 0.0
    return Decision(why, Spent(attempts=made, usage=usage, shrunk_to=shrunk_to, not_before=not_before))


def history(kind: Kind, *, made: int, asked: int, requested: int, per_batch: int) -> str:
    """How a batch that stops got there, for its stored error and the run's reason: the requests
    made, whether it was retried smaller (`asked` against the `requested` size), and whether that
    spent the configured budget (`per_batch`)."""
    said = f"{made} request{'s' if made != 1 else ''}"
    if kind is Kind.REJECTED:
        return f"not retried; {said}"
    if asked != requested:
        said += f"; retried with {asked} companies instead of {requested}"
    return said + (f", the budget of {per_batch} per batch" if made >= per_batch else "")
