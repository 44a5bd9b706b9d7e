"""Use cases over the lead store. Each takes a unit of work and commits explicitly.

The Prefect tasks are thin wrappers around these; unit tests call them directly.
"""

from __future__ import annotations

import uuid
from collections import Counter

from leadflow.criteria import LeadCriteria
from leadflow.errors import InvalidInput, RunNotFound
from leadflow.models import (
    FINAL_STATUSES, BatchOutcome, BatchRequest, DiscoveryResult, RunSummary,
)
from leadflow.planning import batch_targets, gap, partitions
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork
from leadflow.validation import RunContext, name_key, validate_batch

# How many known domains a prompt lists at most; validation still rejects every duplicate.
MAX_PROMPT_EXCLUSIONS = 300


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def create_run(
    uow: UnitOfWork, criteria: LeadCriteria, *, batch_size: int, parallel: int, max_loops: int,
    stall_loops: int, source: str, exclude_previous: bool = False, allow_unverified: bool = False,
    run_id: str | None = None,
) -> str:
    run_id = run_id or new_run_id()
    uow.repo.add_run(
        id=run_id, pms=criteria.pms, state=criteria.state, target_quantity=criteria.quantity,
        batch_size=batch_size, parallel=parallel, max_loops=max_loops, stall_loops=stall_loops,
        source=source, exclude_previous=exclude_previous, allow_unverified=allow_unverified,
        status="pending",
    )
    uow.commit()
    return run_id


def get_run(uow: UnitOfWork, run_id: str) -> dict:
    run = uow.repo.get_run(run_id)
    if run is None:
        raise RunNotFound(run_id)
    return run


def check_resume(run: dict, criteria: LeadCriteria | None) -> None:
    """A resumed run keeps its criteria: asking for other ones is an error, not a silent switch."""
    if criteria is None:
        return
    for field, want in (("pms", criteria.pms), ("state", criteria.state), ("quantity", criteria.quantity)):
        have = run["target_quantity"] if field == "quantity" else run[field]
        if have != want:
            raise InvalidInput(
                field, f"run {run['id']} was created with {field}={have!r}; resume it without "
                f"--{field} or with the same value (asked: {want!r})",
            )


def criteria_of(run: dict) -> LeadCriteria:
    return LeadCriteria(pms=run["pms"], state=run["state"], quantity=run["target_quantity"])


def summary(uow: UnitOfWork, run_id: str) -> RunSummary:
    run = get_run(uow, run_id)
    return _summary(run, uow.repo.rejection_counts(run_id))


def _summary(run: dict, rejected: dict[str, int]) -> RunSummary:
    return RunSummary(
        run_id=run["id"], status=run["status"], status_reason=run["status_reason"], pms=run["pms"],
        state=run["state"], target_quantity=run["target_quantity"],
        companies_ready=run["companies_ready"], batches=run["batches"], loops=run["loops"],
        llm_calls=run["llm_calls"], prompt_tokens=run["prompt_tokens"],
        completion_tokens=run["completion_tokens"], rejected=rejected, source=run["source"],
        created_at=run["created_at"], finished_at=run["finished_at"],
    )


def recent(uow: UnitOfWork, limit: int = 20) -> list[RunSummary]:
    return [_summary(r, uow.repo.rejection_counts(r["id"])) for r in uow.repo.recent_runs(limit)]


def start_run(uow: UnitOfWork, run_id: str, flow_run_id: str | None = None) -> None:
    uow.repo.update_run(run_id, status="running", status_reason=None, finished_at=None,
                        flow_run_id=flow_run_id)
    uow.commit()


def finish_run(uow: UnitOfWork, run_id: str, status: str, reason: str) -> None:
    assert status in FINAL_STATUSES, status
    uow.repo.update_run(run_id, status=status, status_reason=reason, finished_at=now())
    uow.commit()


def count_loop(uow: UnitOfWork, run_id: str) -> None:
    run = get_run(uow, run_id)
    uow.repo.update_run(run_id, loops=run["loops"] + 1)
    uow.commit()


def plan_loop(uow: UnitOfWork, run_id: str, loop: int) -> list[BatchRequest]:
    """The batches of the next loop: sizes from the gap, partitions, numbers, exclusions."""
    run = get_run(uow, run_id)
    ready, target = run["companies_ready"], run["target_quantity"]
    remaining = gap(target, ready)
    sizes = batch_targets(remaining, run["batch_size"], run["parallel"])
    first = uow.repo.next_batch_number(run_id)
    exclude = uow.repo.seen_domains(run_id)[:MAX_PROMPT_EXCLUSIONS]
    criteria = criteria_of(run)
    return [
        BatchRequest(
            run_id=run_id, batch_number=first + i, loop=loop, criteria=criteria,
            companies_ready=ready, remaining=remaining, batch_target=size,
            exclude_domains=exclude, partition=part,
        )
        for i, (size, part) in enumerate(zip(sizes, partitions(len(sizes))))
    ]


def record_batch(
    uow: UnitOfWork, request: BatchRequest, result: DiscoveryResult | None, error: str | None = None,
) -> BatchOutcome:
    """Validate and store one batch in one transaction. Idempotent per (run, batch number)."""
    run_id = request.run_id
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    done = uow.repo.get_batch(run_id, request.batch_number)
    if done is not None:  # a retried store after a crash: report what was stored
        return BatchOutcome(
            batch_number=done["number"], requested=done["requested"], returned=done["returned"],
            accepted=done["accepted"], rejected=done["rejected_by_reason"] or {}, error=done["error"],
        )
    run = get_run(uow, run_id)
    rows: list[dict] = []
    reasons: Counter[str] = Counter()
    accepted = 0
    if result is not None:
        ctx = RunContext(
            criteria=criteria_of(run),
            remaining=gap(run["target_quantity"], run["companies_ready"]),
            validated={c["domain"]: (name_key(c["name"]), (c["city"] or "").lower())
                       for c in uow.repo.validated_companies(run_id)},
            blocked=uow.repo.blocked_domains(),
            previously_delivered=uow.repo.delivered_elsewhere(run_id) if run["exclude_previous"] else set(),
            allow_unverified=run["allow_unverified"],
        )
        for cand, verdict in validate_batch(result.candidates, ctx):
            accepted += verdict.accepted
            if not verdict.accepted:
                reasons[verdict.reason] += 1
            rows.append({
                "run_id": run_id, "batch_number": request.batch_number,
                "status": "validated" if verdict.accepted else "rejected",
                "reason": verdict.reason, "detail": verdict.detail, "name": cand.name,
                "domain": verdict.domain, "raw_domain": cand.domain, "city": cand.city,
                "state": cand.state, "pms": request.criteria.pms if verdict.accepted else cand.pms,
                "evidence_url": cand.evidence_url, "confidence": verdict.confidence,
            })
    uow.repo.add_candidates(rows)
    usage = result.usage if result else None
    uow.repo.add_batch(
        run_id=run_id, number=request.batch_number, loop=request.loop,
        partition=request.partition.label if request.partition else None,
        requested=request.batch_target, returned=len(result.candidates) if result else 0,
        accepted=accepted, rejected=sum(reasons.values()), rejected_by_reason=dict(reasons),
        llm_calls=usage.llm_calls if usage else 0,
        prompt_tokens=usage.prompt_tokens if usage else 0,
        completion_tokens=usage.completion_tokens if usage else 0,
        latency_ms=result.latency_ms if result else 0, model=result.model if result else None,
        error=error,
    )
    uow.commit()
    return BatchOutcome(
        batch_number=request.batch_number, requested=request.batch_target,
        returned=len(result.candidates) if result else 0, accepted=accepted,
        rejected=dict(reasons), error=error,
    )


def batch_table(uow: UnitOfWork, run_id: str) -> list[dict]:
    return uow.repo.batch_rows(run_id)
