"""The request ledger, as an attempt keeps it: one agent request's line, written through a store outage.

`leadflow.app.ledger` holds the protocol (`request_started` before a request is sent, then
`request_failed` or `answer_received`); `RequestBooks` opens a unit of work on the store URL for
each step, waits through an outage of up to LEADFLOW_STORE_OUTAGE_SECONDS, and says in the log it
is given (the task run's) when a settled line could not be written: the answer is still the
task's persisted result. Prefect-free, so the retry sweeps of tests/unit keep the same books.
"""

from __future__ import annotations

from collections.abc import Callable

from leadflow.app import ledger
from leadflow.app.attempts import Log
from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage
from leadflow.store import StoreUnavailable, UnitOfWork, outage


class RequestBooks:
    """This attempt's line in the lead store's request ledger (`app.ledger`), written through a
    store outage (none without a store URL: a directory source pays for nothing, and a bare call
    from a test keeps no books)."""

    def __init__(self, store_url: str | None, request: BatchRequest, log: Log) -> None:
        self.store_url, self.request, self.log = store_url, request, log
        self.entry: ledger.RequestEntry | None = None

    @property
    def made_before(self) -> int | None:
        """Requests the ledger had for the batch before this one (None: no books kept)."""
        return self.entry.made_before if self.entry else None

    def start(self, budget: int) -> bool:
        """Record the request about to be sent; False, and nothing recorded, when `budget`
        requests were made for the batch already. Waits through a store outage: nothing is sent
        that is not on the books."""
        if not self.store_url:
            return True
        url = self.store_url

        def record() -> ledger.RequestEntry:
            with UnitOfWork(url) as uow:
                return ledger.request_started(uow, self.request, budget)

        self.entry = outage.through_outage(record, what="the request ledger")
        return self.entry.booked

    def failed(self, usage: Usage) -> None:
        if self.entry is not None and (request_id := self.entry.id) is not None:
            self._settle(lambda uow: ledger.request_failed(uow, request_id, usage), "the failed request")

    def answered(self, result: DiscoveryResult) -> None:
        """Keep the paid answer in the store. If the store stays down past the outage limit the
        answer is still returned: Prefect persists it under the batch's cache key, so the resumed
        run replays it from there instead of paying again (its request stays counted, unsettled)."""
        if self.entry is not None and (request_id := self.entry.id) is not None:
            self._settle(lambda uow: ledger.answer_received(uow, request_id, self.request, result), "the answer")

    def _settle(self, write: Callable[[UnitOfWork], None], what: str) -> None:
        def work() -> None:
            with UnitOfWork(self.store_url) as uow:
                write(uow)

        try:
            outage.through_outage(work, what=what)
        except StoreUnavailable as exc:
            self.log.warning(
                "Batch %d: lead store: %s; %s is kept in Prefect's result of this task and "
                "replayed when the run resumes (nothing is paid twice)",
                self.request.batch_number,
                outage.describe(exc),
                what,
            )
