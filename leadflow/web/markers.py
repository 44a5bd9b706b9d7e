"""Page markers, in one table: parked domains, "account not found" pages, portal pages.

Data, not code branches: when a vendor changes its wording, add a line here. Markers are
lower-case and match on word boundaries (so 'dan.com' does not match 'jordan.com').
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from leadflow.domains import try_normalise

# A parking or domain-sale page, matched in the raw HTML (the tell is often a script host).
PARKED = (
    "this domain is for sale", "domain may be for sale", "buy this domain", "parked free",
    "domain is parked", "this domain has been registered", "sedoparking", "parkingcrew",
    "domain parking", "hugedomains", "dan.com", "afternic", "bodis.com", "parklogic",
)
# Hosts of parking and domain-sale services: a redirect there means a parked domain.
PARKING_DOMAINS = frozenset({
    "sedo.com", "sedoparking.com", "parkingcrew.net", "hugedomains.com", "dan.com", "afternic.com",
    "bodis.com", "above.com", "parklogic.com", "undeveloped.com",
})
# A vendor's "no such account" page answered with 200 (a soft 404), matched in visible text.
SOFT_404 = (
    "could not be found", "cannot be found", "can't be found", "does not exist", "doesn't exist",
    "no longer active", "account is inactive", "account has been deactivated", "account is disabled",
    "account has been disabled", "no longer available", "page not found", "404 not found",
    "account not found", "company not found", "portal not found", "site not found",
)
# What an account's portal shows: sign-in words and resident/owner services (visible text).
PORTAL = (
    "sign in", "sign-in", "log in", "login", "log on", "forgot password", "forgot your password",
    "resident portal", "tenant portal", "owner portal", "resident login", "tenant login", "owner login",
    "pay rent", "make a payment", "maintenance request", "residents", "tenants", "owners",
    "available rentals", "vacancies", "rental application",
)
# Vendor hosts that serve every account's (or nobody's) login: not evidence for one company.
GENERIC_LOGIN_HOSTS = frozenset({
    "signin.managebuilding.com", "home.tenantcloud.com", "app.tenantcloud.com", "app.doorloop.com",
    "app.propertyware.com", "www.rentcafe.com", "www.securecafe.com", "passport.appfolio.com",
})
# First labels of shared sign-in hosts ('login.<vendor>'), and sign-in words in paths.
GENERIC_LOGIN_LABELS = frozenset({"signin", "login", "auth", "sso", "accounts", "account", "id", "home", "app"})
LOGIN_PATH = re.compile(r"log-?in|sign-?in|sign_in|logon|/auth\b|/sso\b", re.I)


def _pattern(markers: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(m) for m in sorted(markers, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9-])(?:{alternatives})(?![a-z0-9-])")


_PARKED, _SOFT_404, _PORTAL = _pattern(PARKED), _pattern(SOFT_404), _pattern(PORTAL)


def _find(pattern: re.Pattern[str], text: str | None) -> str | None:
    found = pattern.search((text or "").lower())
    return found.group(0) if found else None


def parked_marker(html: str | None) -> str | None:
    """The parking marker in a page (raw HTML), or None."""
    return _find(_PARKED, html)


def soft_404_marker(text: str | None) -> str | None:
    """The "account not found" phrase in a page's visible text, or None."""
    return _find(_SOFT_404, text)


def portal_marker(text: str | None) -> str | None:
    """A sign-in or resident-services phrase in a page's visible text, or None."""
    return _find(_PORTAL, text)


def is_parking_url(url: str | None) -> bool:
    """True for a URL on a parking or domain-sale service."""
    try:
        host = (urlsplit(url or "").hostname or "").lower()
    except ValueError:
        return False
    return bool(host) and try_normalise(host) in PARKING_DOMAINS
