"""Live web checks without Prefect: a guarded fetcher and the portal and website checks.

leadflow delivers a lead only when it has itself seen the evidence live. `fetch.Fetcher` is
the one way leadflow fetches untrusted URLs (address guard, proxies, deadline, body cap,
politeness); `checks.check_portal` and `checks.check_site` turn pages into verdicts that
round-trip through JSON for the lead store's check cache.
"""

from __future__ import annotations

from leadflow.domain.checks import PORTAL_VERDICTS, SITE_VERDICTS, PortalCheck, SiteCheck, confirms, describe_check
from leadflow.web.checks import DEFAULT_PATHS, account_of, check_portal, check_site
from leadflow.web.fetch import Fetcher, make_fetcher
from leadflow.web.markup import extract_links
from leadflow.web.page import FetchStats, Page
from leadflow.web.robots import allowed

__all__ = [
    "DEFAULT_PATHS",
    "PORTAL_VERDICTS",
    "SITE_VERDICTS",
    "FetchStats",
    "Fetcher",
    "Page",
    "PortalCheck",
    "SiteCheck",
    "account_of",
    "allowed",
    "check_portal",
    "check_site",
    "confirms",
    "describe_check",
    "extract_links",
    "make_fetcher",
]
