"""One rate limit for every agent request: a slot of a Prefect global concurrency limit.

Every agent request holds a slot of the limit `leadflow-agent-calls` (`AGENT_CALLS_LIMIT`)
while it runs, so all runs on all workers of one Prefect server together make at most that many
requests at once (a directory source makes none and takes no slot). Create it once per server
(`leadflow setup` does):

    prefect gcl create leadflow-agent-calls --limit 4

Taking a slot (`_acquire`) asks the server itself, through Prefect's client API, instead of
Prefect's `concurrency()`: on a SQLite-backed server every call waited about 2 s with no other
call in flight (issue 21), Prefect's client's pause after a busy answer (503). Slot writes go
through `busy_server`, which asks again within tens of milliseconds; only a refusal (423: every
slot taken) is queueing, and only that is logged as a wait.

Without it, runs are not throttled: the first request of a process says so in one warning and
later ones run unthrottled without repeating it, looking again every LIMIT_RECHECK_SECONDS (a
limit created meanwhile applies from then on). What the process knows is `_LimitState`, shared
by every task run of the process. Slots are leases, renewed while the call runs: a worker that
dies holding one frees it when the lease runs out (LEASE_SECONDS, Prefect's default).

**Handing a slot over.** When a call ends, its slot waits up to HANDOFF_SECONDS for this
process's next call (`_Parked`): with batches pipelined, the flow stores the batch and starts the
next one within tens of milliseconds, and that call takes the slot as it is (no request to the
server, whose SQLite database answers busy whenever it is writing task-run states). A slot no
call takes in time is given back as before, and a flow run gives back what is left when its
run ends (`give_back_slots`). So a process holds a slot at most HANDOFF_SECONDS longer than its
calls; the limit's count of calls in flight never goes over.
"""

from __future__ import annotations

import contextlib
import contextvars
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
from prefect import get_run_logger
from prefect.client.orchestration import SyncPrefectClient, get_client
from prefect.client.schemas.objects import ConcurrencyLeaseHolder
from prefect.concurrency.asyncio import ConcurrencySlotAcquisitionError  # the public name of the sync one too
from prefect.context import TaskRunContext
from prefect.exceptions import ObjectNotFound
from prefect.logging import get_logger

from leadflow.discovery.sources import SourceSpec
from leadflow.tasks import busy_server

AGENT_CALLS_LIMIT = "leadflow-agent-calls"  # the Prefect global concurrency limit around every agent request
CREATE_LIMIT = f"prefect gcl create {AGENT_CALLS_LIMIT} --limit 4"
LIMIT_RECHECK_SECONDS = 60.0  # how long a process trusts "the limit does not exist" before asking again
LEASE_SECONDS = 300.0  # a slot's lease (Prefect's default); renewed every RENEW_FRACTION of it while the call runs
RENEW_FRACTION = 0.75
QUEUE_POLL_MAX_SECONDS = 1.0  # a queued call asks again after the server's Retry-After, at most this long
HANDOFF_SECONDS = 0.3  # how long a finished call's slot waits for this process's next call before it is given back


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
            taken = _take_slot(held)
        except ConcurrencySlotAcquisitionError as exc:
            if not _limit_missing(exc):
                raise
            _found_missing()
        else:
            _LimitState.missing_since = None
            _say_taken(taken, batch_number)
        yield
    finally:
        # The request is over: the renewal stops and the slot is parked for this process's next
        # call while the batch goes on to be stored; given back in the background if none comes.
        held.close()


@dataclass(frozen=True)
class _Taken:
    """How a slot was taken: seconds from asking to holding it, of which `queued` behind other
    calls (None: never refused), and how many busy answers (503) the server gave meanwhile."""

    seconds: float
    queued: float | None
    busy: int
    handed: bool = False  # a slot a finished call of this process handed over (no request made)


def give_back_slots() -> None:
    """Give back now the slots this process's finished calls hold for its next ones: a flow run
    whose run is over starts no more calls (a temporary Prefect server may stop right after)."""
    _Parked.give_all_back()


@dataclass
class _Lease:
    """A slot's lease, and when its expiry was last set (monotonic: taken or renewed)."""

    id: UUID
    renewed: float


def _take_slot(held: contextlib.ExitStack) -> _Taken:
    """Take a slot into `held`: one a call of this process just finished with, else a new one
    from the server (`_acquire`); renewed while held, parked for the next call when `held`
    closes. Only a refusal (HTTP 423, every slot taken) is queueing: a busy server (503) is not."""
    lease = _Parked.take()
    if lease is None:
        lease_id, taken = _acquire()
        lease = _Lease(lease_id, time.monotonic())
    else:
        taken = _Taken(0.0, None, 0, handed=True)
    held.callback(_Parked.put, lease)
    held.enter_context(_renewed(lease))
    return taken


class _Parked:
    """Slots this process's finished calls hold for its next ones, each for HANDOFF_SECONDS
    (then a timer gives it back; a timer thread is not a daemon, so a process that exits
    meanwhile still gives it back)."""

    lock = threading.Lock()
    leases: dict[UUID, tuple[_Lease, threading.Timer]] = {}

    @classmethod
    def put(cls, lease: _Lease) -> None:
        timer = threading.Timer(HANDOFF_SECONDS, cls.give_back, args=(lease.id,))
        timer.name = "leadflow-slot-handoff"
        with cls.lock:
            cls.leases[lease.id] = (lease, timer)
        timer.start()

    @classmethod
    def take(cls) -> _Lease | None:
        with cls.lock:
            if not cls.leases:
                return None
            lease, timer = cls.leases.pop(next(reversed(cls.leases)))  # the freshest
        timer.cancel()
        return lease

    @classmethod
    def give_back(cls, lease_id: UUID) -> None:
        with cls.lock:
            parked = cls.leases.pop(lease_id, None)
        if parked is not None:
            _release(lease_id)

    @classmethod
    def give_all_back(cls) -> None:
        """Give back every parked slot now (`give_back_slots`)."""
        with cls.lock:
            parked, cls.leases = list(cls.leases.values()), {}
        for lease, timer in parked:
            timer.cancel()
            _release(lease.id)


def _say_taken(taken: _Taken, batch_number: int) -> None:
    """Every slot in the run's debug log; a wait behind other calls in its info log."""
    logger = get_run_logger()
    logger.debug(
        "Batch %d took a slot of %r in %.3f s (%s)",
        batch_number,
        AGENT_CALLS_LIMIT,
        taken.seconds,
        "handed over by a finished call" if taken.handed else f"{taken.busy} busy answers",
    )
    if taken.queued is not None:
        logger.info(
            "Batch %d waited %.1f s for a slot of %r: the limit's agent calls were all in flight",
            batch_number,
            taken.queued,
            AGENT_CALLS_LIMIT,
        )


class _AllTaken(Exception):
    """The server answered 423: every slot is in use; ask again after `retry_after` s."""

    def __init__(self, retry_after: float):
        super().__init__(f"every slot of {AGENT_CALLS_LIMIT!r} is taken")
        self.retry_after = retry_after


def _acquire() -> tuple[UUID, _Taken]:
    """A lease on one slot, and how it was taken. Busy answers are asked again quickly
    (`busy_server.BusyPauses`); refusals after the server's Retry-After, at most QUEUE_POLL_MAX_SECONDS."""
    started = time.monotonic()
    busy = busy_server.BusyPauses()
    queued_at: float | None = None

    def ask(client: SyncPrefectClient) -> UUID:
        if _known_missing():  # found missing while this call queued behind another: no request
            raise ConcurrencySlotAcquisitionError(f"Concurrency limits {[AGENT_CALLS_LIMIT]!r} must be created")
        return _ask(client)

    while True:
        try:
            lease_id = busy_server.write(ask, busy)
        except _AllTaken as refused:
            queued_at = queued_at if queued_at is not None else time.monotonic()
            busy.restart()
            time.sleep(min(refused.retry_after, QUEUE_POLL_MAX_SECONDS))
            continue
        now = time.monotonic()
        return lease_id, _Taken(now - started, None if queued_at is None else now - queued_at, busy.count)


def _ask(client: SyncPrefectClient) -> UUID:
    """One request for a slot's lease: the lease id, or _AllTaken / busy_server.ServerBusy, or
    ConcurrencySlotAcquisitionError (a missing limit says "must be created", as Prefect's)."""
    try:
        response = client.increment_concurrency_slots_with_lease(
            names=[AGENT_CALLS_LIMIT], slots=1, mode="concurrency", lease_duration=LEASE_SECONDS, holder=_holder()
        )
    except httpx.HTTPStatusError as exc:
        if exc.response.status_code == 423:
            raise _AllTaken(_retry_after(exc.response)) from exc
        raise ConcurrencySlotAcquisitionError(
            f"Unable to acquire concurrency slots on {[AGENT_CALLS_LIMIT]!r}: HTTP {exc.response.status_code}"
        ) from exc
    except httpx.HTTPError as exc:
        raise ConcurrencySlotAcquisitionError(f"Unable to acquire concurrency slots on {[AGENT_CALLS_LIMIT]!r}") from exc
    body: dict[str, Any] = response.json()
    if not body.get("limits"):
        _LimitState.missing_since = time.monotonic()  # before WRITES is let go: the calls queued behind skip the request
        raise ConcurrencySlotAcquisitionError(
            f"Concurrency limits {[AGENT_CALLS_LIMIT]!r} must be created before acquiring slots"
        )
    return UUID(str(body["lease_id"]))


def _retry_after(response: httpx.Response) -> float:
    try:
        return max(0.0, float(response.headers.get("Retry-After", QUEUE_POLL_MAX_SECONDS)))
    except ValueError:
        return QUEUE_POLL_MAX_SECONDS


def _holder() -> ConcurrencyLeaseHolder | None:
    """The task run that holds the slot (the UI shows it on the limit)."""
    ctx = TaskRunContext.get()
    return ConcurrencyLeaseHolder(type="task_run", id=ctx.task_run.id) if ctx else None


@contextmanager
def _renewed(lease: _Lease) -> Iterator[None]:
    """Renew the lease once RENEW_FRACTION of LEASE_SECONDS has passed since it was last set,
    while the call runs (a thread); a failed renewal is said and the call goes on (a paid
    request is not cancelled)."""
    stop = threading.Event()
    context = contextvars.copy_context()  # the task run's, for its logger

    def renew() -> None:
        while not stop.wait(max(0.0, lease.renewed + LEASE_SECONDS * RENEW_FRACTION - time.monotonic())):
            try:
                with busy_server.client(quick=False) as client:
                    client.renew_concurrency_lease(lease_id=lease.id, lease_duration=LEASE_SECONDS)
                lease.renewed = time.monotonic()
            except Exception as exc:
                get_run_logger().warning(
                    "Could not renew the slot of %r (%s): the call goes on; its slot frees itself when the lease runs out",
                    AGENT_CALLS_LIMIT,
                    exc,
                )
                lease.renewed = time.monotonic()  # not again at once: the next try after the usual interval

    renewing = threading.Thread(target=context.run, args=(renew,), daemon=True, name="leadflow-slot-renewal")
    renewing.start()
    try:
        yield
    finally:
        stop.set()


def _release(lease_id: UUID) -> None:
    """Give the slot back (a released lease is not renewed again), busy answers asked again
    quickly as when taking one; a failure leaves it to the lease's end."""
    try:
        busy_server.write(lambda client: client.release_concurrency_slots_with_lease(lease_id=lease_id))
    except Exception as exc:  # a background thread: nobody else would hear it
        get_logger("leadflow.rate_limit").warning(
            "Could not release a slot of %r (%s): it frees itself when its lease runs out (%.0f s)",
            AGENT_CALLS_LIMIT,
            exc,
            LEASE_SECONDS,
        )
