"""Reading a company's site for portal links: which pages, in what order, and what they showed.

`Crawl` collects what each fetched page showed (portal links, shared sign-ins, a bot wall, the
homepage's own portal-looking links); `origin_for` picks the origin and its robots.txt (https,
else http; the bare name, else www.<name>); `next_pages` orders the pages after the homepage;
`crawl_paths` fetches them until one links a portal. The verdict is `checks.check_site`'s.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import unquote, urlsplit

from leadflow.domain.evidence import pms_from_url, shared_signin_of
from leadflow.web import markers
from leadflow.web.fetch import Fetcher
from leadflow.web.markup import Markup, absolute, parse, refresh_url
from leadflow.web.page import Page
from leadflow.web.robots import Robots, robots_for

OWN_LINKS = 3  # at most this many of the homepage's own portal-looking links (and short links) are crawled
# Link shorteners: a homepage button to `bit.ly/...` goes where the short link redirects, so it is
# fetched (one hop, not followed into a portal) like a link of the site's own.
SHORTENERS = frozenset(
    {"bit.ly", "bitly.com", "tinyurl.com", "ow.ly", "buff.ly", "rebrand.ly", "is.gd", "cutt.ly", "rb.gy", "t.ly", "tiny.cc"}
)
_OWN_PORTAL = re.compile(r"portal|resident|tenant|owner|pay|log-?in|sign-?in|account|pag(?:o|ar)|inquilino", re.I)
# A post, not a page of the site's own: a blog or news article, a dated path (/2016/04/...). A
# portal it links may be anyone's (an example, a client, a partner): not the site's claim.
_POST_PATH = re.compile(r"/(?:blogs?|news|posts?|articles?|press|press-releases)(?:/|$)", re.I)
_DATED = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/")


def is_post(url: str) -> bool:
    """Is `url` a blog or news post (by its path: a blog or news folder, or a dated path)?"""
    try:
        return bool(_POST_PATH.search(urlsplit(url).path)) or post_month(url) is not None
    except ValueError:
        return False


def post_month(url: str) -> str | None:
    """The month a dated post's path gives ('/2016/04/...' -> '2016-04'), else None."""
    try:
        m = _DATED.search(urlsplit(url).path)
    except ValueError:
        return None
    return f"{m.group(1)}-{int(m.group(2)):02d}" if m else None


def wall_of(page: Page, markup: Markup) -> str | None:
    """A bot wall's tell, unless the page shows a login form (a portal with a captcha widget)."""
    if markup.has_password_field:
        return None
    return markers.challenge_marker(page.text, page.status, markup.text)


def stays_on_site(url: str) -> bool:
    """Follow a company site's redirects, except into a portal (that is the evidence: recorded,
    not fetched) or to a parking service (that is the verdict)."""
    return pms_from_url(url) is None and not markers.is_parking_url(url)


_POSTAL_ADDRESS = re.compile(r"\{[^{}]*\"addressRegion\"[^{}]*\}")
_REGION = re.compile(r"\"addressRegion\"\s*:\s*\"([A-Za-z]{2})\"")
_POSTAL_CODE = re.compile(r"\"postalCode\"\s*:\s*\"(\d{5})")


def _structured_addresses(html: str) -> str:
    """A page's schema.org addresses (JSON-LD `addressRegion` and `postalCode`) as text ('OK
    73034 '), where a site's only address may be: the state its company is in."""
    found = []
    for block in _POSTAL_ADDRESS.findall(html):
        region, code = _REGION.search(block), _POSTAL_CODE.search(block)
        if region and code:
            found.append(f"{region.group(1).upper()} {code.group(1)} ")
    return "".join(dict.fromkeys(found))


def _same_site(url: str, home: str) -> str | None:
    """`url`'s sub-domain part ("" on the homepage's own host, "pay." on pay.<domain>) when it is on
    the homepage's site (www. aside), else None."""
    try:
        host, site = urlsplit(url).hostname or "", (urlsplit(home).hostname or "").removeprefix("www.")
    except ValueError:
        return None
    return host.removesuffix(site) if site and (host == site or host.endswith("." + site)) else None


def _own_portal_link(url: str, home: str) -> bool:
    """A link to the company's own site with portal words in its sub-domain, path or query
    (`pay.<domain>/`, `/resident-center`, `/redirect?url=<portal>`), not in the company's name
    (paylesspm.com/about has none)."""
    sub = _same_site(url, home)
    parts = urlsplit(url)
    return sub is not None and bool(_OWN_PORTAL.search(f"{sub.removeprefix('www.')}{parts.path}?{unquote(parts.query)}"))


def _nowhere(url: str) -> bool:
    return False


def _short_link(url: str) -> bool:
    """A link on a link shortener (`bit.ly/3xWnPrt`), not its homepage."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return (parts.hostname or "").removeprefix("www.") in SHORTENERS and parts.path.strip("/") != ""


class Crawl:
    """What the pages of one site showed, in order."""

    def __init__(self) -> None:
        self.fetched: list[str] = []
        self.portals: list[str] = []  # account-portal links (images, scripts and vendor-wide hosts are not)
        self.claimed: set[str] = set()  # of those, the ones a page of the site's own links (not only a post)
        self.months: dict[str, str] = {}  # portal link -> the month of the dated post that showed it
        self.contexts: dict[str, str] = {}  # portal link -> what the page says around it (`Markup.context`)
        self.signins: list[str] = []  # links to a shared sign-in that all of a vendor's customers use
        self.error: str | None = None
        self.any_ok = False
        self.wall: str | None = None
        self.home_text: str | None = None  # the first page's visible text (the parked-page check reads it)
        self.home_addresses = ""  # ... and its schema.org addresses, as text ("OK 73034 ")
        self.link_text: str | None = None  # the visible text of the first later page that showed portal links
        self.own: list[str] = []  # the first page's refresh, portal-looking links to its own site, short links

    @property
    def posted(self) -> list[str]:
        """Portal links that only posts showed (`is_post`), in page order."""
        return [u for u in self.portals if u not in self.claimed]

    @property
    def posted_months(self) -> dict[str, str]:
        """Of `posted`, those a dated post showed, with its month."""
        return {u: self.months[u] for u in self.posted if u in self.months}

    def _keep(self, found: list[str], *, claimed: bool) -> None:
        for link in found:
            if link not in self.portals:
                self.portals.append(link)
            if claimed:
                self.claimed.add(link)

    def add(self, page: Page) -> list[str]:
        hops = [page.url, *page.redirects]
        self.fetched += hops if page.status is not None else hops[:-1]
        found = [page.location] if page.location and pms_from_url(page.location) else []
        links: list[str] = []
        markup = parse(page.text, page.final_url) if page.text is not None else None
        wall = wall_of(page, markup) if markup is not None else None
        first = self.home_text is None
        header = refresh_url(page.refresh or "")  # a server's Refresh header: a meta refresh sent as a header
        sent = absolute(header, page.final_url) if header else None
        if markup is not None and self.home_text is None:
            self.home_text = markup.text
            self.home_addresses = _structured_addresses(page.text or "")
            refresh = markup.refresh or sent
            moved = [refresh] if refresh and _same_site(refresh, page.final_url) is not None else []
            self.own = moved + [u for u in markup.links if _own_portal_link(u, page.final_url)]
            self.own += [u for u in markup.links if _short_link(u)]
        if markup is not None and not wall:
            links = markup.links + ([sent] if sent else [])
            found += [u for u in links if pms_from_url(u)]
        if found and markup is not None and not first and self.link_text is None:
            self.link_text = markup.text
        self._keep(found, claimed=not is_post(page.final_url))
        for link in found:
            self.contexts.setdefault(link, markup.context(link) if markup is not None else "")
        if (month := post_month(page.final_url)) is not None:
            self.months.update({u: month for u in found if u not in self.months})
        for link in links:
            if shared_signin_of(link) and link not in self.signins:
                self.signins.append(link)
        if wall:
            self.wall = self.wall or wall
        elif page.status is not None and 200 <= page.status < 300:
            self.any_ok = True
        return found


def origin_for(fetcher: Fetcher, host: str, schemes: tuple[str, ...]) -> tuple[str, Robots]:
    """The origin to crawl and its robots.txt: the first scheme's, else the next one's when
    the host does not answer it at all (no https here: try plain http); and www.<host> when
    the name does not exist (some sites answer only there)."""
    found = _scheme_origin(fetcher, host, schemes)
    if found[1].error == "dns" and found[1].status is None and not host.lower().startswith("www."):
        www = _scheme_origin(fetcher, "www." + host, schemes)
        return found if www[1].error == "dns" else www
    return found


def _scheme_origin(fetcher: Fetcher, host: str, schemes: tuple[str, ...]) -> tuple[str, Robots]:
    for i, scheme in enumerate(schemes):
        origin = f"{scheme}://{host}"
        robots = robots_for(fetcher, origin)
        if robots.error in ("tls", "unreachable") and robots.status is None and i + 1 < len(schemes):
            continue
        break
    return origin, robots


def next_pages(own: list[str], base: str, paths: tuple[str, ...]) -> list[str]:
    """The homepage's own links that look like the way to a portal (`/resident-center`,
    `portal.<domain>`: a vanity host that redirects into the vendor), then the usual paths."""
    urls = [base + (p if p.startswith("/") else "/" + p) for p in paths]
    mine = [u for u in dict.fromkeys(own) if u not in urls]
    return mine[:OWN_LINKS] + urls


def crawl_paths(fetcher: Fetcher, crawl: Crawl, urls: list[str]) -> None:
    """The site's other pages (robots.txt permitting) until one of its own (not a post) links a portal."""
    for url in urls:
        if not robots_for(fetcher, url).can_fetch(url, fetcher.user_agent):
            continue
        # a short link's one hop is read, never followed: where it leads is not the site's own page
        page = fetcher.get(url, follow=_nowhere if _short_link(url) else stays_on_site)
        if crawl.add(page) and not is_post(page.final_url):
            break  # one page of its own with a portal link proves it (a post's may be anyone's)
        if page.error and page.status is None:
            crawl.error = crawl.error or page.error
            if page.transient:
                break  # the host stopped answering


def rank(portal_links: list[str]) -> list[str]:
    counts = Counter(pms_from_url(u) for u in portal_links)
    first: dict[str | None, int] = {}
    for i, u in enumerate(portal_links):
        first.setdefault(pms_from_url(u), i)
    return sorted((p for p in counts if p), key=lambda p: (-counts[p], first[p]))
