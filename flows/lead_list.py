"""lead_list: fill one lead list to its target, batch by batch (DESIGN.md section 2).

Every decision comes from the core (`leadflow.planning`, `leadflow.services`); this flow
only sequences the tasks and reports progress to logs and the Prefect UI.
"""

from __future__ import annotations

from prefect import flow, get_run_logger, unmapped
from prefect.events import emit_event
from prefect.artifacts import create_progress_artifact, create_table_artifact, update_progress_artifact
from prefect.runtime import flow_run
from prefect.states import Completed, Failed

from blocks.lead_store import lead_store_url
from leadflow.discovery import DiscoveryFailed
from leadflow.models import BatchOutcome, DiscoveryResult, RunSummary
from leadflow.planning import low_quality, progress_line, should_stop
from leadflow.services import RunOptions, requested_criteria
from tasks.store import OpenedRun
from tasks import compute_gap, discover_batch, finish_run, open_run, plan_loop, store_batch, check_websites


def _run_name() -> str:
    p = flow_run.parameters
    if p.get("pms") and p.get("state") and p.get("quantity"):
        return f"lead-list-{p['pms']}-{p['state']}-{p['quantity']}".replace(" ", "").lower()
    return f"lead-list-resume-{p.get('run_id')}"


def _settle(future) -> tuple[DiscoveryResult | None, str | None, bool]:
    """(result, error, fatal) of one discover_batch future. A failed batch still reports
    what its attempts cost, as a result without candidates."""
    state = future.wait() or future.state
    if state.is_completed():
        return future.result(), None, False
    exc = future.result(raise_on_failure=False)
    if isinstance(exc, DiscoveryFailed):
        return DiscoveryResult(candidates=[], usage=exc.usage), str(exc), not exc.transient
    return None, str(exc) if isinstance(exc, BaseException) else (state.message or "failed"), False


@flow(name="lead-list", flow_run_name=_run_name, validate_parameters=True)
def lead_list(
    pms: str | None = None,
    state: str | None = None,
    quantity: int | None = None,
    batch_size: int | None = None,
    parallel: int | None = None,
    max_loops: int | None = None,
    run_id: str | None = None,
    source: str | None = None,
    stall_loops: int | None = None,
    exclude_previous: bool | None = None,
    allow_unverified: bool | None = None,
    verify_sites: bool | None = None,
    adaptive: bool | None = None,
    store_block: str | None = None,
    discovery_block: str | None = None,
) -> RunSummary:
    """Find `quantity` property managers in `state` that use `pms`, or resume `run_id`."""
    logger = get_run_logger()
    store = lead_store_url(store_block)
    options = RunOptions(
        batch_size=batch_size, parallel=parallel, max_loops=max_loops, stall_loops=stall_loops,
        exclude_previous=exclude_previous, allow_unverified=allow_unverified, verify_sites=verify_sites,
        adaptive=adaptive,
    )
    opened = open_run(
        store, run_id, requested_criteria(pms, state, quantity), options, source, discovery_block,
        str(flow_run.id) if flow_run.id else None,
    )
    rid = opened.run_id
    if opened.notice:
        logger.info(opened.notice)
    logger.info("Run %s %s (source %s)", rid, "resumed" if opened.resumed else "created", opened.source.label)

    try:
        summary = _fill_to_target(store, opened)
    except Exception as exc:  # leave no run "running" behind a flow that died of an error
        finish_run(store, rid, "failed", f"{type(exc).__name__}: {exc}"[:500])
        raise
    logger.info("Run %s ended %s: %s", rid, summary.status, summary.status_reason)
    if summary.status == "failed":
        return Failed(message=summary.status_reason, data=summary)
    return Completed(message=f"{summary.status}: {summary.status_reason}", data=summary)


def _fill_to_target(store: str, opened: OpenedRun) -> RunSummary:
    """The seed's loop: gap, early exit, plan, discover (mapped), store, progress, stop rules."""
    logger = get_run_logger()
    rid = opened.run_id
    progress = compute_gap(store, rid)
    bar = create_progress_artifact(0.0, key=f"lead-run-{rid}", description=f"Run {rid}: {progress.pms} in {progress.state}")
    quiet_loops = 0
    outcomes: list[BatchOutcome] = []
    while True:
        logger.info(progress_line(progress.companies_ready, progress.target_quantity, progress.pms, progress.state))
        update_progress_artifact(bar, 100.0 * min(1.0, progress.companies_ready / progress.target_quantity))
        stop = should_stop(
            target=progress.target_quantity, companies_ready=progress.companies_ready,
            loops_done=progress.loops, max_loops=progress.max_loops,
            loops_without_progress=quiet_loops, stall_loops=progress.stall_loops,
        )
        if stop is not None:
            if stop.status == "completed" and not outcomes:
                logger.info("Run %s already has %d companies (target: %d), skipping lead list agent",
                            rid, progress.companies_ready, progress.target_quantity)
            summary = finish_run(store, rid, stop.status, stop.reason)
            break

        plan = plan_loop(store, rid, progress.loops + 1)
        futures = discover_batch.map(plan, source=unmapped(opened.source))
        added, errors, fatal = 0, [], None
        for request, future in zip(plan, futures):
            result, error, is_fatal = _settle(future)
            checked = opened.verify_sites and result is not None and not error
            sites = check_websites(result, request.batch_number) if checked else None
            outcome = store_batch(store, request, result, error, sites)
            outcomes.append(outcome)
            added += outcome.accepted
            if low_quality(outcome.accepted, outcome.returned):
                _warn_low_quality(rid, outcome)
            if error:
                errors.append(error)
                fatal = fatal or (error if is_fatal else None)
                logger.warning("Run %s batch %d failed: %s", rid, request.batch_number, error)
        progress = compute_gap(store, rid)
        remaining = max(0, progress.target_quantity - progress.companies_ready)
        if remaining:
            logger.info("Run %s batch complete: %d/%d companies found, %d remaining",
                        rid, progress.companies_ready, progress.target_quantity, remaining)
        else:
            logger.info("Run %s target met: %d/%d companies found", rid, progress.companies_ready,
                        progress.target_quantity)
        _publish_batches(rid, outcomes)
        if fatal or len(errors) == len(plan):
            summary = finish_run(store, rid, "failed", f"discovery failed: {fatal or errors[-1]}")
            break
        quiet_loops = 0 if added else quiet_loops + 1
    update_progress_artifact(bar, 100.0 * min(1.0, summary.companies_ready / summary.target_quantity))
    return summary


def _warn_low_quality(run_id: str, outcome: BatchOutcome) -> None:
    """Batch quality alert (the seed's future enhancement 3): a warning in the run's log and a
    `leadflow.batch.low-quality` event that a Prefect automation can turn into a notification."""
    reasons = ", ".join(f"{k}={v}" for k, v in sorted(outcome.rejected.items(), key=lambda kv: -kv[1]))
    get_run_logger().warning(
        "Run %s batch %d quality low: %d of %d candidates accepted (%s)",
        run_id, outcome.batch_number, outcome.accepted, outcome.returned, reasons,
    )
    emit_event(
        event="leadflow.batch.low-quality",
        resource={"prefect.resource.id": f"leadflow.run.{run_id}"},
        payload=outcome.model_dump(),
    )


def _publish_batches(run_id: str, outcomes: list[BatchOutcome]) -> None:
    """Per-batch metrics in the UI (a new version of the same artifact every loop)."""
    create_table_artifact(
        [
            {"batch": o.batch_number, "requested": o.requested, "returned": o.returned,
             "accepted": o.accepted, "rejected": sum(o.rejected.values()),
             "rejected_by_reason": ", ".join(f"{k}={v}" for k, v in sorted(o.rejected.items())),
             "error": o.error or ""}
            for o in outcomes
        ],
        key=f"lead-run-{run_id}-batches",
        description=f"Batches of lead run {run_id} in this flow run",
    )


if __name__ == "__main__":
    lead_list.serve(name="lead-list")
