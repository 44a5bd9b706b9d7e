"""Lead-store tasks. Each opens a unit of work on the store URL and calls one service, waiting
through a store outage of up to LEADFLOW_STORE_OUTAGE_SECONDS (`store.outage`): every write is
idempotent per (run, batch number) or per loop, so trying it again is safe. A lasting store
error (full disk, read-only file) is raised at once."""

from __future__ import annotations

import time

from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import task_run

from leadflow import settings
from leadflow.app import batches as batch_service
from leadflow.app import loop as loop_service
from leadflow.app import runs as run_service
from leadflow.app.results import OpenedRun, Step
from leadflow.blocks.discovery import discovery_block_fields
from leadflow.domain.errors import LeadflowError, RunLeased
from leadflow.domain.models import BatchOutcome, BatchRequest, DiscoveryResult, RunRefused, RunRequest, RunSummary
from leadflow.store import UnitOfWork, outage
from leadflow.tasks.verify import live_checks


def _stored(work, what: str):
    """`work()` through a store outage, each wait said once in the run's log."""
    said: list[bool] = []

    def waiting(exc: BaseException, pause: float) -> None:
        if not said:
            said.append(True)
            get_run_logger().warning(
                "Lead store unreachable while %s (%s): trying again for up to %.0f s",
                what,
                outage.describe(exc),
                settings.load().store_outage_seconds,
            )

    return outage.through_outage(work, what=what, waiting=waiting)


LEASE_POLL_SECONDS = 5.0


@task(name="open_run", task_run_name="open lead run", cache_policy=NO_CACHE)
def open_run(
    store_url: str,
    request: RunRequest,
    discovery_block: str | None,
    flow_run_id: str | None,
) -> OpenedRun | RunRefused:
    """Create or resume the run, take its lease and mark it running (the run's own source on
    resume), check whether it is done already and plan its first loop. With `request.wait`,
    wait for another flow run's lease; without, and for a request the store refuses (no
    criteria, an unknown run id), return why (an expected answer, not an error with a traceback)."""
    block = discovery_block_fields(discovery_block) if discovery_block else None

    def start() -> OpenedRun:
        with UnitOfWork(store_url) as uow:
            return run_service.open_run(uow, request, block=block, flow_run_id=flow_run_id)

    while True:
        try:
            return _stored(start, "opening the run")
        except RunLeased as exc:
            if not request.wait:
                return RunRefused(reason=str(exc), leased=True)
            get_run_logger().info("Waiting: %s", exc)
            time.sleep(LEASE_POLL_SECONDS)
        except LeadflowError as exc:
            return RunRefused(reason=str(exc))


def _store_name() -> str:
    return f"check and store {task_run.parameters['request'].label}"


@task(name="store_batch", task_run_name=_store_name, cache_policy=NO_CACHE)
def store_batch(
    store_url: str,
    request: BatchRequest,
    result: DiscoveryResult | None,
    error: str | None = None,
    verify: bool = False,
    owner: str | None = None,
) -> BatchOutcome:
    """Live checks first when the run's `verify` option is on (network I/O, outside the store's
    transaction), then validate and store the batch in one transaction."""
    live = live_checks(store_url, request, result) if verify and result is not None and not error else None

    def record() -> BatchOutcome:
        with UnitOfWork(store_url) as uow:
            return batch_service.record_batch(uow, request, result, error, live, owner)

    return _stored(record, f"storing batch {request.batch_number}")


def _step_name() -> str:
    """ "close loop 2" after a batch that closed loop 2, else "next batches"."""
    closed = task_run.parameters.get("closed") or []
    return f"close loop {', '.join(map(str, closed))}" if closed else "next batches"


@task(name="next_batches", task_run_name=_step_name, cache_policy=NO_CACHE)
def next_step(
    store_url: str,
    run_id: str,
    closed: list[int],
    closing: list[list[BatchOutcome]],
    in_flight: list[BatchRequest],
    loops: list[int],
    fatal_error: str | None = None,
    owner: str | None = None,
) -> Step:
    """After a stored batch: count the loops it closed (`closed`: their numbers, `closing`: their
    outcomes), decide whether the run goes on, and plan
    the batches for the free slots (`app.loop.step`: one task run, one unit of work)."""

    def go() -> Step:
        with UnitOfWork(store_url) as uow:
            return loop_service.step(
                uow, run_id, closing=closing, in_flight=in_flight, loops=loops, fatal_error=fatal_error, owner=owner
            )

    return _stored(go, "planning the next batches")


@task(name="finish_run", task_run_name="finish lead run", cache_policy=NO_CACHE)
def finish_run(store_url: str, run_id: str, status: str, reason: str, owner: str | None = None) -> RunSummary:
    def finish() -> RunSummary:
        with UnitOfWork(store_url) as uow:
            return run_service.finish_run(uow, run_id, status, reason, owner)

    return _stored(finish, "ending the run")
