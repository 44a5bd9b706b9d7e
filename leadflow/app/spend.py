"""What a run costs: spent so far (tokens at the configured prices, hosted searches), and what a run
would cost before it runs (`leadflow estimate`)."""

from __future__ import annotations

import math

from leadflow import settings
from leadflow.app.results import Estimate
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.models import BatchRequest
from leadflow.domain.options import RunOptions
from leadflow.domain.planning import MAX_PROMPT_EXCLUSIONS
from leadflow.domain.records import RunRecord
from leadflow.store.uow import UnitOfWork

HOSTED_SEARCHES_PER_CALL = 4.0  # a searching agent's hosted web searches per batch, before there is history


DEFAULT_ACCEPTANCE = 0.7  # share of an agent's candidates that pass validation, without history
COMPLETION_TOKENS_PER_COMPANY = 45  # one Candidate as JSON, without history
TOKENS_PER_EXCLUSION = 7  # one "domain," line in the request block


def estimate(uow: UnitOfWork, criteria: LeadCriteria, options: RunOptions = RunOptions()) -> Estimate:
    """Batches, calls, tokens and cost a run of `criteria` should take, from the history of
    agent batches for the same PMS and state when there is some, else from the prompt itself."""
    from leadflow.discovery.prompt import SYSTEM_PROMPT, batch_prompt

    size = options.batch_size or settings.load().batch_size
    history = uow.repo.agent_batch_totals(criteria.pms, criteria.state)
    config = settings.load()
    searches_per_call = HOSTED_SEARCHES_PER_CALL if config.search() == "openai" else 0.0
    if history.calls and history.returned:
        acceptance = max(0.05, history.accepted / history.returned)
        searches_per_call = history.hosted_searches / history.calls
        prompt_per_call = history.prompt_tokens / history.calls
        completion_per_company = history.completion_tokens / max(1, history.returned)
        based_on = f"{history.calls} earlier agent call(s) for {criteria.pms} in {criteria.state}"
    else:
        acceptance, completion_per_company = DEFAULT_ACCEPTANCE, COMPLETION_TOKENS_PER_COMPANY
        request = BatchRequest(
            run_id="estimate",
            batch_number=1,
            loop=1,
            criteria=criteria,
            companies_ready=0,
            remaining=criteria.quantity,
            batch_target=size,
        )
        prompt_per_call = (len(SYSTEM_PROMPT) + len(batch_prompt(request))) / 4  # ~4 characters a token
        based_on = "no history: the prompt's size and typical answers"
    batches = max(1, math.ceil(criteria.quantity / max(1.0, size * acceptance)))
    exclusions = sum(min(MAX_PROMPT_EXCLUSIONS, i * size) for i in range(batches)) * TOKENS_PER_EXCLUSION
    prompt = round(batches * prompt_per_call + (0 if history.calls else exclusions))
    completion = round(batches * size * completion_per_company)
    prices = config.token_prices()
    searches = round(batches * searches_per_call)
    per_search = config.hosted_search_usd(config.model) if searches else 0.0
    cost = (
        None if prices is None else round((prompt * prices[0] + completion * prices[1]) / 1e6 + searches * (per_search or 0.0), 4)
    )
    return Estimate(
        batches=batches,
        calls=batches,
        prompt_tokens=prompt,
        completion_tokens=completion,
        cost_usd=cost,
        acceptance=round(acceptance, 3),
        based_on=based_on,
        hosted_searches=searches,
    )


def run_cost(run: RunRecord) -> float | None:
    """USD spent so far: tokens at the configured prices, plus OpenAI's hosted web searches
    (a fee per call and, for some models, search-content tokens). None without token prices."""
    config = settings.load()
    prices = config.token_prices()
    if prices is None:
        return None
    tokens = (run.prompt_tokens * prices[0] + run.completion_tokens * prices[1]) / 1e6
    searches = run.hosted_searches or 0
    per_search = config.hosted_search_usd(_model_of(run)) if searches else 0.0
    return round(tokens + searches * (per_search or 0.0), 6)


def _model_of(run: RunRecord) -> str | None:
    spec = run.source_spec or {}
    return spec.get("model") or (settings.load().model if spec.get("kind") == "openai" else None)
