"""Lead-store tasks. Each opens a unit of work on the store URL and calls one service."""

from __future__ import annotations

import time

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from sqlalchemy.exc import OperationalError

from leadflow import services
from leadflow.blocks.discovery import discovery_block_fields
from leadflow.errors import RunLeased
from leadflow.models import BatchOutcome, BatchRequest, DiscoveryResult, RunRequest, RunSummary
from leadflow.services import LoopClosed, OpenedRun
from leadflow.store import StoreUnavailable, UnitOfWork
from leadflow.tasks.verify import live_checks


def _database_hiccup(_task, _task_run, state) -> bool:
    """Retry lost connections and lock timeouts; never bad input or a missing run."""
    return isinstance(state.data, (OperationalError, StoreUnavailable))


# Store writes are idempotent per (run, batch number), so retrying them is safe.
STORE = dict(cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5], retry_condition_fn=_database_hiccup)


LEASE_POLL_SECONDS = 5.0


@task(name="open_run", task_run_name="open lead run", **STORE)
def open_run(
    store_url: str, request: RunRequest, discovery_block: str | None, flow_run_id: str | None,
) -> OpenedRun | str:
    """Create or resume the run, take its lease and mark it running (the run's own source on
    resume), check whether it is done already and plan its first loop. With `request.wait`,
    wait for another flow run's lease; without, return why the run is refused (an expected
    answer, not an error with a traceback)."""
    block = discovery_block_fields(discovery_block) if discovery_block else None
    while True:
        try:
            with UnitOfWork(store_url) as uow:
                return services.start_run(uow, request, block=block, flow_run_id=flow_run_id)
        except RunLeased as exc:
            if not request.wait:
                return str(exc)
            get_run_logger().info("Waiting: %s", exc)
            time.sleep(LEASE_POLL_SECONDS)


@task(name="store_batch", task_run_name="check and store batch {request.batch_number}", **STORE)
def store_batch(
    store_url: str, request: BatchRequest, result: DiscoveryResult | None, error: str | None = None,
    check: bool = False, owner: str | None = None,
) -> BatchOutcome:
    """Live checks first when asked (network I/O, outside the store's transaction), then
    validate and store the batch in one transaction."""
    live = live_checks(store_url, request, result) if check and result is not None and not error else None
    with UnitOfWork(store_url) as uow:
        return services.record_batch(uow, request, result, error, live, owner)


@task(name="close_loop", task_run_name="close loop {loop}", **STORE)
def close_loop(
    store_url: str, run_id: str, loop: int, outcomes: list[BatchOutcome], fatal_error: str | None = None,
    owner: str | None = None,
) -> LoopClosed:
    """Count the loop, decide whether the run goes on, and if it does plan the next loop (one
    task run and one unit of work between two loops)."""
    with UnitOfWork(store_url) as uow:
        return services.end_loop(uow, run_id, outcomes, fatal_error, owner)


@task(name="finish_run", task_run_name="finish lead run", **STORE)
def finish_run(store_url: str, run_id: str, status: str, reason: str, owner: str | None = None) -> RunSummary:
    with UnitOfWork(store_url) as uow:
        return services.finish_run(uow, run_id, status, reason, owner)
