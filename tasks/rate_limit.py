"""One rate limit for every agent request: a slot of a Prefect global concurrency limit.

Every agent request holds a slot of the limit `leadflow-agent-calls` (`AGENT_CALLS_LIMIT`)
while it runs, so all runs on all workers of one Prefect server together make at most that many
requests at once (a directory source makes none and takes no slot). Create it once per server
(`leadflow setup` does):

    prefect gcl create leadflow-agent-calls --limit 4

Without it, runs are not throttled: the first request of a process says so in one warning and
later ones run unthrottled without repeating it, looking again every LIMIT_RECHECK_SECONDS (a
limit created meanwhile applies from then on). What the process knows is `_LimitState`, shared
by every task run of the process. Slots are leases: a worker that dies holding one frees it
when the lease runs out (Prefect's default, 300 s).
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

from prefect import get_run_logger
from prefect.client.orchestration import get_client
from prefect.concurrency.asyncio import ConcurrencySlotAcquisitionError  # the public name of the sync one too
from prefect.concurrency.sync import concurrency
from prefect.exceptions import ObjectNotFound

from leadflow.discovery.sources import SourceSpec

AGENT_CALLS_LIMIT = "leadflow-agent-calls"  # the Prefect global concurrency limit around every agent request
CREATE_LIMIT = f"prefect gcl create {AGENT_CALLS_LIMIT} --limit 4"
LIMIT_RECHECK_SECONDS = 60.0  # how long a process trusts "the limit does not exist" before asking again


class _LimitState:
    """What this process knows about the limit: since when it has been missing (monotonic
    time, None: not known to be missing) and whether that was said already."""

    lock = threading.Lock()
    missing_since: float | None = None
    said: bool = False


def _limit_missing(exc: Exception) -> bool:
    """Whether a failed acquisition means the limit does not exist (or is inactive), not that
    the server is unwell."""
    if "must be created" in str(exc):
        return True
    try:
        with get_client(sync_client=True) as client:
            limit = client.read_global_concurrency_limit_by_name(AGENT_CALLS_LIMIT)
    except ObjectNotFound:
        return True
    except Exception:  # the server cannot say: the acquisition error stands
        return False
    return not limit.active


def _known_missing() -> bool:
    """Whether the limit was found missing less than LIMIT_RECHECK_SECONDS ago (no need to ask)."""
    since = _LimitState.missing_since
    return since is not None and time.monotonic() - since < LIMIT_RECHECK_SECONDS


def _found_missing() -> None:
    """Remember that the limit is missing; the first time in this process, say so."""
    with _LimitState.lock:
        _LimitState.missing_since = time.monotonic()
        say, _LimitState.said = not _LimitState.said, True
    if say:
        get_run_logger().warning(
            "The Prefect global concurrency limit %r does not exist (or is inactive) on this server: agent "
            "calls are not throttled across runs. Create it once: %s",
            AGENT_CALLS_LIMIT,
            CREATE_LIMIT,
        )


@contextmanager
def agent_call_slot(source: SourceSpec, batch_number: int) -> Iterator[None]:
    """Hold a slot of AGENT_CALLS_LIMIT around one agent request (none for a directory). A
    missing limit is said once per process, then the process runs unthrottled, asking again
    every LIMIT_RECHECK_SECONDS."""
    if source.kind == "directory" or _known_missing():
        yield
        return
    held = contextlib.ExitStack()
    try:
        try:
            queued = _take_slot(held)
        except ConcurrencySlotAcquisitionError as exc:
            if not _limit_missing(exc):
                raise
            _found_missing()
        else:
            _LimitState.missing_since = None
            if queued is not None:
                get_run_logger().info(
                    "Batch %d waited %.1f s for a slot of %r: the limit's agent calls were all in flight",
                    batch_number,
                    queued,
                    AGENT_CALLS_LIMIT,
                )
        yield
    finally:
        # The request is over: Prefect's release (a new API client each time) runs in the
        # background while the batch goes on to be stored; pending releases finish before exit.
        # Prefect also releases the lease once more when the task run ends (it stays in the task
        # run's cleanup list when the release runs in another thread): a request, not a second
        # slot freed. Taking it off that list did not measure faster, so it is left to Prefect.
        _RELEASES.submit(held.close)


def _take_slot(held: contextlib.ExitStack) -> float | None:
    """Take a slot into `held`; how long the call queued behind others (None: it did not).
    The first ask does not wait: only a refusal (HTTP 423, every slot taken) means queueing,
    so a slow server (seconds per request on a busy SQLite one) is not reported as a queue.
    strict: a missing limit raises instead of Prefect's warning on every request; a failed
    lease renewal (a server hiccup during a long request) does not cancel a paid request."""

    def take(max_retries: int | None = None) -> None:  # None: Prefect's default, wait as long as it takes
        held.enter_context(
            concurrency(AGENT_CALLS_LIMIT, occupy=1, strict=True, max_retries=max_retries, raise_on_lease_renewal_failure=False)
        )

    try:
        take(max_retries=0)
        return None
    except ConcurrencySlotAcquisitionError as exc:
        if not _all_taken(exc):
            raise
    started = time.monotonic()
    take()
    return time.monotonic() - started


def _all_taken(exc: ConcurrencySlotAcquisitionError) -> bool:
    """The server's answer was 423 Locked: every slot is in use."""
    cause = exc.__cause__
    return getattr(getattr(cause, "response", None), "status_code", None) == 423


_RELEASES = ThreadPoolExecutor(max_workers=2, thread_name_prefix="leadflow-slot-release")
