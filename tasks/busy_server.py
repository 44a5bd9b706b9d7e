"""A busy Prefect server, asked again within tens of milliseconds instead of after 2 s.

A Prefect server on SQLite (`prefect server start`'s default) answers 503 whenever another write
is in progress (a read-then-write transaction that SQLite refuses to upgrade at once instead of
waiting), and Prefect's client then waits 2 s before asking again (Prefect's design: the server
sends 503 so that clients back off). For a slot of the agent-call limit that was the whole wait
of a call that was alone; a flow run created right after another run ended waited as long. Here
a busy answer is asked again after BUSY_RETRY_SECONDS (doubling, jittered) for
BUSY_RETRY_BUDGET_SECONDS, and only then left to Prefect's own retries:

- `write` and `client`: how `rate_limit` writes its slots (take, renew, give back), on one
  client per process, one write at a time (`WRITES`);
- `BusyRetryTransport`: the transport of the Prefect client a local flow run's engine uses
  (`flows/local.local_run`): creating the flow run, its states.
"""

from __future__ import annotations

import random
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import httpx
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.settings import PREFECT_API_URL

T = TypeVar("T")

BUSY_RETRY_SECONDS = (0.01, 0.1)  # the first and the longest pause after a busy answer (503), jittered
BUSY_RETRY_BUDGET_SECONDS = 3.0  # quick retries for this long, then Prefect's client's own (2 s, 4 s...)

# This process's slot writes one at a time: on a SQLite-backed server two of them at once make one
# of them busy (503), and a busy answer costs a pause and a new request.
WRITES = threading.Lock()
_CLIENTS: dict[tuple[str, bool], SyncPrefectClient] = {}
_CLIENTS_LOCK = threading.Lock()


class ServerBusy(Exception):
    """The server answered 503 (SQLite busy): ask again soon, not after Prefect's 2 s."""


class BusyPauses:
    """The pauses between busy answers to one write; `quick` while the budget lasts."""

    def __init__(self) -> None:
        self.pause, self.count = BUSY_RETRY_SECONDS[0], 0
        self.restart()

    def restart(self) -> None:
        """The server answered (not busy): quick again for BUSY_RETRY_BUDGET_SECONDS."""
        self.until = time.monotonic() + BUSY_RETRY_BUDGET_SECONDS

    @property
    def quick(self) -> bool:
        return time.monotonic() < self.until

    def wait(self) -> None:
        """After a busy answer (`WRITES` let go): pause before asking again."""
        self.count += 1
        time.sleep(random.uniform(self.pause / 2, self.pause))
        self.pause = min(2 * self.pause, BUSY_RETRY_SECONDS[1])


def write(request: Callable[[SyncPrefectClient], T], busy: BusyPauses | None = None) -> T:
    """One slot write of this process (`WRITES`) on the quick client while `busy` allows; a busy
    answer asked again after a pause, `WRITES` let go meanwhile."""
    busy = busy or BusyPauses()
    while True:
        try:
            with client(quick=busy.quick) as prefect, WRITES:
                return request(prefect)
        except ServerBusy:
            busy.wait()


def _busy_answer(response: httpx.Response) -> None:
    """An httpx response hook: a 503 leaves Prefect's client at once (its retry loop only
    catches transport errors), instead of after its 2 s back-off."""
    if response.status_code == 503:
        raise ServerBusy()


class BusyRetryTransport(httpx.HTTPTransport):
    """httpx's transport for a plain-HTTP Prefect server, asking a busy answer (503) again
    (`BusyPauses`); once the budget is spent, the 503 goes to Prefect's client as before. The
    connection pool is the one Prefect's client configures (a transport given replaces it).
    Built by `plain_http_settings`."""

    def __init__(self, no_tls: ssl.SSLContext) -> None:
        super().__init__(verify=no_tls, limits=httpx.Limits(max_connections=16, max_keepalive_connections=8, keepalive_expiry=25))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        busy = BusyPauses()
        while True:
            response = super().handle_request(request)
            if response.status_code != 503 or not busy.quick:
                return response
            response.read()  # the connection goes back to the pool
            response.close()
            busy.wait()


def plain_http_settings() -> dict[str, Any]:
    """The httpx settings of a Prefect client for a plain-HTTP server: `BusyRetryTransport`, and
    a TLS context that verifies with no CA (refuses any https), built in microseconds where
    Prefect's client and httpx's transport each load the default CAs (20-50 ms a run)."""
    no_tls = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return {"transport": BusyRetryTransport(no_tls), "verify": no_tls}


@contextmanager
def client(quick: bool) -> Iterator[SyncPrefectClient]:
    """This process's client of the configured server, kept open (a new one costs an SSL
    context: tens of milliseconds, more on a busy machine); httpx clients are thread-safe.
    quick: a 503 raises ServerBusy at once; otherwise Prefect's retries (2 s, 4 s...). Without
    PREFECT_API_URL (Prefect's temporary server) a new client each time, as Prefect's own."""
    url = PREFECT_API_URL.value()
    # never None: get_client would hand out the client of the task run's context, closed with it
    hooks: dict[str, Any] = {"event_hooks": {"response": [_busy_answer]}} if quick else {}
    if not url:
        with get_client(sync_client=True, httpx_settings=hooks) as fresh:
            yield fresh
        return
    with _CLIENTS_LOCK:
        if (url, quick) not in _CLIENTS:
            _CLIENTS[url, quick] = get_client(sync_client=True, httpx_settings=hooks).__enter__()
        kept = _CLIENTS[url, quick]
    yield kept
