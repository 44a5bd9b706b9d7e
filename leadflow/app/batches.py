"""One batch's answer judged and stored in one transaction, idempotent per (run, batch number)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import DataError, IntegrityError

from leadflow import failpoints
from leadflow.app.lease import fence
from leadflow.app.reading import get_run
from leadflow.domain.errors import RunNotFound
from leadflow.domain.lists import list_run_pattern
from leadflow.domain.models import BatchOutcome, BatchRequest, DiscoveryResult, Usage
from leadflow.domain.planning import gap
from leadflow.domain.records import BatchRecord, RunRecord
from leadflow.store.uow import UnitOfWork

if TYPE_CHECKING:  # the live checks and the judging load with the first batch, not with `leadflow status`
    from leadflow.domain.checks import LiveChecks

MAX_NOTES = 500  # agent notes carried into the next prompt


@dataclass
class _Judged:
    """A batch's candidates as judged: rows to store, and the counts its outcome reports."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    accepted: int = 0
    reasons: Counter[str] = field(default_factory=Counter)


def record_batch(
    uow: UnitOfWork,
    request: BatchRequest,
    result: DiscoveryResult | None,
    error: str | None = None,
    live: LiveChecks | None = None,
    owner: str | None = None,
) -> BatchOutcome:
    """Validate and store one batch in one transaction. Idempotent per (run, batch number): a
    store retried after a crash reports what was stored."""
    if not uow.repo.lock_run(request.run_id):
        raise RunNotFound(request.run_id)
    done = uow.repo.get_batch(request.run_id, request.batch_number)
    if done is not None:
        return _outcome_of(done)
    run = get_run(uow, request.run_id)
    fence(uow, run, owner)
    if run.exclude_previous:  # runs that skip each other's deliveries judge one at a time
        uow.repo.lock_deliveries()
    judged = _judge(uow, run, request, result, live) if result is not None else _Judged()
    batch = _batch_row(uow, request, result)
    try:
        with uow.conn.begin_nested():  # a savepoint: a batch the store refuses must not wedge the run
            uow.repo.add_candidates(judged.rows)
            uow.repo.add_batch(
                **batch,
                accepted=judged.accepted,
                rejected=sum(judged.reasons.values()),
                rejected_by_reason=dict(judged.reasons),
                error=error,
            )
            failpoints.hit("mid-store")
    except (DataError, IntegrityError) as exc:
        error = f"batch could not be stored: {type(exc.orig).__name__}: {str(exc.orig).splitlines()[0]}"[:500]
        judged = _Judged()
        uow.repo.add_batch(**batch, accepted=0, rejected=0, rejected_by_reason={}, error=error)
    uow.commit()
    return BatchOutcome(
        batch_number=request.batch_number,
        requested=request.batch_target,
        returned=batch["returned"],
        accepted=judged.accepted,
        rejected=dict(judged.reasons),
        error=error,
        searches=batch["searches"],
        searches_failed=batch["searches_failed"],
        search_error=batch["search_error"],
    )


def _outcome_of(done: BatchRecord) -> BatchOutcome:
    return BatchOutcome(
        batch_number=done.number,
        requested=done.requested,
        returned=done.returned,
        accepted=done.accepted,
        rejected=done.rejected_by_reason or {},
        error=done.error,
        searches=done.searches,
        searches_failed=done.searches_failed,
        search_error=done.search_error,
    )


def _judge(uow: UnitOfWork, run: RunRecord, request: BatchRequest, result: DiscoveryResult, live: LiveChecks | None) -> _Judged:
    """Every candidate judged in order against the run, the store's blocklist and deliveries,
    and what was seen live; one candidate row each, with its verdict and provenance."""
    from leadflow.domain.evidence import account_of
    from leadflow.domain.validation import RunContext, name_key, validate_batch  # not for a status read

    known = uow.repo.validated_companies(run.run_id)
    delivered, delivered_accounts = _delivered_elsewhere(uow, run.run_id) if run.exclude_previous else (set(), {})
    ctx = RunContext(
        criteria=run.criteria,
        remaining=gap(run.target_quantity, run.companies_ready),
        validated={c.domain: (name_key(c.name), (c.city or "").lower()) for c in known},
        accounts={account: c.domain for c in known if (account := account_of(c.evidence_url))},
        blocked=uow.repo.blocked_domains(),
        previously_delivered=delivered,
        delivered_accounts=delivered_accounts,
        allow_unverified=bool(run.allow_unverified),
        live=live,  # None when the run's verify option is off (the task then checks nothing)
    )
    judged = _Judged()
    for cand, verdict in validate_batch(result.candidates, ctx):
        judged.accepted += verdict.accepted
        if not verdict.accepted and verdict.reason:
            judged.reasons[verdict.reason] += 1
        judged.rows.append(
            {
                "run_id": run.run_id,
                "batch_number": request.batch_number,
                "status": "validated" if verdict.accepted else "rejected",
                "reason": verdict.reason,
                "detail": verdict.detail,
                "name": cand.name,
                "domain": verdict.domain,
                "raw_domain": cand.domain,
                "city": cand.city,
                "state": cand.state,
                "pms": request.criteria.pms if verdict.accepted else cand.pms,
                "evidence_url": verdict.evidence_url or cand.evidence_url,
                "confidence": verdict.confidence,
                "evidence_method": verdict.evidence_method,
                "evidence_http_status": verdict.evidence_http_status,
                "evidence_checked_at": verdict.evidence_checked_at,
                "site_check": verdict.site_check,
                "portal_check": verdict.portal_check,
                "cited_urls": result.cited.get(cand.domain or "") or None,  # what a searching agent saw for it
            }
        )
    return judged


def _delivered_elsewhere(uow: UnitOfWork, run_id: str) -> tuple[set[str], dict[str, str]]:
    """What other runs delivered: their domains, and the portal accounts that proved them (a
    company found again under another domain is still delivered); a standing list's night skips
    only what the list's other nights delivered (`lists.list_run_pattern`)."""
    from leadflow.domain.evidence import account_of

    delivered = uow.repo.delivered_elsewhere(run_id, among=list_run_pattern(run_id))
    accounts = {account: domain for domain, evidence in delivered if (account := account_of(evidence))}
    return {domain for domain, _ in delivered}, accounts


def _batch_row(uow: UnitOfWork, request: BatchRequest, result: DiscoveryResult | None) -> dict[str, Any]:
    """The batch's row: where it searched, what came back, and what it cost (the calls and tokens
    of every request the ledger holds for it, on any machine, failed attempts included)."""
    from leadflow.domain.validation import clean_text

    usage = result.usage if result else Usage()
    spent = uow.repo.request_usage(request.run_id, request.batch_number)
    usage = usage.model_copy(update=spent) if spent else usage
    return dict(
        run_id=request.run_id,
        number=request.batch_number,
        loop=request.loop,
        partition=request.partition.label[:40] if request.partition else None,
        region=request.partition.key if request.partition else None,
        requested=request.batch_target,
        returned=len(result.candidates) if result else 0,
        llm_calls=usage.llm_calls,
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        cached_tokens=usage.cached_tokens,
        tool_calls=usage.tool_calls,
        searches=usage.searches,
        searches_failed=usage.searches_failed,
        search_cache_hits=usage.search_cache_hits,
        hosted_searches=usage.hosted_searches,
        search_error=clean_text(usage.search_error, 500),
        search_failures=usage.search_failures or None,
        latency_ms=result.latency_ms if result else 0,
        model=clean_text(result.model, 100) if result else None,
        notes=clean_text(result.notes, MAX_NOTES) if result else None,
    )
