"""robots.txt for company websites (RFC 9309), fetched through the Fetcher, cached per origin
(per fetcher, for at most 24 hours).

What an answer means:
- 2xx: the rules, parsed by `urllib.robotparser`, for our product token (the User-Agent up
  to '/') or '*'. A body that is not text: no rules.
- 4xx, 401 and 403 included, or more than five redirects: no restrictions (RFC 9309 2.3.1.2-3).
- 5xx, 429 or no answer (timeout, refused, reset): complete disallow (RFC 9309 2.3.1.4). It is
  transient, so it is not cached and the caller may try again later in the run; unless the
  answer is a bot wall's challenge page (Vercel's checkpoint answers 429 to everything):
  `wall` names it, and asking again would meet the same wall; or a "no site here" page (a
  CDN's "unknown domain" 500): `parked` names it.
- The name does not exist, TLS fails, the guard refuses: disallow, cached; the site check
  reports the error itself.

Vendor portals are not checked against robots.txt: checking one evidence URL is one GET of a
login page the company itself publishes for its customers, the same request a resident's
click makes, not crawling. Company websites are crawled (several pages), so they are.
"""

from __future__ import annotations

import threading
import time
import weakref
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from leadflow.web.fetch import Fetcher
from leadflow.web.markers import challenge_marker, parked_marker
from leadflow.web.page import Page


@dataclass(frozen=True)
class Robots:
    origin: str
    status: int | None
    error: str | None  # the fetch error, when robots.txt could not be fetched
    rules: RobotFileParser | None  # None: allow_all decides everything
    allow_all: bool
    transient: bool = False  # disallowed for now (5xx / no answer); try again later
    wall: str | None = None  # a bot wall answered instead (`markers.challenge_marker`)
    parked: str | None = None  # a "no site here" page answered instead (`markers.parked_marker`)

    def can_fetch(self, url: str, user_agent: str) -> bool:
        if self.rules is None:
            return self.allow_all
        return self.rules.can_fetch(user_agent.split("/", 1)[0], url)


MAX_AGE = 24 * 3600.0  # RFC 9309 2.4: a cached robots.txt should not be used for longer than 24 hours
_cache: weakref.WeakKeyDictionary[Fetcher, dict[str, tuple[float, Robots]]] = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def origin_of(url: str) -> str:
    """'https://Acme.example/a?b' -> 'https://acme.example' (explicit port kept)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower().rsplit('@', 1)[-1]}"


def robots_for(fetcher: Fetcher, url: str) -> Robots:
    """The robots.txt verdict for `url`'s origin, fetched once per fetcher and origin."""
    origin = origin_of(url)
    with _lock:
        fetched_at, known = _cache.get(fetcher, {}).get(origin, (0.0, None))
    if known is not None and time.monotonic() - fetched_at < MAX_AGE:
        return known
    robots = _interpret(origin, fetcher.get(f"{origin}/robots.txt"))
    if not robots.transient:
        with _lock:
            _cache.setdefault(fetcher, {})[origin] = (time.monotonic(), robots)
    return robots


def allowed(fetcher: Fetcher, url: str) -> bool:
    """May `fetcher` fetch `url` according to its site's robots.txt?"""
    return robots_for(fetcher, url).can_fetch(url, fetcher.user_agent)


def _interpret(origin: str, page: Page) -> Robots:
    status = page.status
    if status is None:
        return Robots(origin, None, page.error, None, allow_all=False, transient=page.transient)
    if page.transient and (wall := challenge_marker(page.text, status)):
        return Robots(origin, status, page.error, None, allow_all=False, wall=wall)
    if page.transient and (gone := parked_marker(page.text)):  # a CDN's "unknown domain" 500
        return Robots(origin, status, page.error, None, allow_all=False, parked=gone)
    if page.transient:
        return Robots(origin, status, page.error, None, allow_all=False, transient=True)
    if 200 <= status < 300 and page.text is not None:
        rules = RobotFileParser(f"{origin}/robots.txt")
        rules.parse(page.text.splitlines())
        return Robots(origin, status, None, rules, allow_all=True)
    return Robots(origin, status, page.error, None, allow_all=True)  # 4xx, redirects, not text
