"""The agent's requests and answers: each request recorded before it is sent, each answer kept before
it is validated, so a worker that dies never makes the run pay twice or lose a paid answer."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from leadflow import failpoints
from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage
from leadflow.store.uow import UnitOfWork


@dataclass(frozen=True)
class RequestEntry:
    """An agent request's line in the ledger, as `request_started` wrote it, or refused to.

    The protocol: `request_started` before the request is sent; then, for a booked entry, exactly
    one of `request_failed` or `answer_received` with its `id`. A refused entry (`id` None) was
    not written: the batch's budget was spent, the request must not be sent."""

    id: int | None  # the ledger row; None: refused, nothing recorded
    made_before: int  # requests already made for the batch, on any machine, before this one

    @property
    def booked(self) -> bool:
        return self.id is not None


def request_started(uow: UnitOfWork, request: BatchRequest, budget: int) -> RequestEntry:
    """Record an agent request before it is sent, committed, so a worker that dies while it is
    in flight leaves it counted; refused, and nothing recorded, when the requests already made
    for the batch spent its `budget` (it holds across resumes and machines)."""
    made = uow.repo.request_count(request.run_id, request.batch_number)
    if made >= budget:
        return RequestEntry(None, made)
    request_id = uow.repo.start_request(request.run_id, request.batch_number)
    uow.commit()
    return RequestEntry(request_id, made)


def request_failed(uow: UnitOfWork, request_id: int, usage: Usage) -> None:
    uow.repo.finish_request(request_id, "failed", usage.model_dump())
    uow.commit()


def answer_received(uow: UnitOfWork, request_id: int, request: BatchRequest, result: DiscoveryResult) -> None:
    """Settle the request and keep the answer in one transaction, before validation."""
    uow.repo.finish_request(request_id, "answered", result.usage.model_dump())
    uow.repo.save_answer(request.run_id, request.batch_number, result.model_dump(mode="json"))
    uow.commit()
    failpoints.hit("answer-saved")


def stored_answers(uow: UnitOfWork, run_id: str, numbers: Iterable[int]) -> dict[int, DiscoveryResult]:
    """Answers already paid for, by batch number (a resumed loop replays them)."""
    return {n: DiscoveryResult.model_validate(r) for n, r in uow.repo.answers(run_id, numbers).items()}
