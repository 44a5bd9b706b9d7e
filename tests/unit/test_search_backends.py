"""Search backends over real loopback HTTP (tests/fake_search.py), the search cache in a real
SQLite lead store, and the settings that choose the agent's search."""

from __future__ import annotations

import pytest
from fake_search import BRAVE_KEY, TAVILY_KEY, Doc, FakeSearch
from fake_web import FakeProxy, FakeWeb

from leadflow import settings
from leadflow.search import CachedSearch, SearchFailed, build_backend, normalise_query
from leadflow.store import UnitOfWork
from leadflow.store.caches import StoreSearchCache

DOCS = [
    Doc("https://acme-pm.test/", "Acme PM", "Acme manages homes in Austin, TX. Pay Rent online."),
    Doc("https://acme.managebuilding.com/Resident/portal/login", "Acme PM - Resident Login", "Austin TX portal"),
    Doc("https://other.test/", "Other PM", "Dallas, TX"),
]


@pytest.fixture
def search():
    with FakeSearch() as fake:
        fake.index(DOCS)
        yield fake


@pytest.mark.parametrize("name", ["searxng", "brave", "tavily"])
def test_every_backend_reads_its_api_shape(search, name):
    backend = build_backend(name, url=search.url, brave_key=BRAVE_KEY, tavily_key=TAVILY_KEY, env={})
    try:
        results = backend.search("austin pay rent")
        site = backend.search("site:managebuilding.com austin")
    finally:
        backend.close()
    assert [(r.url, r.title) for r in results] == [("https://acme-pm.test/", "Acme PM")]
    assert "Pay Rent" in results[0].snippet
    assert [r.url for r in site] == ["https://acme.managebuilding.com/Resident/portal/login"]
    assert search.hits(name) == 2


def test_searxng_accepts_its_search_path_and_says_why_a_403_happens(search):
    backend = build_backend("searxng", url=search.url + "/search", env={})
    assert [r.url for r in backend.search("dallas")] == ["https://other.test/"]
    search.fail["dallas"] = 403
    with pytest.raises(SearchFailed, match=r"does not serve JSON; add json to `search: formats:`") as exc:
        backend.search("dallas")
    assert not exc.value.transient and exc.value.cause == "refused"


def test_searxng_with_its_limiter_on_lets_leadflow_in_then_says_which_settings_to_change(search):
    """The limiter blocks clients that do not look like a browser asking for JSON; leadflow's
    headers pass, and past the limiter's 4 API searches an hour the failure names the settings."""
    search.searxng_limiter = True
    backend = build_backend("searxng", url=search.url, env={})
    for _ in range(4):
        assert [r.url for r in backend.search("dallas")] == ["https://other.test/"]
    with pytest.raises(SearchFailed) as exc:
        backend.search("dallas")
    assert exc.value.cause == "refused" and not exc.value.transient
    assert "limiter" in str(exc.value) and "server: limiter: false" in str(exc.value) and "pass_ip" in str(exc.value)
    assert search.hits("searxng") == 4 and search.hits("searxng-blocked") == 1


def test_searxng_blocks_a_client_without_the_headers_it_wants(search):
    import httpx

    search.searxng_limiter = True
    answer = httpx.get(
        f"{search.url}/search",
        params={"q": "dallas", "format": "json"},
        headers={"Accept": "application/json", "User-Agent": "python-httpx/0.28"},
    )
    assert answer.status_code == 429 and answer.text == "Too Many Requests"


def test_searxng_engines_that_all_failed_are_a_failure_not_no_results(search):
    search.fail["dallas"] = "engines_down"
    backend = build_backend("searxng", url=search.url, env={})
    with pytest.raises(SearchFailed, match=r"no engine answered: bing \(timeout\), google \(CAPTCHA\)") as exc:
        backend.search("dallas")
    assert exc.value.transient and exc.value.cause == "engines"


@pytest.mark.parametrize("name", ["brave", "tavily"])
def test_a_long_query_is_trimmed_to_the_services_limits_and_never_refused(search, name):
    backend = build_backend(name, url=search.url, brave_key=BRAVE_KEY, tavily_key=TAVILY_KEY, env={})
    places = " OR ".join(f"site:managebuilding.com {city}" for city in ["Austin", "Dallas", "Houston"] * 8)
    assert len(places.split()) > 50 and len(places) > 400
    backend.search("austin " + places)
    [(_, sent)] = [q for q in search.queries if q[0] == name]
    assert len(sent) <= 400 and len(sent.split()) <= (50 if name == "brave" else 400) and sent.startswith("austin ")


def test_a_query_the_service_refuses_is_a_bad_query_not_a_refused_configuration(search):
    backend = build_backend("tavily", url=search.url, tavily_key=TAVILY_KEY, env={})
    backend._search = lambda q: backend._json(
        backend._http.build_request(  # bypass the trimming
            "POST", f"{backend.base_url}/search", headers={"Authorization": f"Bearer {TAVILY_KEY}"}, json={"query": q}
        )
    )
    with pytest.raises(SearchFailed, match="Query is too long") as exc:
        backend.search("x" * 401)
    assert exc.value.cause == "bad_query" and exc.value.transient


@pytest.mark.parametrize(
    "name,what,cause,words",
    [
        ("brave", "rate_limited", "rate_limited", "RATE_LIMITED"),
        ("brave", "quota", "quota", "monthly quota is spent: it resets in 16.4 days"),
        ("tavily", "rate_limited", "rate_limited", "excessive requests"),
        ("tavily", "quota", "quota", "exceeds your plan's set usage limit"),
    ],
)
def test_a_spent_quota_is_told_from_a_rate_limit_by_the_services_own_signals(search, name, what, cause, words):
    search.fail["austin"] = what
    backend = build_backend(name, url=search.url, brave_key=BRAVE_KEY, tavily_key=TAVILY_KEY, env={})
    with pytest.raises(SearchFailed) as exc:
        backend.search("austin")
    assert exc.value.cause == cause and words in str(exc.value)
    assert exc.value.transient is (cause == "rate_limited")
    # a short wait the service asks for (Brave's X-RateLimit-Reset: 1 s) is waited for once
    assert search.hits(name) == (2 if (name, cause) == ("brave", "rate_limited") else 1)


def test_snippets_are_plain_text(search):
    search.index([Doc("https://bold.test/", "<strong>Bold</strong> PM", "Managers in <strong>Waco</strong> &amp; more")])
    backend = build_backend("brave", url=search.url, brave_key=BRAVE_KEY, env={})
    [result] = backend.search("waco")
    assert (result.title, result.snippet) == ("Bold PM", "Managers in Waco & more")


@pytest.mark.parametrize("status,transient", [(500, True), (503, True), (401, False), (404, False)])
def test_failures_are_classified(search, status, transient):
    search.fail["boom"] = status
    backend = build_backend("searxng", url=search.url, env={})
    with pytest.raises(SearchFailed, match=f"HTTP {status}") as exc:
        backend.search("boom")
    assert exc.value.transient is transient


@pytest.mark.parametrize("name", ["brave", "tavily"])
def test_a_wrong_key_is_not_transient_and_never_shown(search, name):
    backend = build_backend(name, url=search.url, brave_key="wrong-key-SECRET", tavily_key="tvly-SECRET", env={})
    with pytest.raises(SearchFailed) as exc:
        backend.search("austin")
    assert not exc.value.transient and exc.value.cause == "bad_key"
    assert "SECRET" not in str(exc.value) and "SECRET" not in repr(backend)
    assert ("SUBSCRIPTION_TOKEN_INVALID" if name == "brave" else "missing or invalid API key") in str(exc.value)


def test_a_slow_backend_times_out_as_transient(search):
    search.fail["slow"], search.hang_seconds = "hang", 2.0
    backend = build_backend("searxng", url=search.url, timeout=0.3, env={})
    with pytest.raises(SearchFailed, match="timeout") as exc:
        backend.search("slow")
    assert exc.value.transient


def test_missing_configuration_is_refused():
    with pytest.raises(ValueError, match="LEADFLOW_SEARCH_URL"):
        build_backend("searxng", url=None)
    with pytest.raises(ValueError, match="BRAVE_API_KEY"):
        build_backend("brave", url=None)
    with pytest.raises(ValueError, match="unknown"):
        build_backend("google", url="http://x")


def test_the_backend_goes_through_the_proxy_of_the_environment(search):
    with FakeWeb() as web, FakeProxy(web) as proxy:
        web.dns["search.internal.test"] = "127.0.0.1"
        port = search.server.server_address[1]
        backend = build_backend("searxng", url=f"http://search.internal.test:{port}", env={"HTTP_PROXY": proxy.url})
        assert [r.url for r in backend.search("dallas")] == ["https://other.test/"]
        bypass = build_backend("searxng", url=search.url, env={"HTTP_PROXY": proxy.url, "NO_PROXY": "127.0.0.1"})
        bypass.search("dallas")
    assert proxy.requests == [("GET", f"search.internal.test:{port}")]


def test_the_cache_answers_a_repeated_query_until_it_expires(search, migrated_sqlite_url):
    url = migrated_sqlite_url
    backend = build_backend("searxng", url=search.url, env={})
    first = CachedSearch(backend, StoreSearchCache(url, ttl_days=7))
    assert [r.url for r in first.search("Austin  PAY rent")] == ["https://acme-pm.test/"]
    second = CachedSearch(backend, StoreSearchCache(url, ttl_days=7))  # another batch, run or night
    assert [r.url for r in second.search("austin pay rent")] == ["https://acme-pm.test/"]
    assert second.search("nothing matches this") == []
    assert second.search("nothing matches this") == []  # an empty answer is cached too
    assert search.hits() == 2 and (second.searches, second.hits) == (3, 2)
    with UnitOfWork(url) as uow:
        uow.conn.exec_driver_sql("UPDATE search_cache SET expires_at = '2000-01-01 00:00:00'")
        uow.commit()
    second.search("austin pay rent")
    assert search.hits() == 3


def test_failures_are_never_cached_and_ttl_zero_turns_the_cache_off(search, migrated_sqlite_url):
    url = migrated_sqlite_url
    backend = build_backend("searxng", url=search.url, env={})
    cached = CachedSearch(backend, StoreSearchCache(url, ttl_days=7))
    search.fail["dallas"] = 500
    with pytest.raises(SearchFailed):
        cached.search("dallas")
    search.fail.clear()
    assert [r.url for r in cached.search("dallas")] == ["https://other.test/"]
    off = CachedSearch(backend, StoreSearchCache(url, ttl_days=0))
    off.search("austin")
    off.search("austin")
    assert search.hits() == 4 and off.hits == 0


def test_queries_are_normalised_for_the_cache():
    assert normalise_query("  Buildium  Austin\tTX ") == "buildium austin tx"


@pytest.mark.parametrize(
    "env,expected",
    [
        ({"OPENAI_API_KEY": "sk-x"}, "openai"),
        ({"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": "https://api.openai.com/v1"}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "none"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "LEADFLOW_SEARCH_URL": "http://s"}, "searxng"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "BRAVE_API_KEY": "b"}, "brave"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "TAVILY_API_KEY": "t"}, "tavily"),
        ({"OPENAI_API_KEY": "sk-x", "LEADFLOW_SEARCH_BACKEND": "none"}, "none"),
        ({"OPENAI_API_KEY": "sk-x", "LEADFLOW_SEARCH_URL": "http://s", "LEADFLOW_SEARCH_BACKEND": "searxng"}, "searxng"),
        ({}, "none"),
    ],
)
def test_the_search_the_agent_gets(monkeypatch, env, expected):
    for name in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "LEADFLOW_SEARCH_URL",
        "LEADFLOW_SEARCH_BACKEND",
        "BRAVE_API_KEY",
        "TAVILY_API_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert settings.load().search() == expected


def test_mcp_servers_are_parsed_and_bad_json_names_the_variable(monkeypatch):
    monkeypatch.setenv("LEADFLOW_MCP_SERVERS", '{"name": "dir", "command": "python", "args": ["-m", "x"]}')
    assert settings.load().mcp_server_configs() == [{"name": "dir", "command": "python", "args": ["-m", "x"]}]
    monkeypatch.setenv("LEADFLOW_MCP_SERVERS", "[{")
    with pytest.raises(Exception, match="LEADFLOW_MCP_SERVERS"):
        settings.load().mcp_server_configs()
