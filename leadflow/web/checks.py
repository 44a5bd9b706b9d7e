"""The live checks: is an evidence URL a live PMS portal, and what does a company's site show?

Pure functions over a `Fetcher`; results are plain data (`results.py`) for the check cache.

`check_portal(fetcher, url, pms, company_name)` -> PortalCheck.verdict:
- `wrong_pms`     the URL does not prove `pms` (`evidence.pms_from_url`; nothing is fetched),
                  or it redirects to another PMS's portal.
- `vendor_home`   it redirects off the account to the vendor's own site (www.buildium.com).
- `generic_login` it redirects to a shared sign-in host or page without the account
                  (signin.managebuilding.com, home.tenantcloud.com, www.rentcafe.com/...userlogin).
- `parked`        a parking/for-sale page, or a redirect to a parking service.
- `dead`          the portal host does not exist (DNS), 404/410, a soft-404 page ("could not be
                  found", "account is inactive", ...; a page with a password field is never a
                  soft 404), a redirect to another account of the same PMS ("account moved":
                  `final_url` names it), or off the vendor altogether.
- `retry`         timeout, refused/reset connection, temporary DNS failure, 408/425/429/5xx:
                  transient, try once more later in the run.
- `live`          200/401/403 on the same account (redirects are followed only while they stay
                  on the account: same host, and for Propertyware the same /pw/portals/<acct>)
                  showing a login form (password field), a sign-in or resident-services phrase,
                  or the company's name.
- `unreachable`   anything else we cannot judge: TLS failure, refused by the guard, redirect
                  loop, not HTML, another status, or a page that shows no portal (bot walls).
Redirects off the account are judged by their target and never fetched. Portals are checked
without robots.txt (see `robots.py`). `detail` says whether the page names `company_name`
(case-insensitive, legal suffixes such as LLC/Inc ignored).

`check_site(fetcher, domain)` -> SiteCheck.verdict:
- robots.txt first, on https (on a TLS or connection failure, http instead). Its answer
  decides as `robots.py` says: no answer -> the error's verdict below; 5xx -> `retry`;
  disallowing the homepage -> `robots_disallowed`. Later paths disallowed are skipped.
- the homepage, then (until a portal link turns up) /residents, /tenants, /owners, /pay-rent,
  /portal on the origin the homepage ended on. Portal links come from href/src/action/meta
  refresh; a redirect straight into a portal counts as a link and is not followed.
- `dead`: the name does not exist, or the homepage is 404/410 and no page answered 2xx;
  `parked`: a parking page or a redirect to a parking service; `retry`: timeout, refused or
  reset connection, 5xx/429 (the caller decides after a second try); `unreachable`: TLS,
  guard, redirect loop, or no page answered 2xx (403 bot walls); else `live`.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from urllib.parse import urlsplit

from leadflow.criteria import pms_name
from leadflow.domains import try_normalise, url_scheme
from leadflow.evidence import SIGNATURES, VENDOR_DOMAINS, pms_from_url
from leadflow.web import markers
from leadflow.web.fetch import Fetcher, Page
from leadflow.web.markup import parse
from leadflow.web.results import PortalCheck, SiteCheck, confirms, describe_check
from leadflow.web.robots import origin_of, robots_for

__all__ = ["DEFAULT_PATHS", "PortalCheck", "SiteCheck", "account_of", "check_portal", "check_site",
           "confirms", "describe_check"]

DEFAULT_PATHS = ("/", "/residents", "/tenants", "/owners", "/pay-rent", "/portal")
_SIGNATURES = tuple((s, re.compile(s.host + r"\Z"), re.compile(s.path) if s.path else None) for s in SIGNATURES)
_LEGAL = re.compile(r"\b(the|llc|l l c|inc|incorporated|corp|corporation|co|company|ltd|limited|pllc|plc|lp|llp|lllp)\b")


# --- portals ------------------------------------------------------------------------------

def account_of(url: str | None) -> str | None:
    """The account a portal URL belongs to: its host, plus the portal path for vendors that
    put the account in the path (app.propertyware.com/pw/portals/<acct>). None if no portal."""
    try:
        parts = urlsplit(url or "")
        host = (parts.hostname or "").rstrip(".").lower()
    except ValueError:
        return None
    for _, host_re, path_re in _SIGNATURES:
        if host_re.match(host):
            if path_re is None:
                return host
            found = path_re.search(parts.path or "")
            if found:
                return host + found.group(0).lower()
    return None


def check_portal(fetcher: Fetcher, url: str, pms: str, company_name: str | None = None) -> PortalCheck:
    """Is `url` the live portal of a `pms` account? Rules in the module docstring."""
    wanted = pms_name(pms) or (pms or "").strip()
    claimed = pms_from_url(url)
    if claimed != wanted:
        shown = f"a {claimed} portal" if claimed else f"not a known {wanted} portal URL"
        return PortalCheck(url=url, pms=wanted, verdict="wrong_pms", detail=f"the URL is {shown}; not fetched")
    target = url.strip() if url_scheme(url.strip()) else "https://" + url.strip()
    account = account_of(target)
    page = fetcher.get(target, follow=lambda next_url: account_of(next_url) == account)
    verdict, detail, names = _judge_portal(page, wanted, company_name)
    return PortalCheck(
        url=url, pms=wanted, verdict=verdict, http_status=page.status,
        final_url=page.location or page.final_url, detail=detail, elapsed_ms=page.elapsed_ms,
        names_company=names,
    )


def _judge_portal(page: Page, pms: str, company: str | None) -> tuple[str, str, bool | None]:
    if page.location is not None and page.error is None:
        verdict, detail = _judge_redirect(page.location, pms)
        return verdict, detail, None
    if page.error is not None:
        if page.error == "dns":
            return "dead", "the portal host name does not exist", None
        if page.transient:
            return "retry", f"no answer yet ({page.error})", None
        return "unreachable", page.error, None
    status = page.status
    if status in (404, 410):
        return "dead", f"http {status}: no such account", None
    if page.transient:
        return "retry", f"http {status}", None
    if not (200 <= status < 300 or status in (401, 403)):
        return "unreachable", f"http {status}", None
    if page.text is None:
        return "unreachable", f"http {status} but not an HTML page", None
    host = urlsplit(page.final_url).hostname
    if marker := markers.parked_marker(page.text):
        return "parked", f"parked page ({marker!r})", None
    markup = parse(page.text, page.final_url)
    names = _names(company, markup.text)
    said = _naming(company, names)
    soft_404 = markers.soft_404_marker(markup.text)
    if soft_404 and not markup.has_password_field:
        return "dead", f"http {status} but the page says {soft_404!r}{said}", names
    if markup.has_password_field:
        return "live", f"login form on {host} (http {status}){said}", names
    if marker := markers.portal_marker(markup.text):
        return "live", f"portal page on {host} (http {status}, {marker!r}){said}", names
    if names:
        return "live", f"page on {host} (http {status}){said}", names
    return "unreachable", f"http {status} but the page shows no portal{said}", names


def _judge_redirect(target: str, pms: str) -> tuple[str, str]:
    """An account URL redirected here, off the account: what that says about the account."""
    try:
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "unreachable", "redirects to an invalid URL"
    vendor = try_normalise(host) in VENDOR_DOMAINS
    other = pms_from_url(target)
    if markers.is_parking_url(target):
        return "parked", f"redirects to a parking service ({host})"
    if vendor and (host in markers.GENERIC_LOGIN_HOSTS or _is_login_host(host)):
        return "generic_login", f"redirects to the shared sign-in {target}"
    if other and other != pms:
        return "wrong_pms", f"redirects to a {other} portal ({host})"
    if other == pms:
        return "dead", f"account moved: redirects to another {pms} account ({target})"
    if vendor and markers.LOGIN_PATH.search(parts.path or ""):
        return "generic_login", f"redirects to the shared sign-in {target}"
    if vendor:
        return "vendor_home", f"redirects to the vendor's site ({target})"
    return "dead", f"redirects off the vendor to {host or target}"


def _is_login_host(host: str) -> bool:
    """'signin.managebuilding.com', 'login.<vendor>': a shared sign-in host right under the vendor."""
    label, _, rest = host.partition(".")
    return label in markers.GENERIC_LOGIN_LABELS and try_normalise(host) == rest


def _name_key(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower().replace("&", " and ")).split())


def _names(company: str | None, text: str) -> bool | None:
    """Does `text` mention the company (case-insensitive, legal suffixes ignored)? None: not asked."""
    if not company:
        return None
    key = " ".join(_LEGAL.sub(" ", _name_key(company)).split())
    if not key:
        return None
    return f" {key} " in f" {_name_key(text)} "


def _naming(company: str | None, names: bool | None) -> str:
    if names is None:
        return ""
    return f"; names {company!r}" if names else f"; does not name {company!r}"


# --- company websites ---------------------------------------------------------------------

def _stays_on_site(url: str) -> bool:
    """Follow a company site's redirects, except into a portal (that is the evidence: recorded,
    not fetched) or to a parking service (that is the verdict)."""
    return pms_from_url(url) is None and not markers.is_parking_url(url)


def _failure(error: str, transient: bool) -> str:
    if error == "dns":
        return "dead"
    return "retry" if transient else "unreachable"


class _Crawl:
    """What the pages of one site showed, in order."""

    def __init__(self) -> None:
        self.fetched: list[str] = []
        self.portals: list[str] = []
        self.error: str | None = None
        self.any_ok = False

    def add(self, page: Page) -> list[str]:
        hops = [page.url, *page.redirects]
        self.fetched += hops if page.status is not None else hops[:-1]
        found = [page.location] if page.location and pms_from_url(page.location) else []
        if page.text is not None:
            found += [u for u in parse(page.text, page.final_url).links if pms_from_url(u)]
        for link in found:
            if link not in self.portals:
                self.portals.append(link)
        if page.status is not None and 200 <= page.status < 300:
            self.any_ok = True
        return found


def check_site(fetcher: Fetcher, domain: str, *, paths: tuple[str, ...] = DEFAULT_PATHS,
               schemes: tuple[str, ...] = ("https", "http")) -> SiteCheck:
    """What the company's own website shows. Rules in the module docstring."""
    started = time.monotonic()
    host = (domain or "").strip()

    def result(crawl: _Crawl | None, verdict: str, error: str | None, status: int | None = None) -> SiteCheck:
        crawl = crawl or _Crawl()
        return SiteCheck(domain=domain, pages_fetched=crawl.fetched, portal_links=crawl.portals,
                         pms_found=_rank(crawl.portals), error=error, verdict=verdict, http_status=status,
                         elapsed_ms=round((time.monotonic() - started) * 1000))

    if not schemes:
        raise ValueError("schemes must name at least one of https, http")
    if not host or any(c.isspace() or c in "/?#@\\" for c in host):
        return result(None, "unreachable", "invalid url")
    for i, scheme in enumerate(schemes):
        origin = f"{scheme}://{host}"
        robots = robots_for(fetcher, origin)
        if robots.error in ("tls", "unreachable") and robots.status is None and i + 1 < len(schemes):
            continue  # no https here: try plain http
        break
    if robots.status is None and robots.error:
        return result(None, _failure(robots.error, robots.transient), robots.error)
    if robots.transient:
        return result(None, "retry", f"robots.txt http {robots.status}")
    home_url = origin + (paths[0] if paths and paths[0].startswith("/") else "/")
    if not robots.can_fetch(home_url, fetcher.user_agent):
        return result(None, "robots_disallowed", None)

    crawl = _Crawl()
    home = fetcher.get(home_url, follow=_stays_on_site)
    found = crawl.add(home)
    if home.status is None:
        return result(crawl, _failure(home.error or "unreachable", home.transient), home.error)
    if markers.is_parking_url(home.location) or markers.parked_marker(home.text):
        return result(crawl, "parked", None, home.status)
    if home.transient:
        return result(crawl, "retry", f"http {home.status}", home.status)
    if home.error == "too many redirects":
        return result(crawl, "unreachable", home.error, home.status)
    if home.error:
        crawl.error = home.error
    elif home.status >= 400 and not found:
        crawl.error = f"http {home.status}"
    base = origin_of(home.final_url) if crawl.any_ok else origin
    for path in paths[1:] if not found else ():
        url = base + (path if path.startswith("/") else "/" + path)
        if not robots_for(fetcher, url).can_fetch(url, fetcher.user_agent):
            continue
        page = fetcher.get(url, follow=_stays_on_site)
        if crawl.add(page):
            break  # one page with a portal link proves it
        if page.error and page.status is None:
            crawl.error = crawl.error or page.error
            if page.transient:
                break  # the host stopped answering
    if crawl.any_ok or crawl.portals:
        verdict = "live"
    elif home.status in (404, 410):
        verdict = "dead"
    else:
        verdict = "unreachable"
    return result(crawl, verdict, crawl.error, home.status)


def _rank(portal_links: list[str]) -> list[str]:
    counts = Counter(pms_from_url(u) for u in portal_links)
    first: dict[str | None, int] = {}
    for i, u in enumerate(portal_links):
        first.setdefault(pms_from_url(u), i)
    return sorted((p for p in counts if p), key=lambda p: (-counts[p], first[p]))
