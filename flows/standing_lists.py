"""Standing lists across the two systems that hold them: the lead store (the list, its nights)
and the Prefect server (its schedule on the nightly refill, its runs on a worker). What
`leadflow lists add/rm/show/run` do beyond parsing their input and printing the outcome.

Adding or removing a list with a schedule is one change in both: the store's transaction is
committed only once Prefect has taken the change, so a refused schedule leaves the store as it
was. Prefect is imported inside the functions (`lists add` without a schedule never loads it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from uuid import UUID

from leadflow.app import lists as list_services
from leadflow.delivery.nights import check_destination
from leadflow.domain.errors import LeadflowError
from leadflow.domain.lists import StandingList
from leadflow.flows.list_schedules import (
    check_schedule,
    ensure_list_schedule,
    read_list_schedule,
    refill_id,
    remove_list_schedule,
)
from leadflow.flows.prefect_server import NO_SERVER, ServiceError, Step, api_url, client, configured
from leadflow.store import UnitOfWork

if TYPE_CHECKING:
    from prefect.client.schemas.objects import FlowRun, State


@dataclass(frozen=True)
class SavedList:
    created: bool  # a new list, else an update of one (its history kept)
    schedule: Step | None  # what happened to its Prefect schedule; None: it has none and had none


def save_list(lst: StandingList, store_url: str | None = None) -> SavedList:
    """Add or update the list, and its schedule (needs a Prefect server and `leadflow setup`)."""
    check_destination(lst.deliver)
    with UnitOfWork(store_url) as uow:
        before = list_services.find_list(uow, lst.name)
        needs_prefect = bool(lst.schedule or (before and before.schedule))
        if needs_prefect and not configured():
            raise ServiceError("schedule: " + NO_SERVER.replace("leadflow setup", "a schedule"))
        if lst.schedule:
            check_schedule(lst.schedule, lst.timezone)
        created = list_services.save_list(uow, lst, commit=False)
        step = ensure_list_schedule(lst) if needs_prefect else None
        uow.commit()  # after Prefect took the schedule: a refused schedule leaves the store as it was
    return SavedList(created, step)


def remove_list(name: str, store_url: str | None = None) -> tuple[StandingList, bool]:
    """Forget the list and remove its schedule; the list, and whether it had a schedule to remove."""
    with UnitOfWork(store_url) as uow:
        lst = list_services.remove_list(uow, name, commit=False)
        removed = False
        if configured():
            try:
                removed = remove_list_schedule(lst.name)
            except ServiceError:  # no server or no refill deployment: fine for a list without a schedule
                if lst.schedule:
                    raise
        elif lst.schedule:
            raise ServiceError("schedule: removing the list's schedule " + NO_SERVER.split(" ", 2)[2])
        uow.commit()  # after Prefect dropped the schedule
    return lst, removed


def schedule_state(name: str) -> dict[str, Any] | str | None:
    """Prefect's view of the list's schedule (None: it has none); a string when it cannot be known."""
    if not configured():
        return "unknown (no PREFECT_API_URL)"
    try:
        return read_list_schedule(name)
    except LeadflowError as exc:
        return f"unknown ({exc})"


def run_night_here(name: str, night: str | None) -> State[Any]:
    """A night of the list run in this process (on Prefect's temporary server without
    PREFECT_API_URL); the flow run's final state."""
    from leadflow.runtime_env import apply_prefect_defaults

    apply_prefect_defaults(console_level="WARNING")
    from leadflow.flows.lead_refill import lead_refill
    from leadflow.flows.local import local_run

    with local_run():
        return lead_refill(list_name=name, night=night, return_state=True)


def start_night(name: str, night: str | None = None) -> FlowRun:
    """A run of the nightly refill for the list now (on a worker), as its schedule would start
    it; returns the flow run."""
    api_url()
    params: dict[str, Any] = {"list_name": name}
    if night:
        params["night"] = night
    with client() as prefect:
        return prefect.create_flow_run_from_deployment(refill_id(prefect), parameters=params, tags=["leadflow", f"list:{name}"])


def wait_for(flow_run_id: UUID, poll: float = 2.0, timeout: float | None = None) -> FlowRun:
    """Poll the flow run until it ends; its final FlowRun (or the last seen one at the timeout)."""
    import time

    deadline = None if timeout is None else time.monotonic() + timeout
    with client() as prefect:
        while True:
            run = prefect.read_flow_run(flow_run_id)
            if run.state is not None and run.state.is_final():
                return run
            if deadline is not None and time.monotonic() > deadline:
                return run
            time.sleep(poll)
