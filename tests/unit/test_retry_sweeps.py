"""The paid-request budget over many runs, without Prefect: the use cases the flow sequences
(`app/runs.open_run`, `app/attempts.attempt`, `app/batches.record_batch`, `app/loop.step`),
driven the way `flows/pipeline.py` and `tasks/discover.py` drive them, with the real openai SDK
over loopback HTTP (tests/fake_openai.py) and a real SQLite lead store.

What Prefect adds (task runs, its retries and backoff, the rate limit's slot) is left out: two
runs of each kind go through the real flow in tests/test_retry_budget.py. The fault scripts are
seeded (tests/flaky_scripts.py): 20 runs of seed 7 and of seed 3 here fail the same requests as
the same 20 runs through the real flow did (same counts of requests, faults and failed batches).
"""

from __future__ import annotations

import json
import logging

from flaky_scripts import BUDGET, CLIENT_TIMEOUT, faulty, flaky

from leadflow import settings
from leadflow.app import attempts, reading
from leadflow.app import batches as batch_service
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.discovery import Discoverer, DiscoveryFailed
from leadflow.discovery.sources import build_discoverer
from leadflow.domain import retry
from leadflow.domain.models import BatchRequest, DiscoveryResult, RunRequest, RunSummary
from leadflow.domain.records import BatchRecord
from leadflow.domain.rounds import Rounds
from leadflow.store import UnitOfWork
from leadflow.tasks.books import RequestBooks

LOG = logging.getLogger("leadflow.tests.retry_sweeps")
RUNS = 20  # per sweep, as many as the real flow ran before (about 0.4 s a run here, 2-3 s there)
Settled = tuple[DiscoveryResult | None, str | None, bool]  # (result, error, fatal), as flows/pipeline.py has it


def discover(discoverer: Discoverer, request: BatchRequest, store: str, pending: attempts.Pending) -> Settled:
    """One batch's attempts, as Prefect runs `discover_batch` under `with_backoff`: as many
    attempts as its retries allow, another only while the policy says `retry` (no backoff: the
    attempt itself waits out a server's Retry-After). Settled as `pipeline._settle` settles it."""
    per_batch = settings.load().max_requests_per_batch
    budget = retry.Budget(per_batch, retry.retries_for(per_batch) + 1)  # tasks/discover._budget in a task run
    for number in range(1, budget.attempts + 1):
        try:
            result = attempts.attempt(discoverer, request, RequestBooks(store, request), budget=budget, pending=pending, log=LOG)
        except DiscoveryFailed as exc:
            if exc.retry and number < budget.attempts:
                continue
            return DiscoveryResult(candidates=[], usage=exc.usage), str(exc), not exc.transient
        return result, None, False
    raise AssertionError("unreachable: the last attempt returns")


def run(store: str, pending: attempts.Pending, **values: object) -> RunSummary:
    """One lead run, `flows/pipeline.Pipeline.fill` without Prefect: the batches in flight are
    settled in the order they started, each stored, then one `loop.step`. (The pause after a
    loop whose batches all failed is left out: it changes when, not what.)"""
    with UnitOfWork(store) as uow:
        opened = run_service.open_run(uow, RunRequest.parse(source="openai", **values))
    discoverer = build_discoverer(opened.source)
    s, plan, fatal, stopping = opened.summary, opened.plan, None, False
    rounds = Rounds(parallel=s.parallel, first=s.loops + 1)
    while not s.is_final:
        for request in plan.requests if plan else []:
            rounds.start(request)
        closed = []
        if rounds.in_flight:
            request = rounds.in_flight[0]
            paid = plan.paid.get(request.batch_number) if plan else None
            result, error, is_fatal = (paid, None, False) if paid else discover(discoverer, request, store, pending)
            assert not pending, pending  # nothing kept once a batch is settled
            with UnitOfWork(store) as uow:
                outcome = batch_service.record_batch(uow, request, result, error)
            fatal = fatal or (error if is_fatal else None)
            closed = rounds.stored(request, outcome)
        in_flight = rounds.in_flight
        stopping = stopping and bool(in_flight)
        loops = [] if stopping else rounds.next_loops(s.parallel - len(in_flight))
        with UnitOfWork(store) as uow:
            step = loop_service.step(
                uow, s.run_id, closing=[r.stored() for r in closed], in_flight=in_flight, loops=loops, fatal_error=fatal
            )
        s, plan, stopping = step.progress, step.plan, stopping or step.stopping
    return s


def batches(store: str, run_id: str) -> list[BatchRecord]:
    with UnitOfWork(store) as uow:
        return reading.batch_table(uow, run_id)


def test_runs_against_a_flaky_server_all_complete(agent, sqlite_url, monkeypatch):
    """Every run completes although requests fail (seed 7: 41 requests for 22 batches, 17
    transient faults and 2 truncated answers, the same as the real flow sees)."""
    monkeypatch.setenv("LEADFLOW_FAILED_LOOPS", "1")  # one batch that spends its budget would end the run
    monkeypatch.setenv("LEADFLOW_OPENAI_TIMEOUT", str(CLIENT_TIMEOUT))
    script, seen = flaky(seed=7)
    requests = answers = 0
    pending: attempts.Pending = {}
    for _ in range(RUNS):
        agent.reset(script)
        s = run(sqlite_url, pending, pms="Buildium", state="TX", quantity=5, options={"verify": False})
        assert s.status == "completed" and s.companies_ready == 5, s.status_reason
        rows = batches(sqlite_url, s.run_id)
        assert all(r.llm_calls <= BUDGET and r.error is None for r in rows)
        assert s.llm_calls == sum(r.llm_calls for r in rows) == len(agent.calls)  # recorded = made
        requests += len(agent.calls)
        answers += len(rows)  # one usable answer per batch
    assert seen["transient"] >= 5 and seen["truncated"] >= 1, seen
    # one request more than the faults explain: a normal answer came after CLIENT_TIMEOUT
    assert requests == answers + seen["transient"] + seen["truncated"], (requests, answers, seen)
    print(json.dumps({"requests": requests, "batches": answers, **seen}))


def test_runs_of_forty_complete_although_some_batches_spend_their_budget(agent, sqlite_url):
    """One batch's bad luck costs a loop, not the run (LEADFLOW_FAILED_LOOPS, default 3). Seed 3:
    4 batches spend their budget, 24 transient faults and 14 truncated answers, as in the real flow."""
    script, seen = faulty(seed=3)
    failed_batches = requests = answers = 0
    pending: attempts.Pending = {}
    for _ in range(RUNS):
        agent.reset(script)
        s = run(sqlite_url, pending, pms="Buildium", state="TX", quantity=40, options={"verify": False, "batch_size": 20})
        assert (s.status, s.companies_ready) == ("completed", 40), s.status_reason
        rows = batches(sqlite_url, s.run_id)
        failed_batches += sum(r.error is not None for r in rows)
        assert all(r.llm_calls <= BUDGET for r in rows)
        assert s.llm_calls == sum(r.llm_calls for r in rows) == len(agent.calls)  # every request on the books
        requests += len(agent.calls)
        answers += sum(r.error is None for r in rows)  # one usable answer per batch that did not fail
    assert failed_batches >= 1, seen  # the case this test is about happened
    assert requests == answers + seen["transient"] + seen["truncated"], (requests, answers, seen)  # a fault or the answer
    print(json.dumps({"requests": requests, "failed_batches": failed_batches, **seen}))
