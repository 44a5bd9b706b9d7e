"""The paid-request budget of a batch (tasks/discover.py): real flows, the real SDK over loopback
HTTP (tests/fake_openai.py), a real SQLite lead store.

Every scenario counts requests where they are paid, at the server (`agent.calls`), and checks
that the batch's stored `llm_calls` says the same.
"""

from __future__ import annotations

import email.utils
import json
import time

import pytest
from fake_openai import Reply, fresh
from flaky_scripts import BUDGET, CLIENT_TIMEOUT, TRUNCATED, faulty, flaky
from sqlalchemy import create_engine, text

import leadflow.tasks.discover
from leadflow.discovery.openai_agent import RETRY_AFTER_CAP_SECONDS, retry_after_seconds
from leadflow.flows.lead_list import lead_list, run_summary


def run(**params):
    state = lead_list(
        **{"source": "openai", "pms": "Buildium", "state": "TX", "quantity": 5, "verify": False, **params}, return_state=True
    )
    return state, run_summary(state)


def batches(store_url: str, run_id: str) -> list[dict]:
    engine = create_engine(store_url)
    with engine.connect() as conn:
        rows = (
            conn.execute(
                text(
                    "SELECT number, requested, returned, llm_calls, prompt_tokens, error FROM batches "
                    "WHERE run_id = :r ORDER BY number"
                ),
                {"r": run_id},
            )
            .mappings()
            .all()
        )
    engine.dispose()
    return [dict(r) for r in rows]


def always(reply: Reply):
    def script(call):
        raise reply

    return script


def in_turn(*steps):
    """One step per request: a Reply to raise, or None for a full answer."""

    def script(call):
        step = steps[min(call.number, len(steps)) - 1]
        if step is None:
            return fresh(call, call.want)
        raise step

    return script


@pytest.fixture(autouse=True)
def _nothing_pending(monkeypatch):
    # A batch that spends its budget ends its loop; these tests look at one batch's budget, so
    # one such loop ends the run (the default, 3 loops in a row, is tested at the end).
    monkeypatch.setenv("LEADFLOW_FAILED_LOOPS", "1")
    yield
    assert not leadflow.tasks.discover._pending  # nothing kept once a batch is settled


def failed_at_once_with(agent, sqlite_url, reply: Reply, *words: str):
    agent.reset(always(reply))
    state, s = run()
    assert state.is_failed() and s.status == "failed"
    assert len(agent.calls) == 1 and s.llm_calls == 1  # not retried, and the one request counted
    for word in words:
        assert word in s.status_reason
    assert "not retried" in s.status_reason
    return s


# --- transient failures: retried with backoff, never beyond the budget ---------------------


def test_a_server_that_always_times_out_costs_the_budget_and_no_more(agent, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_OPENAI_TIMEOUT", "0.3")
    agent.reset(always(Reply(hang=1.0)))
    state, s = run()
    assert state.is_failed() and "APITimeoutError" in s.status_reason
    assert len(agent.calls) == BUDGET == s.llm_calls
    [row] = batches(sqlite_url, s.run_id)
    assert row["llm_calls"] == BUDGET and f"{BUDGET} requests, the budget of {BUDGET} per batch" in row["error"]


def test_a_server_that_always_answers_500_costs_the_budget_and_no_more(agent, sqlite_url):
    agent.reset(always(Reply(500)))
    state, s = run()
    assert state.is_failed() and "InternalServerError (HTTP 500)" in s.status_reason
    assert len(agent.calls) == BUDGET == s.llm_calls
    assert [c.want for c in agent.calls] == [5] * BUDGET  # transient: the same request again
    assert batches(sqlite_url, s.run_id)[0]["llm_calls"] == BUDGET


def test_the_budget_is_a_setting(agent, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_MAX_REQUESTS_PER_BATCH", "2")
    agent.reset(always(Reply(500)))
    _, s = run()
    assert s.status == "failed" and len(agent.calls) == 2 == s.llm_calls


def test_retry_after_is_waited_out_between_attempts(agent, sqlite_url):
    agent.reset(always(Reply(429, headers={"retry-after": "2"})))
    state, s = run()
    assert state.is_failed() and "RateLimitError (HTTP 429)" in s.status_reason
    assert len(agent.calls) == BUDGET == s.llm_calls
    gaps = [b.at - a.at for a, b in zip(agent.calls, agent.calls[1:], strict=False)]
    assert len(gaps) == BUDGET - 1 and min(gaps) >= 2.0, gaps  # Prefect's backoff alone is 0.05 s here


def test_retry_after_as_an_http_date_then_success(agent, sqlite_url):
    def script(call):
        if call.number == 1:  # a date 1 to 2 s ahead (HTTP dates have whole seconds)
            raise Reply(503, headers={"retry-after": email.utils.formatdate(time.time() + 2, usegmt=True)})
        return fresh(call, call.want)

    agent.reset(script)
    state, s = run()
    assert state.is_completed() and s.status == "completed" and s.companies_ready == 5
    assert len(agent.calls) == 2 == s.llm_calls
    assert agent.calls[1].at - agent.calls[0].at >= 1.0
    assert s.prompt_tokens == agent.prompt_tokens  # the 503 reported no tokens; the answer did


@pytest.mark.parametrize(
    ("headers", "now", "seconds"),
    [
        ({"retry-after-ms": "1500"}, None, 1.5),
        ({"Retry-After": "2"}, None, 2.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, None, 0.25),  # milliseconds win
        ({"retry-after": "Wed, 21 Oct 2015 07:28:05 GMT"}, 1445412480.0, 5.0),  # an HTTP date
        ({"retry-after": "Wed, 21 Oct 2015 07:28:00 GMT"}, 1445412490.0, 0.0),  # a date in the past: no wait
        ({"retry-after": "86400"}, None, RETRY_AFTER_CAP_SECONDS),  # capped
        ({"retry-after": "soon"}, None, None),
        ({}, None, None),
    ],
)
def test_retry_after_header_forms(headers, now, seconds):
    assert retry_after_seconds(headers, now=now) == seconds


# --- rejected requests: at once, one request --------------------------------------------


def test_exhausted_quota_fails_the_run_at_once(agent, sqlite_url):
    failed_at_once_with(agent, sqlite_url, Reply(429, code="insufficient_quota"), "quota exhausted", "insufficient_quota")


@pytest.mark.parametrize(("status", "error"), [(400, "BadRequestError"), (403, "PermissionDeniedError"), (404, "NotFoundError")])
def test_bad_requests_fail_the_run_at_once(agent, sqlite_url, status, error):
    failed_at_once_with(agent, sqlite_url, Reply(status), f"{error} (HTTP {status})")


def test_a_refused_key_fails_the_run_with_what_to_fix_said_once(agent, sqlite_url, caplog):
    from leadflow.domain.report import run_report

    s = failed_at_once_with(agent, sqlite_url, Reply(401), "AuthenticationError (HTTP 401)", "check OPENAI_API_KEY")
    fatal = "check OPENAI_API_KEY"
    ours = [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith("prefect.") and fatal in r.getMessage() and not r.getMessage().startswith("Finished in state")
    ]  # Prefect's own last line repeats the state
    assert len(ours) == 1 and ours[0].startswith(f"Run {s.run_id} ended failed at 0/5: "), ours
    assert not [r for r in caplog.records if r.exc_info]
    card = run_report(s)
    assert "Next: fix what the reason above names" in card and "continue:" not in card


# --- deterministic failures: once more with a smaller batch, then the batch fails ----------


@pytest.mark.parametrize(
    ("reply", "reason"),
    [
        (Reply(content='{"companies": "not a list"}'), "did not match the LeadListOutput schema"),
        (Reply(content=TRUNCATED, finish_reason="length"), "LengthFinishReasonError"),
        (Reply(refusal="I can't help with that"), "agent refused"),
        (Reply(content=None, finish_reason="content_filter"), "ContentFilterFinishReasonError"),
    ],
)
def test_a_deterministic_failure_is_retried_once_with_half_the_batch(agent, sqlite_url, reply, reason):
    agent.reset(always(reply))
    state, s = run(quantity=10)
    assert state.is_failed() and reason in s.status_reason
    assert [c.want for c in agent.calls] == [10, 5]
    assert s.llm_calls == 2 and s.prompt_tokens == 2 * agent.prompt_tokens  # the answers were paid for
    assert "2 requests; retried with 5 companies instead of 10" in s.status_reason


def test_a_smaller_batch_that_works_is_kept(agent, sqlite_url):
    agent.reset(in_turn(Reply(content=TRUNCATED, finish_reason="length"), None, None))
    _, s = run(quantity=10)
    assert s.status == "completed" and s.companies_ready == 10
    assert [c.want for c in agent.calls] == [10, 5, 5]  # the next batch asks for the rest
    first, second = batches(sqlite_url, s.run_id)
    assert (first["returned"], first["llm_calls"], first["error"]) == (5, 2, None)
    assert (second["returned"], second["llm_calls"]) == (5, 1)


def test_one_budget_for_every_kind_of_failure(agent, sqlite_url):
    agent.reset(in_turn(Reply(500), Reply(429), Reply(content=TRUNCATED, finish_reason="length"), Reply(500), None))
    state, s = run(quantity=10)
    assert state.is_failed() and "HTTP 500" in s.status_reason
    assert [c.want for c in agent.calls] == [10, 10, 10, 5]  # the smaller size sticks for later retries
    assert s.llm_calls == BUDGET and s.prompt_tokens == agent.prompt_tokens  # only the truncated answer had tokens


# --- a flaky server: every run completes, every request counted ------------------------------
#
# Two runs each through the real flow (Prefect's retries and backoff, task runs, the rate
# limit's slot); the sweeps of many runs are tests/unit/test_retry_sweeps.py: the same use
# cases and fault scripts without Prefect (seeded, they fail the same requests there as here).
# The seeds here are ones whose first two runs see what is asserted: seed 3021 every kind of
# fault (500, 503, 429, a timeout, a truncated answer), seed 2 a batch that spends its budget.

RUNS_THROUGH_FLOW = 2


def test_runs_against_a_flaky_server_all_complete(agent, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_OPENAI_TIMEOUT", str(CLIENT_TIMEOUT))
    script, seen = flaky(seed=3021)
    requests = answers = 0
    for _ in range(RUNS_THROUGH_FLOW):
        agent.reset(script)
        state, s = run()
        assert state.is_completed() and s.status == "completed" and s.companies_ready == 5, s.status_reason
        rows = batches(sqlite_url, s.run_id)
        assert all(r["llm_calls"] <= BUDGET and r["error"] is None for r in rows)
        assert s.llm_calls == sum(r["llm_calls"] for r in rows) == len(agent.calls)  # recorded = made
        requests += len(agent.calls)
        answers += len(rows)  # one usable answer per batch
    assert seen["transient"] >= 5 and seen["truncated"] >= 1, seen
    assert requests == answers + seen["transient"] + seen["truncated"]
    print(json.dumps({"requests": requests, "batches": answers, **seen}))


def test_runs_of_forty_complete_although_some_batches_spend_their_budget(agent, sqlite_url, monkeypatch):
    """One batch's bad luck costs a loop, not the run (LEADFLOW_FAILED_LOOPS, default 3)."""
    monkeypatch.delenv("LEADFLOW_FAILED_LOOPS")
    script, seen = faulty(seed=2)
    failed_batches = 0
    for _ in range(RUNS_THROUGH_FLOW):
        agent.reset(script)
        state, s = run(quantity=40, batch_size=20)
        assert state.is_completed() and (s.status, s.companies_ready) == ("completed", 40), s.status_reason
        rows = batches(sqlite_url, s.run_id)
        failed_batches += sum(r["error"] is not None for r in rows)
        assert s.llm_calls == sum(r["llm_calls"] for r in rows) == len(agent.calls)  # every request on the books
    assert failed_batches >= 1, seen  # the case this test is about happened
    print(json.dumps({"failed_batches": failed_batches, **seen}))
