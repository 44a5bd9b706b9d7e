"""The searching agent without Prefect: the mode table (which discoverer a configuration gets),
the prompt that teaches the search, the tools, and one agent run's counting and error classes
against the loopback fake model, search API and web."""

from __future__ import annotations

import json
import re

import pytest
from fake_openai import AgentCall, FakeOpenAI, Reply, ToolCall, company, searching_agent, submit
from fake_search import Doc, FakeSearch, company_docs
from fake_web import ROBOTS_DISALLOW_ALL, FakeWeb, company_site, fetcher_for, login_page, page

from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.openai_agent import OpenAIDiscoverer
from leadflow.discovery.prompt import portal_shape, portal_shapes, search_host, tool_instructions
from leadflow.discovery.sources import MEMORY_NOTICE, build_discoverer, resolve_source
from leadflow.discovery.tools import BatchTools
from leadflow.domain.criteria import PMS_ALIASES, LeadCriteria
from leadflow.domain.evidence import SIGNATURES, Signature
from leadflow.domain.models import BatchRequest, Candidate
from leadflow.search import CachedSearch, build_backend


def tool_agent() -> type:
    """The searching agent's class, imported here rather than at collection: the Agents SDK takes
    a second or more to import, and only the worker that runs this module's tests (one group,
    tests/conftest.py GROUPS) needs it."""
    from leadflow.discovery.tool_agent import ToolAgentDiscoverer

    return ToolAgentDiscoverer


ENV = (
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "LEADFLOW_SEARCH_URL",
    "LEADFLOW_SEARCH_BACKEND",
    "BRAVE_API_KEY",
    "TAVILY_API_KEY",
    "LEADFLOW_MCP_SERVERS",
    "LEADFLOW_OPENAI_API",
)


# --- the mode table (docs/agents.md, "Agent modes") ---------------------------------------------


@pytest.mark.parametrize(
    "env,search,api,kind,notice",
    [
        ({"OPENAI_API_KEY": "sk-SECRET"}, "openai", "responses", "ToolAgentDiscoverer", None),
        (
            {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "LEADFLOW_SEARCH_URL": "http://127.0.0.1:8/"},
            "searxng",
            "chat",
            "ToolAgentDiscoverer",
            None,
        ),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "BRAVE_API_KEY": "b-SECRET"}, "brave", "chat", "ToolAgentDiscoverer", None),
        (
            {"OPENAI_BASE_URL": "http://127.0.0.1:9/v1", "OPENAI_API_KEY": "sk-SECRET"},
            "none",
            "chat",
            "OpenAIDiscoverer",
            MEMORY_NOTICE,
        ),
        ({"OPENAI_API_KEY": "sk-SECRET", "LEADFLOW_SEARCH_BACKEND": "none"}, "none", "chat", "OpenAIDiscoverer", None),
    ],
)
def test_the_mode_table(monkeypatch, tmp_path, env, search, api, kind, notice):
    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", f"sqlite:///{tmp_path / 'leads.db'}")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    spec, said = resolve_source("openai")
    assert (spec.search, spec.api, said) == (search, api, notice)
    assert "SECRET" not in spec.model_dump_json() + spec.fingerprint() + spec.label
    discoverer = build_discoverer(spec)
    assert type(discoverer) is {"OpenAIDiscoverer": OpenAIDiscoverer, "ToolAgentDiscoverer": tool_agent()}[kind]
    assert "SECRET" not in repr(discoverer)
    if kind == "ToolAgentDiscoverer":
        assert discoverer.hosted_search == (search == "openai") and spec.fingerprint().endswith(f":{search}")


def test_a_memory_spec_keeps_its_old_fingerprint():
    from leadflow.discovery.sources import SourceSpec

    old = SourceSpec(kind="openai", model="m", base_url="http://x/v1")
    assert old.fingerprint() == "openai::m:chat:http://x/v1"
    assert SourceSpec(kind="openai", model="m", base_url="http://x/v1", search="none").fingerprint() == old.fingerprint()
    assert SourceSpec(kind="openai", model="m", search="brave", mcp=["dir"]).fingerprint().endswith(":brave+mcp:dir")


def test_a_run_whose_search_is_not_configured_here_is_refused_not_retried(monkeypatch):
    from leadflow.discovery.sources import SourceSpec

    for name in ENV:
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(DiscoveryFailed, match="LEADFLOW_SEARCH_URL") as exc:
        build_discoverer(SourceSpec(kind="openai", model="m", base_url="http://x/v1", search="searxng"))
    assert not exc.value.transient


# --- the prompt that teaches the search ------------------------------------------------------


def test_every_pms_has_a_portal_shape_without_regex_left_in_it():
    for pms in PMS_ALIASES:
        assert portal_shapes(pms), pms
        for shape in portal_shapes(pms):
            assert not re.search(r"[\\()\[\]*+|^$]", shape) and shape.count("?") <= 1, shape
            assert "?" not in shape or re.search(r"\?[a-z]+=<account>\Z", shape), shape
    assert portal_shapes("Buildium") == ["<account>.managebuilding.com"]
    assert portal_shapes("Propertyware") == [
        "app.propertyware.com/pw/portals/<account>",
        "app.propertyware.com#/login/tenant/<account>",
        "<account>.propertyware.com",
    ]
    assert portal_shapes("Yardi") == [
        "<account>.securecafe.com/residentservices/<account>",
        "<account>.securecafe.com",
        "<account>.rentcafe.com",
        "<account>.breeze.cafe",
    ]
    assert portal_shapes("Rent Manager")[0] == "residentwebaccess.rentmanager.com?corpid=<account>"
    assert search_host("app.propertyware.com/pw/portals/<account>") == "app.propertyware.com"


def test_a_new_signature_needs_no_prompt_edit():
    new = Signature("Acme PMS", r"(?!www\.)[a-z0-9-]+\.acmeportal\.io", r"^/tenants/[^/]+")
    assert portal_shape(new.host, new.path) == "<account>.acmeportal.io/tenants/<account>"
    assert all(portal_shapes(s.pms) for s in SIGNATURES)


def test_the_instructions_teach_searching_the_portal_host_with_a_city_and_the_pay_rent_links():
    text = tool_instructions("Rent Manager")
    assert "residentwebaccess.rentmanager.com?corpid=<account>, <account>.twa.rentmanager.com" in text
    assert "`site:residentwebaccess.rentmanager.com <city>`" in text and "`places`" in text
    assert "Pay Rent" in text and "Resident Portal" in text and "submit_leads" in text
    assert text == tool_instructions("Rent Manager")  # stable per PMS: cacheable prompt prefix
    offline = tool_instructions("Rent Manager", own_search=False)
    assert "site:" not in offline and "cannot search" in offline


# --- the tools --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fake_web():
    with FakeWeb() as web:
        web.add(
            "acme-pm.test", {**company_site("https://acme.managebuilding.com/Resident/portal/login"), "/about": page("About us")}
        )
        web.add("acme.managebuilding.com", {"/Resident/portal/login": login_page("Acme PM"), "/robots.txt": ROBOTS_DISALLOW_ALL})
        web.add("private-co.test", {"/robots.txt": ROBOTS_DISALLOW_ALL, "/": page("secret")})
        yield web


def test_fetch_page_lists_portal_links_first_and_remembers_what_it_saw(fake_web):
    tools = BatchTools(fetcher_for(fake_web))
    seen = json.loads(tools.fetch_page("acme-pm.test"))
    assert seen["status"] == 200 and seen["portal_links"] == [
        {"url": "https://acme.managebuilding.com/Resident/portal/login", "proves_pms": "Buildium"}
    ]
    assert seen["links"][0] == "https://acme-pm.test/about" or "https://acme-pm.test/residents" in seen["links"]
    assert tools.fetched_bytes > 0
    cited = tools.cited(
        [
            Candidate(
                name="Acme",
                domain="www.acme-pm.test",
                city=None,
                state=None,
                pms=None,
                evidence_url="https://acme.managebuilding.com/Resident/portal/login",
            ),
            Candidate(name="Other", domain="other.test", city=None, state=None, pms=None, evidence_url=None),
        ]
    )
    assert cited == {"www.acme-pm.test": ["https://acme-pm.test/", "https://acme.managebuilding.com/Resident/portal/login"]}


def test_portals_are_fetched_despite_robots_company_pages_are_not(fake_web):
    tools = BatchTools(fetcher_for(fake_web))
    assert json.loads(tools.fetch_page("https://acme.managebuilding.com/Resident/portal/login"))["status"] == 200
    assert json.loads(tools.fetch_page("https://private-co.test/")) == {"error": "robots.txt disallows this page"}
    assert json.loads(tools.fetch_page("ftp://acme-pm.test/")) == {"error": "only http(s) URLs can be fetched"}
    assert tools.errors == 2


def test_which_pms_answers_from_the_url_or_the_page(fake_web):
    tools = BatchTools(fetcher_for(fake_web))
    assert json.loads(tools.which_pms("https://acme.appfolio.com/connect"))["pms"] == "AppFolio"
    page_says = json.loads(tools.which_pms("https://acme-pm.test/"))
    assert page_says["pms"] == "Buildium" and page_says["how"] == "portal links on the page"
    assert json.loads(tools.which_pms("https://nowhere.test/"))["error"].startswith("fetch failed")


def test_past_the_budget_a_tool_refuses_without_io(fake_web):
    tools = BatchTools(fetcher_for(fake_web), max_tool_calls=1)
    tools.called(2)
    before = len(fake_web.log)
    assert "budget spent" in json.loads(tools.fetch_page("https://acme-pm.test/"))["error"]
    assert len(fake_web.log) == before


# --- one agent run ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def model():
    server = FakeOpenAI().start()
    yield server
    server.stop()


def request(pms="Buildium", state="TX", n=3) -> BatchRequest:
    return BatchRequest(
        run_id="r1",
        batch_number=1,
        loop=1,
        criteria=LeadCriteria(pms=pms, state=state, quantity=n),
        companies_ready=0,
        remaining=n,
        batch_target=n,
    )


@pytest.fixture
def world(fake_web, model):
    stub = AgentCall(body={}, prompt="", pms="Buildium", state="TX", want=3, excluded=[], slice=None, number=0)
    rows = [company(stub, i) for i in (1, 2, 3)]
    from conftest import publish

    publish(fake_web, rows)
    with FakeSearch() as search:
        search.index(company_docs(rows))

        def agent(**kw):
            backend = CachedSearch(build_backend("searxng", url=search.url, env={}), None)
            return tool_agent()(
                model="m", fetcher=fetcher_for(fake_web), search=backend, api_key="sk-SECRET", base_url=model.base_url, **kw
            )

        yield rows, search, agent


def test_a_run_counts_every_model_call_token_and_tool_call(world, model):
    rows, search, agent = world
    model.reset(tool_script=searching_agent)
    result = agent().discover(request())
    assert sorted(c.domain for c in result.candidates) == sorted(r["domain"] for r in rows)
    u = result.usage
    assert (u.llm_calls, u.prompt_tokens, u.completion_tokens) == (3, 3 * 120, 20 * (1 + 3 + 1))
    assert (u.tool_calls, u.searches, u.search_cache_hits) == (4, 1, 0) and u.fetched_bytes > 0
    assert set(result.cited) == {r["domain"] for r in rows}
    assert all(tool["function"]["strict"] for tool in model.calls[0].body["tools"])


@pytest.mark.parametrize(
    "reply,transient,deterministic,match",
    [
        (Reply(401), False, False, "AuthenticationError"),
        (Reply(429, code="insufficient_quota"), False, False, "quota exhausted"),
        (Reply(503), True, False, "InternalServerError"),
        (Reply(content="Sorry, I found nothing."), True, True, "did not match the LeadListOutput schema"),
    ],
)
def test_failures_are_classified_like_the_one_request_agent(world, model, reply, transient, deterministic, match):
    _, _, agent = world

    def second_turn_fails(call):
        if not call.results:
            return [ToolCall("web_search", {"query": "buildium tx"})]
        raise reply

    model.reset(tool_script=second_turn_fails)
    with pytest.raises(DiscoveryFailed, match=match) as exc:
        agent().discover(request())
    failed = exc.value
    assert (failed.transient, failed.deterministic) == (transient, deterministic)
    assert failed.usage.llm_calls == 2 and failed.usage.tool_calls == 1  # the failed call and the one before
    assert failed.usage.prompt_tokens == 120 * (1 + (reply.status == 200))
    assert "SECRET" not in str(failed)
    if reply.status == 503:
        assert failed.retry_after == 0.01  # the fake's retry-after-ms: 10
    assert len(model.calls) == 2  # the client made no retries of its own


def test_an_unreachable_model_server_is_transient(world, model):
    _, _, agent = world
    d = agent()
    d._base_url = "http://127.0.0.1:9/v1"  # nothing listens on the discard port
    with pytest.raises(DiscoveryFailed, match="APIConnectionError") as exc:
        d.discover(request())
    assert exc.value.transient and exc.value.usage.llm_calls == 1


def test_submitted_companies_that_break_the_schema_are_sent_back_not_accepted(world, model):
    rows, _, agent = world

    def sloppy(call):
        if not call.results:
            return [submit([{"name": "Acme"}])]  # fields missing: the SDK answers the model with the error
        return [submit(rows[:1])]

    model.reset(tool_script=sloppy)
    result = agent().discover(request())
    assert [c.domain for c in result.candidates] == [rows[0]["domain"]]
    assert "Invalid JSON input for tool submit_leads" in model.calls[1].results[0].output


def test_the_search_tool_reads_the_backends_results(world, model):
    _, search, agent = world
    search.index([Doc("https://x.managebuilding.com/Resident/portal/login", "X - Resident Login", "Austin TX")])
    model.reset(
        tool_script=lambda call: (
            [ToolCall("web_search", {"query": "site:managebuilding.com austin"})] if not call.results else [submit([])]
        )
    )
    agent().discover(request())
    said = json.loads(model.calls[1].results[0].output)
    assert said["results"] == [
        {
            "url": "https://x.managebuilding.com/Resident/portal/login",
            "title": "X - Resident Login",
            "snippet": "Austin TX",
            "proves_pms": "Buildium",
        }
    ]


def test_one_prompt_cache_key_per_criteria_and_only_for_openai():
    from leadflow.discovery.openai_agent import provider_args
    from leadflow.domain.criteria import LeadCriteria
    from leadflow.domain.models import BatchRequest

    def request(state: str, number: int) -> BatchRequest:
        return BatchRequest(
            run_id=f"run{number}",
            batch_number=number,
            loop=1,
            companies_ready=0,
            remaining=10,
            batch_target=10,
            criteria=LeadCriteria(pms="Buildium", state=state, quantity=10),
        )

    first, later = provider_args(request("TX", 1), None), provider_args(request("TX", 7), "https://api.openai.com/v1")
    assert first == later and first["prompt_cache_key"].startswith("leadflow-")  # every batch and run of TX/Buildium
    assert provider_args(request("GA", 1), None) != first
    assert provider_args(request("TX", 1), "http://127.0.0.1:11434/v1") == {}  # other servers do not know the field


def test_the_last_search_failure_survives_summing_usage():
    from leadflow.domain.models import Usage

    total = Usage(searches_failed=1, search_error="brave: HTTP 429") + Usage(searches=2) + Usage()
    assert (total.searches, total.searches_failed, total.search_error) == (2, 1, "brave: HTTP 429")
    assert (Usage(search_error="a") + Usage(search_error="b")).search_error == "b"


@pytest.mark.parametrize(
    "model,env,expected",
    [
        ("gpt-4.1-mini", {}, 0.01 + 8000 * 0.4 / 1e6),
        ("gpt-4o-mini-2024-07-18", {}, 0.01 + 8000 * 0.4 / 1e6),
        ("gpt-4.1", {}, 0.01),
        (
            "gpt-4.1",
            {"LEADFLOW_PRICE_WEB_SEARCH_PER_1K": "25", "LEADFLOW_WEB_SEARCH_CONTENT_TOKENS": "1000"},
            0.025 + 1000 * 0.4 / 1e6,
        ),
    ],
)
def test_a_hosted_search_is_priced_per_call(monkeypatch, model, env, expected):
    from leadflow import settings

    monkeypatch.setenv("LEADFLOW_PRICE_INPUT_PER_MTOK", "0.4")
    monkeypatch.setenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK", "1.6")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert settings.load().hosted_search_usd(model) == pytest.approx(expected)
    monkeypatch.delenv("LEADFLOW_PRICE_INPUT_PER_MTOK")
    monkeypatch.delenv("LEADFLOW_PRICE_OUTPUT_PER_MTOK")
    assert settings.load().hosted_search_usd(model) is None  # a cost without tokens would mislead
