"""The paid-request budget over many runs, without Prefect: the use cases the flow sequences
(`app/runs.open_run`, `app/attempts.attempt`, `app/batches.record_batch`, `app/loop.step`),
driven the way `flows/pipeline.py` and `tasks/discover.py` drive them, with the real openai SDK
over loopback HTTP (tests/fake_openai.py) and a real SQLite lead store.

What Prefect adds (task runs, its retries and backoff, the rate limit's slot) is left out: two
runs of each kind go through the real flow in tests/test_retry_budget.py. The fault scripts are
seeded (tests/flaky_scripts.py), one script per run: a run sends its requests in the same order
here as through the real flow, so a seed fails the same requests in both.

The runs of a sweep are independent (each its own fake server, script and pending ledger; the
one store they share, as the batches of a parallel run do) and run a few at a time in threads:
most of a sweep is waiting out client timeouts, not CPU.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from queue import SimpleQueue

import pytest
from fake_openai import FakeOpenAI
from flaky_scripts import BUDGET, CLIENT_TIMEOUT, faulty, flaky

from leadflow import settings
from leadflow.app import attempts, reading
from leadflow.app import batches as batch_service
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.app.books import RequestBooks
from leadflow.discovery import Discoverer, DiscoveryFailed
from leadflow.discovery.sources import build_discoverer
from leadflow.domain import retry
from leadflow.domain.models import BatchRequest, DiscoveryResult, RunRequest, RunSummary
from leadflow.domain.records import BatchRecord
from leadflow.domain.rounds import Rounds
from leadflow.store import UnitOfWork

LOG = logging.getLogger("leadflow.tests.retry_sweeps")
RUNS = 20  # per sweep, as many as the real flow ran before (about 0.4 s a run here, 2-3 s there)
# Runs at a time. Few enough that a normal answer stays far inside CLIENT_TIMEOUT on a loaded
# 2-core machine (the fake servers answer from threads of this process, beside the runs' own),
# enough that the client timeouts of one run are waited out while the others work.
AT_ONCE = 4
Settled = tuple[DiscoveryResult | None, str | None, bool]  # (result, error, fatal), as flows/pipeline.py has it


def discover(discoverer: Discoverer, request: BatchRequest, store: str, pending: attempts.Pending) -> Settled:
    """One batch's attempts, as Prefect runs `discover_batch` under `with_backoff`: as many
    attempts as its retries allow, another only while the policy says `retry` (no backoff: the
    attempt itself waits out a server's Retry-After). Settled as `pipeline._settle` settles it."""
    per_batch = settings.load().max_requests_per_batch
    budget = retry.Budget(per_batch, retry.retries_for(per_batch) + 1)  # tasks/discover._budget in a task run
    for number in range(1, budget.attempts + 1):
        try:
            books = RequestBooks(store, request, LOG)
            result = attempts.attempt(discoverer, request, books, budget=budget, pending=pending, log=LOG)
        except DiscoveryFailed as exc:
            if exc.retry and number < budget.attempts:
                continue
            return DiscoveryResult(candidates=[], usage=exc.usage), str(exc), not exc.transient
        return result, None, False
    raise AssertionError("unreachable: the last attempt returns")


def run(store: str, pending: attempts.Pending, base_url: str, **values: object) -> RunSummary:
    """One lead run, `flows/pipeline.Pipeline.fill` without Prefect, its agent the server at
    `base_url`: the batches in flight are settled in the order they started, each stored, then
    one `loop.step`. (The pause after a loop whose batches all failed is left out: it changes
    when, not what.)"""
    with UnitOfWork(store) as uow:
        opened = run_service.open_run(uow, RunRequest.parse(source="openai", **values))
    discoverer = build_discoverer(opened.source.model_copy(update={"base_url": base_url}))
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


@dataclass
class Swept:
    """One run of a sweep: its summary, its batches, the requests its server saw, and the faults
    its script sent."""

    summary: RunSummary
    rows: list[BatchRecord]
    requests: int
    seen: dict[str, int]


def sweep(store: str, script_for: Callable[[int], tuple], **values: object) -> list[Swept]:
    """RUNS runs of `values`, AT_ONCE at a time; run i against a fake server of its own (its
    requests are its own), answered by `script_for(i)` -> (script, seen), with a pending ledger
    of its own."""
    servers = [FakeOpenAI().start() for _ in range(AT_ONCE)]
    free: SimpleQueue[FakeOpenAI] = SimpleQueue()
    for server in servers:
        free.put(server)

    def one(i: int) -> Swept:
        script, seen = script_for(i)
        server = free.get()
        try:
            server.reset(script)
            s = run(store, {}, server.base_url, **values)
            return Swept(s, batches(store, s.run_id), len(server.calls), seen)
        finally:
            free.put(server)

    try:
        with ThreadPoolExecutor(AT_ONCE) as pool:
            return list(pool.map(one, range(RUNS)))
    finally:
        for server in servers:
            server.stop()


def total(swept: list[Swept]) -> dict[str, int]:
    return {kind: sum(r.seen[kind] for r in swept) for kind in ("transient", "truncated")}


@pytest.fixture
def openai_env(sqlite_url, monkeypatch) -> str:
    """The SDK's key and model, as the `agent` fixture sets them (each run has its own server)."""
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET-0123456789")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")  # replaced by each run's server
    monkeypatch.setenv("LEADFLOW_MODEL", "test-model")
    return sqlite_url


def test_runs_against_a_flaky_server_all_complete(openai_env, monkeypatch):
    """Every run completes although requests fail (run i with seed i: 39 requests for 22 batches,
    15 transient faults, 3 of them timeouts, and 2 truncated answers)."""
    monkeypatch.setenv("LEADFLOW_FAILED_LOOPS", "1")  # one batch that spends its budget would end the run
    monkeypatch.setenv("LEADFLOW_OPENAI_TIMEOUT", str(CLIENT_TIMEOUT))
    swept = sweep(openai_env, lambda i: flaky(seed=i), pms="Buildium", state="TX", quantity=5, options={"verify": False})
    for r in swept:
        s = r.summary
        assert s.status == "completed" and s.companies_ready == 5, s.status_reason
        assert all(b.llm_calls <= BUDGET and b.error is None for b in r.rows)
        assert s.llm_calls == sum(b.llm_calls for b in r.rows) == r.requests  # recorded = made
    seen = total(swept)
    requests, answers = sum(r.requests for r in swept), sum(len(r.rows) for r in swept)  # one usable answer per batch
    assert seen["transient"] >= 5 and seen["truncated"] >= 1, seen
    # one request more than the faults explain: a normal answer came after CLIENT_TIMEOUT
    assert requests == answers + seen["transient"] + seen["truncated"], (requests, answers, seen)
    print(json.dumps({"requests": requests, "batches": answers, **seen}))


def test_runs_of_forty_complete_although_some_batches_spend_their_budget(openai_env):
    """One batch's bad luck costs a loop, not the run (LEADFLOW_FAILED_LOOPS, default 3). Run i
    with seed i: 4 batches spend their budget, 27 transient faults and 5 truncated answers."""
    values = {"pms": "Buildium", "state": "TX", "quantity": 40, "options": {"verify": False, "batch_size": 20}}
    swept = sweep(openai_env, lambda i: faulty(seed=i), **values)
    for r in swept:
        s = r.summary
        assert (s.status, s.companies_ready) == ("completed", 40), s.status_reason
        assert all(b.llm_calls <= BUDGET for b in r.rows)
        assert s.llm_calls == sum(b.llm_calls for b in r.rows) == r.requests  # every request on the books
    seen = total(swept)
    failed_batches = sum(b.error is not None for r in swept for b in r.rows)
    requests = sum(r.requests for r in swept)
    answers = sum(b.error is None for r in swept for b in r.rows)  # one usable answer per batch that did not fail
    assert failed_batches >= 1, seen  # the case this test is about happened
    assert requests == answers + seen["transient"] + seen["truncated"], (requests, answers, seen)  # a fault or the answer
    print(json.dumps({"requests": requests, "failed_batches": failed_batches, **seen}))
