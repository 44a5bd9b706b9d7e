"""The agent's requests and answers: each request recorded before it is sent, each answer kept before
it is validated, so a worker that dies never makes the run pay twice or lose a paid answer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from leadflow import failpoints
from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage
from leadflow.store.uow import UnitOfWork

if TYPE_CHECKING:  # the live checks and the judging load with the first batch, not with `leadflow status`
    pass


def request_started(uow: UnitOfWork, request: BatchRequest, budget: int) -> tuple[int | None, int]:
    """Record an agent request before it is sent, committed, so a worker that dies while it is
    in flight leaves it counted. Returns (its id, requests already made for the batch); the id
    is None, and nothing is recorded, when those already spent the batch's `budget` (it holds
    across resumes and machines)."""
    made = uow.repo.request_count(request.run_id, request.batch_number)
    if made >= budget:
        return None, made
    request_id = uow.repo.start_request(request.run_id, request.batch_number)
    uow.commit()
    return request_id, made


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
