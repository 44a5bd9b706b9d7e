"""Live checks: fetch what a batch claims (evidence URLs, company websites) before it is judged.

Called by the store_batch task before its transaction opens, so network I/O never holds a
store lock; results are cached in the lead store across runs. The checks and the web client
load when a batch is checked, not with every flow: a run without live checks (the sample, a
directory) never needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from leadflow import settings
from leadflow.discovery.sources import shared_fetcher
from leadflow.store.caches import StoreCheckCache

if TYPE_CHECKING:
    from leadflow.domain.checks import LiveChecks
    from leadflow.domain.models import BatchRequest, DiscoveryResult
    from leadflow.web import Fetcher


def fetcher_from_settings() -> Fetcher:
    """The process's one fetcher (`sources.shared_fetcher`), for the live checks and the agent's
    page tools (tasks/discover.py passes it on); tests point it at their fake web."""
    return shared_fetcher()


def live_checks(store_url: str, request: BatchRequest, result: DiscoveryResult) -> LiveChecks:
    from leadflow.app.live_checks import check_batch

    config = settings.load()
    return check_batch(
        result.candidates,
        request.criteria,
        fetcher_from_settings(),
        StoreCheckCache(store_url, config.check_cache_days),
        workers=config.verify_concurrency,
    )
