"""PMS portal signatures: which software a URL proves, and which hosts belong to vendors.

One table of data, not code branches. Sources: the portal links property managers publish
on their own sites: Buildium `<acct>.managebuilding.com`, AppFolio
`<acct>.appfolio.com`, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from leadflow.domains import url_scheme


@dataclass(frozen=True)
class Signature:
    pms: str
    host: str  # regex matched against the full lower-case host
    path: str | None = None  # optional regex searched in the path


SIGNATURES: tuple[Signature, ...] = (
    Signature("Buildium", r"(?!www\.)[a-z0-9-]+\.managebuilding\.com"),
    Signature("AppFolio", r"(?!www\.|help\.|status\.)[a-z0-9-]+\.appfolio\.com"),
    Signature("Rent Manager", r"[a-z0-9-]+\.rmresident\.com"),
    Signature("Rent Manager", r"([a-z0-9-]+\.)?rmwebaccess\.com"),
    Signature("Propertyware", r"app\.propertyware\.com", r"^/pw/portals/[^/]+"),
    Signature("Propertyware", r"(?!www\.|app\.)[a-z0-9-]+\.propertyware\.com"),
    Signature("Rentvine", r"(?!www\.)[a-z0-9-]+\.rentvine\.com"),
    Signature("DoorLoop", r"[a-z0-9-]+\.app\.doorloop\.com"),
    Signature("TenantCloud", r"(?!www\.|home\.|app\.)[a-z0-9-]+\.tenantcloud\.com"),
    Signature("Yardi", r"([a-z0-9-]+\.)+securecafe(net)?\.com"),
    Signature("Yardi", r"(?!www\.)([a-z0-9-]+\.)+rentcafe\.com"),
    Signature("Rentec Direct", r"secure\.rentecdirect\.com"),
    Signature("Entrata", r"[a-z0-9-]+\.(residentportal|prospectportal)\.com"),
    Signature("ResMan", r"([a-z0-9-]+\.)+myresman\.com"),
    Signature("MRI", r"[a-z0-9-]+\.mriresidentconnect\.com"),
    Signature("RealPage", r"([a-z0-9-]+\.)*onlineleasing\.realpage\.com"),
)

# Registrable domains that belong to PMS vendors: evidence, never a company's own site.
VENDOR_DOMAINS: frozenset[str] = frozenset({
    "managebuilding.com", "buildium.com", "appfolio.com", "rmresident.com", "rentmanager.com",
    "rmwebaccess.com", "propertyware.com", "rentvine.com", "doorloop.com", "tenantcloud.com",
    "yardi.com", "yardibreeze.com", "rentcafe.com", "securecafe.com", "securecafenet.com",
    "rentecdirect.com", "entrata.com", "residentportal.com", "prospectportal.com",
    "myresman.com", "resman.com", "mriresidentconnect.com", "mrisoftware.com", "realpage.com",
    "zego.io", "paylease.com",
})

# Directories, listing sites and social networks: a profile there is not a company website.
PLATFORM_DOMAINS: frozenset[str] = frozenset({
    "facebook.com", "linkedin.com", "instagram.com", "twitter.com", "x.com", "yelp.com",
    "google.com", "goo.gl", "zillow.com", "apartments.com", "trulia.com", "realtor.com",
    "bbb.org", "narpm.org", "yellowpages.com", "nextdoor.com", "craigslist.org",
    "rent.com", "hotpads.com", "wikipedia.org",
})

_COMPILED = tuple(
    (s, re.compile(s.host + r"\Z"), re.compile(s.path) if s.path else None) for s in SIGNATURES
)


def pms_from_url(url: str | None) -> str | None:
    """The PMS a portal URL proves, or None. Scheme-less URLs are accepted."""
    if not url:
        return None
    text = url.strip()
    if url_scheme(text) is None:  # 'acme.appfolio.com/connect': assume https
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    for sig, host_re, path_re in _COMPILED:
        if host_re.match(host) and (path_re is None or path_re.search(parts.path or "")):
            return sig.pms
    return None
