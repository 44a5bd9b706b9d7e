"""Search backends: SearXNG's JSON API (self-hosted, no key), Brave Search and Tavily (keyed).

Each is one HTTP request per search through httpx, honouring the same proxy and certificate
variables as the live checks (`leadflow.web.netenv`). The backend is the operator's own
configuration, not an agent's URL, so no address guard applies (SearXNG often runs on a
private address). Errors become `SearchFailed`, which the agent sees as a tool error; a
refused key or a disabled JSON format is not transient, so the batch fails instead of paying
for a model that cannot search.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Protocol
from urllib.parse import urlsplit

import httpx

from leadflow.web.netenv import NetworkEnv

MAX_RESULTS = 10  # results handed to the model per search
BRAVE_URL = "https://api.search.brave.com"
TAVILY_URL = "https://api.tavily.com"
USER_AGENT = "leadflow-search/0.1"


@dataclass(frozen=True)
class SearchResult:
    url: str
    title: str = ""
    snippet: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SearchResult:
        return cls(url=str(data.get("url") or ""), title=str(data.get("title") or ""),
                   snippet=str(data.get("snippet") or ""))


class SearchFailed(Exception):
    """A search that did not answer. `transient`: worth another search later (timeouts, 429,
    5xx); otherwise the backend refuses this configuration (bad key, JSON format disabled)."""

    def __init__(self, message: str, *, transient: bool):
        super().__init__(message)
        self.transient = transient


class SearchBackend(Protocol):
    name: str

    def search(self, query: str) -> list[SearchResult]: ...

    def close(self) -> None: ...


def _client(base_url: str, timeout: float, env: Mapping[str, str] | None) -> httpx.Client:
    """httpx with the process's proxy (NO_PROXY honoured) and certificates, as leadflow/web reads them."""
    net = NetworkEnv.from_env(env)
    parts = urlsplit(base_url)
    proxy = net.proxy_for(parts.scheme or "https", parts.hostname or "", parts.port)
    return httpx.Client(verify=net.ssl_context(), proxy=proxy, trust_env=False, timeout=timeout,
                        follow_redirects=False, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})


class _HttpBackend:
    name = "?"

    def __init__(self, base_url: str, *, timeout: float = 15.0, env: Mapping[str, str] | None = None):
        self.base_url = base_url.rstrip("/")
        self._http = _client(self.base_url, timeout, env)

    def __repr__(self) -> str:  # never show a key
        return f"{type(self).__name__}({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def _json(self, request: httpx.Request) -> dict:
        try:
            response = self._http.send(request)
        except httpx.TimeoutException:
            raise SearchFailed(f"{self.name}: timeout", transient=True) from None
        except httpx.HTTPError as exc:
            raise SearchFailed(f"{self.name}: {type(exc).__name__}", transient=True) from None
        status = response.status_code
        if status in (408, 425, 429) or status >= 500:
            raise SearchFailed(f"{self.name}: HTTP {status}", transient=True)
        if status != 200:
            hint = " (is the JSON format enabled in settings.yml?)" if self.name == "searxng" and status == 403 else ""
            raise SearchFailed(f"{self.name}: HTTP {status}{hint}", transient=False)
        try:
            data = response.json()
        except ValueError:
            raise SearchFailed(f"{self.name}: the answer is not JSON", transient=True) from None
        if not isinstance(data, dict):
            raise SearchFailed(f"{self.name}: unexpected answer", transient=True)
        return data


def _results(items: object, snippet_key: str) -> list[SearchResult]:
    out: list[SearchResult] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"].startswith(("http://", "https://")):
            out.append(SearchResult(url=item["url"], title=str(item.get("title") or "")[:200],
                                    snippet=" ".join(str(item.get(snippet_key) or "").split())[:400]))
        if len(out) >= MAX_RESULTS:
            break
    return out


class SearXNG(_HttpBackend):
    """`GET /search?q=..&format=json` (the instance must allow the json format)."""

    name = "searxng"

    def search(self, query: str) -> list[SearchResult]:
        url = self.base_url if self.base_url.endswith("/search") else f"{self.base_url}/search"
        data = self._json(self._http.build_request(
            "GET", url, params={"q": query, "format": "json", "pageno": 1, "safesearch": 0}))
        return _results(data.get("results"), "content")


class Brave(_HttpBackend):
    """`GET /res/v1/web/search` with `X-Subscription-Token` (q at most 400 characters)."""

    name = "brave"

    def __init__(self, base_url: str | None, *, key: str, **kw):
        super().__init__(base_url or BRAVE_URL, **kw)
        self._key = key

    def search(self, query: str) -> list[SearchResult]:
        data = self._json(self._http.build_request(
            "GET", f"{self.base_url}/res/v1/web/search", params={"q": query[:400], "count": MAX_RESULTS, "country": "US"},
            headers={"X-Subscription-Token": self._key}))
        web = data.get("web")
        return _results(web.get("results") if isinstance(web, dict) else None, "description")


class Tavily(_HttpBackend):
    """`POST /search` with a bearer key, basic depth (1 credit)."""

    name = "tavily"

    def __init__(self, base_url: str | None, *, key: str, **kw):
        super().__init__(base_url or TAVILY_URL, **kw)
        self._key = key

    def search(self, query: str) -> list[SearchResult]:
        data = self._json(self._http.build_request(
            "POST", f"{self.base_url}/search", headers={"Authorization": f"Bearer {self._key}"},
            json={"query": query, "max_results": MAX_RESULTS, "search_depth": "basic", "topic": "general"}))
        return _results(data.get("results"), "content")


BACKENDS = ("searxng", "brave", "tavily")


def build_backend(name: str, *, url: str | None, brave_key: str | None = None, tavily_key: str | None = None,
                  timeout: float = 15.0, env: Mapping[str, str] | None = None) -> SearchBackend:
    """The configured backend; `url` is SearXNG's address, or another address for Brave/Tavily
    (a proxy or a test server). A missing key or URL is a configuration error (ValueError)."""
    if name == "searxng":
        if not url:
            raise ValueError("SearXNG needs LEADFLOW_SEARCH_URL")
        return SearXNG(url, timeout=timeout, env=env)
    if name == "brave":
        if not brave_key:
            raise ValueError("Brave Search needs BRAVE_API_KEY")
        return Brave(url, key=brave_key, timeout=timeout, env=env)
    if name == "tavily":
        if not tavily_key:
            raise ValueError("Tavily needs TAVILY_API_KEY")
        return Tavily(url, key=tavily_key, timeout=timeout, env=env)
    raise ValueError(f"unknown search backend {name!r}; allowed: {', '.join(BACKENDS)}")
