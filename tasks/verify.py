"""check_websites: look at each candidate's own website for a PMS portal link (--verify-sites).

Network I/O happens here, outside the store's transaction; store_batch only reads the result.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from prefect import task
from prefect.cache_policies import NO_CACHE

from leadflow.domains import try_normalise
from leadflow.evidence import PLATFORM_DOMAINS, VENDOR_DOMAINS
from leadflow.models import DiscoveryResult
from leadflow.verification import SiteCheck, make_verifier

MAX_CONCURRENT_SITES = 4


@task(name="check_websites", task_run_name="check websites of batch {batch_number}", cache_policy=NO_CACHE)
def check_websites(result: DiscoveryResult, batch_number: int) -> dict[str, SiteCheck]:
    domains = list(dict.fromkeys(
        d for d in (try_normalise(c.domain) for c in result.candidates)
        if d and d not in VENDOR_DOMAINS and d not in PLATFORM_DOMAINS
    ))
    verifier = make_verifier()
    with ThreadPoolExecutor(max_workers=MAX_CONCURRENT_SITES) as pool:
        return dict(zip(domains, pool.map(verifier.check, domains), strict=True))
