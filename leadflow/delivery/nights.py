"""A standing list's night delivered: its companies written as a file (replaced whole) or POSTed
to the list's webhook (the run id as its Idempotency-Key), so delivering a night again is safe."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic_core import to_jsonable_python

from leadflow.delivery.formats import writable_format
from leadflow.domain.errors import DeliveryFailed, InvalidInput
from leadflow.domain.lists import Delivery, StandingList, delivery_path, is_webhook, mask_url, webhook_payload

if TYPE_CHECKING:
    import httpx

WEBHOOK_TIMEOUT = 30.0


def check_destination(deliver: str | None) -> None:
    """A file destination must be writable here (its format, and the nearest existing folder);
    a webhook is checked when it is called."""
    if not deliver or is_webhook(deliver):
        return
    path = delivery_path(deliver, "2000-01-01")
    writable_format(path, field="deliver")  # .parquet without pyarrow
    folder = path.parent.expanduser()
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
        raise InvalidInput("deliver", f"cannot write files in {folder}: choose a folder this user can write to")


def deliver(
    lst: StandingList,
    night: str,
    run_id: str,
    summary: dict[str, Any],
    rows: list[dict[str, Any]],
    *,
    http: httpx.Client | None = None,
) -> Delivery:
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
