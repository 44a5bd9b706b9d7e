"""Opening a run (create or resume, take its lease, mark it running) and ending one from outside the loop."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.exc import IntegrityError

from leadflow import settings
from leadflow.app.lease import fence, holder_gone, lease_holder, refuse_if_leased
from leadflow.app.loop import check_progress, plan_loop
from leadflow.app.reading import get_run, summary
from leadflow.app.results import OpenedRun
from leadflow.discovery.sources import SourceSpec, resolve_source
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.errors import InvalidInput, RunLeased, RunNotFound
from leadflow.domain.models import RunRequest, RunSummary
from leadflow.domain.options import RunOptions
from leadflow.domain.records import RunRecord
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def check_request(
    uow: UnitOfWork,
    request: RunRequest,
    *,
    block: dict[str, Any] | None = None,
    owner: str | None = None,
) -> tuple[RunRecord | None, SourceSpec, str | None]:
    """Refuse, before anything is written, what `open_run` could not do. Returns the run to
    resume (None for a new run), its source and a notice for the user.

    A resumed run keeps its criteria (asking for other ones is an error, not a silent switch),
    its source and model (unless `--source` names one again), and belongs to one flow run at a
    time (another holder's unexpired lease is refused unless the request waits).
    """
    run = uow.repo.get_run(request.run_id) if request.run_id else None
    if run is None:
        request.criteria()  # a new run needs every criterion
    else:
        for field, have in (("pms", run.pms), ("state", run.state), ("quantity", run.target_quantity)):
            want = getattr(request, field)
            if want is not None and want != have:
                raise InvalidInput(
                    field,
                    f"run {run.run_id} was created with {field}={have!r}; resume it without "
                    f"--{field} or with the same value (asked: {want!r})",
                )
    if request.options.max_cost is not None and settings.load().token_prices() is None:
        raise InvalidInput(
            "max_cost",
            "needs your model's prices: set LEADFLOW_PRICE_INPUT_PER_MTOK and "
            "LEADFLOW_PRICE_OUTPUT_PER_MTOK (USD per million tokens)",
        )
    if run is not None and not request.wait:
        refuse_if_leased(run, owner)
    if run is not None and run.source_spec and request.source is None and block is None:
        source, notice = SourceSpec.model_validate(run.source_spec), None  # the run's own model and server
    else:
        source, notice = resolve_source(request.source, stored=run.source if run else None, block=block)
    verify = request.options.verify if run is None or request.options.verify is not None else run.verify
    if verify is None and source.kind == "directory":
        notice = " ".join(filter(None, [notice, "Live checks are off for a local directory (--verify turns them on)."]))
    elif verify is False:
        notice = " ".join(filter(None, [notice, "Live checks are off (--no-verify): leads are marked unverified."]))
    return run, source, notice


def _take_run(
    uow: UnitOfWork,
    request: RunRequest,
    *,
    block: dict[str, Any] | None,
    flow_run_id: str | None,
) -> OpenedRun:
    """Create the run or resume it, take its lease for `flow_run_id` and mark it running: one
    transaction. A held lease raises RunLeased (the caller may wait and try again)."""
    owner = flow_run_id or "local"  # outside Prefect (unit tests) one anonymous holder
    run, source, notice = check_request(uow, request, block=block, owner=owner)
    lease = now() + timedelta(seconds=settings.load().lease_seconds)
    running: dict[str, Any] = dict(
        status="running", status_reason=None, finished_at=None, source=source.label, source_spec=source.model_dump()
    )
    if run is None:
        try:
            with uow.conn.begin_nested():  # another opener may create the same run id first
                run_id = _add_run(
                    uow,
                    request.criteria(),
                    request.options,
                    run_id=request.run_id,
                    agent_source=source.kind != "directory",
                    flow_run_id=owner,
                    lease_expires_at=lease,
                    **running,
                    **lease_holder(),
                )
        except IntegrityError:
            held = get_run(uow, request.run_id or "")
            raise RunLeased(held.run_id, held.flow_run_id, held.lease_expires_at) from None
    elif run.status == "completed":  # nothing to do: leave the finished run as it is
        uow.commit()
        return OpenedRun(summary=summary(uow, run.run_id), resumed=True, source=source, notice=notice)
    else:
        run_id = run.run_id
        gone = run.flow_run_id if holder_gone(run) else None  # a dead local holder's lease is ours at once
        if not uow.repo.acquire_lease(run_id, owner, lease, holder=lease_holder(), take_from=gone):
            held = get_run(uow, run_id)  # raced another opener: say who won
            raise RunLeased(run_id, held.flow_run_id, held.lease_expires_at)
        if run.status in ("stalled", "failed"):  # asked to try again: the stall count starts over
            running["quiet_loops"] = 0
        uow.repo.update_run(run_id, **running, **request.options.given())
    uow.commit()
    return OpenedRun(summary=summary(uow, run_id), resumed=run is not None, source=source, notice=notice)


def open_run(
    uow: UnitOfWork,
    request: RunRequest,
    *,
    block: dict[str, Any] | None = None,
    flow_run_id: str | None = None,
) -> OpenedRun:
    """What a flow run needs before its first agent call, in one unit of work: the run created or
    resumed under this flow run's lease (`_take_run`), the early exit (`check_progress`: a run
    already at its target calls no agent), and the first loop's plan when it goes on."""
    opened = _take_run(uow, request, block=block, flow_run_id=flow_run_id)
    progress = check_progress(uow, opened.run_id)
    plan = None if progress.is_final else plan_loop(uow, opened.run_id, flow_run_id)
    return opened.model_copy(update={"summary": progress, "plan": plan})


def create_run(
    uow: UnitOfWork,
    criteria: LeadCriteria,
    options: RunOptions = RunOptions(),
    *,
    source: str,
    run_id: str | None = None,
) -> str:
    """A pending run with every option resolved (defaults filled in)."""
    run_id = _add_run(uow, criteria, options, run_id=run_id, source=source, status="pending", agent_source=False)
    uow.commit()
    return run_id


def _add_run(
    uow: UnitOfWork, criteria: LeadCriteria, options: RunOptions, *, run_id: str | None, agent_source: bool, **fields: object
) -> str:
    run_id = run_id or new_run_id()
    resolved = options.resolved(criteria.quantity, settings.load().batch_size, agent_source=agent_source)
    uow.repo.add_run(
        id=run_id, pms=criteria.pms, state=criteria.state, target_quantity=criteria.quantity, **fields, **resolved.model_dump()
    )
    return run_id


def finish_run(uow: UnitOfWork, run_id: str, status: str, reason: str, owner: str | None = None) -> RunSummary:
    """End a run for a reason outside the loop's rules (an error, the user); only its lease
    holder may, when `owner` is given."""
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    fence(uow, get_run(uow, run_id), owner)
    uow.repo.update_run(run_id, status=status, status_reason=reason, finished_at=now(), lease_expires_at=None)
    uow.commit()
    return summary(uow, run_id)


def interrupt(uow: UnitOfWork, run_id: str, why: str = "interrupted by the user") -> None:
    """Ctrl-C or SIGTERM: a run still open is marked failed and its lease released; its stored
    batches stay, and a resume starts at once."""
    run = uow.repo.get_run(run_id)
    if run is not None and run.status in ("pending", "running"):
        finish_run(uow, run_id, "failed", why)
