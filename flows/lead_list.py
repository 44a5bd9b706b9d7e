"""lead_list: fill one lead list to its target, batch by batch.

Every decision comes from the core (`leadflow.domain.planning`, `leadflow.app`); this flow only
sequences the tasks and reports progress to the logs and the Prefect UI.
"""

from __future__ import annotations

import logging
import time

from prefect import flow, get_run_logger
from prefect.context import TagsContext
from prefect.runtime import flow_run
from prefect.states import Cancelled, Failed

from leadflow import settings
from leadflow.app import lease
from leadflow.app.lease import LeaseKeeper
from leadflow.app.results import OpenedRun
from leadflow.blocks.lead_store import lead_store_url
from leadflow.domain.errors import LeadflowError, LeaseLost
from leadflow.domain.models import BatchOutcome, RunRefused, RunRequest, RunSummary
from leadflow.domain.options import RunOptions
from leadflow.domain.planning import progress_line
from leadflow.domain.report import run_report
from leadflow.flows.artifacts import RunArtifacts, final_name, lead_run_tags
from leadflow.flows.lead_run_id import lead_run_id
from leadflow.flows.local import freeze_what_is_loaded, hear_sigterm, local_run, show_task_ends
from leadflow.flows.outcomes import RunEndedShort, RunNotOpened, final_state, refusal, run_summary
from leadflow.flows.parameters import BatchSize, MaxLoops, Parallel, Pms, Quantity, State, Text
from leadflow.flows.pipeline import Pipeline
from leadflow.store import StoreUnavailable, UnitOfWork
from leadflow.tasks import finish_run, open_run


def _run_name() -> str:
    """e.g. lead-list-buildium-tx-30-1f2e3d4c5b6a: the criteria and the lead run id."""
    p = flow_run.parameters
    rid = lead_run_id(p.get("run_id"), flow_run.id)
    if p.get("pms") and p.get("state") and p.get("quantity"):
        return f"lead-list-{p['pms']}-{p['state']}-{p['quantity']}-{rid}".replace(" ", "").lower()
    return f"lead-list-resume-{rid}"


@flow(name="lead-list", flow_run_name=_run_name, validate_parameters=False)  # the core checks them (flows/parameters.py)
def lead_list(
    pms: Pms = None,
    state: State = None,
    quantity: Quantity = None,
    batch_size: BatchSize = None,
    parallel: Parallel = None,
    max_loops: MaxLoops = None,
    run_id: Text = None,
    verify: bool | None = None,
    source: Text = None,
    wait_for_lease: bool = False,
    options: RunOptions | None = None,
    store_block: Text = None,
    discovery_block: Text = None,
) -> RunSummary:
    """Find `quantity` property managers in `state` that use `pms`, or resume `run_id`.

    Args:
        pms: The property-management software the companies use. Required for a new run.
        state: The US state the companies are in (two-letter code or name). Required for a new run.
        quantity: How many companies the list needs (1-10000). Required for a new run.
        batch_size: Companies asked of the agent per batch (default: LEAD_LIST_BATCH_SIZE, 10).
        parallel: Batches run at once, each in its own region of the state (default 1).
        max_loops: Loops before the run ends partial (default: enough for the quantity).
        run_id: Resume this lead run (leave the criteria empty); empty for a new run.
        verify: Live checks of every lead's portal and website (default: on for agent sources).
        source: Where candidates come from: openai (default) or the path of a CSV directory.
        wait_for_lease: If another flow run holds the lead run, wait for it instead of failing.
        options: Other run options, e.g. {"stall_loops": 3, "max_calls": 40, "max_cost": 2.5}.
        store_block: Name of a lead-store block (default: LEADFLOW_DATABASE_URL or ~/.leadflow).
        discovery_block: Name of a discovery block holding the agent's settings and key.
    """
    freeze_what_is_loaded()
    hear_sigterm()
    owner = str(flow_run.id) if flow_run.id else None
    with untagged_tasks():
        opened = _open(
            owner,
            pms=pms,
            state=state,
            quantity=quantity,
            run_id=run_id,
            source=source,
            wait_for_lease=wait_for_lease,
            options=options,
            store_block=store_block,
            discovery_block=discovery_block,
            given=dict(batch_size=batch_size, parallel=parallel, max_loops=max_loops, verify=verify),
        )
        if not isinstance(opened, tuple):
            return opened  # not started: the Failed state says why
        store, run = opened
        return _fill_and_report(store, run, owner)


def untagged_tasks() -> TagsContext:
    """Task runs without the flow run's tags. A tag on a task run makes Prefect ask the server
    for that tag's concurrency slot before the task starts (a write per task run); a SQLite-backed
    server busy writing answers 503 and Prefect's client waits 2 s before asking again: every
    other batch stalled 2 s (issue 21). The flow run keeps its tags (`leadflow run` and
    lead_refill set them at creation, for automations and the UI's filters)."""
    return TagsContext(current_tags=set())


def _open(
    owner: str | None,
    *,
    given: dict,
    options: RunOptions | dict | None,
    store_block: str | None,
    discovery_block: str | None,
    wait_for_lease: bool,
    run_id: str | None,
    **criteria: object,
):
    """Parse the parameters and open the lead run: (store URL, the opened run), or the Failed
    state that says in one line why it did not start (bad input, a store that is down, a run
    another flow run holds: `RunNotOpened`)."""
    logger = get_run_logger()
    criteria = {**criteria, "source": criteria["source"] or None}  # a form's empty text field is "not given"
    store_block, discovery_block = store_block or None, discovery_block or None
    try:
        base = RunOptions.parse(**options) if isinstance(options, dict) else (options or RunOptions())
        request = RunRequest.parse(
            **criteria, run_id=lead_run_id(run_id, flow_run.id), wait=wait_for_lease, options=base.merged(**given)
        )
    except LeadflowError as exc:  # a run started without criteria, or with bad ones: one line, no traceback
        logger.error("Lead run not started: %s", exc)
        return Failed(message=f"not started: {exc}")
    store = lead_store_url(store_block)
    try:
        opened = open_run(store, request, discovery_block, owner)
    except StoreUnavailable as exc:
        logger.error("Run %s not started: %s", request.run_id, exc)
        return Failed(message=str(exc))
    if isinstance(opened, RunRefused):
        if opened.leased:  # another flow run holds the run's lease
            logger.warning(opened.reason)
            return Failed(name="Leased", message=opened.reason, data=RunNotOpened(opened))
        logger.error("Lead run not started: %s", opened.reason)  # e.g. no criteria, a run id that does not exist
        return Failed(message=f"not started: {opened.reason}")
    if opened.notice:
        logger.info(opened.notice)
    logger.info("Run %s %s (source %s)", opened.run_id, "resumed" if opened.resumed else "created", opened.source.label)
    return store, opened


def _fill_and_report(store: str, opened: OpenedRun, owner: str | None):
    """Fill the run under its lease, keep the UI's artifacts and name up to date, and end in the
    state that says how the run ended. A run whose lease another flow run took is left to it."""
    logger, rid = get_run_logger(), opened.run_id
    ui = RunArtifacts(rid)
    s0 = opened.summary
    ui.label(owner, tags=lead_run_tags(s0.pms, s0.state, rid, _list_name()), had=flow_run.tags or [])
    started = time.monotonic()
    outcomes: list[BatchOutcome] = []
    try:
        with LeaseKeeper(lambda: _renew(store, rid, owner), every=settings.load().lease_seconds / 3):
            summary = _fill_to_target(store, opened, owner, outcomes, ui)
    except LeaseLost as exc:  # another flow run has the run now: it decides how the run ends
        logger.warning("Run %s: %s", rid, exc)
        return Cancelled(message=str(exc))
    except StoreUnavailable as exc:  # the store stayed down: nothing more can be written now
        logger.error("Run %s stopped: %s. Paid answers are kept; when the store is back: leadflow run --run-id %s", rid, exc, rid)
        return Failed(message=str(exc))
    except Exception as exc:  # leave no run "running" behind a flow that died of an error
        try:
            finish_run(store, rid, "failed", f"{type(exc).__name__}: {exc}"[:500], owner)
        except LeaseLost:
            pass
        raise
    else:
        ui.summary(run_report(summary, time.monotonic() - started), summary.status)
        if flow_run.name:
            ui.label(owner, name=final_name(flow_run.name, summary))
    finally:
        ui.batches(outcomes)  # one table per flow run, however it ended
        ui.close()
    return _final_state(summary)


def _final_state(summary: RunSummary):
    """A run that ends short of its target (partial, stalled, failed) ends Failed in Prefect: red
    everywhere in the UI, counted as failed on the dashboard, `prefect deployment run --watch`
    exits 1 and a "notify me when a run fails" automation fires, as the CLI exits 1. Its
    summary stays the state's result, and the message says how it ended and why. No retry and
    no crash pickup follows (neither flow has retries; the pickup answers Crashed only)."""
    state = final_state(summary)
    get_run_logger().log(
        logging.INFO if state.is_completed() else logging.WARNING, "Run %s ended %s", summary.run_id, state.message
    )
    return state


def _list_name() -> str | None:
    """The standing list a night's run works for (its tag `list:NAME`, set by lead_refill)."""
    return next((t.split(":", 1)[1] for t in flow_run.tags or [] if t.startswith("list:")), None)


def _renew(store: str, run_id: str, owner: str | None) -> bool:
    """The lease heartbeat (a plain service call from a thread, not a task: no task run per beat)."""
    with UnitOfWork(store) as uow:
        return lease.renew_lease(uow, run_id, owner or "local")


def _fill_to_target(
    store: str,
    opened: OpenedRun,
    owner: str | None,
    outcomes: list[BatchOutcome],
    ui: RunArtifacts,
) -> RunSummary:
    """The seed's loop, pipelined (`flows/pipeline.py`): gap and early exit, then `parallel`
    batches in flight, each stored as soon as its answer arrives and the next one planned."""
    logger = get_run_logger()
    progress, rid = opened.summary, opened.run_id  # open_run checked for an early exit and planned the first batches
    ui.progress(progress.companies_ready, progress.target_quantity, progress.pms, progress.state)
    if progress.is_final and progress.status == "completed":
        logger.info(
            "Run %s already has %d companies (target: %d), skipping lead list agent",
            rid,
            progress.companies_ready,
            progress.target_quantity,
        )
    logger.info(progress_line(progress.companies_ready, progress.target_quantity, progress.pms, progress.state))
    return Pipeline(store, opened, owner, outcomes).fill(progress, opened.plan, ui)


__all__ = [
    "RunEndedShort",
    "RunNotOpened",
    "final_state",
    "lead_list",
    "local_run",
    "refusal",
    "run_summary",
    "show_task_ends",
]  # the outcome helpers and the local-run switches, where callers have always found them


if __name__ == "__main__":
    lead_list.serve(name="lead-list")
