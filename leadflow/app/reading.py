"""Reading runs back: one run, its summary, recent runs, its batches and its companies."""

from __future__ import annotations

from typing import Any

from leadflow.app.spend import run_cost
from leadflow.domain.errors import RunNotFound
from leadflow.domain.models import RunSummary
from leadflow.domain.records import BatchRecord, RunRecord
from leadflow.store.uow import UnitOfWork


def get_run(uow: UnitOfWork, run_id: str) -> RunRecord:
    run = uow.repo.get_run(run_id)
    if run is None:
        raise RunNotFound(run_id)
    return run


def _summary(run: RunRecord, rejected: dict[str, int], **more: object) -> RunSummary:
    """The public shape: the record without what only the store needs, plus cost and rejections."""
    public = {k: v for k, v in run.model_dump().items() if k in RunSummary.model_fields}
    return RunSummary.model_validate({**public, "rejected": rejected, "cost_usd": run_cost(run), **more})


def summary(uow: UnitOfWork, run_id: str) -> RunSummary:
    run = get_run(uow, run_id)
    failures = uow.repo.search_failure_counts(run_id) if run.searches_failed else {}
    return _summary(run, uow.repo.rejection_counts(run_id), search_failures=failures)


def recent(uow: UnitOfWork, limit: int = 20) -> list[RunSummary]:
    return [_summary(r, uow.repo.rejection_counts(r.run_id)) for r in uow.repo.recent_runs(limit)]


def batch_table(uow: UnitOfWork, run_id: str) -> list[BatchRecord]:
    get_run(uow, run_id)
    return uow.repo.batch_rows(run_id)


def export_rows(uow: UnitOfWork, run_id: str, include_rejected: bool = False) -> list[dict[str, Any]]:
    """A run's validated companies (and with `include_rejected`, every judged candidate)."""
    get_run(uow, run_id)
    return uow.repo.export_rows(run_id, include_rejected)
