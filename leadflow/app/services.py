"""Use cases over the lead store. Each takes a unit of work and commits explicitly.

The entrypoints (CLI commands, Prefect tasks) only translate their input into these calls;
unit tests call them directly.
"""

from __future__ import annotations

import math
import os
import socket
import uuid
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from pydantic import BaseModel
from sqlalchemy.exc import DataError, IntegrityError

from leadflow import failpoints, settings
from leadflow.discovery.regions import regions
from leadflow.discovery.sources import SourceSpec, resolve_source
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.errors import InvalidInput, LeaseLost, RunLeased, RunNotFound
from leadflow.domain.models import BatchOutcome, BatchRequest, DiscoveryResult, RunRequest, RunSummary, Usage
from leadflow.domain.options import RunOptions
from leadflow.domain.planning import (
    StopDecision,
    acceptance_rate,
    adapt_batch_size,
    batch_targets,
    budget_stop,
    gap,
    over_ask,
    partitions,
    region_count,
    region_exclusions,
    should_stop,
)
from leadflow.store.repository import now
from leadflow.store.uow import UnitOfWork

if TYPE_CHECKING:  # the live checks and the judging load with the first batch, not with `leadflow status`
    from leadflow.domain.checks import LiveChecks

# How many known domains a whole-state prompt lists at most (a region's: planning.MAX_REGION_EXCLUSIONS);
# validation still rejects every duplicate.
MAX_PROMPT_EXCLUSIONS = 300
MAX_NOTES = 500  # agent notes carried into the next prompt
HOSTED_SEARCHES_PER_CALL = 4.0  # a searching agent's hosted web searches per batch, before there is history


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def get_run(uow: UnitOfWork, run_id: str) -> dict:
    run = uow.repo.get_run(run_id)
    if run is None:
        raise RunNotFound(run_id)
    return run


def criteria_of(run: dict) -> LeadCriteria:
    return LeadCriteria(pms=run["pms"], state=run["state"], quantity=run["target_quantity"])


# --- opening a run ---------------------------------------------------------------------------

class LoopPlan(BaseModel):
    """A loop's batches, and the answers already paid for among them (by batch number)."""

    requests: list[BatchRequest]
    paid: dict[int, DiscoveryResult] = {}


class OpenedRun(BaseModel):
    """A run ready for its loop: created or resumed, marked running, its source resolved."""

    summary: RunSummary
    resumed: bool
    source: SourceSpec
    notice: str | None = None
    plan: LoopPlan | None = None  # its first loop, once `start_run` found the run not done yet

    @property
    def run_id(self) -> str:
        return self.summary.run_id


def check_request(
    uow: UnitOfWork, request: RunRequest, *, block: dict | None = None, owner: str | None = None,
) -> tuple[dict | None, SourceSpec, str | None]:
    """Refuse, before anything is written, what open_run could not do. Returns the run to
    resume (None for a new run), its source and a notice for the user.

    A resumed run keeps its criteria (asking for other ones is an error, not a silent switch),
    its source and model (unless `--source` names one again), and belongs to one flow run at a
    time (another holder's unexpired lease is refused unless the request waits).
    """
    run = uow.repo.get_run(request.run_id) if request.run_id else None
    if run is None:
        request.criteria()  # a new run needs every criterion
    else:
        for field, have in (("pms", run["pms"]), ("state", run["state"]), ("quantity", run["target_quantity"])):
            want = getattr(request, field)
            if want is not None and want != have:
                raise InvalidInput(
                    field, f"run {run['id']} was created with {field}={have!r}; resume it without "
                    f"--{field} or with the same value (asked: {want!r})",
                )
    if request.options.max_cost is not None and settings.load().token_prices() is None:
        raise InvalidInput("max_cost", "needs your model's prices: set LEADFLOW_PRICE_INPUT_PER_MTOK and "
                                       "LEADFLOW_PRICE_OUTPUT_PER_MTOK (USD per million tokens)")
    if run is not None and not request.wait:
        _refuse_if_leased(run, owner)
    if run is not None and run["source_spec"] and request.source is None and block is None:
        source, notice = SourceSpec.model_validate(run["source_spec"]), None  # the run's own model and server
    else:
        source, notice = resolve_source(request.source, stored=run["source"] if run else None, block=block)
    verify = request.options.verify if run is None or request.options.verify is not None else run["verify"]
    if verify is None and source.kind == "directory":
        notice = " ".join(filter(None, [notice, "Live checks are off for a local directory (--verify turns them on)."]))
    elif verify is False:
        notice = " ".join(filter(None, [notice, "Live checks are off (--no-verify): leads are marked unverified."]))
    return run, source, notice


def _refuse_if_leased(run: dict, owner: str | None) -> None:
    until = _utc(run["lease_expires_at"])
    if until is not None and until > now() and run["flow_run_id"] != owner and not holder_gone(run):
        raise RunLeased(run["id"], run["flow_run_id"], until)


def lease_holder() -> dict:
    """Who takes a lease: this host and process (a local crash is then seen for what it is)."""
    return {"lease_host": socket.gethostname()[:255], "lease_pid": os.getpid()}


def holder_gone(run: dict) -> bool:
    """The run's lease holder ran on this host in a process that no longer exists (killed,
    crashed): its lease need not lapse before someone here takes the run over."""
    pid = run.get("lease_pid")
    if not pid or run.get("lease_host") != socket.gethostname()[:255] or pid == os.getpid() or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)  # signal 0: is it there?
    except ProcessLookupError:
        return True
    except OSError:  # there, but not ours to signal
        return False
    return False


def open_run(
    uow: UnitOfWork, request: RunRequest, *, block: dict | None = None, flow_run_id: str | None = None,
) -> OpenedRun:
    """Create the run or resume it, take its lease for `flow_run_id` and mark it running: one
    transaction. A held lease raises RunLeased (the caller may wait and try again)."""
    owner = flow_run_id or "local"  # outside Prefect (unit tests) one anonymous holder
    run, source, notice = check_request(uow, request, block=block, owner=owner)
    lease = now() + timedelta(seconds=settings.load().lease_seconds)
    running = dict(status="running", status_reason=None, finished_at=None, source=source.label,
                   source_spec=source.model_dump())
    if run is None:
        try:
            with uow.conn.begin_nested():  # another opener may create the same run id first
                run_id = _add_run(uow, request.criteria(), request.options, run_id=request.run_id,
                                  agent_source=source.kind != "directory", flow_run_id=owner, lease_expires_at=lease,
                                  **running, **lease_holder())
        except IntegrityError:
            held = get_run(uow, request.run_id or "")
            raise RunLeased(held["id"], held["flow_run_id"], _utc(held["lease_expires_at"])) from None
    elif run["status"] == "completed":  # nothing to do: leave the finished run as it is
        uow.commit()
        return OpenedRun(summary=summary(uow, run["id"]), resumed=True, source=source, notice=notice)
    else:
        run_id = run["id"]
        gone = run["flow_run_id"] if holder_gone(run) else None  # a dead local holder's lease is ours at once
        if not uow.repo.acquire_lease(run_id, owner, lease, holder=lease_holder(), take_from=gone):
            held = get_run(uow, run_id)  # raced another opener: say who won
            raise RunLeased(run_id, held["flow_run_id"], _utc(held["lease_expires_at"]))
        if run["status"] in ("stalled", "failed"):  # asked to try again: the stall count starts over
            running["quiet_loops"] = 0
        uow.repo.update_run(run_id, **running, **request.options.given())
    uow.commit()
    return OpenedRun(summary=summary(uow, run_id), resumed=run is not None, source=source, notice=notice)


def renew_lease(uow: UnitOfWork, run_id: str, owner: str) -> bool:
    """Extend this flow run's lease; False when another one took the run over, or when the run
    has ended (its lease released: a late heartbeat must not lease a finished run again)."""
    held = uow.repo.renew_lease(run_id, owner, now() + timedelta(seconds=settings.load().lease_seconds))
    uow.commit()
    return held


def _fence(uow: UnitOfWork, run: dict, owner: str | None) -> None:
    """Only the lease holder writes: a flow run whose lease was taken over stops here."""
    if owner is not None and run["flow_run_id"] != owner:
        raise LeaseLost(f"run {run['id']} was taken over by flow run {run['flow_run_id']}; this one stops")


def create_run(
    uow: UnitOfWork, criteria: LeadCriteria, options: RunOptions = RunOptions(), *, source: str,
    run_id: str | None = None,
) -> str:
    """A pending run with every option resolved (defaults filled in)."""
    run_id = _add_run(uow, criteria, options, run_id=run_id, source=source, status="pending", agent_source=False)
    uow.commit()
    return run_id


def _add_run(uow: UnitOfWork, criteria: LeadCriteria, options: RunOptions, *, run_id: str | None,
             agent_source: bool, **fields: object) -> str:
    run_id = run_id or new_run_id()
    resolved = options.resolved(criteria.quantity, settings.load().batch_size, agent_source=agent_source)
    uow.repo.add_run(id=run_id, pms=criteria.pms, state=criteria.state, target_quantity=criteria.quantity,
                     **fields, **resolved.model_dump())
    return run_id


# --- the loop --------------------------------------------------------------------------------

def check_progress(uow: UnitOfWork, run_id: str) -> RunSummary:
    """Before the first loop: a run whose target is already met (or whose limits are spent)
    ends here without calling the agent (the seed's early exit)."""
    run = get_run(uow, run_id)
    return _decide(uow, run, should_stop(
        target=run["target_quantity"], companies_ready=run["companies_ready"], loops_done=run["loops"],
        max_loops=run["max_loops"], loops_without_progress=run["quiet_loops"], stall_loops=run["stall_loops"],
    ))


def close_loop(
    uow: UnitOfWork, run_id: str, outcomes: list[BatchOutcome], fatal_error: str | None = None,
    owner: str | None = None,
) -> RunSummary:
    """Count a finished loop (loops and the stall counter are stored, so they survive a
    resume; a loop that crashed before this is not counted) and decide what comes next."""
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    run = get_run(uow, run_id)
    _fence(uow, run, owner)
    failed = [o.error for o in outcomes if o.error]
    loops = run["loops"] + 1
    all_failed = bool(outcomes) and len(failed) == len(outcomes)
    failed_loops = run["failed_loops"] + 1 if all_failed else 0
    # a loop whose batches all failed says nothing about the source running dry: it counts
    # against max_loops and the failed-loop limit, not the stall limit
    quiet = 0 if any(o.accepted for o in outcomes) else run["quiet_loops"] + (0 if all_failed else 1)
    uow.repo.update_run(run_id, loops=loops, quiet_loops=quiet, failed_loops=failed_loops)
    return _decide(uow, {**run, "loops": loops}, should_stop(
        target=run["target_quantity"], companies_ready=run["companies_ready"], loops_done=loops,
        max_loops=run["max_loops"], loops_without_progress=quiet, stall_loops=run["stall_loops"],
        failed_loops=failed_loops, max_failed_loops=settings.load().failed_loops,
        last_error=failed[-1] if failed else None, fatal_error=fatal_error,
    ))


class LoopClosed(BaseModel):
    """A loop counted, and the next one planned unless the run is over."""

    progress: RunSummary
    next: LoopPlan | None = None


def start_run(
    uow: UnitOfWork, request: RunRequest, *, block: dict | None = None, flow_run_id: str | None = None,
) -> OpenedRun:
    """open_run, then the early exit (`check_progress`), then the first loop's plan: what a
    flow run needs before its first agent call, in one unit of work."""
    opened = open_run(uow, request, block=block, flow_run_id=flow_run_id)
    progress = check_progress(uow, opened.run_id)
    plan = None if progress.is_final else next_loop(uow, opened.run_id, flow_run_id)
    return opened.model_copy(update={"summary": progress, "plan": plan})


def end_loop(
    uow: UnitOfWork, run_id: str, outcomes: list[BatchOutcome], fatal_error: str | None = None,
    owner: str | None = None,
) -> LoopClosed:
    """close_loop, then the next loop's plan when the run goes on."""
    progress = close_loop(uow, run_id, outcomes, fatal_error, owner)
    return LoopClosed(progress=progress, next=None if progress.is_final else next_loop(uow, run_id, owner))


def next_loop(uow: UnitOfWork, run_id: str, owner: str | None = None) -> LoopPlan:
    """The next loop's batches (`plan_loop`) and the answers of those already paid for (a
    crashed loop's, replayed instead of asked again)."""
    requests = plan_loop(uow, run_id, owner)
    return LoopPlan(requests=requests, paid=stored_answers(uow, run_id, [r.batch_number for r in requests]))


def _decide(uow: UnitOfWork, run: dict, stop: StopDecision | None) -> RunSummary:
    stop = stop or _budget_stop(uow, run)
    if stop is not None and stop.status in ("stalled", "partial"):  # say what no retry of ours can fix
        walled = uow.repo.rejection_counts(run["id"]).get("unverifiable", 0)
        if walled:
            from leadflow.domain.evidence import unverifiable_note

            stop = StopDecision(stop.status, f"{stop.reason}; {unverifiable_note(run['pms'], walled)}")
    if stop is not None and run.get("searches_failed") and not run.get("searches") and (
            "could not search" not in stop.reason):  # it found companies, but never by searching
        stop = StopDecision(stop.status, f"{stop.reason}; the agent could not search ({run['searches_failed']} "
                                         f"search(es) failed, the last: {run['search_error']}): its companies came "
                                         "from the model's memory")
    if stop is not None and (run["status"], run["status_reason"]) != (stop.status, stop.reason):  # a final run holds no lease
        uow.repo.update_run(run["id"], status=stop.status, status_reason=stop.reason, finished_at=now(),
                            lease_expires_at=None)
        failpoints.hit("finishing")
    uow.commit()
    return summary(uow, run["id"])


def _budget_stop(uow: UnitOfWork, run: dict) -> StopDecision | None:
    """The spend guard before the next loop (`planning.budget_stop`), from stored counters."""
    if run["max_calls"] is None and run["max_cost"] is None:
        return None
    next_batches = len(batch_targets(gap(run["target_quantity"], run["companies_ready"]),
                                     current_batch_size(run, uow.repo.batch_rows(run["id"])), run["parallel"]))
    cost = _cost(run)
    per_call = (cost / run["llm_calls"]) if cost and run["llm_calls"] else None
    if per_call is None and run["max_cost"] is not None:  # nothing spent yet: the estimate's price of a call
        guess = estimate(uow, criteria_of(run), RunOptions(batch_size=run["batch_size"]))
        per_call = (guess.cost_usd or 0.0) / guess.calls
    return budget_stop(
        max_calls=run["max_calls"], max_cost=run["max_cost"], calls_spent=run["llm_calls"], cost_spent=cost,
        next_batches=next_batches, cost_per_call=per_call,
    )


def _cost(run: dict) -> float | None:
    """USD spent so far: tokens at the configured prices, plus OpenAI's hosted web searches
    (a fee per call and, for some models, search-content tokens). None without token prices."""
    config = settings.load()
    prices = config.token_prices()
    if prices is None:
        return None
    tokens = (run["prompt_tokens"] * prices[0] + run["completion_tokens"] * prices[1]) / 1e6
    searches = run.get("hosted_searches") or 0
    per_search = config.hosted_search_usd(_model_of(run)) if searches else 0.0
    return round(tokens + searches * (per_search or 0.0), 6)


def _model_of(run: dict) -> str | None:
    spec = run.get("source_spec") or {}
    return spec.get("model") or (settings.load().model if spec.get("kind") == "openai" else None)


def finish_run(uow: UnitOfWork, run_id: str, status: str, reason: str, owner: str | None = None) -> RunSummary:
    """End a run for a reason outside the loop's rules (an error, the user); only its lease
    holder may, when `owner` is given."""
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    _fence(uow, get_run(uow, run_id), owner)
    uow.repo.update_run(run_id, status=status, status_reason=reason, finished_at=now(), lease_expires_at=None)
    uow.commit()
    return summary(uow, run_id)


def interrupt(uow: UnitOfWork, run_id: str, why: str = "interrupted by the user") -> None:
    """Ctrl-C or SIGTERM: a run still open is marked failed and its lease released; its stored
    batches stay, and a resume starts at once."""
    run = uow.repo.get_run(run_id)
    if run is not None and run["status"] in ("pending", "running"):
        finish_run(uow, run_id, "failed", why)


def plan_loop(uow: UnitOfWork, run_id: str, owner: str | None = None) -> list[BatchRequest]:
    """The batches of the next loop: sizes from the gap (a little more when the run's rejection
    rate says some will be rejected), the regions they search, batch numbers, exclusions (the
    region's own, or the run's for a whole-state batch), the agent's last notes. Reads only;
    refuses a flow run that lost the lease."""
    run = get_run(uow, run_id)
    _fence(uow, run, owner)
    ready, target = run["companies_ready"], run["target_quantity"]
    remaining = gap(target, ready)
    history = uow.repo.batch_rows(run_id)
    state_regions = regions(run["state"], region_count(target, run["parallel"]))
    parts = partitions(state_regions, run["parallel"], history)
    sizes = batch_targets(remaining, current_batch_size(run, history), len(parts))
    sizes = over_ask(sizes, remaining, acceptance_rate(history))
    first = history[-1]["number"] + 1 if history else 1
    seen = uow.repo.seen_places(run_id) if any(parts[: len(sizes)]) else []
    run_wide = uow.repo.seen_domains(run_id)[:MAX_PROMPT_EXCLUSIONS] if None in parts[: len(sizes)] else []
    criteria = criteria_of(run)
    notes = next((b["notes"] for b in reversed(history) if b["notes"]), None)
    loop = run["loops"] + 1
    return [
        BatchRequest(
            run_id=run_id, batch_number=first + i, loop=loop, criteria=criteria,
            companies_ready=ready, remaining=remaining, batch_target=size,
            exclude_domains=run_wide if part is None else region_exclusions(seen, part), partition=part,
            previous_notes=notes,
        )
        for i, (size, part) in enumerate(zip(sizes, parts, strict=False))
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
    live: LiveChecks | None = None, owner: str | None = None,
) -> BatchOutcome:
    """Validate and store one batch in one transaction. Idempotent per (run, batch number)."""
    from leadflow.domain.validation import RunContext, clean_text, name_key, validate_batch  # not for a status read

    run_id = request.run_id
    if not uow.repo.lock_run(run_id):
        raise RunNotFound(run_id)
    done = uow.repo.get_batch(run_id, request.batch_number)
    if done is not None:  # a retried store after a crash: report what was stored
        return BatchOutcome(
            batch_number=done["number"], requested=done["requested"], returned=done["returned"],
            accepted=done["accepted"], rejected=done["rejected_by_reason"] or {}, error=done["error"],
            searches=done["searches"], searches_failed=done["searches_failed"], search_error=done["search_error"],
        )
    run = get_run(uow, run_id)
    _fence(uow, run, owner)
    if run["exclude_previous"]:  # runs that skip each other's deliveries judge one at a time
        uow.repo.lock_deliveries()
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
            live=live if run["verify"] else None,
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
                "evidence_method": verdict.evidence_method, "evidence_http_status": verdict.evidence_http_status,
                "evidence_checked_at": verdict.evidence_checked_at,
                "site_check": verdict.site_check, "portal_check": verdict.portal_check,
                "cited_urls": result.cited.get(cand.domain) or None,  # what a searching agent saw for it
            })
    usage = result.usage if result else Usage()
    spent = uow.repo.request_usage(run_id, request.batch_number)  # calls and tokens of every request, on any machine
    usage = usage.model_copy(update=spent) if spent else usage
    batch = dict(
        run_id=run_id, number=request.batch_number, loop=request.loop,
        partition=request.partition.label[:40] if request.partition else None,
        region=request.partition.key if request.partition else None,
        requested=request.batch_target, returned=len(result.candidates) if result else 0,
        llm_calls=usage.llm_calls, prompt_tokens=usage.prompt_tokens, completion_tokens=usage.completion_tokens,
        cached_tokens=usage.cached_tokens, tool_calls=usage.tool_calls, searches=usage.searches,
        searches_failed=usage.searches_failed, search_cache_hits=usage.search_cache_hits,
        hosted_searches=usage.hosted_searches, search_error=clean_text(usage.search_error, 500),
        search_failures=usage.search_failures or None,
        latency_ms=result.latency_ms if result else 0, model=clean_text(result.model, 100) if result else None,
        notes=clean_text(result.notes, MAX_NOTES) if result else None,
    )
    try:
        with uow.conn.begin_nested():  # a savepoint: a batch the store refuses must not wedge the run
            uow.repo.add_candidates(rows)
            uow.repo.add_batch(**batch, accepted=accepted, rejected=sum(reasons.values()),
                               rejected_by_reason=dict(reasons), error=error)
            failpoints.hit("mid-store")
    except (DataError, IntegrityError) as exc:
        error = f"batch could not be stored: {type(exc.orig).__name__}: {str(exc.orig).splitlines()[0]}"[:500]
        accepted, reasons = 0, Counter()
        uow.repo.add_batch(**batch, accepted=0, rejected=0, rejected_by_reason={}, error=error)
    uow.commit()
    return BatchOutcome(
        batch_number=request.batch_number, requested=request.batch_target,
        returned=len(result.candidates) if result else 0, accepted=accepted,
        rejected=dict(reasons), error=error, searches=batch["searches"], searches_failed=batch["searches_failed"],
        search_error=batch["search_error"],
    )


# --- the agent's requests and answers: recorded before sending, kept before validation ----------

def request_started(uow: UnitOfWork, request: BatchRequest, budget: int) -> tuple[int | None, int]:
    """Record an agent request before it is sent, committed, so a worker that dies while it is
    in flight leaves it counted. Returns (its id, requests already made for the batch); the id
    is None, and nothing is recorded, when those already spent the batch's `budget` (it holds
    across resumes and machines)."""
    made = uow.repo.request_count(request.run_id, request.batch_number)
    if made >= budget:
        return None, made
    request_id = uow.repo.start_request(request.run_id, request.batch_number)
    uow.commit()
    return request_id, made


def request_failed(uow: UnitOfWork, request_id: int, usage: Usage) -> None:
    uow.repo.finish_request(request_id, "failed", usage.model_dump())
    uow.commit()


def answer_received(uow: UnitOfWork, request_id: int, request: BatchRequest, result: DiscoveryResult) -> None:
    """Settle the request and keep the answer in one transaction, before validation."""
    uow.repo.finish_request(request_id, "answered", result.usage.model_dump())
    uow.repo.save_answer(request.run_id, request.batch_number, result.model_dump(mode="json"))
    uow.commit()
    failpoints.hit("answer-saved")


def stored_answers(uow: UnitOfWork, run_id: str, numbers: Iterable[int]) -> dict[int, DiscoveryResult]:
    """Answers already paid for, by batch number (a resumed loop replays them)."""
    return {n: DiscoveryResult.model_validate(r) for n, r in uow.repo.answers(run_id, numbers).items()}


# --- what a run would cost, before it runs ----------------------------------------------------

DEFAULT_ACCEPTANCE = 0.7  # share of an agent's candidates that pass validation, without history
COMPLETION_TOKENS_PER_COMPANY = 45  # one Candidate as JSON, without history
TOKENS_PER_EXCLUSION = 7  # one "domain," line in the request block


class Estimate(BaseModel):
    """Expected spend of a run (`leadflow estimate`): no agent is called to make it."""

    batches: int
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float | None  # None without LEADFLOW_PRICE_*_PER_MTOK
    acceptance: float
    hosted_searches: int = 0  # OpenAI's hosted web searches expected (billed per call, in cost_usd)
    based_on: str  # where acceptance and token counts came from


def estimate(uow: UnitOfWork, criteria: LeadCriteria, options: RunOptions = RunOptions()) -> Estimate:
    """Batches, calls, tokens and cost a run of `criteria` should take, from the history of
    agent batches for the same PMS and state when there is some, else from the prompt itself."""
    from leadflow.discovery.prompt import SYSTEM_PROMPT, batch_prompt

    size = options.batch_size or settings.load().batch_size
    history = uow.repo.agent_batch_totals(criteria.pms, criteria.state)
    config = settings.load()
    searches_per_call = HOSTED_SEARCHES_PER_CALL if config.search() == "openai" else 0.0
    if history["calls"] and history["returned"]:
        acceptance = max(0.05, history["accepted"] / history["returned"])
        searches_per_call = history["hosted_searches"] / history["calls"]
        prompt_per_call = history["prompt_tokens"] / history["calls"]
        completion_per_company = history["completion_tokens"] / max(1, history["returned"])
        based_on = f"{history['calls']} earlier agent call(s) for {criteria.pms} in {criteria.state}"
    else:
        acceptance, completion_per_company = DEFAULT_ACCEPTANCE, COMPLETION_TOKENS_PER_COMPANY
        request = BatchRequest(run_id="estimate", batch_number=1, loop=1, criteria=criteria, companies_ready=0,
                               remaining=criteria.quantity, batch_target=size)
        prompt_per_call = (len(SYSTEM_PROMPT) + len(batch_prompt(request))) / 4  # ~4 characters a token
        based_on = "no history: the prompt's size and typical answers"
    batches = max(1, math.ceil(criteria.quantity / max(1.0, size * acceptance)))
    exclusions = sum(min(MAX_PROMPT_EXCLUSIONS, i * size) for i in range(batches)) * TOKENS_PER_EXCLUSION
    prompt = round(batches * prompt_per_call + (0 if history["calls"] else exclusions))
    completion = round(batches * size * completion_per_company)
    prices = config.token_prices()
    searches = round(batches * searches_per_call)
    per_search = config.hosted_search_usd(config.model) if searches else 0.0
    cost = None if prices is None else round(
        (prompt * prices[0] + completion * prices[1]) / 1e6 + searches * (per_search or 0.0), 4)
    return Estimate(batches=batches, calls=batches, prompt_tokens=prompt, completion_tokens=completion,
                    cost_usd=cost, acceptance=round(acceptance, 3), based_on=based_on, hosted_searches=searches)


# --- reading and editing the store ------------------------------------------------------------

def _utc(stamp: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; they were stored in UTC. Same JSON on every store."""
    return stamp.replace(tzinfo=UTC) if stamp is not None and stamp.tzinfo is None else stamp


def _summary(run: dict, rejected: dict[str, int]) -> RunSummary:
    return RunSummary.model_validate({
        **run, "run_id": run["id"], "rejected": rejected, "cost_usd": _cost(run),
        "created_at": _utc(run["created_at"]), "finished_at": _utc(run["finished_at"]),
    })


def summary(uow: UnitOfWork, run_id: str) -> RunSummary:
    run = get_run(uow, run_id)
    failures = uow.repo.search_failure_counts(run_id) if run["searches_failed"] else {}
    return _summary({**run, "search_failures": failures}, uow.repo.rejection_counts(run_id))


def recent(uow: UnitOfWork, limit: int = 20) -> list[RunSummary]:
    return [_summary(r, uow.repo.rejection_counts(r["id"])) for r in uow.repo.recent_runs(limit)]


def batch_table(uow: UnitOfWork, run_id: str) -> list[dict]:
    get_run(uow, run_id)
    return uow.repo.batch_rows(run_id)


def export_rows(uow: UnitOfWork, run_id: str, include_rejected: bool = False) -> list[dict]:
    """A run's validated companies (and with `include_rejected`, every judged candidate)."""
    get_run(uow, run_id)
    return uow.repo.export_rows(run_id, include_rejected)


def block_domains(uow: UnitOfWork, domains: Iterable[str], note: str | None = None) -> int:
    """Add normalised domains to the blocklist; returns how many were new."""
    added = uow.repo.add_blocked(domains, note)
    uow.commit()
    return added


class StoreCheckCache:
    """The live check cache in the lead store: one short transaction per read or write, so no
    transaction stays open while the network is slow."""

    def __init__(self, store_url: str, ttl_days: float):
        self.store_url, self.ttl = store_url, timedelta(days=ttl_days)

    def get(self, kind: str, keys: Iterable[str]) -> dict[str, dict]:
        if not self.ttl:
            return {}
        with UnitOfWork(self.store_url) as uow:
            return uow.repo.cached_checks(kind, list(keys))

    def put(self, kind: str, results: dict[str, dict]) -> None:
        if not self.ttl or not results:
            return
        stamp = now()
        with UnitOfWork(self.store_url) as uow:
            uow.repo.save_checks(kind, results, stamp, stamp + self.ttl)
            uow.commit()
