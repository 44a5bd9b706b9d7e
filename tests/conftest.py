"""Shared test infrastructure: one real Prefect server per session, real SQLite and Postgres
lead stores, and a real OpenAI-compatible HTTP server on 127.0.0.1.

Prefect reads its settings when it is imported, so the server is started and the
environment set in `pytest_configure`, before any test module imports Prefect.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).parent))  # fake_openai
PG_ADMIN_URL = os.environ.get("LEADFLOW_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

_server: subprocess.Popen | None = None
_api_url = ""
_tmp = Path(tempfile.mkdtemp(prefix="leadflow-tests-"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start_prefect_server() -> None:
    global _server
    port = int(_api_url.rsplit(":", 1)[1].split("/")[0])
    # The UI is served too (tests/test_ui_browser.py opens it; about a second more at start), and
    # told where the API is, since the server itself runs with PREFECT_API_URL unset.
    env = {**os.environ, "PREFECT_HOME": str(_tmp / "prefect-server"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_UI_ENABLED": "true", "PREFECT_UI_API_URL": _api_url, "DO_NOT_TRACK": "1", "PREFECT_API_URL": ""}
    log = open(_tmp / "prefect-server.log", "w")  # noqa: SIM115 - the server writes it until the session ends
    _server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT, cwd=_tmp,
    )


def _wait_for_prefect_server() -> str:
    if _server is None:
        _start_prefect_server()
    assert _server is not None
    url = _api_url
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if _server.poll() is not None:
            raise RuntimeError(f"Prefect server exited; see {_tmp / 'prefect-server.log'}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return url
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("Prefect server did not become healthy in 120 s")


def pytest_configure(config):
    global _api_url
    os.environ.update({
        "PREFECT_HOME": str(_tmp / "prefect-client"),
        "LEADFLOW_HOME": str(_tmp / "leadflow-home"),
        "DO_NOT_TRACK": "1",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "LEADFLOW_RETRY_BACKOFF_SECONDS": "0.05",
    })
    for key in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LEADFLOW_DATABASE_URL", "LEAD_LIST_BATCH_SIZE", "LEADFLOW_MODEL",
                "LEADFLOW_SEARCH_URL", "LEADFLOW_SEARCH_BACKEND", "BRAVE_API_KEY", "TAVILY_API_KEY", "LEADFLOW_MCP_SERVERS"):
        os.environ.pop(key, None)
    # Prefect reads PREFECT_API_URL when it is imported, so the address is fixed now; the
    # server itself starts only when a selected test needs it (not for `-m unit`).
    _api_url = f"http://127.0.0.1:{_free_port()}/api"
    os.environ["PREFECT_API_URL"] = _api_url


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Everything under tests/unit is a Prefect-free unit test: `python -m pytest -m unit`."""
    unit_dir = Path(__file__).parent / "unit"
    for item in items:
        if unit_dir in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.unit)


def pytest_collection_finish(session):
    """Start the one Prefect server early (it takes seconds) when any selected test needs it."""
    if any(item.get_closest_marker("unit") is None for item in session.items):
        _start_prefect_server()


@pytest.fixture(autouse=True)
def _prefect_server_for_integration_tests(request):
    if request.node.get_closest_marker("unit") is None:
        request.getfixturevalue("prefect_api_url")


def pytest_unconfigure(config):
    if "prefect" in sys.modules:  # deliver queued log lines before the server goes away
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=5)
    if _server is not None:
        _server.terminate()
        try:
            _server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            _server.kill()
    shutil.rmtree(_tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_api_url() -> str:
    """The session's Prefect server, started on first use and healthy."""
    return _wait_for_prefect_server()


# --- lead stores ----------------------------------------------------------------------

def _pg_available() -> str | None:
    import psycopg

    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except psycopg.Error as exc:
        return str(exc).strip()


@pytest.fixture(scope="session")
def postgres_admin():
    problem = _pg_available()
    if problem:
        message = f"PostgreSQL not reachable at {PG_ADMIN_URL}: {problem}"
        if IN_CI:
            pytest.fail(message + " (CI=true: Postgres tests must run, not skip)")
        pytest.skip(message)
    return PG_ADMIN_URL


def _create_pg_db(admin_url: str) -> str:
    import psycopg

    name = f"leadflow_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name


def _drop_pg_db(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path, monkeypatch):
    """A fresh, empty lead store of each kind; also exported as LEADFLOW_DATABASE_URL."""
    from leadflow.store.engine import dispose_all

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'leads.db'}"
        name = None
    else:
        admin = request.getfixturevalue("postgres_admin")
        name = _create_pg_db(admin)
        url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()
    if name:
        _drop_pg_db(PG_ADMIN_URL, name)


@pytest.fixture
def sqlite_url(tmp_path, monkeypatch):
    from leadflow.store.engine import dispose_all

    url = f"sqlite:///{tmp_path / 'leads.db'}"
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()


# --- the agent --------------------------------------------------------------------------

@pytest.fixture(scope="session")
def _agent_server():
    from fake_openai import FakeOpenAI

    server = FakeOpenAI().start()
    yield server
    server.stop()


# --- the web the live checks see ---------------------------------------------------------

INVENTED = "invented"  # a company domain or portal account containing this does not exist


@pytest.fixture(scope="session")
def _fake_web():
    from fake_web import FakeWeb

    with FakeWeb() as web:
        yield web


@pytest.fixture
def web(_fake_web, monkeypatch):
    """The fake web on 127.0.0.1, wired into every live check of the run (in-process flows):
    `publish(rows)` makes the companies of an agent answer exist, with a homepage linking the
    evidence URL and a live portal behind it, unless the domain or account says 'invented'."""
    from fake_web import fetcher_for

    import leadflow.discovery.sources
    import leadflow.tasks.verify

    _fake_web.reset()  # every test starts from an empty web (the agents reuse domains)
    fetcher = fetcher_for(_fake_web)
    monkeypatch.setattr(leadflow.tasks.verify, "fetcher_from_settings", lambda: fetcher)
    monkeypatch.setattr(leadflow.discovery.sources, "shared_fetcher", lambda: fetcher)  # the agent's fetch_page
    _fake_web.publish = lambda rows: publish(_fake_web, rows)
    return _fake_web


def publish(web, rows: list[dict]) -> None:
    from urllib.parse import urlsplit

    from fake_web import company_site, login_page

    from leadflow.domain.domains import try_normalise
    from leadflow.domain.evidence import pms_from_url

    with web._setup_lock:  # agent threads answer concurrently
        hosts = len(web.tls_hosts)
        for row in rows:  # the latest answer wins: agents reuse domains across criteria
            domain, evidence = try_normalise(row.get("domain")), row.get("evidence_url")
            if not domain or not domain.endswith(".test") or INVENTED in domain:
                continue
            portal = evidence if evidence and pms_from_url(evidence) and INVENTED not in evidence else None
            web.add(domain, company_site(*([portal] if portal else [])), reissue=False)
            if portal:
                parts = urlsplit(portal if "://" in portal else f"https://{portal}")
                web.add(parts.hostname, {parts.path or "/": login_page(str(row.get("name")), vendor=row.get("pms") or "")},
                        reissue=False)
        if len(web.tls_hosts) != hosts:
            web._reissue()


@pytest.fixture
def agent(_agent_server, web, monkeypatch):
    """The loopback OpenAI-compatible server, reset, with the SDK pointed at it; the companies
    it answers with exist on the fake web (see `web`)."""
    _agent_server.reset()
    _agent_server.delay = 0.0
    _agent_server.on_companies = web.publish
    _agent_server.hosted_search = lambda query: []
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-SECRET-0123456789")
    monkeypatch.setenv("OPENAI_BASE_URL", _agent_server.base_url)
    monkeypatch.setenv("LEADFLOW_MODEL", "test-model")
    return _agent_server


# --- the web search the agent's tools use -------------------------------------------------

@pytest.fixture(scope="session")
def _fake_search():
    from fake_search import FakeSearch

    with FakeSearch() as search:
        yield search


@pytest.fixture
def search(_fake_search, monkeypatch):
    """A SearXNG-compatible search API on 127.0.0.1 (also Brave's and Tavily's shapes), empty,
    configured as the agent's search: with `agent`, batches are tool-agent runs."""
    _fake_search.reset()
    monkeypatch.setenv("LEADFLOW_SEARCH_URL", _fake_search.url)
    for name in ("LEADFLOW_SEARCH_BACKEND", "BRAVE_API_KEY", "TAVILY_API_KEY", "LEADFLOW_MCP_SERVERS"):
        monkeypatch.delenv(name, raising=False)
    return _fake_search
