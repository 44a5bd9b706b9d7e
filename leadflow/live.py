"""Live checks of a batch: which evidence URLs and websites to fetch, the check cache, and
one more try for what timed out. Network I/O lives here, outside any store transaction;
`validation.judge` turns the results into verdicts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from leadflow.criteria import LeadCriteria, state_code
from leadflow.domains import try_normalise
from leadflow.evidence import PLATFORM_DOMAINS, VENDOR_DOMAINS, pms_from_url
from leadflow.models import Candidate
from leadflow.web import Fetcher, PortalCheck, SiteCheck, check_portal, check_site

RETRY_PAUSE_SECONDS = 2.0  # before the one more try of checks that timed out


class CheckCache(Protocol):
    """Where results outlive a run (the lead store's web_checks table)."""

    def get(self, kind: str, keys: Iterable[str]) -> dict[str, dict]: ...

    def put(self, kind: str, results: dict[str, dict]) -> None: ...


@dataclass
class LiveChecks:
    """What leadflow saw live for one batch, by evidence URL and by domain."""

    portals: dict[str, PortalCheck] = field(default_factory=dict)
    sites: dict[str, SiteCheck] = field(default_factory=dict)
    checked_at: dict[str, datetime] = field(default_factory=dict)  # URL or domain -> when
    fetched: int = 0  # checks made now (each one or more HTTP requests)
    cached: int = 0  # checks answered by the cache
    retried: int = 0  # checks tried a second time after a transient failure


def targets(candidates: Iterable[Candidate], criteria: LeadCriteria) -> tuple[dict[str, str | None], list[str]]:
    """Evidence URLs (-> company name) and domains worth fetching: only candidates that the
    checks needing no network would not already reject (wrong state, vendor domain, ...)."""
    portals: dict[str, str | None] = {}
    domains: list[str] = []
    for c in candidates:
        domain = try_normalise(c.domain)
        if not domain or domain in VENDOR_DOMAINS or domain in PLATFORM_DOMAINS:
            continue
        if state_code(c.state) != criteria.state:
            continue
        proven = pms_from_url(c.evidence_url)
        if proven not in (None, criteria.pms):
            continue
        if domain not in domains:
            domains.append(domain)
        if proven == criteria.pms and c.evidence_url:
            portals.setdefault(c.evidence_url.strip(), c.name)
    return portals, domains


def check_batch(
    candidates: Iterable[Candidate], criteria: LeadCriteria, fetcher: Fetcher, cache: CheckCache, *,
    workers: int = 8, retry_pause: float = RETRY_PAUSE_SECONDS,
) -> LiveChecks:
    """Check what the batch claims, from the cache where it is fresh, else live; a check
    that failed transiently (timeout, 5xx) gets one more try after the others."""
    portals, domains = targets(candidates, criteria)
    live = LiveChecks()
    jobs: list[tuple[str, str, Callable[[], PortalCheck | SiteCheck]]] = []
    for kind, keys, build in (
        ("portal", list(portals), lambda k: lambda: check_portal(fetcher, k, criteria.pms, portals[k])),
        ("site", domains, lambda k: lambda: check_site(fetcher, k)),
    ):
        hits = cache.get(kind, keys)
        for key in keys:
            if key in hits:
                _keep(live, kind, key, hits[key], hits[key].get("checked_at"))
                live.cached += 1
            else:
                jobs.append((kind, key, build(key)))
    results = dict(zip([job[:2] for job in jobs], _run(jobs, workers), strict=True))
    again = [job for job in jobs if results[job[:2]].transient]
    if again:
        time.sleep(retry_pause)
        results.update(zip([job[:2] for job in again], _run(again, workers), strict=True))
    live.fetched, live.retried = len(jobs), len(again)
    fresh: dict[str, dict[str, dict]] = {"portal": {}, "site": {}}
    stamp = datetime.now(UTC)
    for (kind, key), result in results.items():
        data = result.to_dict()
        _keep(live, kind, key, data, stamp)
        if not result.transient:  # a timeout says nothing about tomorrow
            fresh[kind][key] = data
    for kind, rows in fresh.items():
        cache.put(kind, rows)
    return live


def _run(jobs: list, workers: int) -> list:
    if not jobs:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(jobs)))) as pool:
        return list(pool.map(lambda job: job[2](), jobs))


def _keep(live: LiveChecks, kind: str, key: str, data: dict, checked_at: object) -> None:
    if kind == "portal":
        live.portals[key] = PortalCheck.from_dict(data)
    else:
        live.sites[key] = SiteCheck.from_dict(data)
    if isinstance(checked_at, str):
        checked_at = datetime.fromisoformat(checked_at)
    if isinstance(checked_at, datetime):
        live.checked_at[key] = checked_at if checked_at.tzinfo else checked_at.replace(tzinfo=UTC)
