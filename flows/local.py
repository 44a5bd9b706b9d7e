"""A lead-list flow run's logs and its local runs: Prefect's per-task lines and expected
failures' tracebacks dropped (the flow says them in one line), and flow runs started from this
process (the CLI) run without a flow-run heartbeat and hear SIGTERM first."""

from __future__ import annotations

import contextlib
import gc
import logging
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import httpx
from prefect.context import SettingsContext, SyncClientContext, get_settings_context
from prefect.exceptions import FailedRun
from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, Settings

from leadflow import settings
from leadflow.discovery import DiscoveryFailed
from leadflow.domain.errors import in_chain
from leadflow.flows.outcomes import RunEndedShort
from leadflow.store import StoreUnavailable
from leadflow.tasks import busy_server


class _QuietTaskEnds(logging.Filter):
    """Prefect logs "Finished in state Completed()" for every task run: about half of a run's
    log. Dropped (the task runs' states are in the UI anyway) unless `show_task_ends(True)`."""

    show = False

    def filter(self, record: logging.LogRecord) -> bool:
        return self.show or not (record.levelno == logging.INFO and record.getMessage().startswith("Finished in state"))


class _ExpectedFailuresInOneLine(logging.Filter):
    """A batch that spent its budget (DiscoveryFailed) or a store that stayed down
    (StoreUnavailable) is an outcome the flow logs in one line, with what it means: Prefect's
    own ERROR lines and traceback for the task run are dropped. So is the traceback a deployed
    flow run's engine logs for a Failed state the flow returned itself (RunEndedShort, or
    FailedRun for a run that did not start), which the flow has said in one line already. A
    Prefect server that went away (httpx's connection errors) is said without the traceback.
    Any other exception keeps them."""

    EXPECTED = (DiscoveryFailed, StoreUnavailable)

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and isinstance(record.exc_info[1], (FailedRun, RunEndedShort)) and record.name == "prefect.flow_runs":
            return False  # "Engine execution exited with unexpected exception": the state we returned
        if record.exc_info and isinstance(record.exc_info[1], httpx.TransportError):  # the Prefect server went away:
            record.exc_info, record.exc_text = None, None  # the line says it; the CLI says what it means
            if record.levelno > logging.WARNING:  # the run's work is stored and its outcome told: not an error of the run
                record.levelno, record.levelname = logging.WARNING, "WARNING"
            return True
        if record.exc_info and isinstance(record.exc_info[1], self.EXPECTED):
            record.exc_info, record.exc_text = None, None
            return record.name != "prefect.task_runs"
        message = record.getMessage()
        return not (
            record.name == "prefect.task_runs"
            and record.levelno >= logging.ERROR
            and any(f"exception {e.__name__}" in message for e in self.EXPECTED)
        )


class _UndeliveredOnce(logging.Filter):
    """A Prefect server that stops answering mid-run: Prefect's event and log workers log every
    item they could not send (an ERROR line holding the whole event, a few seconds apart) and its
    events client every failed reconnect. The run goes on without the server (the lead store
    holds its work), so each is said once per service, without the item."""

    def __init__(self) -> None:
        super().__init__()
        self.said: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.msg == "Service %r failed to process item %r" and isinstance(record.args, tuple) and record.args:
            service = str(record.args[0])
            record.msg = "%s could not deliver to the Prefect server; the run goes on, its work is stored"
            record.args = (service,)
            record.levelno, record.levelname, record.exc_info, record.exc_text = logging.WARNING, "WARNING", None, None
        elif record.name == "prefect.events.clients" and str(record.msg).startswith("Unable to connect to"):
            service = "events client"
        else:
            return True
        if service in self.said:
            return False
        self.said.add(service)
        return True


_quiet = _QuietTaskEnds()
logging.getLogger("prefect.task_runs").addFilter(_quiet)
for _name in ("prefect.task_runs", "prefect.flow_runs"):
    logging.getLogger(_name).addFilter(_ExpectedFailuresInOneLine())
_undelivered = _UndeliveredOnce()
for _name in ("prefect._internal.concurrency", "prefect.events.clients"):
    logging.getLogger(_name).addFilter(_undelivered)


def show_task_ends(show: bool) -> None:
    """`leadflow run -v` shows Prefect's per-task lines again."""
    _quiet.show = show


_on_stop: Callable[[int], None] | None = None  # set by `local_run(on_stop=...)`: the CLI's stop


@contextmanager
def local_run(on_stop: Callable[[int], None] | None = None) -> Iterator[None]:
    """Flow runs started from this process (`leadflow run`, `lists run --local`) on a Prefect
    server, not by a deployment: no flow-run heartbeat. The lead run's lease is their liveness,
    the zombie automation watches only deployed runs, and Prefect's heartbeat thread, which
    sleeps in one-second steps, holds up the end of every flow run by half a second on average.
    With Prefect's temporary server (no PREFECT_API_URL) nothing changes: that half second lets
    the server record the last task runs before it stops (without it, it logs a traceback).
    `on_stop(signum)` hears a SIGTERM that reaches the flow (Prefect's own handler then stops
    it): the CLI uses it to not wait for an agent call in flight."""
    global _on_stop
    _on_stop = on_stop
    try:
        if not settings.load().prefect_api_url:
            yield
            return
        current = get_settings_context()
        with SettingsContext(profile=current.profile, settings=_without_heartbeat(current.settings)), _quick_when_busy():
            yield
    finally:
        _on_stop = None


def _quick_when_busy() -> contextlib.AbstractContextManager:
    """The client the flow engine takes from the context (creating the flow run, its states)
    asks a busy server again within tens of milliseconds (`busy_server.BusyRetryTransport`):
    on a SQLite-backed server, a run started as another one ended waited Prefect's 2 s. Only
    for a plain-HTTP server (`busy_server.plain_http_settings`: no TLS)."""
    if not (settings.load().prefect_api_url or "").lower().startswith("http://"):
        return contextlib.nullcontext()
    context = SyncClientContext(httpx_settings=busy_server.plain_http_settings())
    # Prefect's own `get_client(sync_client=True)` calls (the engines', the loggers') hand out
    # the context's client only when they asked with the same httpx settings (none): without
    # this, each of them built a client of its own, and a batch cost twice as much.
    context._httpx_settings = None
    return context


def hear_sigterm() -> None:
    """Inside a local flow run, Prefect's SIGTERM handler is in place (it cancels the flow, but
    only after the calls in flight return): tell `_on_stop` first. Prefect restores the handler
    it replaced when the flow run ends."""
    hook = _on_stop
    if hook is None or threading.current_thread() is not threading.main_thread():
        return
    prefect_handler = signal.getsignal(signal.SIGTERM)

    def heard(signum, frame):
        hook(signum)
        if callable(prefect_handler):
            prefect_handler(signum, frame)

    signal.signal(signal.SIGTERM, heard)


_server_gone: str | None = None  # the API of a Prefect server that stopped answering (`server_gone`)


def server_gone() -> str | None:
    """After a local run: the Prefect API's address if the server no longer answers (stopped, or
    the network to it broke mid-run; a server that is only slow gets 10 s), else None. Prefect's
    workers still hold the run's undelivered events and log lines and would try each again,
    seconds apart, before the process could exit (minutes after the run ended):
    `undelivered_given_up()` tells the CLI to end without them."""
    global _server_gone
    from prefect.settings import PREFECT_API_URL

    from leadflow.flows.prefect_server import check_health

    url = PREFECT_API_URL.value()
    if _server_gone or not url:  # no URL: Prefect's temporary server, which ends with this process
        return _server_gone
    try:
        check_health(url)
        return None
    except httpx.HTTPError:
        _server_gone = url
        return url


def lost_server(exc: BaseException) -> str | None:
    """The Prefect API's address when `exc` is a request that reached no server (an httpx
    transport error anywhere in its chain) and the server is indeed gone (`server_gone`); None
    for any other error, which the caller raises as it came."""
    return server_gone() if in_chain(exc, httpx.TransportError) else None


def undelivered_given_up() -> bool:
    return _server_gone is not None


_frozen = False


def freeze_what_is_loaded() -> None:
    """Called as a flow starts, once per process: what the process holds by then (Prefect,
    SQLAlchemy, leadflow, the settings: objects that live as long as the process) leaves the
    cyclic garbage collector's passes (`gc.freeze`). Each full collection walked all of it, and so
    did the interpreter's collections at exit: about 0.5 CPU-s per worker's flow-run process
    (issue 21). Objects made later are collected as before; only cyclic garbage present at the
    first flow's start stays in memory."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


_no_heartbeat: tuple[Settings, Settings] | None = None  # (settings, the same without the heartbeat)


def _without_heartbeat(current: Settings) -> Settings:
    """`current` with the flow-run heartbeat off: what `temporary_settings` would build, made
    once per settings object (building it takes Prefect about 80 ms, every run)."""
    global _no_heartbeat
    if _no_heartbeat is None or _no_heartbeat[0] is not current:
        _no_heartbeat = (current, current.copy_with_update(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))
    return _no_heartbeat[1]
