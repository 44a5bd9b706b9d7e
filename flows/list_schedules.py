"""The standing lists' Prefect schedules: one per list on the nightly refill deployment, its
slug the list's name, passing only the name (the flow reads the rest from the lead store).

`leadflow setup` creates the missing ones (`list_schedules`); `leadflow lists add/rm/show`
keep one list's in step (`ensure_list_schedule`, `remove_list_schedule`, `read_list_schedule`,
through flows/standing_lists.py). A paused schedule stays paused. Prefect is imported inside
the functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from uuid import UUID

from leadflow.domain.errors import InvalidInput
from leadflow.domain.lists import StandingList
from leadflow.flows.prefect_server import REFILL, ServiceError, Step, api_url, client

if TYPE_CHECKING:
    from prefect.client.orchestration import SyncPrefectClient
    from prefect.client.schemas.objects import DeploymentSchedule
    from prefect.client.schemas.schedules import CronSchedule


def refill_id(prefect: SyncPrefectClient) -> UUID:
    """The nightly refill deployment's id; ServiceError when `leadflow setup` never ran."""
    from prefect.exceptions import ObjectNotFound

    try:
        return prefect.read_deployment_by_name(REFILL).id
    except ObjectNotFound:
        raise ServiceError(f"the deployment {REFILL} does not exist on the Prefect server: run `leadflow setup` first") from None


def _cron(lst: StandingList) -> CronSchedule:
    from prefect.client.schemas.schedules import CronSchedule

    return CronSchedule(cron=lst.schedule, timezone=lst.timezone)


def check_schedule(cron: str, timezone: str) -> None:
    """Prefect's own check of a cron expression and time zone (InvalidInput naming the option)."""
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        CronSchedule(cron=cron, timezone=timezone)
    except ValidationError as exc:
        field = "timezone" if "timezone" in str(exc).lower() else "schedule"
        raise InvalidInput(field, f"{exc.errors()[0]['msg']}") from None


def _schedule_step(
    prefect: SyncPrefectClient, dep_id: UUID, lst: StandingList, existing: DeploymentSchedule | None, check: bool
) -> Step:
    from prefect.client.schemas.actions import DeploymentScheduleCreate

    label = f"{lst.schedule} {lst.timezone}"
    if existing is None:
        if check:
            return Step("schedule", lst.name, "missing", label)
        prefect.create_deployment_schedules(
            dep_id,
            [DeploymentScheduleCreate(schedule=_cron(lst), active=True, slug=lst.name, parameters=lst.schedule_parameters())],
        )
        return Step("schedule", lst.name, "created", label)
    sched = existing.schedule
    same = (
        getattr(sched, "cron", None) == lst.schedule
        and getattr(sched, "timezone", None) == lst.timezone
        and (existing.parameters or {}) == lst.schedule_parameters()
    )
    state = "" if existing.active else " (paused)"
    if same:
        return Step("schedule", lst.name, "found", label + state)
    if check:
        return Step("schedule", lst.name, "differs", label)
    prefect.update_deployment_schedule(dep_id, existing.id, schedule=_cron(lst), parameters=lst.schedule_parameters())
    return Step("schedule", lst.name, "updated", label + state)  # a paused schedule stays paused


def _by_slug(prefect: SyncPrefectClient, dep_id: UUID) -> dict[str, DeploymentSchedule]:
    return {s.slug: s for s in prefect.read_deployment_schedules(dep_id) if s.slug}


def list_schedules(prefect: SyncPrefectClient, dep_id: UUID | None, lists: list[StandingList], check: bool) -> list[Step]:
    """Every list with a schedule has its Prefect schedule. Schedules naming a list not in
    `lists` are reported, never removed here (this machine's store may not be the service's):
    `leadflow lists rm NAME` removes them."""
    if dep_id is None:
        return [Step("schedule", lst.name, "missing") for lst in lists if lst.schedule]
    existing = _by_slug(prefect, dep_id)
    steps = [_schedule_step(prefect, dep_id, lst, existing.get(lst.name), check) for lst in lists if lst.schedule]
    names = {lst.name for lst in lists}
    for slug, sched in existing.items():
        listed = (sched.parameters or {}).get("list_name")
        if listed and listed not in names:
            steps.append(
                Step(
                    "schedule",
                    slug,
                    "warning",
                    f"names list {listed!r}, which this lead store does not have (`leadflow lists rm` removes it)",
                )
            )
    return steps


def ensure_list_schedule(lst: StandingList) -> Step:
    """Create or update the list's schedule on the nightly refill (slug = its name); a list
    without a schedule has none (removed if it had one)."""
    api_url()
    with client() as prefect:
        dep_id = refill_id(prefect)
        existing = _by_slug(prefect, dep_id).get(lst.name)
        if lst.schedule:
            return _schedule_step(prefect, dep_id, lst, existing, check=False)
        if existing is not None:
            prefect.delete_deployment_schedule(dep_id, existing.id)
            return Step("schedule", lst.name, "removed")
        return Step("schedule", lst.name, "found", "none (run by hand: leadflow lists run)")


def remove_list_schedule(name: str) -> bool:
    """Delete the list's schedule; False when it had none."""
    api_url()
    with client() as prefect:
        dep_id = refill_id(prefect)
        existing = _by_slug(prefect, dep_id).get(name)
        if existing is None:
            return False
        prefect.delete_deployment_schedule(dep_id, existing.id)
        return True


def read_list_schedule(name: str) -> dict[str, Any] | None:
    """The list's schedule as Prefect has it (cron, timezone, active, id), None if it has none."""
    api_url()
    with client() as prefect:
        existing = _by_slug(prefect, refill_id(prefect)).get(name)
    if existing is None:
        return None
    return {
        "id": str(existing.id),
        "cron": getattr(existing.schedule, "cron", None),
        "timezone": getattr(existing.schedule, "timezone", None),
        "active": existing.active,
        "parameters": existing.parameters,
    }
