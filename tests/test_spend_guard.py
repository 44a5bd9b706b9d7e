"""The spend guard: --max-calls / --max-cost end a run partial between loops, and
`leadflow estimate` prices a run without calling the agent."""

from __future__ import annotations

import json
import os

import forkserver
import pytest

from leadflow.domain.planning import budget_stop
from leadflow.flows.lead_list import lead_list, run_summary


def test_max_calls_ends_the_run_partial_with_the_budget_reason(agent, store_url):
    s = run_summary(
        lead_list(
            pms="Buildium", state="TX", quantity=50, source="openai", verify=False, options={"max_calls": 2}, return_state=True
        )
    )
    assert (s.status, s.companies_ready, s.llm_calls, len(agent.calls)) == ("partial", 20, 2, 2)
    assert s.status_reason.startswith("budget: max_calls=2")


def test_max_cost_stops_before_a_loop_that_would_pass_it(agent, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.40")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "1.60")
    per_call = (agent.prompt_tokens * 0.40 + 10 * agent.completion_tokens_per_company * 1.60) / 1e6
    s = run_summary(
        lead_list(
            pms="Buildium",
            state="TX",
            quantity=50,
            source="openai",
            verify=False,
            options={"max_cost": 2.5 * per_call},
            return_state=True,
        )
    )
    assert (s.status, len(agent.calls)) == ("partial", 2)
    assert s.cost_usd == pytest.approx(2 * per_call) and s.cost_usd <= 2.5 * per_call
    assert "budget: max_cost" in s.status_reason


def test_a_budget_smaller_than_one_loop_spends_nothing(agent, sqlite_url):
    s = run_summary(
        lead_list(
            pms="Buildium",
            state="TX",
            quantity=30,
            source="openai",
            verify=False,
            parallel=3,
            options={"max_calls": 2},
            return_state=True,
        )
    )
    assert (s.status, s.llm_calls, len(agent.calls)) == ("partial", 0, 0)


@pytest.mark.parametrize(
    "kw,stops",
    [
        (dict(max_calls=10, calls_spent=9, next_batches=1), False),
        (dict(max_calls=10, calls_spent=9, next_batches=2), True),
        (dict(max_cost=1.0, cost_spent=0.5, next_batches=2, cost_per_call=0.2), False),
        (dict(max_cost=1.0, cost_spent=0.5, next_batches=3, cost_per_call=0.2), True),
        (dict(max_cost=1.0, cost_spent=None, next_batches=3, cost_per_call=0.2), False),  # no prices: no cost known
    ],
)
def test_budget_stop(kw, stops):
    args = dict(max_calls=None, max_cost=None, calls_spent=0, cost_spent=0.0, next_batches=1, cost_per_call=None)
    decision = budget_stop(**{**args, **kw})
    assert (decision is not None) == stops and (not stops or decision.status == "partial")


def test_estimate_prices_a_run_without_calling_the_agent(agent, sqlite_url):
    env = {**os.environ, "LEADFLOW_PRICE_INPUT_PER_MTOK": "0.4", "LEADFLOW_PRICE_OUTPUT_PER_MTOK": "1.6"}
    for args in (["estimate"], ["run", "--estimate"]):
        out = forkserver.run([*args, "--pms", "Buildium", "--state", "TX", "--quantity", "100", "--json"], env=env, timeout=120)
        assert out.returncode == 0, out.stderr
        guess = json.loads(out.stdout.strip().splitlines()[-1])
        assert guess["calls"] >= 10 and guess["prompt_tokens"] > 0 and guess["cost_usd"] > 0
    assert agent.calls == []


def test_estimate_prices_openais_hosted_searches(sqlite_url, monkeypatch):
    """With OpenAI's hosted search (a key and no base URL), an estimate counts searches per call
    and prices them: the per-call fee plus gpt-4.1-mini's fixed 8,000 input tokens a call."""
    from leadflow.app import spend
    from leadflow.domain.criteria import LeadCriteria
    from leadflow.store import UnitOfWork

    for name in ("OPENAI_BASE_URL", "LEADFLOW_SEARCH_BACKEND", "LEADFLOW_SEARCH_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("LEADFLOW_MODEL", "gpt-4.1-mini")
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.4")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "1.6")
    criteria = LeadCriteria(pms="Buildium", state="TX", quantity=50)
    with UnitOfWork(sqlite_url) as uow:
        hosted = spend.estimate(uow, criteria)
        monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "none")
        memory = spend.estimate(uow, criteria)
    assert hosted.hosted_searches == round(hosted.calls * spend.HOSTED_SEARCHES_PER_CALL) > 0
    assert memory.hosted_searches == 0
    per_search = 10.0 / 1000 + 8000 * 0.4 / 1e6
    assert hosted.cost_usd == pytest.approx(memory.cost_usd + hosted.hosted_searches * per_search, abs=1e-3)
