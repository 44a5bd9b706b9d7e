"""Exactly once: one lease holder per run, answers paid once and replayed anywhere, no wedge,
and runs that skip each other's deliveries never deliver one domain twice. Real SQLite and
Postgres stores; the flow tests use the session Prefect server and the loopback agent."""

from __future__ import annotations

import os
import shutil
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from fake_openai import fresh
from sqlalchemy.exc import DataError

from leadflow.app import batches as batch_service
from leadflow.app import ledger, reading, results
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.domain.errors import LeaseLost, RunLeased
from leadflow.domain.models import Candidate, DiscoveryResult, RunRequest
from leadflow.store import UnitOfWork
from leadflow.store.repository import Repository


def open_(url: str, owner: str, **values) -> results.OpenedRun:
    with UnitOfWork(url) as uow:
        return run_service.open_run(uow, RunRequest.parse(source="sample", **values), flow_run_id=owner)


def company(n: int) -> Candidate:
    return Candidate(
        name=f"Company {n:03d} Homes",
        domain=f"company-{n:03d}.test",
        city=f"Town{n}",
        state="TX",
        pms="Buildium",
        evidence_url=f"https://c{n}.managebuilding.com/Resident/portal/login",
    )


def test_a_second_opener_is_refused_then_takes_over_an_expired_lease_and_the_first_is_fenced(store_url):
    rid = open_(store_url, "worker-a", pms="Buildium", state="TX", quantity=5).run_id
    with pytest.raises(RunLeased) as refused:
        open_(store_url, "worker-b", run_id=rid)
    assert refused.value.holder == "worker-a" and refused.value.until > datetime.now(UTC)
    assert "worker-a" in str(refused.value) and "--wait" in str(refused.value)
    assert open_(store_url, "worker-a", run_id=rid).run_id == rid  # the holder itself may reopen (a retry)

    with UnitOfWork(store_url) as uow:  # worker-a dies; its lease runs out
        uow.repo.update_run(rid, lease_expires_at=datetime.now(UTC) - timedelta(seconds=1))
        uow.commit()
    assert open_(store_url, "worker-b", run_id=rid).resumed
    with UnitOfWork(store_url) as uow, pytest.raises(LeaseLost):
        loop_service.plan_loop(uow, rid, owner="worker-a")  # a zombie worker-a stops before paying
    with UnitOfWork(store_url) as uow:
        [request] = loop_service.plan_loop(uow, rid, owner="worker-b").requests
    with UnitOfWork(store_url) as uow, pytest.raises(LeaseLost):
        batch_service.record_batch(uow, request, DiscoveryResult(candidates=[company(1)]), owner="worker-a")
    with UnitOfWork(store_url) as uow:
        assert batch_service.record_batch(uow, request, DiscoveryResult(candidates=[company(1)]), owner="worker-b").accepted == 1


def test_a_finished_run_releases_its_lease(store_url):
    rid = open_(store_url, "worker-a", pms="Buildium", state="TX", quantity=5).run_id
    with UnitOfWork(store_url) as uow:
        loop_service.step(uow, rid, closing=[[]], in_flight=[], loops=[], fatal_error="AuthenticationError", owner="worker-a")
    assert open_(store_url, "worker-b", run_id=rid).resumed  # no wait: the failed run holds no lease


def test_a_batch_the_store_refuses_is_recorded_as_failed_and_the_run_goes_on(store_url, monkeypatch):
    rid = open_(store_url, "w", pms="Buildium", state="TX", quantity=20, options={"parallel": 2}).run_id
    with UnitOfWork(store_url) as uow:
        first, second = loop_service.plan_loop(uow, rid).requests
    real = Repository.add_candidates

    def refuse_once(self, rows):
        monkeypatch.setattr(Repository, "add_candidates", real)
        raise DataError("INSERT", {}, Exception("value too long for type character varying(200)"))

    monkeypatch.setattr(Repository, "add_candidates", refuse_once)
    outcomes = []
    for request, n in ((first, 1), (second, 2)):
        with UnitOfWork(store_url) as uow:
            outcomes.append(batch_service.record_batch(uow, request, DiscoveryResult(candidates=[company(n)])))
    assert outcomes[0].accepted == 0 and outcomes[0].error.startswith("batch could not be stored: Exception: value too long")
    assert outcomes[1].accepted == 1
    with UnitOfWork(store_url) as uow:
        s = loop_service.step(uow, rid, closing=[outcomes], in_flight=[], loops=[]).progress
        again = loop_service.plan_loop(uow, rid).requests
    assert (s.status, s.batches, s.companies_ready) == ("running", 2, 1)
    assert [r.batch_number for r in again] == [3, 4]  # the next loop, not the refused batch again


def test_runs_that_exclude_previous_deliveries_never_deliver_one_domain_twice(store_url):
    """Eight concurrent runs, all offered the same 20 companies: each company is delivered once."""
    runs = [
        open_(
            store_url, f"w{i}", pms="Buildium", state="TX", quantity=20, options={"exclude_previous": True, "verify": False}
        ).run_id
        for i in range(8)
    ]
    batch = DiscoveryResult(candidates=[company(n) for n in range(20)])
    errors: list[BaseException] = []
    start = threading.Barrier(len(runs))

    def store(rid: str) -> None:
        try:
            with UnitOfWork(store_url) as uow:
                [request] = loop_service.plan_loop(uow, rid).requests
            start.wait()
            with UnitOfWork(store_url) as uow:
                batch_service.record_batch(uow, request, batch)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=store, args=(rid,)) for rid in runs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    with UnitOfWork(store_url) as uow:
        delivered = [r["domain"] for rid in runs for r in uow.repo.export_rows(rid)]
    assert sorted(delivered) == sorted(c.domain for c in batch.candidates)  # each exactly once


def test_an_answer_paid_for_is_replayed_on_another_machine_without_paying_again(agent, store_url):
    """The agent call of batch 1 succeeds and its answer is kept, then the process dies before
    the batch is stored; the resume runs where Prefect's result cache is gone."""
    from prefect import flow

    from leadflow.tasks import discover_batch, open_run

    @flow
    def pays_then_dies(run_id: str):
        request = RunRequest(pms="Buildium", state="TX", quantity=15, run_id=run_id, source="openai")
        opened = open_run(store_url, request, None, None)  # plans loop 1 too
        [first, *_] = opened.plan.requests
        discover_batch(first, opened.source, store_url)  # keeps its answer in the store

    run_id = uuid.uuid4().hex[:12]
    pays_then_dies(run_id)
    assert len(agent.calls) == 1
    shutil.rmtree(Path(os.environ["PREFECT_HOME"]) / "storage", ignore_errors=True)  # another machine
    with UnitOfWork(store_url) as uow:
        uow.repo.update_run(run_id, lease_expires_at=None)  # the dead worker's lease ran out
        uow.commit()
    from leadflow.flows.lead_list import lead_list, run_summary

    s = run_summary(lead_list(run_id=run_id, return_state=True))
    assert (s.status, s.companies_ready, s.batches) == ("completed", 15, 2)
    assert [c.want for c in agent.calls] == [10, 5]  # batch 1 replayed from the lead store
    assert s.llm_calls == 2  # and its cost counted once


def test_a_batch_whose_budget_a_dead_worker_spent_is_not_asked_again_and_stays_on_the_books(agent, store_url):
    """A worker made the batch's 4 requests (the budget) and died before storing it: the resume
    does not pay a fifth time; the batch fails with the reason, its 4 calls counted, as if its
    attempts had failed here. That costs the loop, not the run: the next loop's batches fill it."""
    from leadflow.flows.lead_list import lead_list

    run_id = uuid.uuid4().hex[:12]
    with UnitOfWork(store_url) as uow:
        opened = run_service.open_run(
            uow,
            RunRequest(pms="Buildium", state="TX", quantity=20, run_id=run_id, source="openai", options={"verify": False}),
            flow_run_id="dead",
        )
    with UnitOfWork(store_url) as uow:
        [request] = loop_service.plan_loop(uow, opened.run_id, owner="dead").requests
    for _ in range(4):
        with UnitOfWork(store_url) as uow:
            ledger.request_started(uow, request, budget=4)
    with UnitOfWork(store_url) as uow:
        uow.repo.update_run(run_id, lease_expires_at=None)  # the dead worker's lease ran out
        uow.commit()
    lead_list(run_id=run_id, return_state=True)
    with UnitOfWork(store_url) as uow:
        batch, *later = reading.batch_table(uow, run_id)
        s = reading.summary(uow, run_id)
    assert (
        batch.error
        == (
            "not asked again: a worker that stopped before storing the batch spent its request "
            "budget (4 requests, the budget of 4 per batch)"
        )
        and batch.llm_calls == 4
    )
    assert later and all(b.error is None and b.llm_calls == 1 for b in later)
    assert len(agent.calls) == len(later)  # batch 1 was never asked again
    assert (s.status, s.companies_ready) == ("completed", 20)
    assert (s.llm_calls, s.unfinished_calls) == (4 + len(later), 4)


def test_a_resume_keeps_the_runs_model(agent, store_url, monkeypatch):
    from leadflow.flows.lead_list import lead_list, run_summary

    agent.reset(lambda call: fresh(call, min(3, call.want)))
    first = run_summary(lead_list(pms="Buildium", state="TX", quantity=6, source="openai", max_loops=1, return_state=True))
    assert first.status == "partial"
    monkeypatch.setenv("LEADFLOW_MODEL", "another-model")
    resumed = run_summary(lead_list(run_id=first.run_id, max_loops=5, return_state=True))
    assert resumed.status == "completed"
    assert {c.body["model"] for c in agent.calls} == {"test-model"}
