"""lead_refill: the nightly top-up. One lead list per night, new companies only.

Two ways to call it:

- `list_name`: a standing list (`leadflow lists add`). The list's criteria, options, time zone
  and delivery come from the lead store; its Prefect schedule (slug = the list's name) passes
  only the name. The night is the date, in the list's time zone, the run was scheduled for;
  its lead run is `ls-NAME-YYYYMMDD` (`leadflow.domain.lists.night_run_id`) and skips what earlier
  nights *of this list* delivered. Once the run ends (completed, or short: partial, stalled),
  the night's companies are delivered (a file with the night in its name, or a webhook POST)
  and the night is recorded on the list.
- `pms`, `state`, `quantity`: the original refill, with store-wide exclusion (every company any
  earlier run delivered is skipped).

Either way the run id is derived from the night, so a rerun of the same night (a retry, a
crashed worker, a manual `prefect deployment run`) resumes that night's run instead of paying
for a second one.

Pickup: `leadflow setup` installs an automation that answers a Crashed run of this
deployment with a new run `resume_flow_run=<the crashed flow run's id>`, `pickups=N+1`,
`wait_for_lease=true`. The new run takes the crashed run's parameters and night from Prefect,
waits for the lead run's lease to lapse, resumes, and delivers. After MAX_PICKUPS pickups in a
row a run fails instead (a run that keeps crashing needs a person).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from prefect import flow, get_run_logger, tags, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.states import Failed
from prefect.states import State as PrefectState

from leadflow.app import lists as list_services
from leadflow.app import reading
from leadflow.blocks.lead_store import lead_store_url
from leadflow.delivery import nights
from leadflow.domain.criteria import canonical_pms, canonical_state
from leadflow.domain.errors import DeliveryFailed, InvalidInput, LeadflowError
from leadflow.domain.lists import Delivery, StandingList, check_night, night_of, shown_delivery
from leadflow.domain.models import RunSummary
from leadflow.domain.options import RunOptions
from leadflow.flows.artifacts import final_name, label_flow_run, lead_run_tags
from leadflow.flows.lead_list import final_state, lead_list, run_summary
from leadflow.flows.local import freeze_what_is_loaded, lost_server
from leadflow.flows.parameters import BatchSize, Parallel, Pms, Quantity, State, Text
from leadflow.store import UnitOfWork

MAX_PICKUPS = 3  # automatic pickups of one night in a row; then a person looks
DEFAULT_QUANTITY = 25
_CHAIN_LIMIT = 20  # resume_flow_run links followed at most


def refill_run_id(pms: str, state: str, night: str) -> str:
    slug = canonical_pms(pms).lower().replace(" ", "")[:10]
    return f"r{night.replace('-', '')}{slug}{canonical_state(state).lower()}"[:32]


def _refill_name() -> str:
    p = flow_run.parameters
    if p.get("list_name"):
        return f"list-{p['list_name']}-{p.get('night') or 'night'}"
    if p.get("resume_flow_run"):
        return f"lead-refill-pickup-{str(p['resume_flow_run'])[:8]}"
    return f"lead-refill-{p.get('pms')}-{p.get('state')}".replace(" ", "").lower()


@task(name="load_list", task_run_name="read list {name}", cache_policy=NO_CACHE, retries=2, retry_delay_seconds=[1, 5])
def load_list(store_url: str, name: str) -> StandingList:
    with UnitOfWork(store_url) as uow:
        return list_services.get_list(uow, name)


@task(
    name="deliver_night",
    task_run_name="deliver {lst.name} {night}",
    cache_policy=NO_CACHE,
    retries=2,
    retry_delay_seconds=[10, 60],
)
def deliver_night(store_url: str, lst: StandingList, night: str, summary: RunSummary) -> Delivery:
    """The night's companies to the list's file or webhook, then the night recorded on the
    list, delivered or failed (a failed night is delivered again later, see `_list_night`).
    Safe to repeat: the file is replaced whole, the webhook gets the same run id."""
    with UnitOfWork(store_url) as uow:
        rows = list_services.night_rows(uow, summary.run_id)
    try:
        delivery = nights.deliver(lst, night, summary.run_id, summary.model_dump(mode="json"), rows)
    except DeliveryFailed as exc:
        failed = Delivery(
            list_name=lst.name, night=night, run_id=summary.run_id, count=len(rows), where=shown_delivery(lst.deliver) or None
        )
        with UnitOfWork(store_url) as uow:
            list_services.record_night(uow, failed, summary.status, error=str(exc))
        raise
    with UnitOfWork(store_url) as uow:
        attempts = list_services.record_night(uow, delivery, summary.status)
    return delivery.model_copy(update={"attempts": attempts})


def _redeliver(store_url: str, lst: StandingList, tonight: str) -> None:
    """Earlier nights whose delivery failed, delivered now from the store (same run id, so the
    same Idempotency-Key: a receiver that did get it keeps one copy); nothing is paid again."""
    logger = get_run_logger()
    with UnitOfWork(store_url) as uow:
        owed = [(n, r) for n, r in list_services.undelivered_nights(uow, lst.name) if n != tonight]
    for night, run_id in owed:
        with UnitOfWork(store_url) as uow:
            summary = reading.summary(uow, run_id)
        try:
            delivery = deliver_night.with_options(retries=0)(store_url, lst, night, summary)
        except DeliveryFailed as exc:
            logger.warning("List %s night %s: delivery failed again (%s); it will be tried again", lst.name, night, exc)
            continue
        logger.info(
            "List %s night %s: redelivered %d companies to %s (attempt %d)",
            lst.name,
            night,
            delivery.count,
            delivery.where,
            delivery.attempts,
        )


# The parameters that say which night to fill and how (the rest steer crash pickups).
NIGHT_PARAMS = (
    "pms",
    "state",
    "quantity",
    "batch_size",
    "parallel",
    "source",
    "options",
    "night",
    "store_block",
    "discovery_block",
    "list_name",
)


@flow(name="lead-refill", flow_run_name=_refill_name, validate_parameters=False)  # the core checks them
def lead_refill(
    pms: Pms = None,
    state: State = None,
    quantity: Quantity = None,
    batch_size: BatchSize = None,
    parallel: Parallel = None,
    source: Text = None,
    options: RunOptions | None = None,
    night: Text = None,
    store_block: Text = None,
    discovery_block: Text = None,
    list_name: Text = None,
    resume_flow_run: Text = None,
    pickups: int = 0,
    wait_for_lease: bool = False,
) -> RunSummary | PrefectState[Any]:
    """Tonight's companies for the standing list `list_name`, or `quantity` companies for
    `pms` in `state` not delivered before.

    Args:
        pms: The property-management software (a refill by criteria; leave empty for a standing list).
        state: The US state (a refill by criteria; leave empty for a standing list).
        quantity: New companies wanted tonight (default 25; a standing list brings its own).
        batch_size: Companies asked of the agent per batch (default: LEAD_LIST_BATCH_SIZE, 10).
        parallel: Batches run at once, each in its own region of the state (default 1).
        source: Where candidates come from: openai (default) or the path of a CSV directory.
        options: Other run options, e.g. {"stall_loops": 3, "max_calls": 40}.
        night: The night (YYYY-MM-DD) to fill or resume; default: the date the run was scheduled for.
        store_block: Name of a lead-store block (default: LEADFLOW_DATABASE_URL or ~/.leadflow).
        discovery_block: Name of a discovery block holding the agent's settings and key.
        list_name: A standing list (`leadflow lists add`): its criteria, options and delivery are used.
        resume_flow_run: Set by the pickup automation: the crashed flow run this run takes over.
        pickups: Set by the pickup automation: how many pickups in a row led here.
        wait_for_lease: If another flow run holds the night's run, wait for it instead of failing.
    """
    given = locals()
    freeze_what_is_loaded()
    params = {k: (None if given[k] == "" else given[k]) for k in NIGHT_PARAMS}  # a form's empty field: not given
    moment = _scheduled_at()
    if resume_flow_run:
        if pickups > MAX_PICKUPS:
            return Failed(
                message=f"crashed {pickups} times in a row: not picked up again; rerun it by hand "
                f"(the same night resumes: night={night or '?'})"
            )
        params, moment = _crashed_run(resume_flow_run)
        get_run_logger().info(
            "Picking up crashed flow run %s (pickup %d): %s",
            resume_flow_run,
            pickups,
            {k: v for k, v in params.items() if v is not None},
        )
    try:
        if params["list_name"]:
            return _list_night(params, moment, wait_for_lease)
        return _criteria_night(params, moment, wait_for_lease)
    except LeadflowError as exc:  # started without a list or criteria, or with bad ones: one line, no traceback
        get_run_logger().error("Refill not started: %s", exc)
        return Failed(message=f"not started: {exc}")


def _list_night(params: dict, moment: datetime, wait: bool):
    logger = get_run_logger()
    given = sorted(
        k for k in ("pms", "state", "quantity", "batch_size", "parallel", "source", "options") if params.get(k) is not None
    )
    if given:
        raise InvalidInput(
            given[0],
            "a standing list brings its own criteria and options: pass list_name alone "
            "(change the list with `leadflow lists add`)",
        )
    store = lead_store_url(params["store_block"])
    lst = load_list(store, params["list_name"])
    night = check_night(params["night"]) if params["night"] else lst.night_at(moment)
    rid = lst.run_id(night)
    _label(f"list-{lst.name}-{night}", lead_run_tags(lst.pms, lst.state, rid, lst.name))
    _redeliver(store, lst, night)
    with tags(*_own_tags(), f"list:{lst.name}"):  # the subflow is watched like its parent (zombie automation)
        ended, summary = _night_run(
            store,
            pms=lst.pms,
            state=lst.state,
            quantity=lst.quantity,
            run_id=rid,
            source=lst.source,
            options=lst.run_options(),
            wait_for_lease=wait,
            store_block=params["store_block"],
            discovery_block=params["discovery_block"],
        )
    # Failed, or cancelled (another flow run has it): nothing delivered; a later night (or a rerun of this one) delivers it
    if summary is None:
        return ended
    if summary.status == "failed":
        return ended if ended is not None else final_state(summary)
    delivery = deliver_night(store, lst, night, summary)
    where = delivery.where or "the lead store only (the list has no --deliver)"
    again = f" (redelivered: attempt {delivery.attempts})" if delivery.attempts > 1 else ""
    logger.info(
        "List %s night %s: %d new companies delivered to %s%s (run %s %s)",
        lst.name,
        night,
        delivery.count,
        where,
        again,
        summary.run_id,
        summary.status,
    )
    if ended is None:  # the Prefect server is gone: no report nor name there (each would wait out its retries)
        return final_state(summary)
    create_markdown_artifact(
        _night_report(lst, night, summary, delivery),
        key=f"list-{lst.name}-{night}",
        description=f"List {lst.name}, night {night}: {delivery.count} new companies",
    )
    return _final(summary, f"list-{lst.name}-{night}")


def _night_run(store: str, **params: Any) -> tuple[PrefectState[Any] | None, RunSummary | None]:
    """The night's lead run, a subflow: its final state and summary. A Prefect server that
    stopped answering mid-night fails the subflow's last request (its final state) once the run
    has ended in the lead store, which has its work: the night goes on from the store's summary
    to its delivery (state None), instead of leaving a paid night undelivered until a rerun."""
    try:
        ended = lead_list(return_state=True, **params)
    except Exception as exc:
        gone = lost_server(exc)
        if gone is None:
            raise
        with UnitOfWork(store) as uow:
            summary = reading.summary(uow, params["run_id"])
        if not summary.is_final:  # stopped before its end: a rerun of the night resumes it
            raise
        get_run_logger().warning("The Prefect server at %s stopped answering; the night goes on from the lead store", gone)
        return None, summary
    return ended, run_summary(ended)


def _criteria_night(params: dict, moment: datetime, wait: bool):
    if not params["pms"] or not params["state"]:
        raise InvalidInput("list_name", "a refill needs a standing list's name (list_name), or pms and state")
    pms, state = canonical_pms(params["pms"]), canonical_state(params["state"])  # a bad one: one line, now
    night = check_night(params["night"]) if params["night"] else night_of(moment)
    options = params["options"]
    if isinstance(options, dict):
        options = RunOptions.parse(**options)
    refill = RunOptions(exclude_previous=True).merged(**(options.given() if options else {}))
    rid = refill_run_id(params["pms"], params["state"], night)
    _label(None, lead_run_tags(pms, state, rid))
    with tags(*_own_tags()):
        ended, summary = _night_run(
            lead_store_url(params["store_block"]),
            pms=params["pms"],
            state=params["state"],
            quantity=params["quantity"] or DEFAULT_QUANTITY,
            batch_size=params["batch_size"],
            parallel=params["parallel"],
            run_id=rid,
            source=params["source"],
            options=refill,
            wait_for_lease=wait,
            store_block=params["store_block"],
            discovery_block=params["discovery_block"],
        )
    if summary is None:
        return ended
    return _final(summary, flow_run.name) if ended is not None else final_state(summary)


def _final(summary: RunSummary, name: str | None):
    """The night ends as its lead run did (short: Failed), named with delivered/target."""
    if name:
        _label(final_name(name, summary), [])
    return final_state(summary)


def _own_tags() -> list[str]:
    """This flow run's tags (a deployment's, e.g. leadflow-service), passed on to the lead-list
    subflow: a subflow gets only the tags in context, and the zombie automation selects by tag."""
    return list(flow_run.tags or [])


def _aware(moment: object) -> datetime:
    value = moment if isinstance(moment, datetime) else datetime.fromisoformat(str(moment))
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _scheduled_at() -> datetime:
    """When this flow run was scheduled for (a retry keeps it; a manual run: about now)."""
    return _aware(flow_run.scheduled_start_time)


def _crashed_run(flow_run_id: str) -> tuple[dict, datetime]:
    """The parameters and scheduled time of the run a pickup takes over, following pickups of
    pickups back to the run that was first scheduled, so every pickup gets the same night."""
    from prefect import get_client

    params_keys = (
        "pms",
        "state",
        "quantity",
        "batch_size",
        "parallel",
        "source",
        "options",
        "night",
        "store_block",
        "discovery_block",
        "list_name",
    )
    with get_client(sync_client=True) as client:
        current = flow_run_id
        for _ in range(_CHAIN_LIMIT):
            crashed = client.read_flow_run(UUID(str(current)))
            p = crashed.parameters or {}
            if not p.get("resume_flow_run"):
                moment = _aware(crashed.expected_start_time or crashed.created)
                return {k: p.get(k) for k in params_keys}, moment
            current = p["resume_flow_run"]
    raise InvalidInput("resume_flow_run", f"more than {_CHAIN_LIMIT} pickups chained from {flow_run_id}")


def _label(name: str | None, run_tags: list[str]) -> None:
    """Name the flow run and add the lead run's tags (best effort: they are only labels)."""
    if flow_run.name == name:
        name = None
    try:
        label_flow_run(flow_run.id, tags=run_tags, had=flow_run.tags or [], name=name)
    except Exception as exc:  # noqa: BLE001 - a label must not fail the night
        get_run_logger().debug("Could not label the flow run: %s", exc)


def _night_report(lst: StandingList, night: str, summary: RunSummary, delivery: Delivery) -> str:
    rows = [
        ("list", lst.name),
        ("night", night),
        ("run", summary.run_id),
        ("status", summary.status),
        ("why", summary.status_reason or ""),
        ("criteria", f"{lst.quantity} x {lst.pms} in {lst.state}"),
        ("new companies", f"{delivery.count} of {lst.quantity}"),
        ("delivered to", delivery.where or "the lead store only"),
        ("agent calls", summary.llm_calls),
        ("tokens in/out", f"{summary.prompt_tokens}/{summary.completion_tokens}"),
    ]
    table = "\n".join(f"| {k} | {str(v).replace('|', '/')} |" for k, v in rows)
    return f"# List {lst.name}, night {night}\n\n| | |\n|---|---|\n{table}\n"
