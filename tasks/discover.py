"""discover_batch: one batch's agent requests, within a paid-request budget, the result persisted.

**The budget.** A batch makes at most `LEADFLOW_MAX_REQUESTS_PER_BATCH` requests to the agent
(default 4, `settings.DEFAULT_MAX_REQUESTS_PER_BATCH`), first attempt and retries together, and
every one of them is counted in the batch's `llm_calls`, with the tokens the server reported,
failed attempts included (so `cost_usd` is right). There is one retry layer, this task's: the
SDK makes no retries of its own (`max_retries=0` in `leadflow.discovery.openai_agent`), so one
attempt is one HTTP request, visible in Prefect as a task-run retry. `with_backoff` sets
Prefect's `retries` to budget - 1, and the task checks the budget itself before asking for
another attempt.

**What is retried** (`DiscoveryFailed`, classified by the discoverer):

- rejected: quota exhausted (429 `insufficient_quota`), 400, 401, 403, 404, 422: never; the
  run ends `failed` with the reason.
- transient: timeouts, connection errors, 5xx, 408, 409, a plain 429: retried with Prefect's
  exponential backoff (`LEADFLOW_RETRY_BACKOFF_SECONDS` x1, x2, x4, +-50% jitter) until the
  budget is spent. A server's `Retry-After` (`retry-after-ms`, `retry-after` in seconds or as an
  HTTP date; at most 120 s) is honoured: the next attempt sleeps whatever the backoff left of it,
  so it starts no sooner than the server asked.
- deterministic: schema mismatch, truncation, refusal, content filter: retried once, asking for
  half the batch (at least 1); a second deterministic failure ends the batch. Later transient
  retries keep the smaller size.

A batch that still fails reaches the flow as that `DiscoveryFailed`, its message saying how
many requests were made, its `usage` summing every attempt; the flow stores it as a batch
without candidates. What the failed attempts of a batch left behind (cost, the smaller size,
the Retry-After deadline) is kept in this process between Prefect's in-process retries.

**Caching.** The cache key is the lead run id + batch number + source, not Prefect's default
(which includes the flow run id): a resumed run, a rerun after a crash, or a UI retry never pays
twice for a batch whose agent call already succeeded.

**One rate limit for everything.** Every agent request holds a slot of the Prefect global
concurrency limit `leadflow-agent-calls` (`AGENT_CALLS_LIMIT`) while it runs, so all runs on all
workers of one Prefect server together make at most that many requests at once (a directory
source makes none and takes no slot). Create it once per server:

    prefect gcl create leadflow-agent-calls --limit 4

Without it, runs are not throttled: the first request of a process says so in one warning and
later ones run unthrottled without repeating it, looking again every LIMIT_RECHECK_SECONDS (a
limit created meanwhile applies from then on). Slots are leases: a worker that dies holding one
frees it when the lease runs out (Prefect's default, 300 s).
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from prefect import get_run_logger, task
from prefect.client.orchestration import get_client
from prefect.concurrency.asyncio import ConcurrencySlotAcquisitionError  # the public name of the sync one too
from prefect.concurrency.sync import concurrency
from prefect.context import TaskRunContext
from prefect.exceptions import ObjectNotFound
from prefect.runtime import task_run
from prefect.tasks import exponential_backoff

from leadflow import settings
from leadflow.app import ledger
from leadflow.blocks.discovery import load_api_key
from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.sources import SourceSpec, build_discoverer
from leadflow.domain.models import BatchRequest, DiscoveryResult, Usage
from leadflow.store import StoreUnavailable, UnitOfWork, outage
from leadflow.store.caches import StoreSearchCache
from leadflow.tasks import verify

RETRIES = settings.DEFAULT_MAX_REQUESTS_PER_BATCH - 1  # Prefect's retries for the default budget
AGENT_CALLS_LIMIT = "leadflow-agent-calls"  # the Prefect global concurrency limit around every agent request
CREATE_LIMIT = f"prefect gcl create {AGENT_CALLS_LIMIT} --limit 4"
LIMIT_RECHECK_SECONDS = 60.0  # how long a process trusts "the limit does not exist" before asking again


@dataclass
class _Spent:
    """What the failed attempts of one batch in this process leave for its next attempt. What
    they cost and how many were made is in the lead store's request ledger."""

    attempts: int = 0  # requests made so far in this process (the ledger counts every process's)
    usage: Usage = field(default_factory=Usage)
    shrunk_to: int | None = None  # the smaller batch asked for after a deterministic failure
    not_before: float = 0.0  # time.monotonic() before which the next request must not start (Retry-After)


# Per (lead run, batch), kept across Prefect's in-process retries; empty once a batch is settled.
_pending: dict[tuple[str, int], _Spent] = {}


def batch_cache_key(_context, parameters: dict) -> str:
    req: BatchRequest = parameters["request"]
    spec: SourceSpec = parameters["source"]
    what = f"{spec.fingerprint()}|{req.criteria.pms}|{req.criteria.state}"
    return f"leadflow-{req.run_id}-batch-{req.batch_number}-{hashlib.sha256(what.encode()).hexdigest()[:12]}"


def transient_only(_task, _task_run, state) -> bool:
    """Retry what `discover_batch` said deserves another attempt (within the budget); never a
    bad key, an exhausted quota or a bad request."""
    exc = state.data if isinstance(state.data, BaseException) else None
    return isinstance(exc, DiscoveryFailed) and exc.retry


def _discover_name() -> str:
    return f"discover {task_run.parameters['request'].label}"


@task(
    name="discover_batch",
    task_run_name=_discover_name,
    cache_key_fn=batch_cache_key,
    cache_expiration=timedelta(days=14),
    persist_result=True,
    result_serializer="json",
    retries=RETRIES,
    retry_jitter_factor=0.5,
    retry_condition_fn=transient_only,
)
def discover_batch(request: BatchRequest, source: SourceSpec, store_url: str | None = None) -> DiscoveryResult:
    """One agent request for one batch, recorded in the lead store's ledger before it is sent
    and its answer kept as soon as it returns (with `store_url`); see the module docstring for
    the budget and retries."""
    discoverer = build_discoverer(
        source, api_key=lambda: load_api_key(source.block), fetcher=verify.fetcher_from_settings(),
        search_cache=StoreSearchCache(store_url, settings.load().search_cache_days) if store_url else None)
    key = (request.run_id, request.batch_number)
    spent = _pending.pop(key, None) or _Spent()
    wait = spent.not_before - time.monotonic()
    if wait > 0:  # the server's Retry-After outlasted Prefect's backoff
        get_run_logger().info("Batch %d: waiting %.1f s more, as the agent server asked (Retry-After)",
                              request.batch_number, wait)
        time.sleep(wait)
    asked = request if spent.shrunk_to is None else request.model_copy(update={"batch_target": spent.shrunk_to})
    ledger = _Ledger(store_url if source.kind != "directory" else None, request)
    sent = False  # whether this attempt made a request
    try:
        with agent_call_slot(source, request.batch_number):
            made = ledger.start(_attempts_allowed())
            if made is None:
                made = spent.attempts
            elif ledger.id is None:  # an earlier worker spent the budget, then stopped
                raise DiscoveryFailed("not asked again: a worker that stopped before storing the batch spent its "
                                      "request budget", transient=True)  # as if its attempts had failed here
            sent = True
            result = discoverer.discover(asked)
    except DiscoveryFailed as exc:
        ledger.failed(exc.usage)
        exc.usage = spent.usage + exc.usage
        attempts = made + sent
        after = _after_failure(exc, spent, asked, attempts)
        exc.retry = after is not None
        if after is not None:
            _pending[key] = after
        else:
            exc.args = (f"{exc} ({_history(exc, attempts, asked, request)})",)
        raise
    ledger.answered(result)
    result.usage = spent.usage + result.usage
    return result


class _Ledger:
    """This attempt's row in the lead store's request ledger (none without a store URL: a
    directory source pays for nothing, and a bare call from a test keeps no books)."""

    def __init__(self, store_url: str | None, request: BatchRequest):
        self.store_url, self.request, self.id = store_url, request, None

    def start(self, budget: int) -> int | None:
        """Record the request about to be sent, unless `budget` requests were made for the batch
        already (then `id` stays None); how many were made before it. Waits through a store
        outage: nothing is sent that is not on the books."""
        if not self.store_url:
            return None

        def record() -> tuple[int | None, int]:
            with UnitOfWork(self.store_url) as uow:
                return ledger.request_started(uow, self.request, budget)

        self.id, made = outage.through_outage(record, what="the request ledger")  # nothing unbooked is sent
        return made

    def failed(self, usage: Usage) -> None:
        if self.id is not None:
            self._settle(lambda uow: ledger.request_failed(uow, self.id, usage), "the failed request")

    def answered(self, result: DiscoveryResult) -> None:
        """Keep the paid answer in the store. If the store stays down past the outage limit the
        answer is still returned: Prefect persists it under the batch's cache key, so the resumed
        run replays it from there instead of paying again (its request stays counted, unsettled)."""
        if self.id is not None:
            self._settle(lambda uow: ledger.answer_received(uow, self.id, self.request, result), "the answer")

    def _settle(self, write, what: str) -> None:
        def work() -> None:
            with UnitOfWork(self.store_url) as uow:
                write(uow)

        try:
            outage.through_outage(work, what=what)
        except StoreUnavailable as exc:
            get_run_logger().warning("Batch %d: lead store: %s; %s is kept in Prefect's result of this task and "
                                     "replayed when the run resumes (nothing is paid twice)", self.request.batch_number,
                                     outage.describe(exc), what)


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


@contextmanager
def agent_call_slot(source: SourceSpec, batch_number: int) -> Iterator[None]:
    """Hold a slot of AGENT_CALLS_LIMIT around one agent request (none for a directory). A
    missing limit is said once per process, then the process runs unthrottled, asking again
    every LIMIT_RECHECK_SECONDS."""
    known_missing = _LimitState.missing_since
    if source.kind == "directory" or (
            known_missing is not None and time.monotonic() - known_missing < LIMIT_RECHECK_SECONDS):
        yield
        return
    held = contextlib.ExitStack()
    try:
        try:
            queued = _take_slot(held)
        except ConcurrencySlotAcquisitionError as exc:
            if not _limit_missing(exc):
                raise
            with _LimitState.lock:
                _LimitState.missing_since = time.monotonic()
                say, _LimitState.said = not _LimitState.said, True
            if say:
                get_run_logger().warning(
                    "The Prefect global concurrency limit %r does not exist (or is inactive) on this server: agent "
                    "calls are not throttled across runs. Create it once: %s", AGENT_CALLS_LIMIT, CREATE_LIMIT)
        else:
            _LimitState.missing_since = None
            if queued is not None:
                get_run_logger().info("Batch %d waited %.1f s for a slot of %r: the limit's agent calls were all in "
                                      "flight", batch_number, queued, AGENT_CALLS_LIMIT)
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
    def take(**wait) -> None:
        held.enter_context(concurrency(AGENT_CALLS_LIMIT, occupy=1, strict=True,
                                       raise_on_lease_renewal_failure=False, **wait))

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


def _after_failure(exc: DiscoveryFailed, spent: _Spent, asked: BatchRequest, attempts: int) -> _Spent | None:
    """What the next attempt starts from, or None when there is none: a rejected request, a
    second deterministic failure, or a spent budget (`attempts` requests made for the batch so
    far, on any machine; the budget is settings' and Prefect's retries, the smaller of the two)."""
    if not exc.transient or attempts >= _attempts_allowed():
        return None
    shrunk_to = spent.shrunk_to
    if exc.deterministic:
        if shrunk_to is not None:
            return None  # the smaller batch failed the same way: no third try at the same thing
        shrunk_to = max(1, asked.batch_target // 2)
        get_run_logger().warning("Batch %d: %s; asking once more for %d companies instead of %d",
                                 asked.batch_number, exc, shrunk_to, asked.batch_target)
    not_before = time.monotonic() + exc.retry_after if exc.retry_after else 0.0
    return _Spent(attempts=attempts, usage=exc.usage, shrunk_to=shrunk_to, not_before=not_before)


def _attempts_allowed() -> int:
    """The batch's request budget: settings' and Prefect's retries, the smaller of the two."""
    ctx = TaskRunContext.get()
    return min(settings.load().max_requests_per_batch, (ctx.task.retries + 1) if ctx else 1)


def _history(exc: DiscoveryFailed, attempts: int, asked: BatchRequest, request: BatchRequest) -> str:
    """How the batch got here, for its stored error and the run's reason."""
    said = f"{attempts} request{'s' if attempts != 1 else ''}"
    if not exc.transient:
        return f"not retried; {said}"
    if asked.batch_target != request.batch_target:
        said += f"; retried with {asked.batch_target} companies instead of {request.batch_target}"
    budget = settings.load().max_requests_per_batch
    return said + (f", the budget of {budget} per batch" if attempts >= budget else "")


def with_backoff(backoff_seconds: float):
    """discover_batch with exponential backoff between attempts (base x1, x2, x4, +-50%
    jitter), the base from settings (LEADFLOW_RETRY_BACKOFF_SECONDS), and as many retries as the
    paid-request budget leaves (LEADFLOW_MAX_REQUESTS_PER_BATCH - 1); both read when a run starts."""
    retries = settings.load().max_requests_per_batch - 1
    return discover_batch.with_options(
        retries=retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=backoff_seconds)(retries) if retries else 0,
    )
