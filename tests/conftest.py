"""Shared test infrastructure: a real Prefect server per test process, real SQLite and Postgres
lead stores, and a real OpenAI-compatible HTTP server on 127.0.0.1.

The suite runs in parallel (pytest-xdist, `-n auto` in pyproject.toml; `-n 0` runs it in this
process, for pdb). Every worker process is a test session of its own: its own Prefect server
(started when the first test that needs one comes up: `-m unit` starts none), its own Prefect
home and temporary folder, its own SQLite files and Postgres databases. Tests that share an
expensive module fixture run on one worker (`GROUPS`), and the longest
are handed out first (`_test_seconds`).

Prefect reads its settings when it is imported, so the server's address is fixed and the
environment set in `pytest_configure`, before any test module imports Prefect.
"""

from __future__ import annotations

import gc
import os
import random
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
# For a Prefect server the tests start: asked for a process pool's job template (`prefect work-pool
# create`, `leadflow setup`), it reads Prefect's registry on GitHub, then the copy it ships. No
# network beyond loopback in tests: a proxy on a closed local port sends it to the copy at once;
# loopback (the API, its event websockets, the agent) stays direct.
PREFECT_SERVER_OFFLINE = {
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # "gw0", "gw1"...: an xdist worker; "": the only process

_server: subprocess.Popen | None = None
_api_url = ""
_port_hold: socket.socket | None = None  # keeps the server's port taken until the server starts
_tmp = Path(tempfile.mkdtemp(prefix=f"leadflow-tests-{WORKER or 'main'}-"))


def _reserve_port() -> tuple[int, socket.socket]:
    """A free port on 127.0.0.1 below the kernel's ephemeral range, held by a bound socket.

    The server starts only when a test needs it, minutes later maybe; a port from the
    ephemeral range could be taken meanwhile as the source port of any outgoing connection.
    Below it, nothing is handed out by the kernel, and the held socket keeps other test
    processes (other workers, another checkout's suite) from choosing it too."""
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    rng = random.Random(f"{os.getpid()}-{time.time_ns()}")
    for _ in range(200):
        port = rng.randrange(20000, low)
        sock = socket.socket()
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            sock.close()
            continue
        return port, sock
    raise RuntimeError("no free port below the ephemeral range for the Prefect server")


def _start_prefect_server() -> None:
    """Start this process's Prefect server (returns at once; `prefect_api_url` waits for it)."""
    global _server, _port_hold
    if _server is not None:
        return
    port = int(_api_url.rsplit(":", 1)[1].split("/")[0])
    # The UI is served too (tests/test_ui_browser.py opens it; about a second more at start), and
    # told where the API is, since the server itself runs with PREFECT_API_URL unset.
    env = {
        **os.environ,
        "PREFECT_HOME": str(_tmp / "prefect-server"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "true",
        "PREFECT_UI_API_URL": _api_url,
        "DO_NOT_TRACK": "1",
        "PREFECT_API_URL": "",
        **PREFECT_SERVER_OFFLINE,
        # Off: loops that no test of this server waits on, a third of its idle CPU (1.1 CPU-s a
        # minute against 1.8). Making runs from schedules, marking runs late, pools not ready,
        # paused runs expired: `prefect deployment run` and tests/test_deployment.py's worker do
        # without them. Leases (the repossessor), automations, events and task runs stay.
        **{f"PREFECT_SERVER_SERVICES_{s}_ENABLED": "false" for s in ("SCHEDULER", "LATE_RUNS", "FOREMAN", "PAUSE_EXPIRATIONS")},
    }
    # Its database made from the shipped schema, as the background server's is, instead of
    # migrated (about 10 s and 6 CPU-s per worker on a busy 2-core machine); the schema is what
    # Prefect's migrations make (tests/test_local_server.py checks it).
    from leadflow.flows.prefect_schema import seed

    (_tmp / "prefect-server").mkdir(parents=True, exist_ok=True)
    if seed(_tmp / "prefect-server" / "prefect.db"):
        env["PREFECT_SERVER_DATABASE_MIGRATE_ON_START"] = "false"
    log = open(_tmp / "prefect-server.log", "w")  # noqa: SIM115 - the server writes it until the session ends
    if _port_hold is not None:
        _port_hold.close()
        _port_hold = None
    _server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=_tmp,
    )


def _wait_for_prefect_server() -> str:
    _start_prefect_server()
    assert _server is not None
    url = _api_url
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if _server.poll() is not None:
            log = (_tmp / "prefect-server.log").read_text(errors="replace")[-3000:]
            raise RuntimeError(f"Prefect server exited ({_server.returncode}); its log ends:\n{log}")
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
                if r.status == 200:
                    return url
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("Prefect server did not become healthy in 120 s")


def pytest_configure(config):
    global _api_url, _port_hold
    os.environ.update(
        {
            "PREFECT_HOME": str(_tmp / "prefect-client"),
            "LEADFLOW_HOME": str(_tmp / "leadflow-home"),
            "DO_NOT_TRACK": "1",
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "LEADFLOW_RETRY_BACKOFF_SECONDS": "0.05",
        }
    )
    # The CLI processes the tests start import leadflow from this checkout: let them cache its
    # bytecode (__pycache__, ignored by git) instead of compiling it again in every process.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    for key in (
        "OPENAI_API_KEY",
        "OPENAI_BASE_URL",
        "LEADFLOW_DATABASE_URL",
        "LEAD_LIST_BATCH_SIZE",
        "LEADFLOW_MODEL",
        "LEADFLOW_SEARCH_URL",
        "LEADFLOW_SEARCH_BACKEND",
        "BRAVE_API_KEY",
        "TAVILY_API_KEY",
        "LEADFLOW_MCP_SERVERS",
    ):
        os.environ.pop(key, None)
    # Prefect reads PREFECT_API_URL when it is imported, so the address is fixed now; the
    # server itself starts only when a test that needs it comes up (never for `-m unit`).
    port, _port_hold = _reserve_port()
    _api_url = f"http://127.0.0.1:{port}/api"
    os.environ["PREFECT_API_URL"] = _api_url
    # A process that runs tests (not xdist's controller), with more than unit tests selected:
    # the server boots while the tests are collected.
    runs_tests = WORKER or not getattr(config.option, "numprocesses", None)
    if runs_tests and not config.option.collectonly and not _unit_only(config):
        _start_prefect_server()


PREFECT_FREE = ("unit", "corpus")  # the tiers under tests/unit: no Prefect server, no Postgres


def _needs_server(item: pytest.Item | None) -> bool:
    return item is not None and not any(item.get_closest_marker(tier) for tier in PREFECT_FREE)


def pytest_ignore_collect(collection_path, config):
    """`-m unit` (or `-m corpus`) selects tests/unit alone: the other modules are not even
    imported (they import Prefect and the flows, seconds per worker, only to be deselected)."""
    if config.getoption("markexpr", "").strip() in PREFECT_FREE and collection_path.suffix == ".py":
        unit_dir = Path(__file__).parent / "unit"
        if collection_path.name.startswith("test_") and unit_dir not in collection_path.parents:
            return True
    return None


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Everything under tests/unit is Prefect-free: a unit test (`python -m pytest -m unit`), or
    one of the labelled evidence corpora (`-m corpus`: 2,145 pages judged over loopback TLS, a
    measure of the checks' accuracy more than a unit test, and half of the tier's time)."""
    unit_dir = Path(__file__).parent / "unit"
    for item in items:
        if unit_dir in Path(str(item.fspath)).parents and item.get_closest_marker("corpus") is None:
            item.add_marker(pytest.mark.unit)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item):
    """In a unit-only run the first test that imported Prefect fails (once its fixtures are torn
    down): tests/unit stays Prefect-free (a second or more of CPU on the worker that imports it).
    Not when Prefect was loaded before the first test (a plugin of the user's, say)."""
    result = yield
    config = item.config
    if not getattr(config, "_leadflow_prefect_told", True) and "prefect" in sys.modules:
        config._leadflow_prefect_told = True
        pytest.fail("this unit test imported Prefect: tests/unit is Prefect-free, move it up to tests/", pytrace=False)
    return result


def pytest_collection_finish(session):
    """What importing and collecting made (half a million objects: the modules, Prefect, pandas,
    the agent SDK) lives to the end of the session: out of the cyclic garbage collector's way,
    so each full collection walks only what the tests make (about 0.3 s each, 3 s of
    `-m unit -n 0` before)."""
    # the Prefect guard (pytest_runtest_teardown) watches unit-only runs, from a Prefect-free start
    session.config._leadflow_prefect_told = not _unit_only(session.config) or "prefect" in sys.modules
    gc.freeze()


# --- in parallel: which worker runs what, in which order ------------------------------------

# Modules whose tests share an expensive module fixture: all on one worker (built once).
GROUPS = {
    "tests/unit/test_evidence_corpus.py": "evidence-corpus",  # 327 cases judged over TLS
    "tests/unit/test_evidence_corpus_recent.py": "evidence-corpus-recent",  # 497 more, on another worker
    "tests/unit/test_evidence_corpus_latest.py": "evidence-corpus-latest",  # and 452 more
    "tests/unit/test_tool_agent.py": "tool-agent",  # the only unit tests that import the Agents SDK (a second or two)
}
# Seconds a module's tests take (summed from a --durations=0 run of the whole suite), for the order they are handed out in; the
# pytest cache's figures from the last run take precedence. Unlisted: a second per test.
WEIGHTS = {
    "tests/test_service.py": 115,
    "tests/test_cli.py": 162,
    "tests/test_retry_budget.py": 56,
    "tests/test_local_server.py": 110,  # estimated from the 148 of that run, less the merged and moved tests
    "tests/test_flow.py": 95,
    "tests/test_service_install.py": 76,
    "tests/test_crash.py": 73,
    "tests/test_deployment.py": 60,
    "tests/test_ui_browser.py": 50,
    "tests/test_search_agent.py": 50,
    "tests/test_parallel.py": 42,
    "tests/test_store_outage.py": 40,
    "tests/test_exactly_once.py": 36,
    "tests/test_live_checks_flow.py": 26,
    "tests/test_junk.py": 23,
    "tests/test_refill.py": 21,
    "tests/test_store_concurrency.py": 17,
    "tests/test_migrations.py": 11,
    "tests/test_ui.py": 11,
    "tests/test_spend_guard.py": 11,
    "tests/test_blocks.py": 7,
    "tests/test_store.py": 4,
    "tests/unit/test_retry_sweeps.py": 7,  # its runs four at a time (was 15 one at a time)
}
# Tests of 15 s or more in that run: handed out first, one each, so none is left for the end.
SLOW_TESTS = {
    "tests/test_service.py::test_setup_a_wheel_worker_and_standing_lists_night_after_night": 66,
    "tests/test_service_install.py::test_the_service_page_verbatim_in_a_fresh_home": 76,
    "tests/test_service.py::test_a_killed_workers_lead_run_is_picked_up_by_another_worker": 65,
    "tests/test_deployment.py::test_deploy_worker_and_deployment_run": 60,
    "tests/test_ui_browser.py::test_short_runs_read_as_short_in_the_runs_list_dashboard_and_run_page": 50,
    "tests/test_local_server.py::test_runs_at_once_share_one_server_which_outlives_them_a_killed_one_is_replaced_and_stop_leaves_nothing": 45,  # noqa: E501
    "tests/test_local_server.py::test_with_idle_minutes_0_every_run_has_prefects_temporary_server": 28,
    "tests/test_store_outage.py::test_a_long_store_outage_stops_in_one_line_and_a_resume_pays_nothing_twice": 23,
    "tests/test_crash.py::test_sigkill_at_each_point_then_resume_delivers_the_target_once_and_repays_only_the_lost_call[sqlite]": 22,  # noqa: E501
    "tests/test_parallel.py::test_three_runs_at_parallel_4_never_have_more_agent_calls_in_flight_than_the_limit": 19,
    "tests/test_store_outage.py::test_a_short_store_outage_mid_run_is_waited_through": 18,
    "tests/test_cli.py::test_running_a_delivered_night_again_says_it_was_delivered_again": 16,
    "tests/test_crash.py::test_sigkill_at_each_point_then_resume_delivers_the_target_once_and_repays_only_the_lost_call[postgres]": 16,  # noqa: E501
}
DURATIONS_KEY = "leadflow/durations"  # nodeid -> seconds (setup + call + teardown) in the last run


def _unit_only(config) -> bool:
    """Only Prefect-free tests selected: `-m unit`, `-m corpus`, or paths under tests/unit."""
    if config.getoption("markexpr", "").strip() in PREFECT_FREE:
        return True
    paths = [Path(a.split("::", 1)[0]).resolve() for a in config.args]
    unit_dir = Path(__file__).parent / "unit"
    return bool(paths) and all(p == unit_dir or unit_dir in p.parents for p in paths)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config):
    """`-n auto`: one more worker than the cores, for the unit tests (a third of their time is
    waiting on loopback servers, client timeouts and subprocesses; 2 cores: 2 workers 21.5 s, 3
    workers 19 s, 4 workers 20 s) and for the whole suite, whose end-to-end tests wait on a
    worker's heartbeat, a subprocess or a browser while the others use the CPU. A fourth worker
    (its own Prefect server, more contention) did not pay on 2 cores, 2026-12-07: on a slow hour
    2 workers 395 s, 3 workers 341 s and 326 s, 4 workers 382 s and 353 s; on a quiet one 3
    workers 298 s and 276 s, 4 workers 273 s and 287 s. LEADFLOW_TEST_WORKERS sets the number."""
    if os.environ.get("LEADFLOW_TEST_WORKERS", "").isdigit():
        return int(os.environ["LEADFLOW_TEST_WORKERS"])
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores + 1


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """xdist's load scheduling (a worker asks for more as it runs dry), with two changes: the
    modules of GROUPS go to one worker whole, and the longest work units (`_test_seconds`) are
    handed out first, so the last minutes are short tests on every worker rather than one long
    one on one."""
    if config.getvalue("dist") != "load":
        return None  # an explicit --dist loadfile, loadgroup...: xdist's own
    from xdist.scheduler import LoadScopeScheduling

    cache = getattr(config, "cache", None)  # None with -p no:cacheprovider
    last: dict[str, float] = cache.get(DURATIONS_KEY, {}) if cache is not None else {}

    class LongestFirst(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            group = GROUPS.get(_module(nodeid))
            return f"group:{group}" if group else nodeid  # a work unit: a group, or one test

        def schedule(self) -> None:
            """LoadScopeScheduling.schedule, but the work queue is in the order above."""
            assert self.collection_is_completed
            if self.collection is not None:
                for node in self.nodes:
                    self._reschedule(node)
                return
            if not self._check_nodes_have_same_collection():
                self.log("**Different tests collected, aborting run**")
                return
            self.collection = list(next(iter(self.registered_collections.values())))
            seconds = _test_seconds(self.collection, last)
            units: dict[str, list[str]] = {}
            for nodeid in self.collection:
                units.setdefault(self._split_scope(nodeid), []).append(nodeid)
            # longest work unit first (LPT): the last minutes are short tests on every worker
            for scope in sorted(units, key=lambda u: -sum(seconds[n] for n in units[u])):
                self.workqueue[scope] = dict.fromkeys(units[scope], False)
            for _ in range(len(self.nodes) - len(self.workqueue)):  # more workers than work
                unused, _assigned = self.assigned_work.popitem()
                unused.shutdown()
            for node in self.nodes:
                if self.workqueue:
                    self._assign_work_unit(node)
            for node in self.nodes:
                self._reschedule(node)

    return LongestFirst(config, log)


def _module(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def _test_seconds(collection: list[str], last: dict[str, float]) -> dict[str, float]:
    """Each test's expected seconds: the last run's (pytest cache), else SLOW_TESTS, else its
    module's WEIGHTS shared among its other tests (unlisted modules: a second a test)."""
    per_module: dict[str, list[str]] = {}
    for nodeid in collection:
        per_module.setdefault(_module(nodeid), []).append(nodeid)
    seconds: dict[str, float] = {}
    for module, nodeids in per_module.items():
        others = [n for n in nodeids if n not in SLOW_TESTS]
        unit = 0.05 if module.startswith("tests/unit/") else 1.0
        rest = WEIGHTS.get(module, unit * len(nodeids)) - sum(SLOW_TESTS.get(n, 0.0) for n in nodeids)
        share = max(unit, rest / len(others)) if others else unit
        for nodeid in nodeids:
            seconds[nodeid] = last.get(nodeid, SLOW_TESTS.get(nodeid, share))
    return seconds


_durations: dict[str, float] = {}


def pytest_runtest_logreport(report):
    _durations[report.nodeid] = _durations.get(report.nodeid, 0.0) + report.duration


def pytest_sessionfinish(session, exitstatus):
    """Keep this run's durations for the next run's order (the controller hears every worker)."""
    cache = getattr(session.config, "cache", None)
    if WORKER or cache is None or not _durations:
        return
    cache.set(DURATIONS_KEY, {**cache.get(DURATIONS_KEY, {}), **_durations})


# Modules whose background threads draw from the global `random` (module-level calls): the
# keepalive pings of the websocket Prefect's events client keeps open for the life of a test
# process (a random payload every 20 s, from Prefect's event-loop thread), websockets' reconnect
# back-off, and Prefect's client's retry jitter (its log and event workers' threads).
THREADS_RANDOM = (
    "websockets.asyncio.connection",
    "websockets.sync.connection",
    "websockets.legacy.protocol",
    "websockets.client",
    "websockets.legacy.client",
    "prefect.utilities.math",
)


def own_random_for_background_threads() -> list[str]:
    """Give THREADS_RANDOM's imported modules a generator of their own; the modules changed.

    Hypothesis checks that the global `random` state does not change while a strategy draws,
    and warned "Do not use the `random` module inside strategies" whenever one of those pings
    fell inside a draw of a property test run after a Prefect test in the same worker (1-2 per
    CI run). Their own generator keeps the pings random and the global state Hypothesis's."""
    changed = []
    for name in THREADS_RANDOM:
        module = sys.modules.get(name)
        if module is not None and getattr(module, "random", None) is random:
            module.random = random.Random()  # type: ignore[attr-defined]
            changed.append(name)
    return changed


def pytest_runtest_protocol(item, nextitem):
    """Start the Prefect server (if not yet) a test ahead: it boots while the test before runs."""
    own_random_for_background_threads()  # modules imported by the test before
    if _server is None and (_needs_server(item) or _needs_server(nextitem)):
        _start_prefect_server()


@pytest.fixture(autouse=True)
def _prefect_server_for_integration_tests(request):
    """The server, and flow runs started in the test's process as `leadflow run` starts them
    (`local_run`): without Prefect's flow-run heartbeat, whose thread sleeps in one-second steps
    and held up the end of every in-process flow run by 0.5-0.9 s, and with the client that asks
    a busy SQLite server again within milliseconds, where Prefect's own waited 2 s (a third of
    the flow runs started right after another one ended). Deployed runs (worker subprocesses)
    keep what their deployment gives them."""
    if not _needs_server(request.node):
        yield
        return
    request.getfixturevalue("prefect_api_url")
    if request.node.get_closest_marker("outside_local_run"):
        yield
        return
    from leadflow.flows.local import local_run

    with local_run():
        yield


def pytest_unconfigure(config):
    if "forkserver" in sys.modules:  # the fork server of `leadflow` commands, if a test started it
        sys.modules["forkserver"].close()
    if "prefect" in sys.modules:  # deliver queued log lines before the server goes away
        from prefect.logging.handlers import APILogWorker

        APILogWorker.drain_all(timeout=5)
    if _server is not None:
        _server.terminate()
        try:
            _server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            _server.kill()
    if _port_hold is not None:
        _port_hold.close()
    if _pg_template is not None:
        _drop_pg_db(PG_ADMIN_URL, _pg_template)
    shutil.rmtree(_tmp, ignore_errors=True)


@pytest.fixture(scope="session")
def prefect_api_url() -> str:
    """This process's Prefect server, started on first use and healthy."""
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


def _create_pg_db(admin_url: str, template: str | None = None) -> str:
    import psycopg

    name = f"leadflow_test_{WORKER or 'main'}_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return name


def _pg_store(name: str) -> str:
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"


def _drop_pg_db(admin_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


_pg_template: str | None = None  # this process's migrated Postgres lead store, copied by `store_url`


def _create_migrated_pg_db(admin_url: str) -> str:
    """A new Postgres database at the newest schema: a copy (CREATE DATABASE ... TEMPLATE) of
    the one this process migrated with the product's own first open, dropped at the end."""
    from leadflow.store.engine import dispose_all, get_engine

    global _pg_template
    if _pg_template is None:
        template = _create_pg_db(admin_url)
        get_engine(_pg_store(template))
        dispose_all()  # a template takes no copy while a connection to it is open
        _pg_template = template
    return _create_pg_db(admin_url, template=_pg_template)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store_url(request, tmp_path, monkeypatch):
    """A new lead store of each kind at the newest schema, a copy of one this process migrated
    (alembic's upgrade of an empty store: 0.07 CPU-s on SQLite against 0.003 for the copy; 0.46 s
    of wall on Postgres against 0.16 s from the template, for each of the 79 stores); with the
    `empty_store` mark, empty, for the product's own migration to make. Also exported as
    LEADFLOW_DATABASE_URL."""
    from leadflow.store.engine import dispose_all

    empty = request.node.get_closest_marker("empty_store") is not None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'leads.db'}"
        if not empty:
            migrated_sqlite(tmp_path / "leads.db")
        name = None
    else:
        admin = request.getfixturevalue("postgres_admin")
        name = _create_pg_db(admin) if empty else _create_migrated_pg_db(admin)
        url = _pg_store(name)
    monkeypatch.setenv("LEADFLOW_DATABASE_URL", url)
    yield url
    dispose_all()
    if name:
        _drop_pg_db(PG_ADMIN_URL, name)


_migrated_template: Path | None = None


def migrated_sqlite(path: Path) -> str:
    """The URL of a SQLite lead store at `path` at the newest schema: a copy of the one store this
    process migrated (the product's own first open, `store.engine.migrate`), so a unit test whose
    subject is not the migration pays a copy, not an alembic upgrade (about 0.3 s of wall each,
    most of it waiting on the disk; 40-odd in `-m unit`). Fresh files that the product migrates
    itself: `sqlite_url`, `store_url` with the `empty_store` mark and tests/test_migrations.py."""
    import sqlite3

    from leadflow.store.engine import get_engine

    global _migrated_template
    if _migrated_template is None:
        template = _tmp / "migrated-template.db"
        get_engine(f"sqlite:///{template}")  # created and migrated (its engine is disposed with the others)
        _migrated_template = template
    with sqlite3.connect(_migrated_template) as source, sqlite3.connect(path) as copy:
        source.backup(copy)  # a consistent copy, WAL or not
    source.close()
    copy.close()
    return f"sqlite:///{path}"


@pytest.fixture
def migrated_sqlite_url(tmp_path) -> str:
    """`tmp_path / "leads.db"`, a lead store at the newest schema (`migrated_sqlite`); not exported."""
    return migrated_sqlite(tmp_path / "leads.db")


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
    # The live checks get a generous deadline: on a busy machine (the suite's heaviest tests start
    # together) a loopback TLS fetch once took over 3 s twice, and a check_failed changed what a
    # flow test's next batch asked for. In a flow the agent's page tools share it (tasks/discover
    # passes the checks' fetcher, as in production); the short one is for a discoverer built
    # outside a flow.
    checks = fetcher_for(_fake_web, timeout=10.0)
    fetcher = fetcher_for(_fake_web)
    monkeypatch.setattr(leadflow.tasks.verify, "fetcher_from_settings", lambda: checks)
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
                web.add(
                    parts.hostname,
                    {parts.path or "/": login_page(str(row.get("name")), vendor=row.get("pms") or "")},
                    reissue=False,
                )
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
    yield _agent_server
    _agent_server.release()  # a call a test left held (a long `delay`) ends with the test


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
