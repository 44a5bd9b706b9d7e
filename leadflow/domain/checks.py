"""What a live check saw: plain data that round-trips through JSON (the lead store's check cache),
and what one batch saw (`LiveChecks`), which validation judges."""

from __future__ import annotations

from dataclasses import Field, asdict, dataclass, field, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar
from urllib.parse import urlsplit

from leadflow.domain.criteria import canonical_pms
from leadflow.domain.errors import InvalidInput
from leadflow.domain.evidence import classify, pms_from_url, shared_signin_of

PORTAL_VERDICTS = ("live", "dead", "parked", "vendor_home", "generic_login", "wrong_pms", "blocked", "unreachable", "retry")
SITE_VERDICTS = ("live", "dead", "parked", "unreachable", "retry", "robots_disallowed")

# The rules a cached check was made under. Bump it whenever `check_portal` or `check_site` judges
# differently or records a field that validation reads: a row cached under other rules is fetched
# again instead of used. An older row loads with defaults for what it lacks (no `shows_name`: the
# wrong-company rule passes it), so it could accept for up to the cache's TTL what the rules of
# today reject. 2: the portal's title name and address states and the homepage's text recorded;
# 3: the portal links that only a blog or news post showed (`posted_links`, with a dated post's
# month) kept apart, the text of the page that linked them and around each link, the portal's
# heading name and the manager it names; 4: more notices that an account is no longer the
# company's (retired, handed over, acquired, sandbox, lapsed trial), "we have moved" with another
# PMS's portal linked or written out, and the homepage's schema.org addresses in its text; 5: a
# site builder's "no longer available" page is parked, a link's host read without its trailing
# dot, a homepage's short links (bit.ly...) fetched for where they go, and AppFolio's contractor
# portal (vendor.appfolio.com) read as vendor-wide; 6: a homepage's links to a Wayback,
# archive.today, Google cache or Translate copy read as the URL they copy (domain/wrappers.py); 7:
# a server's Refresh header read as a meta refresh, SVG links (xlink:href), and a portal's "this
# resident site is no longer available" read as gone; 8: notices, closures and placeholders read
# in Spanish (accents aside), "Tx 79912" and Mexican addresses, pagos.<domain> and /pagar-renta;
# 9: portal notices and placeholders in Chinese, Korean, Vietnamese, Russian, Portuguese, Arabic,
# Canadian addresses; 10: a removed listing's "no longer available" on the account's listings page
# is the listing's, and a listing titled with a street alone names no company; 11: more closure,
# handover and retired-portal wording (Spanish, Vietnamese, Korean, Russian, Portuguese).
CHECK_RULES = 11

T = TypeVar("T", bound="_Json")


class _Json:
    """A dataclass that round-trips through JSON (the subclasses are dataclasses)."""

    if TYPE_CHECKING:
        __dataclass_fields__: ClassVar[dict[str, Field[Any]]]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Unknown keys are ignored and missing ones take their defaults, so rows cached by
        an older or newer leadflow still load."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: (list(v) if isinstance(v, tuple) else v) for k, v in data.items() if k in known})


@dataclass(frozen=True)
class PortalCheck(_Json):
    """Is this evidence URL the PMS account's live portal? See `check_portal` for the rules."""

    url: str
    pms: str
    verdict: str  # one of PORTAL_VERDICTS
    http_status: int | None = None
    final_url: str | None = None
    detail: str = ""  # one readable line
    elapsed_ms: int = 0
    names_company: bool | None = None  # the page mentions the company; None when not asked
    shows_name: str | None = None  # the company the page's title or logo names (`names.title_name`), if any
    shows_states: list[str] = field(default_factory=list)  # states of the addresses it shows (`names.address_states`)
    managed_by: str | None = None  # the company it says manages the property ("Professionally managed by X"), if any

    @property
    def transient(self) -> bool:
        return self.verdict == "retry"

    @property
    def live(self) -> bool:
        return self.verdict == "live"


SITE_TEXT = 6000


@dataclass(frozen=True)
class SiteCheck(_Json):
    """What the company's own website showed. See `check_site` for the rules."""

    domain: str
    pages_fetched: list[str]  # URLs that answered (redirect hops included), in order
    portal_links: list[str]  # portal URLs found (absolute), in page order, deduplicated
    pms_found: list[str]  # distinct PMS names, most links first (ties: first seen first)
    error: str | None  # the fetch error or 'http 404' of the homepage, else of a later page
    verdict: str = "live"  # one of SITE_VERDICTS
    http_status: int | None = None  # the homepage's
    elapsed_ms: int = 0
    signin_links: list[str] = field(default_factory=list)  # links to a vendor's one shared sign-in
    # The homepage's visible text (at most SITE_TEXT characters): the company's own word on its
    # names and addresses, read when a portal it does not link names someone else.
    home_text: str = ""
    # Of `portal_links`, those only a blog or news post showed: an example, a client's, a partner's
    # portal as often as the company's own, so they prove only a portal that names no one else.
    posted_links: list[str] = field(default_factory=list)
    # Of `posted_links`, those a dated post showed ('/2016/04/...'), with its month ('2016-04'): a
    # link only an old post shows proves less than one the site shows today.
    posted_months: dict[str, str] = field(default_factory=dict)
    # The visible text of the page that showed the portal links, when not the homepage (at most
    # SITE_TEXT characters): what the site says beside the link ("managed by our sister company").
    link_text: str = ""
    # What the page says around each portal link (its list item, paragraph or footer, at most
    # 300 characters): whose portal the site says it is ("Lometa Leasing: see their portal").
    link_contexts: dict[str, str] = field(default_factory=dict)

    @property
    def transient(self) -> bool:
        return self.verdict == "retry"

    @property
    def claimed_pms(self) -> list[str]:
        """The PMSs whose portals the site links from its own pages (a post's links aside)."""
        own = {pms_from_url(u) for u in self.portal_links if u not in self.posted_links}
        return [found for found in self.pms_found if found in own]


def confirms(check: SiteCheck, pms: str) -> bool:
    """True when the site itself links a portal of `pms` (aliases accepted: 'app folio')."""
    try:
        name = canonical_pms(pms)
    except InvalidInput:
        name = (pms or "").strip()
    return name in check.pms_found


def describe_check(check: SiteCheck) -> str:
    """One line for the record: what the website showed."""
    if check.pms_found:
        return f"links {', '.join(check.pms_found)} ({check.portal_links[0]})"
    if check.verdict == "parked":
        return "not confirmed: parked domain"
    if check.verdict == "robots_disallowed":
        return "not checked: robots.txt disallows it"
    if check.verdict in ("dead", "unreachable", "retry") or check.error:
        reason = check.error or (f"http {check.http_status}" if check.http_status else check.verdict)
        return f"not confirmed: {reason}" + (" (will retry)" if check.verdict == "retry" else "")
    return f"no portal link on {len(check.pages_fetched)} page(s)"


MAX_LINKED_ACCOUNTS = 2  # portal accounts fetched per company site (a site rarely links more than one)
# Staff sign-in paths on an account's host: Buildium's `<account>.managebuilding.com/manager/` hops to
# the vendor's shared sign-in, so it cannot show the account live; the account's other links go first.
STAFF_PATHS = ("/manager",)


@dataclass
class LiveChecks:
    """What leadflow saw live for one batch, by evidence URL and by domain."""

    portals: dict[str, PortalCheck] = field(default_factory=dict)
    sites: dict[str, SiteCheck] = field(default_factory=dict)
    checked_at: dict[str, datetime] = field(default_factory=dict)  # URL or domain -> when
    fetched: int = 0  # checks made now (each one or more HTTP requests)
    cached: int = 0  # checks answered by the cache
    retried: int = 0  # checks tried a second time after a transient failure


def linked_evidence(site: SiteCheck, pms: str) -> list[str]:
    """The links on a company's own site that can prove `pms`, in page order: account portals of
    up to MAX_LINKED_ACCOUNTS distinct accounts, then the vendor's one shared sign-in (for vendors
    whose customers all use it). Each is evidence only once it was fetched and answered live."""
    urls: list[str] = []
    accounts: set[str] = set()
    for url in sorted(site.portal_links, key=_staff_sign_in):  # stable: page order otherwise
        found = classify(url)
        if (
            found
            and found.kind == "account"
            and found.pms == pms
            and found.account is not None
            and found.account not in accounts
            and len(accounts) < MAX_LINKED_ACCOUNTS
        ):
            accounts.add(found.account)
            urls.append(url)
    urls += [u for u in site.signin_links if shared_signin_of(u) == pms][:1]
    return urls


def _staff_sign_in(url: str) -> bool:
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return any(path == p or path.startswith(p + "/") for p in STAFF_PATHS)
