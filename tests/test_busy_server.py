"""A busy Prefect server (SQLite: 503 while it writes anything else) is asked again within tens
of milliseconds, not after Prefect's client's 2 s (`tasks/busy_server.py`): giving a slot back,
and the requests of a local flow run's engine (a run created as another one ended waited 2 s).

A loopback server stands for Prefect's where the busy answers must come on cue; the wiring
into a local run is checked on the suite's real Prefect server."""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from uuid import uuid4

import httpx
import pytest
from loopback import serving

from leadflow.tasks import busy_server, rate_limit


class BusyPrefect:
    """A loopback HTTP server answering POSTs with `answers` in turn (then 500), GETs as
    Prefect's version and CSRF-token endpoints do; what each POST carried."""

    def __init__(self, answers: list[int]):
        self.answers = list(answers)
        self.posts: list[tuple[str, bytes, int]] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self, status: int, body: object) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self):
                if "csrf" in self.path:
                    self._answer(200, {"token": "t", "client": "c", "expiration": "2099-01-01T00:00:00Z"})
                else:
                    self._answer(200, "3.9.1")

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                status = fake.answers.pop(0) if fake.answers else 500
                fake.posts.append((self.path, body, status))
                self._answer(status, {"exception_message": "Service Unavailable"} if status == 503 else {})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api"
        serving(self.server).start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def busy_prefect() -> Iterator[Callable[[list[int]], BusyPrefect]]:
    started: list[BusyPrefect] = []

    def start(answers: list[int]) -> BusyPrefect:
        started.append(BusyPrefect(answers))
        return started[-1]

    yield start
    for fake in started:
        fake.stop()


def test_giving_a_slot_back_asks_a_busy_server_again_at_once(busy_prefect):
    """Giving a slot back (a run's end, a hand-over window gone) went through Prefect's retries:
    2 s per busy answer, holding the process's slot writes (the next run's first call waited as
    long). Measured on the old code: 6.1 s for two busy answers."""
    from prefect.settings import PREFECT_API_URL, temporary_settings

    fake = busy_prefect([503, 503, 200])
    with temporary_settings({PREFECT_API_URL: fake.url}):
        started = time.monotonic()
        rate_limit._release(uuid4())
        took = time.monotonic() - started
    assert [status for _, _, status in fake.posts] == [503, 503, 200]
    assert all("lease" in path for path, _, _ in fake.posts), fake.posts
    assert took < 1.5, f"{took:.2f} s: Prefect's client's own pause after a busy answer is 2 s"


def test_the_transport_asks_a_busy_answer_again_with_the_same_request(busy_prefect):
    fake = busy_prefect([503, 503, 201])
    with httpx.Client(base_url=fake.url, **busy_server.plain_http_settings()) as client:
        started = time.monotonic()
        response = client.post("/flow_runs/", json={"name": "night-1"})
        took = time.monotonic() - started
    assert response.status_code == 201
    assert [(path, json.loads(body), status) for path, body, status in fake.posts] == [
        ("/api/flow_runs/", {"name": "night-1"}, 503),
        ("/api/flow_runs/", {"name": "night-1"}, 503),
        ("/api/flow_runs/", {"name": "night-1"}, 201),
    ]
    assert took < 1.0, took


def test_a_server_busy_past_the_budget_is_left_to_prefects_own_retries(busy_prefect, monkeypatch):
    monkeypatch.setattr(busy_server, "BUSY_RETRY_BUDGET_SECONDS", 0.3)
    fake = busy_prefect([503] * 1000)
    with httpx.Client(base_url=fake.url, **busy_server.plain_http_settings()) as client:
        started = time.monotonic()
        response = client.post("/flow_runs/", json={})
        took = time.monotonic() - started
    assert response.status_code == 503  # Prefect's client sees it and backs off as it always did
    assert 0.3 <= took < 2.0 and 2 <= len(fake.posts) < 100, (took, len(fake.posts))


def test_the_transport_trusts_no_certificate():
    """It is for a plain-HTTP server: an https address (a redirect) fails instead of going
    unchecked, and building it loads no CA file."""
    import ssl

    tls = busy_server.plain_http_settings()["verify"]
    assert tls.verify_mode == ssl.CERT_REQUIRED and tls.check_hostname
    assert tls.cert_store_stats()["x509_ca"] == 0


@pytest.mark.outside_local_run
def test_a_local_runs_prefect_client_is_the_quick_one_for_everything_that_asks(prefect_api_url):
    """The flow engine and Prefect's own calls (`get_client(sync_client=True)`) get the context's
    client, whose transport asks a busy server again; one client, not one per call."""
    from prefect.client.orchestration import get_client
    from prefect.context import SyncClientContext

    from leadflow.flows.local import local_run

    with local_run():
        context = SyncClientContext.get()
        assert context is not None
        engine_client = get_client(sync_client=True)
        assert engine_client is context.client
        assert isinstance(engine_client._client._transport, busy_server.BusyRetryTransport)
        with SyncClientContext.get_or_create() as engine_context:  # what the flow engine does
            assert engine_context is context
            assert engine_context.client.read_work_pools(limit=1) is not None  # it talks to the server
    assert SyncClientContext.get() is None
