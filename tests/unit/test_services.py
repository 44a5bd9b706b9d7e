"""The service layer on a real SQLite store, without Prefect: opening and resuming runs,
the decision after each loop from stored counters, settings and options at the edge."""

from __future__ import annotations

import pytest

from leadflow import settings
from leadflow.app import batches as batch_service
from leadflow.app import ledger, reading, results
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.domain.errors import InvalidInput
from leadflow.domain.models import BatchOutcome, Candidate, DiscoveryResult, RunRequest
from leadflow.domain.options import RunOptions
from leadflow.store import UnitOfWork


@pytest.fixture
def uow_factory(migrated_sqlite_url, monkeypatch):
    from leadflow.store.engine import dispose_all

    url = migrated_sqlite_url
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield lambda: UnitOfWork(url)
    dispose_all()


def open_(uow_factory, **values) -> results.OpenedRun:
    with uow_factory() as uow:
        return run_service.open_run(uow, RunRequest.parse(source="sample", **values))


def outcome(number: int, accepted: int = 0, error: str | None = None) -> BatchOutcome:
    return BatchOutcome(batch_number=number, requested=10, returned=accepted, accepted=accepted, error=error)


def company(n: int) -> Candidate:
    return Candidate(
        name=f"Company {n}",
        domain=f"company-{n}.test",
        city="Austin",
        state="TX",
        pms="Buildium",
        evidence_url=f"https://c{n}.managebuilding.com/Resident/portal/login",
    )


def test_a_new_run_stores_every_option_resolved_and_is_running(uow_factory, monkeypatch):
    monkeypatch.setenv("LEAD_LIST_BATCH_SIZE", "7")
    opened = open_(uow_factory, pms="app folio", state="texas", quantity=30, options={"parallel": 2})
    s = opened.summary
    assert (s.pms, s.state, s.target_quantity, s.status) == ("AppFolio", "TX", 30, "running")
    assert (s.batch_size, s.parallel, s.max_loops, s.stall_loops) == (7, 2, 2 * 3 + 2, 2)
    assert (s.exclude_previous, s.adaptive, s.loops, s.quiet_loops) == (False, False, 0, 0)
    assert not opened.resumed and opened.source.label == "sample"


def test_resuming_keeps_stored_options_unless_given_and_refuses_other_criteria(uow_factory):
    first = open_(uow_factory, pms="Buildium", state="TX", quantity=5, options={"batch_size": 3})
    again = open_(uow_factory, run_id=first.run_id, options={"max_loops": 50})
    assert again.resumed and (again.summary.batch_size, again.summary.max_loops) == (3, 50)
    with pytest.raises(InvalidInput, match="run .* was created with state='TX'"):
        open_(uow_factory, run_id=first.run_id, state="FL")


def test_a_new_run_needs_every_criterion(uow_factory):
    with pytest.raises(InvalidInput, match="quantity: required to start a new run"):
        open_(uow_factory, pms="Buildium", state="TX")


def test_the_stall_count_survives_a_resume_and_a_crashed_loop_costs_no_loop(uow_factory):
    rid = open_(uow_factory, pms="Buildium", state="TX", quantity=5, options={"stall_loops": 2}).run_id
    with uow_factory() as uow:
        s = loop_service.step(uow, rid, closing=[[outcome(1)]], in_flight=[], loops=[]).progress
    assert (s.status, s.loops, s.quiet_loops) == ("running", 1, 1)
    with uow_factory() as uow:  # a crash: the loop was planned, never closed
        plan = loop_service.plan_loop(uow, rid).requests
    assert plan[0].loop == 2
    resumed = open_(uow_factory, run_id=rid).summary  # a worker picks the running run up
    assert (resumed.loops, resumed.quiet_loops) == (1, 1)
    with uow_factory() as uow:
        s = loop_service.step(uow, rid, closing=[[outcome(2)]], in_flight=[], loops=[]).progress
    assert (s.status, s.loops) == ("stalled", 2) and "2 consecutive loop(s)" in s.status_reason
    retried = open_(uow_factory, run_id=rid).summary  # asked again by the user: the count starts over
    assert (retried.status, retried.quiet_loops) == ("running", 0)


def test_loops_whose_every_batch_failed_cost_loops_then_fail_the_run_with_the_last_error(uow_factory):
    """Transient failures of every batch cost a loop; three such loops in a row fail the run
    (LEADFLOW_FAILED_LOOPS); a loop with one batch that worked starts the count over."""
    rid = open_(uow_factory, pms="Buildium", state="TX", quantity=50, options={"max_loops": 20, "stall_loops": 5}).run_id
    seen = []
    for loop in range(5):
        batches = [outcome(1, error="first"), outcome(2, error="InternalServerError (HTTP 500)")]
        if loop == 1:
            batches[0] = outcome(1)  # worked, though it found nothing new
        with uow_factory() as uow:
            s = loop_service.step(uow, rid, closing=[batches], in_flight=[], loops=[]).progress
        seen.append((s.status, s.failed_loops, s.quiet_loops))
        if s.is_final:
            break
    assert seen == [("running", 1, 0), ("running", 0, 1), ("running", 1, 1), ("running", 2, 1), ("failed", 3, 1)]
    assert s.status_reason == (
        "discovery failed: every batch of 3 loop(s) in a row failed; the last: InternalServerError (HTTP 500)"
    )


def test_a_fatal_error_fails_the_run_even_when_another_batch_worked(uow_factory):
    rid = open_(uow_factory, pms="Buildium", state="TX", quantity=50).run_id
    with uow_factory() as uow:
        s = loop_service.step(
            uow,
            rid,
            closing=[[outcome(1, accepted=3), outcome(2, error="AuthenticationError")]],
            in_flight=[],
            loops=[],
            fatal_error="AuthenticationError",
        ).progress
    assert s.status == "failed" and "AuthenticationError" in s.status_reason


def test_a_met_target_ends_the_run_before_any_loop(uow_factory):
    rid = open_(uow_factory, pms="Buildium", state="TX", quantity=2).run_id
    with uow_factory() as uow:
        [request] = loop_service.plan_loop(uow, rid).requests
        batch_service.record_batch(uow, request, DiscoveryResult(candidates=[company(1), company(2)]))
    with uow_factory() as uow:
        s = loop_service.check_progress(uow, rid)
    assert (s.status, s.companies_ready, s.loops) == ("completed", 2, 0)


@pytest.mark.parametrize(
    "values,message",
    [
        ({"parallel": 0}, "parallel: 0 is out of range; allowed: 1..16"),
        ({"batch_size": 1000}, "batch_size: 1000 is out of range; allowed: 1..100"),
        ({"stall_loops": "x"}, "stall_loops: 'x' is not a whole number; allowed: 1..1000"),
        ({"adaptive": "maybe"}, "adaptive: 'maybe' is not true or false"),
    ],
)
def test_bad_options_name_the_option_and_its_range(values, message):
    with pytest.raises(InvalidInput) as err:
        RunOptions.parse(**values)
    assert str(err.value) == message


def test_explicit_options_win_over_given_ones():
    assert RunOptions(adaptive=True, parallel=2).merged(parallel=4, batch_size=None).given() == {"parallel": 4, "adaptive": True}


@pytest.mark.parametrize(
    "variable,value,words",
    [
        ("LEAD_LIST_BATCH_SIZE", "ten", "LEAD_LIST_BATCH_SIZE: 'ten' is not a whole number; allowed: 1..100"),
        ("LEADFLOW_RETRY_BACKOFF_SECONDS", "abc", "LEADFLOW_RETRY_BACKOFF_SECONDS: 'abc' is not a number"),
        ("LEADFLOW_OPENAI_API", "soap", "LEADFLOW_OPENAI_API: 'soap' is not valid"),
        ("LEADFLOW_MAX_REQUESTS_PER_BATCH", "0", "LEADFLOW_MAX_REQUESTS_PER_BATCH: '0' is out of range; allowed: 1..10"),
        ("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.4", "LEADFLOW_PRICE_OUTPUT_PER_MTOK: set both token prices, or neither"),
    ],
)
def test_a_bad_environment_variable_is_named(monkeypatch, variable, value, words):
    monkeypatch.setenv(variable, value)
    with pytest.raises(InvalidInput) as err:
        settings.load()
    assert str(err.value).startswith(words)


def test_the_api_key_is_a_secret_in_settings(monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-SECRET-123")
    config = settings.load()
    assert "SECRET" not in repr(config) and config.agent_configured()


def test_every_agent_request_is_on_the_books_before_it_is_sent_and_a_batch_sums_its_requests(uow_factory):
    """The ledger: a request cut off in flight (its worker died) still counts; a failed attempt's
    tokens and the answered one's are summed into the batch, on any machine; the budget holds."""
    from leadflow.domain.models import Usage

    rid = open_(uow_factory, pms="Buildium", state="TX", quantity=2).run_id
    with uow_factory() as uow:
        [request] = loop_service.plan_loop(uow, rid).requests
    with uow_factory() as uow:
        cut_off = ledger.request_started(uow, request, budget=4)  # its worker dies in flight
    assert cut_off.booked and cut_off.id is not None and cut_off.made_before == 0
    with uow_factory() as uow:
        s = reading.summary(uow, rid)
    assert (s.llm_calls, s.unfinished_calls, s.prompt_tokens) == (1, 1, 0)
    with uow_factory() as uow:
        failed = ledger.request_started(uow, request, budget=4)
    assert failed.id is not None and failed.made_before == 1
    with uow_factory() as uow:
        ledger.request_failed(uow, failed.id, Usage(llm_calls=1, prompt_tokens=100, completion_tokens=7))
    answer = DiscoveryResult(
        candidates=[company(1), company(2)], usage=Usage(llm_calls=1, prompt_tokens=120, completion_tokens=90)
    )
    with uow_factory() as uow:
        answered = ledger.request_started(uow, request, budget=4)
    assert answered.id is not None and answered.made_before == 2
    with uow_factory() as uow:
        ledger.answer_received(uow, answered.id, request, answer)
    with uow_factory() as uow:
        assert ledger.stored_answers(uow, rid, [request.batch_number])[request.batch_number] == answer
        batch_service.record_batch(uow, request, answer)
    with uow_factory() as uow:
        s = reading.summary(uow, rid)
        [batch] = reading.batch_table(uow, rid)
    assert (s.llm_calls, s.unfinished_calls, s.prompt_tokens, s.completion_tokens) == (3, 1, 220, 97)
    assert (batch.llm_calls, batch.prompt_tokens) == (3, 220)  # folded in: not counted twice
    with uow_factory() as uow:
        assert ledger.request_started(uow, request, budget=3) == ledger.RequestEntry(None, 3)  # spent: nothing recorded
        assert reading.summary(uow, rid).llm_calls == 3
