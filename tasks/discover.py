"""discover_batch: one paid agent call, retried on transient errors, its result persisted.

The cache key is the lead run id + batch number + source, not Prefect's default (which
includes the flow run id): a resumed run, a rerun after a crash, or a UI retry never pays
twice for a batch whose agent call already succeeded.
"""

from __future__ import annotations

import hashlib
from datetime import timedelta

from prefect import task
from prefect.runtime import task_run
from prefect.tasks import exponential_backoff

from leadflow.blocks.discovery import load_api_key
from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.sources import SourceSpec, build_discoverer
from leadflow.models import BatchRequest, DiscoveryResult, Usage

RETRIES = 3


# Usage of failed attempts per (lead run, batch), kept across Prefect's in-process retries.
_failed_usage: dict[tuple[str, int], Usage] = {}


def batch_cache_key(_context, parameters: dict) -> str:
    req: BatchRequest = parameters["request"]
    spec: SourceSpec = parameters["source"]
    what = f"{spec.fingerprint()}|{req.criteria.pms}|{req.criteria.state}"
    return f"leadflow-{req.run_id}-batch-{req.batch_number}-{hashlib.sha256(what.encode()).hexdigest()[:12]}"


def transient_only(_task, _task_run, state) -> bool:
    """Retry refusals, timeouts, 429s and 5xx; never a bad key or a bad request."""
    exc = state.data if isinstance(state.data, BaseException) else None
    return isinstance(exc, DiscoveryFailed) and exc.transient


@task(
    name="discover_batch",
    task_run_name="discover batch {request.batch_number}",
    cache_key_fn=batch_cache_key,
    cache_expiration=timedelta(days=14),
    persist_result=True,
    result_serializer="json",
    retries=RETRIES,
    retry_jitter_factor=0.5,
    retry_condition_fn=transient_only,
)
def discover_batch(request: BatchRequest, source: SourceSpec) -> DiscoveryResult:
    """One agent call for one batch (see `with_backoff` for the delays between attempts)."""
    discoverer = build_discoverer(source, api_key=lambda: load_api_key(source.block))
    attempt_key = (request.run_id, request.batch_number)
    try:
        result = discoverer.discover(request)
    except DiscoveryFailed as exc:  # carry what every failed attempt cost into the next one
        exc.usage = _failed_usage.pop(attempt_key, Usage()) + exc.usage
        if exc.transient and task_run.run_count <= discover_batch.retries:  # another attempt follows
            _failed_usage[attempt_key] = exc.usage
        raise
    spent = _failed_usage.pop(attempt_key, None)
    if spent:
        result.usage = result.usage + spent
    return result


def with_backoff(backoff_seconds: float):
    """discover_batch with exponential backoff between attempts (base x1, x2, x4, +-50%
    jitter), the base from settings (LEADFLOW_RETRY_BACKOFF_SECONDS), read when a run starts."""
    return discover_batch.with_options(
        retry_delay_seconds=exponential_backoff(backoff_factor=backoff_seconds)(RETRIES),
    )
