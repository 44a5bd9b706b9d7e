"""Standing lists over the lead store (Prefect-free).

Each function takes a unit of work and commits explicitly, like the rest of `leadflow.app`. The
list's schedule lives in Prefect (`leadflow.flows.list_schedules`; a list and its schedule
change together in `leadflow.flows.standing_lists`); its nightly flow is `flows/lead_refill.py`,
which delivers a night (`leadflow.delivery.nights`) once its run has ended and records it here.
"""

from __future__ import annotations

from typing import Any

from leadflow.app import reading
from leadflow.domain.errors import InvalidInput
from leadflow.domain.lists import Delivery, StandingList, check_name
from leadflow.domain.records import NightRecord
from leadflow.store.uow import UnitOfWork


def find_list(uow: UnitOfWork, name: str) -> StandingList | None:
    return uow.lists.find(name)


def get_list(uow: UnitOfWork, name: str) -> StandingList:
    found = find_list(uow, check_name(name))
    if found is None:
        raise InvalidInput("name", f"no standing list named {name!r}; see `leadflow lists ls`")
    return found


def all_lists(uow: UnitOfWork) -> list[StandingList]:
    return uow.lists.all()


def save_list(uow: UnitOfWork, lst: StandingList, *, commit: bool = True) -> bool:
    """Add the list, or update it (its history is kept); True when it is new. With
    `commit=False` the caller commits (e.g. once the Prefect schedule is in place)."""
    created = uow.lists.save(lst)
    if commit:
        uow.commit()
    return created


def remove_list(uow: UnitOfWork, name: str, *, commit: bool = True) -> StandingList:
    """Forget the list (its nights' runs stay in the store, and so does what it delivered:
    a list added again under the same name still skips it)."""
    lst = get_list(uow, name)
    uow.lists.delete(lst.name)
    if commit:
        uow.commit()
    return lst


def record_night(uow: UnitOfWork, delivery: Delivery, status: str, *, error: str | None = None) -> int:
    """A night's delivery, for `lists show` and for delivering it again (a list removed
    meanwhile is left alone): delivered, or failed with `error`. Its attempts so far."""
    attempts = uow.lists.record_night(delivery, status, error)
    uow.commit()
    return attempts


def undelivered_nights(uow: UnitOfWork, name: str) -> list[tuple[str, str]]:
    """(night, run id) of the list's nights whose delivery failed, oldest first."""
    return uow.lists.failed_nights(name)


def night_history(uow: UnitOfWork, name: str, limit: int = 10) -> list[NightRecord]:
    """The list's latest nights: delivered or failed, how many, where, after how many attempts."""
    return uow.lists.nights(name, limit)


def night_rows(uow: UnitOfWork, run_id: str) -> list[dict[str, Any]]:
    """The night's companies: the validated companies of its run (each new to the list)."""
    return reading.export_rows(uow, run_id)
