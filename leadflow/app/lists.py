"""Standing lists over the lead store, and a night's delivery (Prefect-free).

Each function takes a unit of work and commits explicitly, like the rest of `leadflow.app`. The
list's schedule lives in Prefect (`leadflow.flows.server_setup`); its nightly flow is
`flows/lead_refill.py`, which calls `deliver` once the night's run has ended.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel
from pydantic_core import to_jsonable_python
from sqlalchemy import delete, insert, select, update

from leadflow.app import reading
from leadflow.domain.errors import InvalidInput, LeadflowError
from leadflow.domain.lists import StandingList, check_name, delivery_path, is_webhook, mask_url, webhook_payload
from leadflow.store.repository import now
from leadflow.store.schema import list_nights, standing_lists
from leadflow.store.uow import UnitOfWork

if TYPE_CHECKING:
    import httpx

WEBHOOK_TIMEOUT = 30.0
_FIELDS = ("pms", "state", "quantity", "schedule", "timezone", "deliver", "source", "options")


class DeliveryFailed(LeadflowError):
    """A night's companies could not be delivered (the webhook refused them, a disk error).
    The night's run is kept: a retry delivers again without paying again."""


class Delivery(BaseModel):
    """Where one night went."""

    list_name: str
    night: str
    run_id: str
    count: int
    where: str | None  # the file written, or the webhook (masked); None: kept in the store only
    attempts: int = 1  # deliveries of this night so far (more than one: redelivered)


def _list(row) -> StandingList:
    values = {k: v.replace(tzinfo=UTC) if isinstance(v, datetime) and v.tzinfo is None else v  # SQLite: naive UTC
              for k, v in dict(row).items()}
    return StandingList.model_validate({**values, "options": row["options"] or {}})


def find_list(uow: UnitOfWork, name: str) -> StandingList | None:
    row = uow.conn.execute(select(standing_lists).where(standing_lists.c.name == name)).mappings().first()
    return _list(row) if row else None


def get_list(uow: UnitOfWork, name: str) -> StandingList:
    found = find_list(uow, check_name(name))
    if found is None:
        raise InvalidInput("name", f"no standing list named {name!r}; see `leadflow lists ls`")
    return found


def all_lists(uow: UnitOfWork) -> list[StandingList]:
    rows = uow.conn.execute(select(standing_lists).order_by(standing_lists.c.name)).mappings()
    return [_list(r) for r in rows]


def save_list(uow: UnitOfWork, lst: StandingList, *, commit: bool = True) -> bool:
    """Add the list, or update it (its history is kept); True when it is new. With
    `commit=False` the caller commits (e.g. once the Prefect schedule is in place)."""
    values = {k: getattr(lst, k) for k in _FIELDS}
    stamp = now()
    created = find_list(uow, lst.name) is None
    if created:
        uow.conn.execute(insert(standing_lists).values(name=lst.name, created_at=stamp, updated_at=stamp, **values))
    else:
        uow.conn.execute(update(standing_lists).where(standing_lists.c.name == lst.name)
                         .values(updated_at=stamp, **values))
    if commit:
        uow.commit()
    return created


def remove_list(uow: UnitOfWork, name: str, *, commit: bool = True) -> StandingList:
    """Forget the list (its nights' runs stay in the store, and so does what it delivered:
    a list added again under the same name still skips it)."""
    lst = get_list(uow, name)
    uow.conn.execute(delete(standing_lists).where(standing_lists.c.name == lst.name))
    if commit:
        uow.commit()
    return lst


def record_night(uow: UnitOfWork, delivery: Delivery, status: str, *, error: str | None = None) -> int:
    """A night's delivery, for `lists show` and for delivering it again (a list removed
    meanwhile is left alone): delivered, or failed with `error`. Its attempts so far."""
    key = (list_nights.c.list_name == delivery.list_name) & (list_nights.c.night == delivery.night)
    row = uow.conn.execute(select(list_nights.c.attempts).where(key)).first()
    attempts = (row[0] if row else 0) + 1
    values = dict(run_id=delivery.run_id, status="failed" if error else "delivered", count=delivery.count,
                  delivery=delivery.where, error=error[:500] if error else None, attempts=attempts, updated_at=now())
    if row:
        uow.conn.execute(update(list_nights).where(key).values(**values))
    else:
        uow.conn.execute(insert(list_nights).values(list_name=delivery.list_name, night=delivery.night, **values))
    uow.conn.execute(update(standing_lists).where(standing_lists.c.name == delivery.list_name).values(
        last_night=delivery.night, last_run_id=delivery.run_id,
        last_status="delivery failed" if error else status,
        last_delivered=0 if error else delivery.count, last_delivery=delivery.where, last_delivered_at=now(),
    ))
    uow.commit()
    return attempts


def undelivered_nights(uow: UnitOfWork, name: str) -> list[tuple[str, str]]:
    """(night, run id) of the list's nights whose delivery failed, oldest first."""
    stmt = (select(list_nights.c.night, list_nights.c.run_id)
            .where(list_nights.c.list_name == name, list_nights.c.status == "failed").order_by(list_nights.c.night))
    return [(night, run_id) for night, run_id in uow.conn.execute(stmt)]


def night_history(uow: UnitOfWork, name: str, limit: int = 10) -> list[dict]:
    """The list's latest nights: delivered or failed, how many, where, after how many attempts."""
    stmt = (select(list_nights.c.night, list_nights.c.status, list_nights.c.count, list_nights.c.delivery,
                   list_nights.c.attempts, list_nights.c.error)
            .where(list_nights.c.list_name == name).order_by(list_nights.c.night.desc()).limit(limit))
    return [dict(r) for r in uow.conn.execute(stmt).mappings()]


def check_destination(deliver: str | None) -> None:
    """A file destination must be writable here (the nearest existing folder); a webhook is
    checked when it is called."""
    if not deliver or is_webhook(deliver):
        return
    folder = delivery_path(deliver, "2000-01-01").parent.expanduser()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput("deliver", f"cannot write files in {folder}: choose a folder this user can write to")


def night_rows(uow: UnitOfWork, run_id: str) -> list[dict]:
    """The night's companies: the validated companies of its run (each new to the list)."""
    return reading.export_rows(uow, run_id)


def deliver(lst: StandingList, night: str, run_id: str, summary: dict, rows: list[dict],
            *, http: httpx.Client | None = None) -> Delivery:
    """Write the night's file, or POST the night to the list's webhook. Idempotent: the
    file is replaced whole (written aside, then renamed), the webhook gets the same run id as
    its Idempotency-Key."""
    if not lst.deliver:
        return Delivery(list_name=lst.name, night=night, run_id=run_id, count=len(rows), where=None)
    if is_webhook(lst.deliver):
        _post(lst.deliver, webhook_payload(lst, night, run_id, summary, to_jsonable_python(rows)), run_id, http)
        where = mask_url(lst.deliver)
    else:
        where = str(_write(delivery_path(lst.deliver, night), rows))
    return Delivery(list_name=lst.name, night=night, run_id=run_id, count=len(rows), where=where)


def _write(path: Path, rows: list[dict]) -> Path:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DeliveryFailed(f"deliver: cannot create folder {path.parent}: {exc.strerror or exc}") from None
    partial = path.with_name(f".{path.stem}.partial{path.suffix}")  # same suffix: same format
    try:
        from leadflow.delivery.export import export_columns, write_export  # pandas: only when a night is written

        write_export(rows, export_columns(rows, False), partial, field="deliver")
        os.replace(partial, path)
    except (InvalidInput, OSError) as exc:
        with contextlib.suppress(OSError):  # on a read-only disk the cleanup fails too: keep the real error
            partial.unlink(missing_ok=True)
        raise DeliveryFailed(f"deliver: cannot write {path}: {exc}") from None
    return path


def _post(url: str, payload: dict, run_id: str, http: httpx.Client | None) -> None:
    import httpx  # loaded when a night is delivered, not by `leadflow lists ls`

    headers = {"Idempotency-Key": run_id, "User-Agent": "leadflow"}
    try:
        if http is not None:
            response = http.post(url, json=payload, headers=headers)
        else:
            with httpx.Client(timeout=WEBHOOK_TIMEOUT, follow_redirects=False) as client:
                response = client.post(url, json=payload, headers=headers)
    except httpx.HTTPError as exc:
        raise DeliveryFailed(f"deliver: webhook {mask_url(url)} unreachable: {type(exc).__name__}") from None
    if not response.is_success:
        raise DeliveryFailed(f"deliver: webhook {mask_url(url)} answered HTTP {response.status_code}")
