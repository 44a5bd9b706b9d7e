"""Lead-store tasks. Each opens a unit of work on the store URL and calls one service."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from pydantic import BaseModel
from sqlalchemy.exc import OperationalError

from blocks.discovery import discovery_block_fields
from leadflow import services
from leadflow.discovery.sources import SourceSpec, resolve_source
from leadflow.models import BatchOutcome, BatchRequest, DiscoveryResult, RunSummary
from leadflow.store import StoreUnavailable, UnitOfWork



def _database_hiccup(_task, _task_run, state) -> bool:
    """Retry lost connections and lock timeouts; never bad input or a missing run."""
    return isinstance(state.data, (OperationalError, StoreUnavailable))


# Store writes are idempotent per (run, batch number), so retrying them is safe.
STORE = dict(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_database_hiccup)


class OpenedRun(BaseModel):
    run_id: str
    resumed: bool
    verify_sites: bool
    source: SourceSpec
    notice: str | None = None


@task(name="open_run", **STORE)
def open_run(
    store_url: str, run_id: str | None, requested: dict, options: services.RunOptions,
    source: str | None, discovery_block: str | None, flow_run_id: str | None,
) -> OpenedRun:
    """Validate, resolve the source (the run's own on resume), create or load, mark running."""
    services.check_options(options, run_id)
    with UnitOfWork(store_url) as uow:
        run = services.check_request(uow, run_id=run_id, requested=requested)
    block = discovery_block_fields(discovery_block) if discovery_block else None
    spec, notice = resolve_source(source, stored=run["source"] if run else None, block=block)
    with UnitOfWork(store_url) as uow:
        rid, resumed = services.open_run(
            uow, run=run, run_id=run_id, requested=requested, options=options, source_label=spec.label,
        )
    with UnitOfWork(store_url) as uow:
        services.start_run(uow, rid, flow_run_id)
        verify = services.summary(uow, rid).verify_sites
    return OpenedRun(run_id=rid, resumed=resumed, verify_sites=verify, source=spec, notice=notice)


@task(name="compute_gap", **STORE)
def compute_gap(store_url: str, run_id: str) -> RunSummary:
    with UnitOfWork(store_url) as uow:
        return services.summary(uow, run_id)


@task(name="plan_loop", **STORE)
def plan_loop(store_url: str, run_id: str, loop: int) -> list[BatchRequest]:
    with UnitOfWork(store_url) as uow:
        return services.plan_loop(uow, run_id, loop)


@task(name="store_batch", task_run_name="store batch {request.batch_number}", **STORE)
def store_batch(
    store_url: str, request: BatchRequest, result: DiscoveryResult | None, error: str | None = None,
    sites: dict | None = None,
) -> BatchOutcome:
    with UnitOfWork(store_url) as uow:
        return services.record_batch(uow, request, result, error, sites)


@task(name="finish_run", **STORE)
def finish_run(store_url: str, run_id: str, status: str, reason: str) -> RunSummary:
    with UnitOfWork(store_url) as uow:
        services.finish_run(uow, run_id, status, reason)
    with UnitOfWork(store_url) as uow:
        return services.summary(uow, run_id)
