"""One agent request of a batch, within the batch's paid-request budget: the retry policy
(`domain/retry.py`) applied around the discoverer's request and the request's line in the ledger
(`Books`: `app/ledger.py`'s protocol).

Whoever runs the attempts decides when the next one starts: `tasks/discover.py` runs each as a
Prefect task run (Prefect's retries, with their backoff, are the next attempts); a test may run
them in a plain loop. Either way another attempt follows only when the raised `DiscoveryFailed`
says `retry`, and what the failed attempts left (cost, the smaller size, the server's
Retry-After deadline) waits for it in `pending`, per (lead run, batch): empty once a batch is
settled.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, MutableMapping
from contextlib import AbstractContextManager, nullcontext
from typing import Any, Protocol

from leadflow.discovery import Discoverer, DiscoveryFailed
from leadflow.domain import retry
from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage

SPENT_ELSEWHERE = "not asked again: a worker that stopped before storing the batch spent its request budget"

Pending = MutableMapping[tuple[str, int], retry.Spent]
Log = logging.Logger | logging.LoggerAdapter[Any]


class Books(Protocol):
    """An attempt's line in the request ledger (`app/books.RequestBooks` keeps it through a
    store outage): `start` before the request is sent, then `failed` or `answered`."""

    @property
    def made_before(self) -> int | None:
        """Requests the ledger had for the batch before this one (None: no books kept)."""
        ...

    def start(self, budget: int) -> bool: ...

    def failed(self, usage: Usage) -> None: ...

    def answered(self, result: DiscoveryResult) -> None: ...


def attempt(
    discoverer: Discoverer,
    request: BatchRequest,
    books: Books,
    *,
    budget: retry.Budget,
    pending: Pending,
    log: Log,
    slot: Callable[[], AbstractContextManager[Any]] = nullcontext,
) -> DiscoveryResult:
    """One agent request for `request`'s batch, booked before it is sent (within `slot`: the
    shared rate limit), after whatever the server's Retry-After still asks to wait. Its answer,
    with every attempt's usage summed; or `DiscoveryFailed`, its `retry` saying whether another
    attempt follows (what it starts from is then in `pending`), and when none does, its message
    saying how the batch got there."""
    spent = pending.pop((request.run_id, request.batch_number), None) or retry.Spent()
    _wait_for_server(spent, request.batch_number, log)
    size = retry.batch_target(spent, request.batch_target)
    asked = request if size == request.batch_target else request.model_copy(update={"batch_target": size})
    sent = False  # whether this attempt made a request
    try:
        with slot():
            if not books.start(budget.allowed):  # an earlier worker spent the budget, then stopped
                raise DiscoveryFailed(SPENT_ELSEWHERE, transient=True)  # as if its attempts had failed here
            sent = True
            result = discoverer.discover(asked)
    except DiscoveryFailed as exc:
        books.failed(exc.usage)
        made = retry.requests_made(spent, books.made_before, sent)
        _after_failure(exc, spent, budget, made, asked, request, pending, log)
        raise
    books.answered(result)
    result.usage = spent.usage + result.usage
    return result


def _wait_for_server(spent: retry.Spent, batch_number: int, log: Log) -> None:
    wait = retry.wait_before(spent, time.monotonic())
    if wait > 0:  # the server's Retry-After outlasted the orchestrator's backoff
        log.info("Batch %d: waiting %.1f s more, as the agent server asked (Retry-After)", batch_number, wait)
        time.sleep(wait)


def _after_failure(
    exc: DiscoveryFailed,
    spent: retry.Spent,
    budget: retry.Budget,
    made: int,
    asked: BatchRequest,
    request: BatchRequest,
    pending: Pending,
    log: Log,
) -> None:
    """Apply the policy to a failed request (`made` requests made for the batch so far, on any
    machine): `exc` sums every attempt's cost and says whether another attempt follows; that
    attempt's start is kept in `pending`, or, when there is none, `exc` says how the batch got here."""
    exc.usage = spent.usage + exc.usage
    failure = retry.Failure(retry.kind_of(transient=exc.transient, deterministic=exc.deterministic), exc.retry_after)
    decision = retry.next_attempt(
        failure, spent=spent, asked=asked.batch_target, made=made, budget=budget, usage=exc.usage, now=time.monotonic()
    )
    exc.retry = decision.retry
    if decision.next is None:
        said = retry.history(
            failure.kind, made=made, asked=asked.batch_target, requested=request.batch_target, per_batch=budget.per_batch
        )
        exc.args = (f"{exc} ({said})",)
        return
    if decision.why is retry.Why.SMALLER:
        log.warning(
            "Batch %d: %s; asking once more for %d companies instead of %d",
            asked.batch_number,
            exc,
            decision.next.shrunk_to,
            asked.batch_target,
        )
    pending[(request.run_id, request.batch_number)] = decision.next
