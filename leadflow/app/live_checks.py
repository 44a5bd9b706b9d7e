"""Live checks of a batch: which evidence URLs and websites to fetch, the check cache, and
one more try for what timed out. Network I/O lives here, outside any store transaction;
`validation.judge` turns the results into verdicts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from leadflow.domain.checks import CHECK_RULES, LiveChecks, PortalCheck, SiteCheck, linked_evidence
from leadflow.domain.criteria import LeadCriteria
from leadflow.domain.domains import try_normalise
from leadflow.domain.evidence import pms_from_url
from leadflow.domain.models import Candidate, Verdict
from leadflow.domain.validation import claim_mismatch, domain_of
from leadflow.web import Fetcher, check_portal, check_site

RETRY_PAUSE_SECONDS = 2.0  # before the one more try of checks that timed out


class CheckCache(Protocol):
    """Where results outlive a run (the lead store's web_checks table)."""

    def get(self, kind: str, keys: Iterable[str]) -> dict[str, dict[str, Any]]: ...

    def put(self, kind: str, results: dict[str, dict[str, Any]]) -> None: ...


def targets(candidates: Iterable[Candidate], criteria: LeadCriteria) -> tuple[dict[str, str | None], list[str]]:
    """Evidence URLs (-> company name) and domains worth fetching: only candidates that the
    checks needing no network (`validation.domain_of`, `validation.claim_mismatch`) do not
    already reject."""
    portals: dict[str, str | None] = {}
    domains: list[str] = []
    for c in candidates:
        domain = domain_of(c)
        if isinstance(domain, Verdict) or claim_mismatch(c, domain, criteria) is not None:
            continue
        proven = pms_from_url(c.evidence_url)
        if domain not in domains:
            domains.append(domain)
        if proven == criteria.pms and c.evidence_url:
            portals.setdefault(c.evidence_url.strip(), c.name)
    return portals, domains


def check_batch(
    candidates: Iterable[Candidate],
    criteria: LeadCriteria,
    fetcher: Fetcher,
    cache: CheckCache,
    *,
    workers: int = 8,
    retry_pause: float = RETRY_PAUSE_SECONDS,
) -> LiveChecks:
    """Check what the batch claims, from the cache where it is fresh, else live; a check
    that failed transiently (timeout, 5xx) gets one more try after the others. Then the portals
    that the companies' own sites link, which count only once fetched (a stale link is no proof)."""
    candidates = list(candidates)
    portals, domains = targets(candidates, criteria)
    live = LiveChecks()
    first: dict[tuple[str, str], Check] = {
        ("portal", k): partial(check_portal, fetcher, k, criteria.pms, portals[k]) for k in portals
    }
    first |= {("site", d): partial(check_site, fetcher, d) for d in domains}
    _check(live, first, cache, workers, retry_pause)
    names = {try_normalise(c.domain): c.name for c in candidates}
    linked: dict[str, str | None] = {}
    for domain, site in live.sites.items():
        if site.verdict not in ("dead", "parked"):
            for url in linked_evidence(site, criteria.pms):
                if url not in live.portals:
                    linked.setdefault(url, names.get(domain))
    then: dict[tuple[str, str], Check] = {
        ("portal", k): partial(check_portal, fetcher, k, criteria.pms, linked[k]) for k in linked
    }
    _check(live, then, cache, workers, retry_pause)
    return live


Check = Callable[[], PortalCheck | SiteCheck]


def _check(live: LiveChecks, checks: dict[tuple[str, str], Check], cache: CheckCache, workers: int, retry_pause: float) -> None:
    """Run `checks` ((kind, key) -> check) into `live` in one round: cached results first, the
    rest live and at once, with one more try for transient failures; fresh results that are not
    transient go to the cache, marked with the rules they were made under (`CHECK_RULES`: a row
    made under other rules is a miss)."""
    jobs: list[tuple[str, str]] = []
    for kind in ("portal", "site"):
        keys = [key for k, key in checks if k == kind]
        hits = cache.get(kind, keys) if keys else {}
        for key in keys:
            if key in hits and hits[key].get("rules") == CHECK_RULES:
                _keep(live, kind, key, hits[key], hits[key].get("checked_at"))
                live.cached += 1
            else:
                jobs.append((kind, key))
    results = dict(zip(jobs, _run([checks[job] for job in jobs], workers), strict=True))
    again = [job for job in jobs if results[job].transient]
    if again:
        time.sleep(retry_pause)
        results.update(zip(again, _run([checks[job] for job in again], workers), strict=True))
    live.fetched += len(jobs)
    live.retried += len(again)
    fresh: dict[str, dict[str, dict[str, Any]]] = {"portal": {}, "site": {}}
    stamp = datetime.now(UTC)
    for (kind, key), result in results.items():
        data = result.to_dict()
        _keep(live, kind, key, data, stamp)
        if not result.transient:  # a timeout says nothing about tomorrow
            fresh[kind][key] = {**data, "rules": CHECK_RULES}
    for kind, rows in fresh.items():
        if rows:
            cache.put(kind, rows)


def _run(jobs: list[Callable[[], PortalCheck | SiteCheck]], workers: int) -> list[PortalCheck | SiteCheck]:
    if not jobs:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(jobs)))) as pool:
        return list(pool.map(lambda job: job(), jobs))


def _keep(live: LiveChecks, kind: str, key: str, data: dict[str, Any], checked_at: object) -> None:
    if kind == "portal":
        live.portals[key] = PortalCheck.from_dict(data)
    else:
        live.sites[key] = SiteCheck.from_dict(data)
    if isinstance(checked_at, str):
        checked_at = datetime.fromisoformat(checked_at)
    if isinstance(checked_at, datetime):
        live.checked_at[key] = checked_at if checked_at.tzinfo else checked_at.replace(tzinfo=UTC)
