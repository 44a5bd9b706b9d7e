"""The counters `status` shows for a run, computed by the store in one statement (indexed
subqueries): what `Repository.get_run` and `Repository.recent_runs` select."""

from __future__ import annotations

import functools
from typing import Any

from sqlalchemy import Float, Select, bindparam, cast, func, select

from leadflow.store.schema import agent_requests, batches, candidates, runs

VERIFIED_METHODS = ("portal_live", "site_links_portal", "cited")  # seen live by leadflow itself


def _validated_count(run_id_col):
    return (
        select(func.count())
        .select_from(candidates)
        .where(candidates.c.run_id == run_id_col, candidates.c.status == "validated")
        .scalar_subquery()
    )


def _batch_sum(column, run_id_col):
    return select(func.coalesce(func.sum(column), 0)).where(batches.c.run_id == run_id_col).scalar_subquery()


def _unsettled_requests(run_id_col):
    """Agent requests not yet folded into a stored batch: in flight, or cut off with their
    worker (paid, tokens unknown). A stored batch's row already counts its requests."""
    stored = (
        select(batches.c.number)
        .where(batches.c.run_id == agent_requests.c.run_id, batches.c.number == agent_requests.c.batch_number)
        .exists()
    )
    return (
        select(func.coalesce(func.sum(agent_requests.c.llm_calls), 0))
        .where(agent_requests.c.run_id == run_id_col, ~stored)
        .scalar_subquery()
    )


def run_with_counters() -> Select[Any]:
    """Runs plus the counters `status` shows, in one statement (indexed subqueries)."""
    rid = runs.c.id
    return select(
        runs,
        _validated_count(rid).label("companies_ready"),
        select(func.count())
        .select_from(candidates)
        .where(
            candidates.c.run_id == rid,
            candidates.c.status == "validated",
            candidates.c.evidence_method.in_(VERIFIED_METHODS),
        )
        .scalar_subquery()
        .label("verified"),
        select(func.count()).where(batches.c.run_id == rid).scalar_subquery().label("batches"),
        (_batch_sum(batches.c.llm_calls, rid) + _unsettled_requests(rid)).label("llm_calls"),
        select(func.count())
        .select_from(agent_requests)
        .where(
            agent_requests.c.run_id == rid,
            agent_requests.c.outcome.is_(None),
        )
        .scalar_subquery()
        .label("unfinished_calls"),
        _batch_sum(batches.c.prompt_tokens, rid).label("prompt_tokens"),
        _batch_sum(batches.c.completion_tokens, rid).label("completion_tokens"),
        _batch_sum(batches.c.cached_tokens, rid).label("cached_tokens"),
        _batch_sum(batches.c.tool_calls, rid).label("tool_calls"),
        _batch_sum(batches.c.searches, rid).label("searches"),
        _batch_sum(batches.c.searches_failed, rid).label("searches_failed"),
        _batch_sum(batches.c.search_cache_hits, rid).label("search_cache_hits"),
        _batch_sum(batches.c.hosted_searches, rid).label("hosted_searches"),
        select(batches.c.search_error)
        .where(batches.c.run_id == rid, batches.c.search_error.is_not(None))
        .order_by(batches.c.number.desc())
        .limit(1)
        .scalar_subquery()
        .label("search_error"),
        _over_target_tokens(rid).label("over_target_tokens"),
    )


@functools.cache
def run_by_id() -> Select[Any]:
    """One run with its counters, built once: the flow reads it several times a loop, and
    building the statement costs more than running it."""
    return run_with_counters().where(runs.c.id == bindparam("run_id"))


def _over_target_tokens(run_id_col):
    """Completion tokens spent on candidates rejected over_target: each batch's share of its
    completion tokens (over_target / returned), summed. What asking for more than the gap cost."""
    over = func.coalesce(batches.c.rejected_by_reason["over_target"].as_integer(), 0)
    share = func.sum(over * batches.c.completion_tokens / func.nullif(cast(batches.c.returned, Float), 0))
    return select(func.coalesce(func.round(share), 0)).where(batches.c.run_id == run_id_col).scalar_subquery()
