"""The searching agent's own tools, and what one batch's tool calls did.

`web_search(query)`, `fetch_page(url)` and `which_pms(url)` answer the model in JSON text. They
never raise for what the web does: a failed search or fetch is an answer saying so, so the
model can try something else. One thing ends the batch instead: a search backend that refuses
its configuration (bad key, spent quota, SearXNG's limiter or JSON format off; `SearchRefused`).
Failed searches are counted with the last failure's words, for the batch's record.

Budgets per batch: tool calls (every tool but `submit_leads`) and decoded page bytes. Past a
budget a tool answers "budget spent: submit what you have" without any I/O; the run's
`max_turns` stops a model that keeps calling anyway.

Pages come through the same guarded `Fetcher` as the live checks (address guard, proxies,
deadline, body cap, politeness). Company pages respect robots.txt; a vendor portal page is one
GET of a login page, as in the live checks.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from leadflow.domain.domains import try_normalise
from leadflow.domain.evidence import pms_from_url
from leadflow.domain.models import Candidate
from leadflow.search import CachedSearch, SearchFailed
from leadflow.web import Fetcher
from leadflow.web.markup import parse
from leadflow.web.robots import robots_for

PAGE_TEXT_LIMIT = 3000  # characters of a page's visible text handed to the model
PAGE_LINKS_LIMIT = 40  # links of a page handed to the model (portal links always first)
CITED_PER_COMPANY = 10
# Words of links worth showing first: where property managers put their portal links.
LINK_WORDS = ("resident", "tenant", "portal", "pay", "rent", "owner", "login", "apply", "contact", "about")


class SearchRefused(Exception):
    """The search backend refuses this configuration: no search will work in this batch."""


class BatchTools:
    """One batch's tools and tallies. Thread-safe: the SDK runs sync work in threads."""

    def __init__(
        self, fetcher: Fetcher, search: CachedSearch | None = None, *, max_tool_calls: int = 40, max_fetch_bytes: int = 4_000_000
    ):
        self.fetcher, self.search = fetcher, search
        self.max_tool_calls, self.max_fetch_bytes = max_tool_calls, max_fetch_bytes
        self.tool_calls = 0  # every tool call the model made but submit_leads (counted by the run's hooks)
        self.fetched_bytes = 0
        self.searches = 0  # web_search calls answered
        self.search_cache_hits = 0  # of those, by the search cache
        self.searches_failed = 0  # web_search calls the backend did not answer
        self.search_error: str | None = None  # the last failure, as the backend said it
        self.search_failures: dict[str, int] = {}  # failed searches by cause (search.backends.Cause)
        self.errors = 0  # tool calls that answered with an error
        self._seen: dict[str, None] = {}  # URLs the agent saw, in order (search results, pages, portal links)
        self._lock = threading.Lock()

    # -- tallies ---------------------------------------------------------------------------

    def called(self, n: int = 1) -> None:
        with self._lock:
            self.tool_calls += n

    def saw(self, urls: Iterable[str]) -> None:
        with self._lock:
            for url in urls:
                if isinstance(url, str) and url.startswith(("http://", "https://")):
                    self._seen.setdefault(url, None)

    @property
    def seen(self) -> list[str]:
        with self._lock:
            return list(self._seen)

    def _spent(self) -> str | None:
        with self._lock:
            if self.tool_calls > self.max_tool_calls:
                return f"tool budget spent ({self.max_tool_calls} calls): submit what you have now with submit_leads"
            if self.fetched_bytes >= self.max_fetch_bytes:
                return "page budget spent: submit what you have now with submit_leads"
        return None

    def _error(self, message: str) -> str:
        with self._lock:
            self.errors += 1
        return json.dumps({"error": message})

    # -- the tools -------------------------------------------------------------------------

    def web_search(self, query: str) -> str:
        """Search the web. Returns up to 10 results (url, title, snippet) as JSON; results on a
        PMS vendor's portal host say which PMS they prove."""
        if refusal := self._spent():
            return self._error(refusal)
        if self.search is None:
            return self._error("no web search is configured")
        query = " ".join(str(query).split())[:400]
        if not query:
            return self._error("empty query")
        try:
            results, cached = self.search.find(query)
        except SearchFailed as exc:
            with self._lock:
                self.searches_failed += 1
                self.search_error = str(exc)
                self.search_failures[exc.cause] = self.search_failures.get(exc.cause, 0) + 1
            if not exc.transient:
                raise SearchRefused(str(exc)) from None
            if exc.cause == "bad_query":
                return self._error(f"the search service refused this query ({exc}): use a few plain words")
            return self._error(f"search failed ({exc}); try again later or another query")
        with self._lock:
            self.searches += 1
            self.search_cache_hits += cached
        self.saw(r.url for r in results)
        return json.dumps(
            {
                "query": query,
                "results": [{**r.to_dict(), **({"proves_pms": p} if (p := pms_from_url(r.url)) else {})} for r in results],
            }
        )

    def fetch_page(self, url: str) -> str:
        """Fetch a web page. Returns its status, visible text (capped) and links as JSON; links
        to a PMS portal come first, with the PMS they prove."""
        if refusal := self._spent():
            return self._error(refusal)
        page, error = self._get(url)
        if page is None:
            return self._error(error or "not fetched")
        markup = parse(page.text or "", page.final_url)
        portals, others = _split_links(markup.links, page.final_url)
        self.saw([page.url, page.final_url, *(u for u, _ in portals)])
        return json.dumps(
            {
                "url": page.url,
                "final_url": page.final_url,
                "status": page.status,
                "error": page.error,
                "text": markup.text[:PAGE_TEXT_LIMIT],
                "portal_links": [{"url": u, "proves_pms": p} for u, p in portals],
                "links": others[: max(0, PAGE_LINKS_LIMIT - len(portals))],
            }
        )

    def which_pms(self, url: str) -> str:
        """Which property-management software (PMS) a URL proves. A portal URL on a vendor's
        host (e.g. acme.managebuilding.com) is answered from the URL alone; any other page is
        fetched and the PMS portals it links are listed."""
        proven = pms_from_url(url)
        if proven:
            return json.dumps({"url": url, "pms": proven, "how": "the URL is on this PMS's portal host"})
        if refusal := self._spent():
            return self._error(refusal)
        page, error = self._get(url)
        if page is None:
            return self._error(error or "not fetched")
        portals, _ = _split_links(parse(page.text or "", page.final_url).links, page.final_url)
        self.saw([page.final_url, *(u for u, _ in portals)])
        found = list(dict.fromkeys(p for _, p in portals))
        return json.dumps(
            {
                "url": url,
                "pms": found[0] if len(found) == 1 else None,
                "pms_linked": found,
                "portal_links": [u for u, _ in portals][:10],
                "how": "portal links on the page" if found else "the page links no known PMS portal",
            }
        )

    def _get(self, url: str):
        """The page, or (None, why not). Company pages must be allowed by robots.txt."""
        url = str(url).strip()
        if "://" not in url:
            url = "https://" + url
        try:
            parts = urlsplit(url)
        except ValueError:
            return None, "not a URL"
        if parts.scheme.lower() not in ("http", "https"):
            return None, "only http(s) URLs can be fetched"
        if not parts.path:
            url = parts._replace(path="/").geturl()
        if not pms_from_url(url):
            robots = robots_for(self.fetcher, url)
            if robots.status is None and robots.error:
                return None, f"fetch failed: {robots.error}"
            if not robots.can_fetch(url, self.fetcher.user_agent):
                return None, "robots.txt disallows this page"
        page = self.fetcher.get(url)
        with self._lock:
            self.fetched_bytes += len((page.text or "").encode())
        if page.error and page.status is None:
            return None, f"fetch failed: {page.error}"
        return page, None

    # -- provenance ------------------------------------------------------------------------

    def cited(self, candidates: Iterable[Candidate], extra: Iterable[str] = ()) -> dict[str, list[str]]:
        """For each company, the URLs this batch's tools saw for it (`cited_by_company`)."""
        return cited_by_company(candidates, [*self.seen, *extra])


def cited_by_company(candidates: Iterable[Candidate], seen: Iterable[str]) -> dict[str, list[str]]:
    """For each company (by the domain the agent gave), the URLs seen for it: on its own
    domain, or on its evidence URL's host."""
    seen = list(dict.fromkeys(seen))
    out: dict[str, list[str]] = {}
    for c in candidates:
        own = try_normalise(c.domain)
        portal_host = _host(c.evidence_url)
        urls = [u for u in seen if (own and try_normalise(_host(u)) == own) or (portal_host and _host(u) == portal_host)]
        if c.domain and urls:
            out[c.domain] = urls[:CITED_PER_COMPANY]
    return out


def response_urls(data: Any) -> list[str]:
    """URLs a Responses output item shows: web search sources and opened pages, url_citation
    annotations. Chat Completions items have none."""
    out: list[str] = []
    if isinstance(data, dict):
        if data.get("type") in ("url", "url_citation", "open_page") and isinstance(data.get("url"), str):
            out.append(data["url"])
        for value in data.values():
            if isinstance(value, (dict, list)):
                out += response_urls(value)
    elif isinstance(data, list):
        for value in data:
            out += response_urls(value)
    return out


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return (urlsplit(url if "://" in url else f"https://{url}").hostname or "").lower() or None
    except ValueError:
        return None


def _split_links(links: list[str], page_url: str) -> tuple[list[tuple[str, str]], list[str]]:
    """(portal links with their PMS, other links), each once; other links on the page's own
    site with portal-ish words first."""
    portals: dict[str, str] = {}
    others: dict[str, None] = {}
    for link in links:
        pms = pms_from_url(link)
        if pms:
            portals.setdefault(link, pms)
        else:
            others.setdefault(link, None)
    site = try_normalise(_host(page_url))
    ranked = sorted(others, key=lambda u: (try_normalise(_host(u)) != site, not any(w in u.lower() for w in LINK_WORDS)))
    return list(portals.items()), ranked
