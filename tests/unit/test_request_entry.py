"""The request ledger's protocol (`app/ledger.py`) on a real SQLite store, without Prefect: every
request booked before it is sent as a `RequestEntry`, refused once the batch's budget is spent,
then settled once by its id (failed, or answered with the answer kept)."""

from __future__ import annotations

import dataclasses

import pytest

from leadflow.app import ledger, reading
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.domain.models import BatchRequest, Candidate, DiscoveryResult, RunRequest, Usage
from leadflow.store import UnitOfWork


@pytest.fixture
def store(migrated_sqlite_url, monkeypatch):
    from leadflow.store.engine import dispose_all

    url = migrated_sqlite_url
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()


@pytest.fixture
def request_(store) -> BatchRequest:
    with UnitOfWork(store) as uow:
        run_id = run_service.open_run(uow, RunRequest.parse(source="sample", pms="Buildium", state="TX", quantity=2)).run_id
    with UnitOfWork(store) as uow:
        [request] = loop_service.plan_loop(uow, run_id).requests
    return request


def start(store: str, request: BatchRequest, budget: int = 4) -> ledger.RequestEntry:
    with UnitOfWork(store) as uow:
        return ledger.request_started(uow, request, budget)


def calls(store: str, run_id: str) -> tuple[int, int]:
    """(requests on the books, of which unsettled) for the run."""
    with UnitOfWork(store) as uow:
        s = reading.summary(uow, run_id)
    return s.llm_calls, s.unfinished_calls


def test_a_request_is_booked_before_it_is_sent_and_counts_the_ones_before_it(store, request_):
    first, second = start(store, request_), start(store, request_)
    assert first.booked and second.booked and first.id != second.id
    assert (first.made_before, second.made_before) == (0, 1)
    assert calls(store, request_.run_id) == (2, 2)  # on the books, in flight: a dead worker's still count


def test_a_spent_budget_refuses_the_request_and_records_nothing(store, request_):
    booked = [start(store, request_, budget=2) for _ in range(2)]
    refused = start(store, request_, budget=2)
    assert [e.made_before for e in booked] == [0, 1]
    assert refused == ledger.RequestEntry(id=None, made_before=2) and not refused.booked
    assert calls(store, request_.run_id) == (2, 2)
    assert start(store, request_, budget=3).made_before == 2  # a bigger budget: booked again


def test_the_budget_holds_for_every_batch_of_its_own(store, request_):
    start(store, request_, budget=1)
    other = request_.model_copy(update={"batch_number": request_.batch_number + 1})
    assert not start(store, request_, budget=1).booked
    entry = start(store, other, budget=1)
    assert entry.booked and entry.made_before == 0  # another batch's requests spend nothing of this one's


def test_a_failed_request_is_settled_with_what_it_cost(store, request_):
    entry = start(store, request_)
    assert entry.id is not None
    with UnitOfWork(store) as uow:
        ledger.request_failed(uow, entry.id, Usage(llm_calls=1, prompt_tokens=100, completion_tokens=7))
    assert calls(store, request_.run_id) == (1, 0)
    with UnitOfWork(store) as uow:
        usage = uow.repo.request_usage(request_.run_id, request_.batch_number)
        assert usage is not None and (usage["prompt_tokens"], usage["completion_tokens"]) == (100, 7)
        assert ledger.stored_answers(uow, request_.run_id, [request_.batch_number]) == {}  # nothing to replay


def test_an_answer_is_settled_and_kept_for_a_resumed_loop(store, request_):
    entry = start(store, request_)
    assert entry.id is not None
    answer = DiscoveryResult(
        candidates=[
            Candidate(
                name="Company 1",
                domain="company-1.test",
                city="Austin",
                state="TX",
                pms="Buildium",
                evidence_url="https://c1.managebuilding.com/Resident/portal/login",
            )
        ],
        usage=Usage(llm_calls=1, prompt_tokens=120, completion_tokens=90),
    )
    with UnitOfWork(store) as uow:
        ledger.answer_received(uow, entry.id, request_, answer)
    assert calls(store, request_.run_id) == (1, 0)
    with UnitOfWork(store) as uow:
        assert ledger.stored_answers(uow, request_.run_id, [request_.batch_number]) == {request_.batch_number: answer}


def test_an_entry_is_a_value():
    entry = ledger.RequestEntry(id=7, made_before=2)
    assert entry == ledger.RequestEntry(7, 2) and entry.booked
    assert not ledger.RequestEntry(None, 4).booked
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.id = 8  # type: ignore[misc]
