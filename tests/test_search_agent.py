"""The searching agent end to end: the lead_list flow, the OpenAI Agents SDK over loopback HTTP
to a fake model that calls tools the way real ones do (tests/fake_openai.py), a SearXNG-
compatible search API (tests/fake_search.py) and the fake web over real TLS (tests/fake_web.py).
No mocks of the SDK, no network beyond 127.0.0.1."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest
from fake_openai import AgentCall, Cite, HostedSearch, ToolCall, company, searching_agent, submit
from fake_search import company_docs
from fake_web import Reply

from leadflow.flows.lead_list import lead_list, run_summary
from leadflow.store import UnitOfWork

TESTS = Path(__file__).resolve().parent


def companies(pms: str, state: str, n: int, start: int = 0) -> list[dict]:
    stub = AgentCall(body={}, prompt="", pms=pms, state=state, want=n, excluded=[], slice=None, number=0)
    return [company(stub, i) for i in range(start + 1, start + n + 1)]


def on_the_web(web, search, rows: list[dict]) -> list[dict]:
    """The companies exist (homepage linking a live portal) and the search engine knows them."""
    web.publish(rows)
    search.index(company_docs(rows))
    return rows


def stored(url: str, run_id: str) -> tuple[list[dict], list[dict], dict[int, dict]]:
    with UnitOfWork(url) as uow:
        rows = uow.repo.export_rows(run_id, include_rejected=True)
        batches = uow.repo.batch_rows(run_id)
        answers = uow.repo.answers(run_id, [b.number for b in batches])
    return rows, batches, answers


def outputs(agent, name: str) -> list[str]:
    """What the tool `name` answered the model, over every request the server saw."""
    return list(dict.fromkeys(r.output for c in agent.calls for r in c.results if r.name == name))


def test_a_batch_found_by_search_and_fetch_delivers_leads_with_cited_provenance(agent, web, search, store_url):
    rows = on_the_web(web, search, companies("Buildium", "TX", 5))
    agent.reset(tool_script=searching_agent)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=5, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.verified) == ("completed", 5, 5)
    assert s.source == "openai:test-model"
    leads, batches, answers = stored(store_url, s.run_id)
    assert sorted(r["domain"] for r in leads) == sorted(r["domain"] for r in rows)
    for lead in leads:  # what the agent saw, next to what the live checks saw
        assert lead["evidence_method"] in ("portal_live", "site_links_portal") and lead["evidence_http_status"] == 200
        assert f"https://{lead['domain']}/" in lead["cited_urls"] and lead["evidence_url"] in lead["cited_urls"]
    # three model calls (search, fetch five sites, submit); six tool calls; every token counted
    assert len(agent.calls) == 3 and all(c.body["tools"] for c in agent.calls)
    usage = answers[1]["usage"]
    assert (usage["llm_calls"], usage["tool_calls"], usage["searches"], usage["search_cache_hits"]) == (3, 6, 1, 0)
    assert usage["fetched_bytes"] > 0
    assert (batches[0].tool_calls, s.tool_calls) == (6, 6)
    assert batches[0].prompt_tokens == 3 * agent.prompt_tokens == s.prompt_tokens
    assert batches[0].completion_tokens == agent.tool_call_tokens * (1 + 5 + 1)
    assert search.hits("searxng") == 1
    # the request carried leadflow's tools and the instructions that teach the search
    first = agent.calls[0].body
    names = {t["function"]["name"] for t in first["tools"]}
    assert names == {"web_search", "fetch_page", "which_pms", "submit_leads"}
    system = next(m["content"] for m in first["messages"] if m["role"] == "system")
    assert "<account>.managebuilding.com" in system and "site:managebuilding.com" in system


def test_a_second_run_of_the_same_criteria_hits_the_search_cache(agent, web, search, sqlite_url):
    on_the_web(web, search, companies("AppFolio", "FL", 4))
    agent.reset(tool_script=searching_agent)
    first = run_summary(lead_list(pms="AppFolio", state="FL", quantity=4, source="openai", return_state=True))
    assert (first.status, first.companies_ready) == ("completed", 4) and search.hits() == 1
    again = run_summary(lead_list(pms="AppFolio", state="FL", quantity=4, source="openai", return_state=True))
    assert again.run_id != first.run_id and (again.status, again.companies_ready) == ("completed", 4)
    assert search.hits() == 1  # the second run's search came from the lead store
    _, _, answers = stored(sqlite_url, again.run_id)
    assert (answers[1]["usage"]["searches"], answers[1]["usage"]["search_cache_hits"]) == (1, 1)


def test_malformed_tool_calls_go_back_to_the_model_and_the_batch_still_delivers(agent, web, search, sqlite_url):
    on_the_web(web, search, companies("Rentvine", "GA", 3))

    def clumsy(call):
        if not call.results:  # broken JSON, a tool that does not exist, a wrong argument name
            return [
                ToolCall("web_search", '{"query": "Rentvine pay rent'),
                ToolCall("search_web", {"q": "x"}),
                ToolCall("fetch_page", {"link": "https://x.test/"}),
            ]
        return searching_agent(dataclasses.replace(call, results=call.results[3:]))

    agent.reset(tool_script=clumsy)
    s = run_summary(lead_list(pms="Rentvine", state="GA", quantity=3, source="openai", return_state=True))
    assert (s.status, s.companies_ready) == ("completed", 3)
    said = outputs(agent, "web_search") + outputs(agent, "search_web") + outputs(agent, "fetch_page")
    assert any("Invalid JSON input for tool web_search" in o for o in said)
    assert "Tool 'search_web' not found." in said
    assert any("Invalid JSON input for tool fetch_page" in o for o in said)
    assert s.tool_calls == 3 + 1 + 3  # the malformed calls count too
    assert search.hits() == 1  # the broken call never reached the backend


def test_a_tool_that_errors_or_times_out_is_an_answer_the_model_reads(agent, web, search, sqlite_url, monkeypatch):
    monkeypatch.setattr("leadflow.discovery.tool_agent.TOOL_TIMEOUT_SECONDS", 0.5)
    on_the_web(web, search, companies("Buildium", "NC", 2))
    # Slower than the tool's deadline, not hung: the abandoned fetch still holds its thread, and
    # the batch ends only once that thread does (asyncio.run joins its executor), which with a
    # hang that was the live fetcher's whole 10 s deadline.
    slow = Reply(delay=1.5)
    web.add("slow-co.test", {"/": slow, "/robots.txt": slow})
    search.fail["outage"] = 503

    def unlucky(call):
        if not call.results:
            return [
                ToolCall("web_search", {"query": "buildium outage"}),
                ToolCall("fetch_page", {"url": "https://slow-co.test/"}),
            ]
        return searching_agent(dataclasses.replace(call, results=call.results[2:]))

    agent.reset(tool_script=unlucky)
    s = run_summary(lead_list(pms="Buildium", state="NC", quantity=2, source="openai", return_state=True))
    assert (s.status, s.companies_ready) == ("completed", 2)
    assert json.loads(outputs(agent, "web_search")[0]) == {
        "error": "search failed (searxng: HTTP 503: scripted 503); try again later or another query"
    }
    assert any("timed out" in o for o in outputs(agent, "fetch_page"))
    assert search.hits() == 2  # the failed search is not cached: the next one asked the backend again


def test_an_agent_that_never_stops_calling_tools_is_bounded_and_counted(agent, web, search, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_AGENT_MAX_TURNS", "5")
    monkeypatch.setenv("LEADFLOW_AGENT_MAX_TOOL_CALLS", "3")
    monkeypatch.setenv("LEADFLOW_FAILED_LOOPS", "1")  # the batch's bounds are the point, not the loops
    on_the_web(web, search, companies("Buildium", "TX", 3))
    agent.reset(tool_script=lambda call: [ToolCall("web_search", {"query": f"buildium tx {len(call.results)}"})])
    s = run_summary(
        lead_list(pms="Buildium", state="TX", quantity=3, source="openai", options={"stall_loops": 1}, return_state=True)
    )
    assert s.status == "failed" and s.companies_ready == 0
    # deterministic: retried once with half the batch, then the batch fails; 5 model calls each
    assert len(agent.calls) == 10 and [c.want for c in agent.calls] == [3] * 5 + [1] * 5
    _, batches, _ = stored(sqlite_url, s.run_id)
    assert "agent did not finish within 5 turns (5 tool calls)" in batches[0].error
    assert batches[0].prompt_tokens == 10 * agent.prompt_tokens  # failed attempts are paid for
    # three searches per attempt (past the budget the tool refused without searching); the
    # retry asked the same three, answered by the search cache
    assert search.queries == [("searxng", f"buildium tx {n}") for n in range(3)]
    budget = [o for o in outputs(agent, "web_search") if "budget spent" in o]
    assert budget


def test_a_search_backend_that_refuses_its_key_fails_the_run_at_once(agent, web, search, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "brave")
    monkeypatch.setenv("BRAVE_API_KEY", "brave-wrong-SECRET-42")
    agent.reset(tool_script=searching_agent)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", return_state=True))
    assert (
        s.status == "failed"
        and "the agent could not search: brave: HTTP 422 SUBSCRIPTION_TOKEN_INVALID" in (s.status_reason)
        and "check BRAVE_API_KEY" in s.status_reason
    )
    assert "SECRET" not in s.status_reason and len(agent.calls) == 1
    assert search.hits() == 0  # refused at the door: the key was wrong


def test_tavily_is_a_keyed_backend_too(agent, web, search, sqlite_url, monkeypatch):
    from fake_search import TAVILY_KEY

    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "tavily")
    monkeypatch.setenv("TAVILY_API_KEY", TAVILY_KEY)
    on_the_web(web, search, companies("Buildium", "AZ", 2))
    agent.reset(tool_script=searching_agent)
    s = run_summary(lead_list(pms="Buildium", state="AZ", quantity=2, source="openai", return_state=True))
    assert (s.status, s.companies_ready, search.hits("tavily")) == ("completed", 2, 1)


def test_hosted_web_search_on_the_responses_api_cites_its_sources(agent, web, search, sqlite_url, monkeypatch):
    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "openai")  # a loopback "OpenAI"
    rows = on_the_web(web, search, companies("AppFolio", "CA", 3))
    homes = [f"https://{r['domain']}/" for r in rows]
    agent.hosted_search = lambda query: homes

    def openai_like(call):
        if not call.results:  # OpenAI searches on its side, cites, and fetches one site with our tool
            return [
                HostedSearch("AppFolio property management California"),
                Cite("These companies use AppFolio.", [r["evidence_url"] for r in rows]),
                ToolCall("fetch_page", {"url": homes[0]}),
            ]
        return [submit(rows)]

    agent.reset(tool_script=openai_like)
    s = run_summary(lead_list(pms="AppFolio", state="CA", quantity=3, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.verified) == ("completed", 3, 3)
    body = agent.calls[0].body
    hosted = next(t for t in body["tools"] if t["type"] == "web_search")
    assert hosted["user_location"] == {"type": "approximate", "country": "US", "region": "CA"}
    assert body["include"] == ["web_search_call.action.sources"] and "web_search" not in {
        t.get("name") for t in body["tools"]
    }  # no own search tool beside the hosted one
    leads, batches, answers = stored(sqlite_url, s.run_id)
    for lead, row in zip(sorted(leads, key=lambda r: r["domain"]), sorted(rows, key=lambda r: r["domain"]), strict=True):
        assert f"https://{row['domain']}/" in lead["cited_urls"] and row["evidence_url"] in lead["cited_urls"]
    assert (answers[1]["usage"]["tool_calls"], answers[1]["usage"]["searches"]) == (2, 1)
    assert search.hits() == 0


def test_an_mcp_server_over_stdio_lends_the_agent_its_tools(agent, web, search, sqlite_url, monkeypatch):
    rows = on_the_web(web, search, companies("Buildium", "FL", 2))
    directory = TESTS / "fake_mcp.py"
    monkeypatch.setenv(
        "LEADFLOW_MCP_SERVERS",
        json.dumps(
            [
                {
                    "name": "directory",
                    "command": sys.executable,
                    "args": [str(directory)],
                    "env": {"FAKE_MCP_ROWS": json.dumps(rows)},
                }
            ]
        ),
    )

    def asks_the_directory(call):
        if not call.results:
            return [ToolCall("lookup_companies", {"pms": call.pms, "state": call.state})]
        listed = json.loads(call.results[0].output)
        return [submit(listed["companies"])]

    agent.reset(tool_script=asks_the_directory)
    s = run_summary(lead_list(pms="Buildium", state="FL", quantity=2, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.verified) == ("completed", 2, 2)
    offered = {t["function"]["name"] for t in agent.calls[0].body["tools"]}
    assert {"lookup_companies", "web_search", "submit_leads"} <= offered
    assert s.tool_calls == 1


@pytest.mark.parametrize("env,tools", [({}, False), ({"LEADFLOW_SEARCH_BACKEND": "searxng"}, True)])
def test_a_base_url_without_a_search_backend_answers_from_memory(agent, web, sqlite_url, monkeypatch, env, tools):
    """The existing behaviour: one Chat Completions request per batch, no tools; the run says so."""
    monkeypatch.delenv("LEADFLOW_SEARCH_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", return_state=True))
    if tools:  # searxng asked for without its URL: refused at once, naming the variable
        assert s.status == "failed" and "LEADFLOW_SEARCH_URL" in s.status_reason and not agent.calls
        return
    assert (s.status, s.companies_ready, s.tool_calls) == ("completed", 3, 0)
    assert len(agent.calls) == 1 and "tools" not in agent.calls[0].body


def _summary_json(url: str, run_id: str) -> dict:
    from typer.testing import CliRunner

    from leadflow.cli.main import app

    result = CliRunner().invoke(app, ["status", run_id, "--json"], env={"LEADFLOW_DATABASE_URL": url})
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_a_searxng_whose_limiter_refuses_every_search_fails_the_run_saying_so(agent, web, search, sqlite_url):
    """The limiter of a public-style instance lets no API search through: the run does not end
    `completed` from the model's memory; it fails at the first refusal, naming the settings."""
    search.searxng_limiter, search.searxng_api_per_hour = True, 0
    on_the_web(web, search, companies("Buildium", "TX", 3))
    agent.reset(tool_script=searching_agent)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", return_state=True))
    assert s.status == "failed" and len(agent.calls) == 1  # no more model calls paid for
    assert "the agent could not search: searxng: HTTP 429" in s.status_reason
    assert "server: limiter: false" in s.status_reason and "pass_ip" in s.status_reason
    shown = _summary_json(sqlite_url, s.run_id)
    assert (shown["searches"], shown["searches_failed"]) == (0, 1) and "limiter" in shown["search_error"]
    assert shown["search_failures"] == {"refused": 1}


def test_a_run_whose_every_search_failed_says_its_companies_came_from_memory(agent, web, search, sqlite_url):
    """Every engine behind SearXNG failed (a transient failure): the model submitted companies
    anyway; they are checked live like any, and the run's reason says the agent could not search."""
    rows = on_the_web(web, search, companies("Buildium", "TX", 3))
    search.fail["buildium"] = "engines_down"

    def from_memory(call):
        if not call.results:
            return [ToolCall("web_search", {"query": "buildium pay rent property management tx"})]
        return [submit(rows)]

    agent.reset(tool_script=from_memory)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.searches, s.searches_failed) == ("completed", 3, 0, 1)
    assert s.search_failures == {"engines": 1}
    assert (
        "the agent could not search (1 search(es) failed, the last: searxng: no engine answered: bing "
        "(timeout), google (CAPTCHA)): its companies came from the model's memory" in s.status_reason
    )
    _, batches, _ = stored(sqlite_url, s.run_id)
    assert (batches[0].searches, batches[0].searches_failed) == (0, 1)


def test_a_query_over_braves_word_limit_is_trimmed_and_never_fails_the_run(agent, web, search, sqlite_url, monkeypatch):
    from fake_search import BRAVE_KEY

    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "brave")
    monkeypatch.setenv("BRAVE_API_KEY", BRAVE_KEY)
    rows = on_the_web(web, search, companies("Buildium", "TX", 2))
    places = " OR ".join(f'"{city}"' for city in ["Austin", "Dallas", "Houston", "El Paso", "Waco", "Tyler"] * 4)

    def or_everything(call):
        if not call.results:
            return [ToolCall("web_search", {"query": f"buildium pay rent {places}"})]
        return [submit(rows)]

    agent.reset(tool_script=or_everything)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=2, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.searches_failed) == ("completed", 2, 0)
    [(_, sent)] = search.queries
    assert len(sent.split()) <= 50 and len(sent) <= 400 and search.hits("brave-refused") == 0


def test_a_spent_brave_quota_fails_the_run_once_with_braves_words(agent, web, search, sqlite_url, monkeypatch):
    from fake_search import BRAVE_KEY

    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "brave")
    monkeypatch.setenv("BRAVE_API_KEY", BRAVE_KEY)
    search.fail["buildium"] = "quota"
    agent.reset(tool_script=searching_agent)
    s = run_summary(lead_list(pms="Buildium", state="TX", quantity=3, source="openai", return_state=True))
    assert s.status == "failed" and len(agent.calls) == 1 and search.hits("brave") == 1
    assert "brave: HTTP 429 RATE_LIMITED: Request rate limit exceeded for plan." in s.status_reason
    assert "the monthly quota is spent" in s.status_reason


def test_no_request_asks_the_provider_to_store_it_and_strict_tools_run_one_at_a_time(agent, web, search, sqlite_url):
    on_the_web(web, search, companies("Buildium", "TX", 2))
    agent.reset(tool_script=searching_agent)
    run_summary(lead_list(pms="Buildium", state="TX", quantity=2, source="openai", return_state=True))
    assert agent.calls and all(c.body.get("store") is False for c in agent.calls)
    assert all(c.body.get("parallel_tool_calls") is False for c in agent.calls)


@pytest.mark.parametrize("searching", [True, False])
def test_hosted_search_fees_are_in_the_cost_and_one_request_mode_keeps_its_citations(
    agent, web, search, sqlite_url, monkeypatch, searching
):
    """OpenAI bills hosted web search per call, and gpt-4.1-mini a fixed block of 8,000 input
    tokens per call on top: both are in cost_usd (tokens at $0.40 / $1.60 per million)."""
    monkeypatch.setenv("LEADFLOW_SEARCH_BACKEND", "openai" if searching else "none")
    monkeypatch.setenv("LEADFLOW_OPENAI_API", "responses")
    monkeypatch.setenv("LEADFLOW_MODEL", "gpt-4.1-mini")
    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.40")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "1.60")
    rows = on_the_web(web, search, companies("AppFolio", "CA", 3))
    agent.hosted_search = lambda query: [f"https://{r['domain']}/" for r in rows]
    agent.reset(
        script=lambda call: rows,
        tool_script=lambda call: (
            [HostedSearch("appfolio california"), HostedSearch("appfolio pay rent")] if call.number == 1 else [submit(rows)]
        ),
    )
    s = run_summary(lead_list(pms="AppFolio", state="CA", quantity=3, source="openai", return_state=True))
    assert (s.status, s.companies_ready, s.hosted_searches, s.searches) == ("completed", 3, 2, 2)
    tokens = (s.prompt_tokens * 0.40 + s.completion_tokens * 1.60) / 1e6
    per_search = 10.0 / 1000 + 8000 * 0.40 / 1e6
    assert s.cost_usd == pytest.approx(tokens + 2 * per_search, abs=1e-6) and s.cost_usd > 2 * tokens
    assert all(c.body.get("store") is False for c in agent.calls)
    leads, _, _ = stored(sqlite_url, s.run_id)
    assert all(f"https://{lead['domain']}/" in (lead["cited_urls"] or []) for lead in leads)
