"""discover_batch: one batch's agent requests, within a paid-request budget, the result persisted.

The task translates. One attempt is `leadflow.app.attempts.attempt`, Prefect-free: the policy is
`leadflow.domain.retry` (the batch's request budget; what a rejected, transient or deterministic
failure leads to; how a failed batch got there), the books are `leadflow.app.ledger` (each request
recorded before it is sent, each answer kept as soon as it returns), the requests the
discoverer's. The task adds the shared rate limit (`leadflow.tasks.rate_limit`), the run's logger
and Prefect's retries.

**Retries.** There is one retry layer, this task's: the SDK makes no retries of its own
(`max_retries=0` in `leadflow.discovery.openai_agent`), so one attempt is one HTTP request,
visible in Prefect as a task-run retry, and counted in the batch's `llm_calls` with the tokens
the server reported, failed attempts included (so `cost_usd` is right). `with_backoff` sets
Prefect's `retries` to budget - 1 with exponential backoff (`LEADFLOW_RETRY_BACKOFF_SECONDS` x1,
x2, x4, +-50% jitter); Prefect retries only what the policy said deserves another attempt
(`DiscoveryFailed.retry`), and the next attempt sleeps whatever the backoff left of a server's
`Retry-After`. What the failed attempts of a batch left behind (cost, the smaller size, the
Retry-After deadline) is kept in this process between Prefect's in-process retries (`_pending`).

A batch that still fails reaches the flow as that `DiscoveryFailed`, its message saying how
many requests were made, its `usage` summing every attempt; the flow stores it as a batch
without candidates.

**Caching.** The cache key is the lead run id + batch number + source, not Prefect's default
(which includes the flow run id): a resumed run, a rerun after a crash, or a UI retry never pays
twice for a batch whose agent call already succeeded.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta
from typing import Any

from prefect import Task, get_run_logger, task
from prefect.client.schemas.objects import State, TaskRun
from prefect.context import TaskRunContext
from prefect.runtime import task_run
from prefect.tasks import exponential_backoff

from leadflow import settings
from leadflow.app import attempts
from leadflow.app.books import RequestBooks
from leadflow.blocks.discovery import load_api_key
from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.sources import SourceSpec, build_discoverer
from leadflow.domain import retry
from leadflow.domain.models import BatchRequest, DiscoveryResult
from leadflow.store.caches import StoreSearchCache
from leadflow.tasks import verify
from leadflow.tasks.rate_limit import agent_call_slot

RETRIES = retry.retries_for(settings.DEFAULT_MAX_REQUESTS_PER_BATCH)  # Prefect's retries for the default budget

# Per (lead run, batch), kept across Prefect's in-process retries; empty once a batch is settled.
_pending: dict[tuple[str, int], retry.Spent] = {}


def batch_cache_key(_context: Any, parameters: dict[str, Any]) -> str:
    req: BatchRequest = parameters["request"]
    spec: SourceSpec = parameters["source"]
    what = f"{spec.fingerprint()}|{req.criteria.pms}|{req.criteria.state}"
    return f"leadflow-{req.run_id}-batch-{req.batch_number}-{hashlib.sha256(what.encode()).hexdigest()[:12]}"


def transient_only(_task: Task[..., Any], _task_run: TaskRun, state: State[Any]) -> bool:
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
    """One agent request for one batch (`app/attempts.attempt`), recorded in the lead store's
    ledger before it is sent and its answer kept as soon as it returns (with `store_url`); see
    the module docstring for the budget and retries."""
    discoverer = build_discoverer(
        source,
        api_key=lambda: load_api_key(source.block),
        fetcher=verify.fetcher_from_settings() if source.searching else None,  # the agent's page tools
        search_cache=StoreSearchCache(store_url, settings.load().search_cache_days) if store_url else None,
    )
    log = get_run_logger()
    return attempts.attempt(
        discoverer,
        request,
        RequestBooks(store_url if source.kind != "directory" else None, request, log),
        budget=_budget(),
        pending=_pending,
        log=log,
        slot=lambda: agent_call_slot(source, request.batch_number),
    )


def _budget() -> retry.Budget:
    """The batch's request budget: settings' and Prefect's retries (the task run's own options)."""
    ctx = TaskRunContext.get()
    return retry.Budget(settings.load().max_requests_per_batch, (ctx.task.retries + 1) if ctx else 1)


def with_backoff(backoff_seconds: float) -> Task[..., DiscoveryResult]:
    """discover_batch with exponential backoff between attempts (base x1, x2, x4, +-50%
    jitter), the base from settings (LEADFLOW_RETRY_BACKOFF_SECONDS), and as many retries as the
    paid-request budget leaves (LEADFLOW_MAX_REQUESTS_PER_BATCH - 1); both read when a run starts."""
    retries = retry.retries_for(settings.load().max_requests_per_batch)
    return discover_batch.with_options(
        retries=retries,
        retry_delay_seconds=exponential_backoff(backoff_factor=backoff_seconds)(retries) if retries else 0,
    )
