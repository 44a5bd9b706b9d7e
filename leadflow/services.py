"""Use cases over the lead store. Each takes a unit of work and commits explicitly.

The Prefect tasks are thin wrappers around these; unit tests call them directly.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime, timezone
from collections import Counter

from pydantic import BaseModel

from leadflow import settings
from leadflow.criteria import LeadCriteria, canonical_pms, canonical_state, parse_quantity
from leadflow.errors import InvalidInput, RunNotFound
from leadflow.models import (
    FINAL_STATUSES, BatchOutcome, BatchRequest, DiscoveryResult, RunSummary,
)
from leadflow.planning import (
    DEFAULT_STALL_LOOPS, MAX_PARALLEL, adapt_batch_size, batch_targets, default_max_loops, gap,
    partitions,
)
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork
from leadflow.validation import RunContext, clean_text, name_key, validate_batch

# How many known domains a prompt lists at most; validation still rejects every duplicate.
MAX_PROMPT_EXCLUSIONS = 300
MAX_NOTES = 500  # agent notes carried into the next prompt


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def check_run_id(run_id: str | None) -> None:
    if run_id is not None and not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", run_id):
        raise InvalidInput("run_id", f"{run_id[:40]!r} is not a run id; use 1-32 letters, digits, '-' or '_'")


def create_run(
    uow: UnitOfWork, criteria: LeadCriteria, *, batch_size: int, parallel: int, max_loops: int,
    stall_loops: int, source: str, exclude_previous: bool = False, allow_unverified: bool = False,
    verify_sites: bool = False, adaptive: bool = False, run_id: str | None = None,
) -> str:
    run_id = run_id or new_run_id()
    uow.repo.add_run(
        id=run_id, pms=criteria.pms, state=criteria.state, target_quantity=criteria.quantity,
        batch_size=batch_size, parallel=parallel, max_loops=max_loops, stall_loops=stall_loops,
        source=source, exclude_previous=exclude_previous, allow_unverified=allow_unverified,
        verify_sites=verify_sites, adaptive=adaptive, status="pending",
    )
    uow.commit()
    return run_id


def get_run(uow: UnitOfWork, run_id: str) -> dict:
    run = uow.repo.get_run(run_id)
    if run is None:
        raise RunNotFound(run_id)
    return run


def check_resume(run: dict, requested: dict) -> None:
    """A resumed run keeps its criteria: asking for other ones is an error, not a silent switch."""
    for field, want in requested.items():
        have = run["target_quantity"] if field == "quantity" else run[field]
        if want is not None and have != want:
            raise InvalidInput(
                field, f"run {run['id']} was created with {field}={have!r}; resume it without "
                f"--{field} or with the same value (asked: {want!r})",
            )


def criteria_of(run: dict) -> LeadCriteria:
    return LeadCriteria(pms=run["pms"], state=run["state"], quantity=run["target_quantity"])


def summary(uow: UnitOfWork, run_id: str) -> RunSummary:
    run = get_run(uow, run_id)
    return _summary(run, uow.repo.rejection_counts(run_id))


def _utc(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC. Same JSON on every store."""
    return stamp.replace(tzinfo=timezone.utc) if stamp is not None and stamp.tzinfo is None else stamp


def _summary(run: dict, rejected: dict[str, int]) -> RunSummary:
    prices = settings.token_prices()
    cost = None if prices is None else round(
        (run["prompt_tokens"] * prices[0] + run["completion_tokens"] * prices[1]) / 1e6, 6)
    return RunSummary(
        cost_usd=cost,
        run_id=run["id"], status=run["status"], status_reason=run["status_reason"], pms=run["pms"],
        state=run["state"], target_quantity=run["target_quantity"],
        companies_ready=run["companies_ready"], batches=run["batches"], loops=run["loops"],
        llm_calls=run["llm_calls"], prompt_tokens=run["prompt_tokens"],
        completion_tokens=run["completion_tokens"], rejected=rejected, source=run["source"],
        batch_size=run["batch_size"], parallel=run["parallel"], max_loops=run["max_loops"],
        stall_loops=run["stall_loops"], verify_sites=run["verify_sites"], adaptive=run["adaptive"],
        created_at=_utc(run["created_at"]), finished_at=_utc(run["finished_at"]),
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


def plan_loop(uow: UnitOfWork, run_id: str, loop: int) -> list[BatchRequest]:
    """The batches of loop number `loop` (recorded on the run): sizes from the gap,
    partitions, batch numbers, exclusions, the agent's last notes."""
    run = get_run(uow, run_id)
    ready, target = run["companies_ready"], run["target_quantity"]
    remaining = gap(target, ready)
    history = uow.repo.batch_rows(run_id)
    sizes = batch_targets(remaining, current_batch_size(run, history), run["parallel"])
    first = history[-1]["number"] + 1 if history else 1
    exclude = uow.repo.seen_domains(run_id)[:MAX_PROMPT_EXCLUSIONS]
    criteria = criteria_of(run)
    notes = next((b["notes"] for b in reversed(history) if b["notes"]), None)
    uow.repo.update_run(run_id, loops=loop)
    uow.commit()
    return [
        BatchRequest(
            run_id=run_id, batch_number=first + i, loop=loop, criteria=criteria,
            companies_ready=ready, remaining=remaining, batch_target=size,
            exclude_domains=exclude, partition=part, previous_notes=notes,
        )
        for i, (size, part) in enumerate(zip(sizes, partitions(len(sizes))))
    ]


def current_batch_size(run: dict, history: list[dict]) -> int:
    """The configured size, or with adaptive sizing, the size the run's history leads to
    (replayed loop by loop, so it needs no state of its own and survives resumes)."""
    base = size = run["batch_size"]
    if not run["adaptive"]:
        return base
    loops: dict[int, list[dict]] = {}
    for b in history:
        loops.setdefault(b["loop"], []).append(b)
    for batches in loops.values():
        size = adapt_batch_size(size, base, sum(b["accepted"] for b in batches),
                                sum(b["returned"] for b in batches))
    return size


def record_batch(
    uow: UnitOfWork, request: BatchRequest, result: DiscoveryResult | None, error: str | None = None,
    sites: dict | None = None,
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
            sites=sites if run["verify_sites"] else None,
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
                "evidence_url": verdict.evidence_url or cand.evidence_url, "confidence": verdict.confidence,
                "site_check": verdict.site_check,
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
        error=error, notes=clean_text(result.notes, MAX_NOTES) if result else None,
    )
    uow.commit()
    return BatchOutcome(
        batch_number=request.batch_number, requested=request.batch_target,
        returned=len(result.candidates) if result else 0, accepted=accepted,
        rejected=dict(reasons), error=error,
    )


def batch_table(uow: UnitOfWork, run_id: str) -> list[dict]:
    return uow.repo.batch_rows(run_id)


class RunOptions(BaseModel):
    """How a run is executed (not what it looks for). Explicit values win on resume."""

    batch_size: int | None = None
    parallel: int | None = None
    max_loops: int | None = None
    stall_loops: int | None = None
    exclude_previous: bool | None = None
    allow_unverified: bool | None = None
    verify_sites: bool | None = None
    adaptive: bool | None = None


def requested_criteria(pms: object, state: object, quantity: object) -> dict:
    """Canonical values of the criteria fields that were given (None for the others)."""
    return {
        "pms": canonical_pms(str(pms)) if pms not in (None, "") else None,
        "state": canonical_state(str(state)) if state not in (None, "") else None,
        "quantity": parse_quantity(quantity) if quantity not in (None, "") else None,
    }


def check_request(uow: UnitOfWork, *, run_id: str | None, requested: dict) -> dict | None:
    """Refuse, before anything is written, what open_run could not do (after check_options,
    which needs no store). Returns the run to resume, or None for a new run."""
    run = uow.repo.get_run(run_id) if run_id else None
    if run is not None:
        check_resume(run, requested)
        return run
    missing = [k for k, v in requested.items() if v is None]
    if missing:
        raise InvalidInput(missing[0], f"--{missing[0]} is required to start a new run "
                                       "(or pass --run-id of an existing run to resume it)")
    return None


def open_run(
    uow: UnitOfWork, *, run: dict | None, run_id: str | None, requested: dict, options: RunOptions,
    source_label: str,
) -> tuple[str, bool]:
    """Create the run, or update the checked run (from check_request) for a resume.
    Returns (run_id, resumed)."""
    if run is not None:
        changes = {k: v for k, v in options.model_dump().items() if v is not None}
        uow.repo.update_run(run["id"], source=source_label, **changes)
        uow.commit()
        return run["id"], True
    criteria = LeadCriteria(**requested)
    size = settings.batch_size(options.batch_size)
    parallel = options.parallel or 1
    return create_run(
        uow, criteria, batch_size=size, parallel=parallel,
        max_loops=options.max_loops or default_max_loops(criteria.quantity, size, parallel),
        stall_loops=options.stall_loops or DEFAULT_STALL_LOOPS, source=source_label,
        exclude_previous=bool(options.exclude_previous), allow_unverified=bool(options.allow_unverified),
        verify_sites=bool(options.verify_sites), adaptive=bool(options.adaptive), run_id=run_id,
    ), False


def check_options(options: RunOptions, run_id: str | None = None) -> None:
    """Range checks with the contract's field names, before the store is even opened."""
    check_run_id(run_id)
    if options.batch_size is not None:
        settings.batch_size(options.batch_size)
    if options.parallel is not None and not 1 <= options.parallel <= MAX_PARALLEL:
        raise InvalidInput("parallel", f"{options.parallel} is out of range; allowed: 1..{MAX_PARALLEL}")
    if options.max_loops is not None and not 1 <= options.max_loops <= 100_000:
        raise InvalidInput("max_loops", f"{options.max_loops} is out of range; allowed: 1..100000")
    if options.stall_loops is not None and not 1 <= options.stall_loops <= 1000:
        raise InvalidInput("stall_loops", f"{options.stall_loops} is out of range; allowed: 1..1000")
