"""Live checks: fetch what a batch claims (evidence URLs, company websites) before it is judged.

Called by the store_batch task before its transaction opens, so network I/O never holds a
store lock; results are cached in the lead store across runs.
"""

from __future__ import annotations

from functools import lru_cache

from leadflow import settings
from leadflow.live import LiveChecks, check_batch
from leadflow.models import BatchRequest, DiscoveryResult
from leadflow.services import StoreCheckCache
from leadflow.web import Fetcher, make_fetcher


@lru_cache(maxsize=4)
def shared_fetcher(timeout: float, delay: float, concurrency: int) -> Fetcher:
    """One fetcher per process and configuration, so politeness per vendor holds across the
    parallel batches of a run (and across runs in one worker)."""
    return make_fetcher(timeout=timeout, per_domain_delay=delay, max_concurrency=concurrency)


def fetcher_from_settings() -> Fetcher:
    config = settings.load()
    return shared_fetcher(config.verify_timeout, config.verify_delay, config.verify_concurrency)


def live_checks(store_url: str, request: BatchRequest, result: DiscoveryResult) -> LiveChecks:
    config = settings.load()
    return check_batch(
        result.candidates, request.criteria, fetcher_from_settings(),
        StoreCheckCache(store_url, config.check_cache_days), workers=config.verify_concurrency,
    )
