"""Which PMS a URL proves: one table per vendor of account portals, vendor-wide hosts and assets.

A URL on a vendor's domain is one of three things, and only the first proves anything:
- an **account portal**: one customer's resident, owner, applicant or listings pages, with the
  account in a sub-domain (`acme.managebuilding.com`), a path segment
  (`app.propertyware.com/pw/portals/acme/...`) or a query parameter
  (`residentwebaccess.rentmanager.com/...Login.aspx?corpid=acme`);
- a **vendor-wide host**: a shared sign-in, SSO, marketing, help, status or learning site that
  every customer (or nobody) uses. For the few vendors whose customers all sign in at one
  shared host (`SHARED_SIGNIN`), a link to it on a company's own site is medium evidence at most;
- an **asset**: an image, script, style, font or widget (by extension or host). Never evidence:
  a company page that embeds a vendor's image says nothing about its account.

Data, not code branches. Sources: the portal links property managers publish on their own
sites (docs/live-checks.md lists the shapes per vendor).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import SplitResult, parse_qsl, urlsplit

from leadflow.domain.domains import try_normalise, url_scheme


@dataclass(frozen=True)
class Signature:
    """One shape of a customer's account portal."""

    pms: str
    host: str  # regex matched against the whole lower-case host
    path: str | None = None  # regex searched in the path (case-insensitive); group 1 is the account
    query: str | None = None  # the query parameter that names the account (case-insensitive name)
    fragment: str | None = None  # regex searched in the #fragment (single-page portals); group 1 is the account

    @property
    def account_in(self) -> Literal["host", "path", "query"]:
        if self.query:
            return "query"
        return "path" if self.fragment or (self.path and "(" in self.path) else "host"


@dataclass(frozen=True)
class VendorHost:
    """A host (and optional path) of a vendor that no single customer owns."""

    pms: str
    host: str  # regex matched against the whole lower-case host
    what: Literal["sign-in", "site", "assets"]
    path: str | None = None  # regex searched in the path


_A = r"[a-z0-9-]+"  # one account label

SIGNATURES: tuple[Signature, ...] = (
    # <acct>.managebuilding.com/Resident/portal/login, /Resident/public/rentals, /Resident/rental-application/new
    Signature("Buildium", rf"{_A}\.managebuilding\.com"),
    # <acct>.appfolio.com/connect (residents), /oportal/users/log_in (owners), /listings
    Signature("AppFolio", rf"{_A}\.appfolio\.com"),
    # residentwebaccess.rentmanager.com/CustomerLogin.aspx?corpid=<acct>, ownerwebaccess.../OwnerLogin.aspx?CorpID=
    Signature("Rent Manager", r"(resident|owner)webaccess\.rentmanager\.com", query="corpid"),
    # <acct>.twa.rentmanager.com/ApplyNow (tenants, applicants), <acct>.owa... (owners), <acct>.ua... (listings)
    Signature("Rent Manager", rf"{_A}\.(twa|owa|ua)\.rentmanager\.com"),
    Signature("Rent Manager", rf"{_A}\.rmresident\.com"),
    Signature("Rent Manager", rf"{_A}\.rmwebaccess\.com"),
    # app.propertyware.com/pw/portals/<acct>/tenant.action, owner.action, tenantApplication.action
    Signature("Propertyware", r"app\.propertyware\.com", r"^/pw/portals/([^/]+)"),
    # app.propertyware.com/pw/index.html#/login/tenant/<acct>
    Signature("Propertyware", r"app\.propertyware\.com", fragment=r"^/login/(?:tenant|owner)/([^/?]+)"),
    Signature("Propertyware", rf"{_A}\.propertyware\.com"),
    # <acct>.rentvine.com/portals/resident/, /portals/owner/, /public/listings, /public/apply
    Signature("Rentvine", rf"{_A}\.rentvine\.com"),
    # <acct>.app.doorloop.com/tenant-portal/..., /auth/login
    Signature("DoorLoop", rf"{_A}\.app\.doorloop\.com"),
    # <acct>.tenantcloud.com/listings/<id>; tenants sign in at the shared home.tenantcloud.com
    Signature("TenantCloud", rf"{_A}\.tenantcloud\.com"),
    # <sub>.securecafe.com/residentservices/<slug>/userlogin.aspx; www.rentcafe.com/residentservices/<slug>/...
    Signature(
        "Yardi",
        r"([a-z0-9-]+\.)?(securecafe|securecafenet|rentcafe)\.com",
        r"^/(?:residentservices|onlineleasing)/((?!apartmentsforrent/)[^/]+)/",
    ),
    Signature("Yardi", rf"{_A}\.securecafe(net)?\.com"),
    Signature("Yardi", rf"{_A}\.rentcafe\.com"),
    # Yardi Breeze: <number>.breeze.cafe/owner/content/login (owners; tenants use RentCafe)
    Signature("Yardi", rf"{_A}\.breeze\.cafe"),
    # secure.rentecdirect.com/login/login.php with cb=<acct> (the shared sign-in without it)
    Signature("Rentec Direct", r"secure\.rentecdirect\.com", query="cb"),
    Signature("Rentec Direct", rf"{_A}\.rentecdirect\.com"),
    # <property>.residentportal.com/resident_portal/?module=authentication, /auth; <property>.prospectportal.com
    Signature("Entrata", rf"{_A}\.residentportal\.com"),
    Signature("Entrata", rf"{_A}\.prospectportal\.com"),
    # implicity.myresman.com/Portal/Applicants/Availability?a=<acct>&p=<property>
    Signature("ResMan", r"implicity\.myresman\.com", query="a"),
    # <acct>.myresman.com/Portal/Access/SignIn/<property>
    Signature("ResMan", rf"{_A}\.myresman\.com"),
    Signature("MRI", rf"{_A}\.mriresidentconnect\.com"),
    # <property id>.onlineleasing.realpage.com, <property>.activebuilding.com/login, <property>.loftliving.com/login
    Signature("RealPage", rf"{_A}\.onlineleasing\.realpage\.com"),
    Signature("RealPage", rf"{_A}\.activebuilding\.com"),
    Signature("RealPage", r"oll-leasing\.loftliving\.com", query="siteid"),
    Signature("RealPage", rf"{_A}\.loftliving\.com"),
)

# Word lists and tables read best packed (ruff format would put one word a line).
# fmt: off
# First labels that name a vendor's own service, never a customer's account.
RESERVED_LABELS = frozenset({
    "www", "www2", "signin", "login", "auth", "sso", "id", "identity", "account", "accounts", "passport",
    "2faccount", "app", "apps", "api", "home", "my", "portal", "secure", "help", "support", "status",
    "learn", "docs", "blog", "community", "developer", "developers", "partners", "careers", "go", "info",
    "get", "try", "demo", "marketing", "news", "mail", "email", "events", "university", "academy",
    "training", "cdn", "static", "assets", "images", "img", "media", "files", "fonts", "js", "css",
    "widget", "widgets", "content", "resources", "resource", "uploads", "s3", "edge", "pay", "payments",
    "tenant", "tenants", "owner", "owners", "resident", "residents", "apartments", "listings", "rmxhelp",
    "implicity", "oll-leasing", "webreq", "commoncf", "global", "investors", "vendor", "vendors",
})

VENDOR_HOSTS: tuple[VendorHost, ...] = (
    VendorHost("Buildium", r"signin\.managebuilding\.com", "sign-in"),
    # vendor.appfolio.com: the one Vendor Portal of every AppFolio customer's contractors
    VendorHost("AppFolio", r"(passport|account|2faccount|vendor)\.appfolio\.com", "sign-in"),
    VendorHost("AppFolio", r"([a-z0-9-]+\.)*cdn\.appfolio\.com|widgets\.appfolio\.com", "assets"),
    VendorHost("Rent Manager", r"(resident|owner)webaccess\.rentmanager\.com", "sign-in"),
    VendorHost("Rent Manager", r"cdn\.rentmanager\.com", "assets"),
    VendorHost("Propertyware", r"app\.propertyware\.com", "sign-in"),
    VendorHost("Propertyware", r"webreq\.propertyware\.com", "assets"),
    VendorHost("Rentvine", r"app\.rentvine\.com", "assets", r"/widget/"),
    VendorHost("DoorLoop", r"app\.doorloop\.com", "sign-in"),
    VendorHost("TenantCloud", r"(home|app)\.tenantcloud\.com", "sign-in"),
    VendorHost("Yardi", r"www\.(rentcafe|securecafe)\.com", "sign-in", r"residentservices|onlineleasing|userlogin"),
    VendorHost("Yardi", r"([a-z0-9-]+\.)*(cdngeneral|cdn|resource|webassets)[a-z0-9-]*\.rentcafe\.com", "assets"),
    VendorHost("Rentec Direct", r"secure\.rentecdirect\.com", "sign-in"),
    VendorHost("Rentec Direct", r"(www\.)?rentecdirect\.com", "sign-in", r"^/(tenants|owners)/?$"),  # -> secure's
    VendorHost("Entrata", r"commoncf\.entrata\.com", "assets"),
    VendorHost("ResMan", r"([a-z0-9-]+\.)?auth\.myresman\.com", "sign-in"),
)

# Vendors whose customers' tenants and owners all sign in at one shared host: a link to it on a
# company's own (live) site is evidence, but only medium, since it names no account.
SHARED_SIGNIN: frozenset[str] = frozenset({"TenantCloud", "Rentec Direct"})

# Vendors whose accounts are often one apartment community, not the management company: their
# portals show the property's name, which says nothing against the candidate's.
ACCOUNT_IS_A_PROPERTY: frozenset[str] = frozenset({"Yardi", "Entrata", "RealPage", "ResMan", "MRI"})

# Vendors whose portals answer servers (data-centre addresses, non-browser clients) with a bot
# wall or challenge page: their leads often cannot be verified from where leadflow runs.
BLOCKS_SERVER_CHECKS: dict[str, str] = {
    "Yardi": "RentCafe/securecafe portals answer non-browser clients with 403 or a Cloudflare challenge",
    "Entrata": "ResidentPortal/ProspectPortal sit behind a managed challenge",
}

# Registrable domains that belong to PMS vendors (-> the PMS, None for payment processors):
# evidence, never a company's own site.
VENDOR_PMS: dict[str, str | None] = {
    "managebuilding.com": "Buildium", "buildium.com": "Buildium", "appfolio.com": "AppFolio",
    "rmresident.com": "Rent Manager", "rentmanager.com": "Rent Manager", "rmwebaccess.com": "Rent Manager",
    "propertyware.com": "Propertyware", "rentvine.com": "Rentvine", "doorloop.com": "DoorLoop",
    "tenantcloud.com": "TenantCloud", "yardi.com": "Yardi", "yardibreeze.com": "Yardi", "breeze.cafe": "Yardi",
    "rentcafe.com": "Yardi", "securecafe.com": "Yardi", "securecafenet.com": "Yardi",
    "rentecdirect.com": "Rentec Direct", "entrata.com": "Entrata", "residentportal.com": "Entrata",
    "prospectportal.com": "Entrata", "myresman.com": "ResMan", "resman.com": "ResMan",
    "mriresidentconnect.com": "MRI", "mrisoftware.com": "MRI", "realpage.com": "RealPage",
    "activebuilding.com": "RealPage", "loftliving.com": "RealPage", "zego.io": None, "paylease.com": None,
}
VENDOR_DOMAINS: frozenset[str] = frozenset(VENDOR_PMS)

# Directories, listing sites and social networks: a profile there is not a company website.
PLATFORM_DOMAINS: frozenset[str] = frozenset({
    "facebook.com", "linkedin.com", "instagram.com", "twitter.com", "x.com", "yelp.com",
    "google.com", "goo.gl", "zillow.com", "apartments.com", "trulia.com", "realtor.com",
    "bbb.org", "narpm.org", "yellowpages.com", "nextdoor.com", "craigslist.org",
    "rent.com", "hotpads.com", "wikipedia.org",
})

# Embedded files: never evidence of an account, wherever they are served from.
ASSET_EXTENSIONS = frozenset({
    "js", "mjs", "css", "map", "png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp",
    "woff", "woff2", "ttf", "otf", "eot", "mp4", "webm", "mp3", "pdf", "json", "xml", "txt",
})
_ASSET_LABELS = frozenset({"cdn", "static", "assets", "images", "img", "media", "fonts", "js", "css",
                           "widget", "widgets", "content", "uploads", "s3"})

# fmt: on

UrlKind = Literal["account", "sign-in", "site", "assets"]


@dataclass(frozen=True)
class VendorUrl:
    """What a URL on a vendor's domain is."""

    pms: str | None  # None: a vendor domain whose PMS the table does not say (e.g. zego.io)
    kind: UrlKind
    account: str | None = None  # 'acme.managebuilding.com', 'app.propertyware.com/pw/portals/acme', ...
    shape: Signature | None = None


_COMPILED = tuple(
    (
        s,
        re.compile(s.host + r"\Z"),
        re.compile(s.path, re.I) if s.path else None,
        re.compile(s.fragment, re.I) if s.fragment else None,
    )
    for s in SIGNATURES
)
_VENDOR_HOSTS = tuple((v, re.compile(v.host + r"\Z"), re.compile(v.path, re.I) if v.path else None) for v in VENDOR_HOSTS)


def _split(url: str | None) -> tuple[SplitResult, str] | None:
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
    return parts, host


def _is_asset(host: str, path: str) -> bool:
    name = path.rsplit("/", 1)[-1]
    if "." in name and name.rsplit(".", 1)[-1].lower() in ASSET_EXTENSIONS:
        return True
    return any(label in _ASSET_LABELS for label in host.split(".")[:-2])


def classify(url: str | None) -> VendorUrl | None:
    """What `url` is on a PMS vendor's domain, or None when it is not on one. Scheme-less URLs
    are read as https."""
    split = _split(url)
    if split is None:
        return None
    parts, host = split
    domain = try_normalise(host)
    if domain not in VENDOR_DOMAINS:
        return None
    pms = VENDOR_PMS[domain]
    path = parts.path or ""
    if _is_asset(host, path):
        return VendorUrl(pms, "assets")
    for vendor, host_re, path_re in _VENDOR_HOSTS:
        if vendor.what == "assets" and host_re.match(host) and (path_re is None or path_re.search(path)):
            return VendorUrl(vendor.pms, "assets")
    for sig, host_re, path_re, fragment_re in _COMPILED:
        if not host_re.match(host):
            continue
        account = _account(
            sig,
            host,
            parts.query or "",
            path_re.search(path) if path_re else None,
            fragment_re.search(parts.fragment or "") if fragment_re else None,
        )
        if account:
            return VendorUrl(sig.pms, "account", account, sig)
    for vendor, host_re, path_re in _VENDOR_HOSTS:
        if host_re.match(host) and (path_re is None or path_re.search(path)):
            return VendorUrl(vendor.pms, vendor.what)
    return VendorUrl(pms, "site")


def _account(
    sig: Signature, host: str, query: str, in_path: re.Match[str] | None, in_fragment: re.Match[str] | None
) -> str | None:
    if sig.account_in == "host" and host.split(".", 1)[0] in RESERVED_LABELS:
        return None
    if sig.path and in_path is None or sig.fragment and in_fragment is None:
        return None
    if sig.query:
        values = [v.strip().lower() for k, v in parse_qsl(query, keep_blank_values=True) if k.lower() == sig.query]
        return f"{host}?{sig.query}={values[0]}" if values and values[0] else None
    if in_fragment is not None:
        return f"{host}#{in_fragment.group(0).lower()}" if in_fragment.group(1) else None
    if in_path is not None and sig.account_in == "path":
        return f"{host}{in_path.group(0).lower().rstrip('/')}" if in_path.group(1) else None
    return host


def pms_from_url(url: str | None) -> str | None:
    """The PMS an account-portal URL proves, or None (vendor-wide hosts and assets prove nothing)."""
    found = classify(url)
    return found.pms if found is not None and found.kind == "account" else None


def account_of(url: str | None) -> str | None:
    """The account a portal URL belongs to ('acme.managebuilding.com',
    'app.propertyware.com/pw/portals/acme', 'residentwebaccess.rentmanager.com?corpid=acme'), or None."""
    found = classify(url)
    return found.account if found is not None and found.kind == "account" else None


def shared_signin_of(url: str | None) -> str | None:
    """The PMS whose one shared sign-in `url` is, for vendors whose customers all use it; else None."""
    found = classify(url)
    if found is not None and found.kind == "sign-in" and found.pms in SHARED_SIGNIN:
        return found.pms
    return None


def unverifiable_note(pms: str, count: int) -> str:
    """Why `count` candidates could not be verified: the vendor's portals wall off servers."""
    why = BLOCKS_SERVER_CHECKS.get(pms, f"{pms}'s portals answered with a bot wall")
    return f"{count} candidate(s) could not be verified from here: {why} (docs/live-checks.md)"
