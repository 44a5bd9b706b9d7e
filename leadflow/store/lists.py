"""Queries over standing lists and their nights. Every method runs inside the caller's transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from leadflow.domain.lists import Delivery, StandingList
from leadflow.domain.records import NightRecord
from leadflow.store.repository import now
from leadflow.store.schema import list_nights, standing_lists

_FIELDS = ("pms", "state", "quantity", "schedule", "timezone", "deliver", "source", "options")


def _aware(values: dict[str, Any]) -> dict[str, Any]:
    return {
        k: v.replace(tzinfo=UTC) if isinstance(v, datetime) and v.tzinfo is None else v  # SQLite: naive UTC
        for k, v in values.items()
    }


class ListRepository:
    def __init__(self, conn: Connection):
        self.conn = conn

    def find(self, name: str) -> StandingList | None:
        row = self.conn.execute(select(standing_lists).where(standing_lists.c.name == name)).mappings().first()
        return StandingList.model_validate({**_aware(dict(row)), "options": row["options"] or {}}) if row else None

    def all(self) -> list[StandingList]:
        rows = self.conn.execute(select(standing_lists).order_by(standing_lists.c.name)).mappings()
        return [StandingList.model_validate({**_aware(dict(r)), "options": r["options"] or {}}) for r in rows]

    def save(self, lst: StandingList) -> bool:
        """Insert or update the list's definition (its history stays); True when it is new."""
        values = {k: getattr(lst, k) for k in _FIELDS}
        stamp = now()
        if self.find(lst.name) is None:
            self.conn.execute(insert(standing_lists).values(name=lst.name, created_at=stamp, updated_at=stamp, **values))
            return True
        self.conn.execute(update(standing_lists).where(standing_lists.c.name == lst.name).values(updated_at=stamp, **values))
        return False

    def delete(self, name: str) -> None:
        self.conn.execute(delete(standing_lists).where(standing_lists.c.name == name))

    def record_night(self, delivery: Delivery, status: str, error: str | None) -> int:
        """Upsert the night's row and the list's "last night" columns; the night's attempts so far."""
        key = (list_nights.c.list_name == delivery.list_name) & (list_nights.c.night == delivery.night)
        row = self.conn.execute(select(list_nights.c.attempts).where(key)).first()
        attempts = (row[0] if row else 0) + 1
        values = dict(
            run_id=delivery.run_id,
            status="failed" if error else "delivered",
            count=delivery.count,
            delivery=delivery.where,
            error=error[:500] if error else None,
            attempts=attempts,
            updated_at=now(),
        )
        if row:
            self.conn.execute(update(list_nights).where(key).values(**values))
        else:
            self.conn.execute(insert(list_nights).values(list_name=delivery.list_name, night=delivery.night, **values))
        self.conn.execute(
            update(standing_lists)
            .where(standing_lists.c.name == delivery.list_name)
            .values(
                last_night=delivery.night,
                last_run_id=delivery.run_id,
                last_status="delivery failed" if error else status,
                last_delivered=0 if error else delivery.count,
                last_delivery=delivery.where,
                last_delivered_at=now(),
            )
        )
        return attempts

    def failed_nights(self, name: str) -> list[tuple[str, str]]:
        """(night, run id) of the list's nights whose delivery failed, oldest first."""
        stmt = (
            select(list_nights.c.night, list_nights.c.run_id)
            .where(list_nights.c.list_name == name, list_nights.c.status == "failed")
            .order_by(list_nights.c.night)
        )
        return [(night, run_id) for night, run_id in self.conn.execute(stmt)]

    def nights(self, name: str, limit: int) -> list[NightRecord]:
        stmt = select(list_nights).where(list_nights.c.list_name == name).order_by(list_nights.c.night.desc()).limit(limit)
        return [NightRecord.model_validate(dict(r)) for r in self.conn.execute(stmt).mappings()]
