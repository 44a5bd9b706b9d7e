"""The live checks: is an evidence URL a live PMS portal, and what does a company's site show?

Pure functions over a `Fetcher`; results are plain data (`results.py`) for the check cache.

`check_portal(fetcher, url, pms, company_name)` -> PortalCheck.verdict:
- `wrong_pms`     the URL is not an account portal of `pms` (`evidence.classify`: another PMS,
                  a vendor-wide host, an asset; nothing is fetched), or it redirects to another
                  PMS's portal. The one exception: the shared sign-in of a vendor whose customers
                  all use it (`evidence.SHARED_SIGNIN`) is fetched, and `live` only with a login form.
- `vendor_home`   it redirects off the account to the vendor's own site (www.buildium.com).
- `generic_login` it redirects to a shared sign-in host or page without the account
                  (signin.managebuilding.com, home.tenantcloud.com, www.rentcafe.com/...userlogin).
- `parked`        a parking/for-sale page, or a redirect to a parking service.
- `blocked`       a bot wall or challenge page answered (`markers.CHALLENGE`), or a bare 401/403
                  showing no portal from a vendor known to refuse servers
                  (`evidence.BLOCKS_SERVER_CHECKS`): neither live nor dead; cannot be checked from here.
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
                  loop, not HTML, another status, or a page that shows no portal.
Redirects off the account are judged by their target and never fetched. Portals are checked
without robots.txt (see `robots.py`). `detail` says whether the page names `company_name`
(case-insensitive, legal suffixes such as LLC/Inc ignored).

`check_site(fetcher, domain)` -> SiteCheck.verdict:
- robots.txt first, on https (on a TLS or connection failure, http instead; when the name does
  not exist, www.<name> instead: some sites answer only there). Its answer
  decides as `robots.py` says: no answer -> the error's verdict below; 5xx -> `retry`;
  disallowing the homepage -> `robots_disallowed`. Later paths disallowed are skipped.
- the homepage, then (until a portal link turns up) up to OWN_LINKS of its own links with portal
  words in the sub-domain or path (`pay.<domain>/`, `/resident-center`), then /residents,
  /tenants, /owners, /pay-rent, /portal on the origin the homepage ended on. Portal links are
  account portals (`evidence.classify`) in a, area, form, iframe, option value, meta refresh and
  onclick targets (Google, Facebook and Outlook link wrappers read through: `markup.py`); images,
  scripts and styles never count; a redirect straight into a portal counts as a link and is not
  followed. Links to a vendor's one shared sign-in are kept apart (`signin_links`).
- `dead`: neither the name nor www.<name> exists, or the homepage is 404/410 and no page answered 2xx;
  `parked`: a parking page or a redirect to a parking service; `retry`: timeout, refused or
  reset connection, 5xx/429 (the caller decides after a second try); `unreachable`: TLS,
  guard, redirect loop, a bot wall, or no page answered 2xx; else `live`.
  Parked means a parking service's code, link parameters, lander hop or refresh, or the wording
  of a parking or for-sale page in any of seven languages (`markers.parked_marker`).
"""

from __future__ import annotations

import re
import time
from urllib.parse import urlsplit

from leadflow.domain.checks import SITE_TEXT, PortalCheck, SiteCheck, confirms, describe_check
from leadflow.domain.criteria import pms_name
from leadflow.domain.domains import url_scheme
from leadflow.domain.evidence import BLOCKS_SERVER_CHECKS, account_of, classify, pms_from_url, shared_signin_of
from leadflow.domain.names import heading_name, manager_named, title_name
from leadflow.domain.states import address_states
from leadflow.web import markers, notices
from leadflow.web.crawl import Crawl, crawl_paths, next_pages, origin_for, rank, stays_on_site, wall_of
from leadflow.web.fetch import Fetcher
from leadflow.web.markup import Markup, parse
from leadflow.web.page import Page
from leadflow.web.robots import Robots, origin_of

__all__ = ["DEFAULT_PATHS", "PortalCheck", "SiteCheck", "account_of", "check_portal", "check_site", "confirms", "describe_check"]

DEFAULT_PATHS = ("/", "/residents", "/tenants", "/owners", "/pay-rent", "/portal")
_LEGAL = re.compile(r"\b(the|llc|l l c|inc|incorporated|corp|corporation|co|company|ltd|limited|pllc|plc|lp|llp|lllp)\b")


# --- portals ------------------------------------------------------------------------------


def check_portal(fetcher: Fetcher, url: str, pms: str, company_name: str | None = None) -> PortalCheck:
    """Is `url` the live portal of a `pms` account? Rules in the module docstring."""
    wanted = pms_name(pms) or (pms or "").strip()
    claimed = pms_from_url(url)
    shared = shared_signin_of(url) == wanted  # the one sign-in every customer of this vendor uses
    if claimed != wanted and not shared:
        found = classify(url)
        shown = (
            f"a {claimed} portal"
            if claimed
            else f"{found.pms or 'a vendor'}'s {_KINDS[found.kind]}, not an account portal"
            if found
            else f"not a known {wanted} portal URL"
        )
        return PortalCheck(url=url, pms=wanted, verdict="wrong_pms", detail=f"the URL is {shown}; not fetched")
    target = url.strip() if url_scheme(url.strip()) else "https://" + url.strip()
    if shared:  # followed while it stays on the vendor's shared sign-in (rentecdirect.com/tenants -> secure.)
        page = fetcher.get(target, follow=lambda next_url: shared_signin_of(next_url) == wanted)
    else:
        account = account_of(target)
        page = fetcher.get(target, follow=lambda next_url: account_of(next_url) == account)
    markup = parse(page.text, page.final_url) if page.text is not None else None
    verdict, detail, names = _judge_portal(page, markup, wanted, company_name, shared=shared)
    seen = markup if verdict == "live" else None  # whose portal it is matters only when it is live
    named = (title_name(seen.title) or title_name(seen.logo) or heading_name(seen.heading)) if seen is not None else None
    return PortalCheck(
        url=url,
        pms=wanted,
        verdict=verdict,
        http_status=page.status,
        final_url=page.location or page.final_url,
        detail=detail,
        elapsed_ms=page.elapsed_ms,
        names_company=names,
        shows_name=named,
        shows_states=address_states(seen.text) if seen is not None else [],
        managed_by=manager_named(seen.text) if seen is not None else None,
    )


_KINDS = {
    "sign-in": "shared sign-in",
    "site": "own website",
    "assets": "asset (image, script, style)",
    "account": "account portal",
}


_HOST_IN_TEXT = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|io)\b")


def _other_pms_named(markup: Markup, pms: str) -> tuple[str, str] | None:
    """The first portal of another PMS the page links or writes out ("our new portal: x.appfolio.com")."""
    written = [f"https://{host}/" for host in _HOST_IN_TEXT.findall(markup.text.lower())]
    return next(((u, other) for u in [*markup.links, *written] if (other := pms_from_url(u)) and other != pms), None)


def _judge_portal(
    page: Page, markup: Markup | None, pms: str, company: str | None, *, shared: bool = False
) -> tuple[str, str, bool | None]:
    if page.location is not None and page.error is None:
        verdict, detail = _judge_redirect(page.location, pms)
        return verdict, detail, None
    if markup is not None and (wall := wall_of(page, markup)):
        return "blocked", f"http {page.status}: a bot wall answered ({wall!r}), not the portal", None
    if page.error is not None:
        if page.error == "dns":
            return "dead", "the portal host name does not exist", None
        if page.transient:
            return "retry", f"no answer yet ({page.error})", None
        return "unreachable", page.error, None
    status = page.status
    assert status is not None  # no error: a response arrived
    if status in (404, 410):
        return "dead", f"http {status}: no such account", None
    if page.transient:
        return "retry", f"http {status}", None
    if not (200 <= status < 300 or status in (401, 403)):
        return "unreachable", f"http {status}", None
    if markup is None:
        return "unreachable", f"http {status} but not an HTML page", None
    host = urlsplit(page.final_url).hostname
    if marker := markers.parked_marker(page.text, markup.text):
        return "parked", f"parked page ({marker!r})", None
    names = _names(company, markup.text)
    said = _naming(company, names)
    gone = notices.gone_marker(markup.text)
    sends_on = gone or notices.move_marker(markup.text) or not markup.has_password_field
    if sends_on and (moved := _other_pms_named(markup, pms)):  # residents sent to another PMS's portal
        return "wrong_pms", f"http {status} but the page sends residents to a {moved[1]} portal ({moved[0]})", names
    if gone and not _welcomes(company, markup.text, gone):
        return "dead", f"http {status} but the page says {gone!r}{said}", names
    soft_404 = notices.soft_404_marker(markup.text)
    if soft_404 and not markup.has_password_field:
        return "dead", f"http {status} but the page says {soft_404!r}{said}", names
    if markup.has_password_field:
        return "live", f"{'shared ' if shared else ''}login form on {host} (http {status}){said}", names
    if shared:  # a shared sign-in proves nothing unless it shows its sign-in form
        return "unreachable", f"http {status} but the shared sign-in shows no login form{said}", names
    if marker := markers.portal_marker(markup.text):
        return "live", f"portal page on {host} (http {status}, {marker!r}){said}", names
    if names:
        return "live", f"page on {host} (http {status}){said}", names
    if status in (401, 403) and pms in BLOCKS_SERVER_CHECKS:  # a bare refusal, the vendor's known answer to servers
        return "blocked", f"http {status}: {BLOCKS_SERVER_CHECKS[pms]}; the page shows no portal", None
    return "unreachable", f"http {status} but the page shows no portal{said}", names


def _judge_redirect(target: str, pms: str) -> tuple[str, str]:
    """An account URL redirected here, off the account: what that says about the account."""
    try:
        parts = urlsplit(target)
        host = (parts.hostname or "").lower()
    except ValueError:
        return "unreachable", "redirects to an invalid URL"
    if markers.is_parking_url(target):
        return "parked", f"redirects to a parking service ({host})"
    found = classify(target)
    if found is None:
        return "dead", f"redirects off the vendor to {host or target}"
    if found.kind == "account" and found.pms != pms:
        return "wrong_pms", f"redirects to a {found.pms} portal ({host})"
    if found.kind == "account":
        return "dead", f"account moved: redirects to another {pms} account ({target})"
    if found.kind == "sign-in" or markers.LOGIN_PATH.search(parts.path or ""):
        return "generic_login", f"redirects to the shared sign-in {target}"
    return "vendor_home", f"redirects to the vendor's site ({target})"


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


def _welcomes(company: str | None, text: str, notice: str) -> bool:
    """'Oak Hollow is now managed by (has been acquired by) Lakeshore Residential' on Lakeshore's
    own portal welcomes the residents it took over; on Oak Hollow's it hands them over. So does
    'homes formerly managed by Oak Hollow are managed by Lakeshore'."""
    after = text.lower().split(notice, 1)[-1]
    if notice == "formerly managed by":  # the new manager is the one after the next "managed by"
        after = after.partition("managed by")[2]
    elif notice.startswith("residents should"):  # "... use the <firm> resident portal": the company's own?
        return bool(_names(company, notice))
    elif notice not in ("is now managed by", "are now managed by", "has been acquired by"):
        return False
    return bool(after) and bool(_names(company, after[:120]))


def _naming(company: str | None, names: bool | None) -> str:
    if names is None:
        return ""
    return f"; names {company!r}" if names else f"; does not name {company!r}"


# --- company websites ---------------------------------------------------------------------


def _failure(error: str, transient: bool) -> str:
    if error == "dns":
        return "dead"
    return "retry" if transient else "unreachable"


def check_site(
    fetcher: Fetcher, domain: str, *, paths: tuple[str, ...] = DEFAULT_PATHS, schemes: tuple[str, ...] = ("https", "http")
) -> SiteCheck:
    """What the company's own website shows. Rules in the module docstring."""
    started = time.monotonic()
    host = (domain or "").strip()

    def result(crawl: Crawl | None, verdict: str, error: str | None, status: int | None = None) -> SiteCheck:
        crawl = crawl or Crawl()
        return SiteCheck(
            domain=domain,
            pages_fetched=crawl.fetched,
            portal_links=crawl.portals,
            pms_found=rank(crawl.portals),
            error=error,
            verdict=verdict,
            http_status=status,
            elapsed_ms=round((time.monotonic() - started) * 1000),
            signin_links=crawl.signins,
            posted_links=crawl.posted,
            posted_months=crawl.posted_months,
            link_text=(crawl.link_text or "")[:SITE_TEXT],
            link_contexts=crawl.contexts,
            home_text=(crawl.home_addresses + (crawl.home_text or ""))[:SITE_TEXT],
        )

    if not schemes:
        raise ValueError("schemes must name at least one of https, http")
    if not host or any(c.isspace() or c in "/?#@\\" for c in host):
        return result(None, "unreachable", "invalid url")
    origin, robots = origin_for(fetcher, host, schemes)
    if unanswered := _robots_unanswered(robots):
        return result(None, *unanswered, robots.status)
    home_url = origin + (paths[0] if paths and paths[0].startswith("/") else "/")
    if not robots.can_fetch(home_url, fetcher.user_agent):
        return result(None, "robots_disallowed", None)

    crawl = Crawl()
    home = fetcher.get(home_url, follow=stays_on_site)
    found = crawl.add(home)
    if home.status is None:
        return result(crawl, _failure(home.error or "unreachable", home.transient), home.error)
    if markers.is_parking_url(home.location) or (
        home.text is not None and not crawl.wall and markers.parked_marker(home.text, crawl.home_text)
    ):
        return result(crawl, "parked", None, home.status)
    if crawl.wall and not found:
        return result(crawl, "unreachable", f"bot wall ({crawl.wall!r})", home.status)
    if home.transient:
        return result(crawl, "retry", f"http {home.status}", home.status)
    if home.error == "too many redirects":
        return result(crawl, "unreachable", home.error, home.status)
    if home.error:
        crawl.error = home.error
    elif home.status >= 400 and not found:
        crawl.error = f"http {home.status}"
    if not found:
        base = origin_of(home.final_url) if crawl.any_ok else origin
        crawl_paths(fetcher, crawl, next_pages(crawl.own, base, paths[1:]))
    return result(crawl, _site_verdict(crawl, home.status), crawl.error, home.status)


def _robots_unanswered(robots: Robots) -> tuple[str, str | None] | None:
    """The verdict and error when robots.txt did not answer as a site does, else None."""
    if robots.wall:
        return "unreachable", f"bot wall ({robots.wall!r})"
    if robots.parked:
        return "parked", f"robots.txt: {robots.parked!r}"
    if robots.status is None and robots.error:
        return _failure(robots.error, robots.transient), robots.error
    if robots.transient:
        return "retry", f"robots.txt http {robots.status}"
    return None


def _site_verdict(crawl: Crawl, home_status: int) -> str:
    if crawl.any_ok or crawl.portals:
        return "live"
    return "dead" if home_status in (404, 410) else "unreachable"
