"""What the lead store holds, as the use cases read it: typed records, not rows.

The repository builds these from its rows; a column the record does not know is ignored, and
options come in through `RunOptions` (inherited by `RunSummary`), so a new run option is read
back without a change here.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NamedTuple

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import RunSummary
from leadflow.domain.options import ResolvedOptions


def _utc(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC. The same on every store."""
    return stamp.replace(tzinfo=UTC) if stamp is not None and stamp.tzinfo is None else stamp


class RunRecord(ResolvedOptions, RunSummary):
    """A stored run with its counters: its public shape plus what only the lease rules and a
    resume need (who holds it, until when, on which host and process; the resolved source)."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    flow_run_id: str | None = None
    lease_expires_at: datetime | None = None
    lease_host: str | None = None
    lease_pid: int | None = None
    source_spec: dict[str, Any] | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_row(cls, row: Any) -> Any:
        if isinstance(row, dict) and "run_id" not in row and "id" in row:
            return {**row, "run_id": row["id"]}
        return row

    @field_validator("lease_expires_at", "created_at", "finished_at")
    @classmethod
    def _aware(cls, stamp: datetime | None) -> datetime | None:
        return _utc(stamp)

    @property
    def criteria(self) -> LeadCriteria:
        return LeadCriteria(pms=self.pms, state=self.state, quantity=self.target_quantity)


class BatchRecord(BaseModel):
    """One stored batch: what it asked for and where, what came back, what it cost."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    run_id: str
    number: int
    loop: int
    partition: str | None = None  # what the batch searched, as people read it
    region: str | None = None  # the region's key: rotation and retirement read it
    requested: int
    returned: int = 0
    accepted: int = 0
    rejected: int = 0
    rejected_by_reason: dict[str, int] | None = None
    llm_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0
    latency_ms: int = 0
    model: str | None = None
    error: str | None = None
    notes: str | None = None
    tool_calls: int = 0
    searches: int = 0
    searches_failed: int = 0
    search_cache_hits: int = 0
    hosted_searches: int = 0
    search_error: str | None = None
    search_failures: dict[str, int] | None = None
    created_at: datetime | None = None

    @field_validator("created_at")
    @classmethod
    def _aware(cls, stamp: datetime | None) -> datetime | None:
        return _utc(stamp)


class KnownCompany(NamedTuple):
    """A company a run has already validated: what a duplicate is matched against."""

    domain: str
    name: str | None
    city: str | None
    evidence_url: str | None = None  # the URL that proved it: its portal account is this company's


class AgentTotals(BaseModel):
    """Every agent batch ever stored for one PMS and state, summed: what an estimate learns from."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    returned: int = 0
    accepted: int = 0
    hosted_searches: int = 0


class NightRecord(BaseModel):
    """One night of a standing list: delivered or failed, how many companies, where, after how
    many attempts."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    night: str
    run_id: str
    status: str  # delivered | failed
    count: int = 0
    delivery: str | None = None  # where it went (file path or masked URL)
    attempts: int = 0
    error: str | None = None
