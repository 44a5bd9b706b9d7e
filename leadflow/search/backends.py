"""Search backends: SearXNG's JSON API (self-hosted, no key), Brave Search and Tavily (keyed).

Each is one HTTP request per search through httpx, honouring the same proxy and certificate
variables as the live checks (`leadflow.web.netenv`). The backend is the operator's own
configuration, not an agent's URL, so no address guard applies (SearXNG often runs on a
private address).

A failure is a `SearchFailed` with a `cause` read from the status, headers and body, as each
service documents them:
- `bad_query`: the service refused this query (Brave 422 validation, Tavily 400): the model is
  told to shorten or rephrase it; never a failed run.
- `rate_limited`: too fast (429 with quota left): waited for as told (`retry_after`) once,
  then the model is told to search less.
- `quota`, `bad_key`, `refused`: no search will work with this configuration (a spent monthly
  quota or plan limit, a refused key, SearXNG's limiter or its JSON format off): the batch
  ends and the run fails naming the backend and what to do, before paying for more model calls.
- `server`, `network`: the service is down or unreachable: the model may try again later.
Queries are trimmed to each service's documented limits before they are sent.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from html import unescape
from typing import Any, Literal, Protocol
from urllib.parse import urlsplit

import httpx

from leadflow.web.netenv import NetworkEnv

MAX_RESULTS = 10  # results handed to the model per search
MAX_QUERY_CHARS = 400  # Brave's and Tavily's documented limit; SearXNG's engines do no better
BRAVE_MAX_WORDS = 50  # Brave: "Maximum of 400 characters and 50 words"
MAX_WAIT_SECONDS = 10.0  # a rate limit that asks for a longer wait is the model's to work around
BRAVE_URL = "https://api.search.brave.com"
TAVILY_URL = "https://api.tavily.com"
USER_AGENT = "leadflow-search/0.1"
# SearXNG's bot detection blocks API clients that do not accept HTML, name no language or
# accept no compressed answer (searx/botdetection): send what a browser's JSON request would.
HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "application/json, text/html;q=0.5",
    "Accept-Language": "en-US,en;q=0.8",
    "Accept-Encoding": "gzip, deflate",
}

Cause = Literal["bad_query", "rate_limited", "quota", "bad_key", "refused", "server", "network", "engines", "answer"]
FINAL_CAUSES = frozenset({"quota", "bad_key", "refused"})  # no search will work with this configuration


@dataclass(frozen=True)
class SearchResult:
    url: str
    title: str = ""
    snippet: str = ""

    def to_dict(self) -> dict[str, str]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SearchResult:
        return cls(url=str(data.get("url") or ""), title=str(data.get("title") or ""), snippet=str(data.get("snippet") or ""))


class SearchFailed(Exception):
    """A search that did not answer, and why (`cause`, module docstring). `transient`: another
    search may work (not a refused configuration); `retry_after`: seconds the service asked for."""

    def __init__(self, message: str, *, cause: Cause = "server", transient: bool | None = None, retry_after: float | None = None):
        super().__init__(message)
        self.cause = cause
        self.transient = cause not in FINAL_CAUSES if transient is None else transient
        self.retry_after = retry_after


class SearchBackend(Protocol):
    name: str

    def search(self, query: str) -> list[SearchResult]: ...

    def close(self) -> None: ...


def _client(base_url: str, timeout: float, env: Mapping[str, str] | None) -> httpx.Client:
    """httpx with the process's proxy (NO_PROXY honoured) and certificates, as leadflow/web reads them."""
    net = NetworkEnv.from_env(env)
    parts = urlsplit(base_url)
    proxy = net.proxy_for(parts.scheme or "https", parts.hostname or "", parts.port)
    return httpx.Client(
        verify=net.ssl_context(), proxy=proxy, trust_env=False, timeout=timeout, follow_redirects=False, headers=HEADERS
    )


def trim_query(query: str, *, max_words: int | None = None) -> str:
    """One line, at most MAX_QUERY_CHARS characters (and `max_words` words), cut between words."""
    words = " ".join(str(query).split()).split(" ")
    if max_words:
        words = words[:max_words]
    text = " ".join(words)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] or text[:MAX_QUERY_CHARS]
    return text


def _body_message(response: httpx.Response) -> str:
    """What the service said, in one short line: a JSON error's message, else the text."""
    try:
        data = response.json()
    except ValueError:
        text = re.sub(r"<[^>]+>", " ", response.text or "")
        return " ".join(unescape(text).split())[:200]
    found = _message_in(data)
    return " ".join(str(found or json.dumps(data)).split())[:200]


def _message_in(data: object) -> str | None:
    if isinstance(data, dict):
        for key in ("detail", "error", "message"):
            value = data.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, dict) and (inner := _message_in(value)):
                return inner
    return None


def _seconds(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None


class _HttpBackend:
    name = "?"

    def __init__(self, base_url: str, *, timeout: float = 15.0, env: Mapping[str, str] | None = None):
        self.base_url = base_url.rstrip("/")
        self._http = _client(self.base_url, timeout, env)

    def __repr__(self) -> str:  # never show a key
        return f"{type(self).__name__}({self.base_url!r})"

    def close(self) -> None:
        self._http.close()

    def search(self, query: str) -> list[SearchResult]:
        """Results for `query`; a rate limit that names a short wait is waited for, once."""
        try:
            return self._search(query)
        except SearchFailed as exc:
            if exc.cause != "rate_limited" or exc.retry_after is None or exc.retry_after > MAX_WAIT_SECONDS:
                raise
            time.sleep(exc.retry_after)
        return self._search(query)

    def _search(self, query: str) -> list[SearchResult]:
        raise NotImplementedError

    def _json(self, request: httpx.Request) -> dict:
        try:
            response = self._http.send(request)
        except httpx.TimeoutException:
            raise SearchFailed(f"{self.name}: timeout", cause="network") from None
        except httpx.HTTPError as exc:
            raise SearchFailed(f"{self.name}: {type(exc).__name__}", cause="network") from None
        if response.status_code != 200:
            raise self._failure(response)
        try:
            data = response.json()
        except ValueError:
            raise SearchFailed(f"{self.name}: the answer is not JSON", cause="answer") from None
        if not isinstance(data, dict):
            raise SearchFailed(f"{self.name}: unexpected answer", cause="answer")
        return data

    def _failure(self, response: httpx.Response) -> SearchFailed:
        """A non-200 answer, classified (each backend knows its service's codes)."""
        status = response.status_code
        said = _body_message(response)
        text = f"{self.name}: HTTP {status}" + (f": {said}" if said else "")
        retry = _seconds(response.headers.get("retry-after"))
        if status in (401, 403):
            return SearchFailed(f"{text} (check the key)", cause="bad_key")
        if status in (408, 425) or status >= 500:
            return SearchFailed(text, cause="server", retry_after=retry)
        if status == 429:
            return SearchFailed(text, cause="rate_limited", retry_after=retry)
        if status in (400, 413, 414, 422):
            return SearchFailed(text, cause="bad_query")
        return SearchFailed(text, cause="refused")


def _plain(text: object) -> str:
    """A snippet as plain text: services mark matches with <strong> and escape entities."""
    return " ".join(unescape(re.sub(r"<[^>]+>", "", str(text or ""))).split())


def _results(items: object, snippet_key: str) -> list[SearchResult]:
    out: list[SearchResult] = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict) and isinstance(item.get("url"), str) and item["url"].startswith(("http://", "https://")):
            out.append(
                SearchResult(url=item["url"], title=_plain(item.get("title"))[:200], snippet=_plain(item.get(snippet_key))[:400])
            )
        if len(out) >= MAX_RESULTS:
            break
    return out


class SearXNG(_HttpBackend):
    """`GET /search?q=..&format=json` (the instance must allow the json format)."""

    name = "searxng"

    def _search(self, query: str) -> list[SearchResult]:
        url = self.base_url if self.base_url.endswith("/search") else f"{self.base_url}/search"
        data = self._json(
            self._http.build_request("GET", url, params={"q": trim_query(query), "format": "json", "pageno": 1, "safesearch": 0})
        )
        results = _results(data.get("results"), "content")
        failed = [e for e in data.get("unresponsive_engines") or [] if isinstance(e, list) and len(e) >= 2]
        if not results and failed:  # every engine that was asked failed: not "no results"
            engines = ", ".join(f"{name} ({why})" for name, why in failed[:5])
            raise SearchFailed(f"searxng: no engine answered: {engines}", cause="engines")
        return results

    def _failure(self, response: httpx.Response) -> SearchFailed:
        if response.status_code == 403:
            return SearchFailed(
                "searxng: HTTP 403: the instance does not serve JSON; add json to `search: formats:` "
                "in its settings.yml ([html, json])",
                cause="refused",
            )
        if response.status_code == 429:
            return SearchFailed(
                "searxng: HTTP 429 Too Many Requests: the instance's limiter blocks leadflow's searches (it allows "
                "4 API searches an hour); set `server: limiter: false` in its settings.yml, or add this machine's "
                "address to `[botdetection.ip_lists] pass_ip` in its limiter.toml",
                cause="refused",
            )
        return super()._failure(response)


class Brave(_HttpBackend):
    """`GET /res/v1/web/search` with `X-Subscription-Token` (q: 400 characters, 50 words)."""

    name = "brave"

    def __init__(self, base_url: str | None, *, key: str, **kw):
        super().__init__(base_url or BRAVE_URL, **kw)
        self._key = key

    def _search(self, query: str) -> list[SearchResult]:
        data = self._json(
            self._http.build_request(
                "GET",
                f"{self.base_url}/res/v1/web/search",
                params={"q": trim_query(query, max_words=BRAVE_MAX_WORDS), "count": MAX_RESULTS, "country": "US"},
                headers={"X-Subscription-Token": self._key},
            )
        )
        web = data.get("web")
        return _results(web.get("results") if isinstance(web, dict) else None, "description")

    def _failure(self, response: httpx.Response) -> SearchFailed:
        """Brave's codes: 422 is both a bad query (VALIDATION) and a bad key
        (SUBSCRIPTION_TOKEN_INVALID); 429 is both a rate limit and a spent monthly quota, told
        apart by the second (monthly) value of X-RateLimit-Remaining or the error's meta."""
        code = ""
        meta: dict[str, Any] = {}
        try:
            error = response.json().get("error") or {}
            code, meta = str(error.get("code") or ""), error.get("meta") or {}
        except (ValueError, AttributeError):
            pass
        said = _body_message(response)
        text = f"brave: HTTP {response.status_code}" + (f" {code}" if code else "") + (f": {said}" if said else "")
        if "TOKEN" in code or code == "SUBSCRIPTION_NOT_FOUND":
            return SearchFailed(f"{text} (check BRAVE_API_KEY)", cause="bad_key")
        if response.status_code == 402 or "QUOTA" in code or "CREDIT" in code or "USAGE_LIMIT" in code:
            return SearchFailed(f"{text} (the plan's quota is spent: raise it in the Brave dashboard)", cause="quota")
        if response.status_code == 429:
            remaining = [v.strip() for v in response.headers.get("x-ratelimit-remaining", "").split(",")]
            resets = [_seconds(v.strip()) for v in response.headers.get("x-ratelimit-reset", "").split(",")]
            quota_spent = (len(remaining) > 1 and remaining[1] == "0") or (
                isinstance(meta, dict) and meta.get("quota_limit") and (meta.get("quota_current") or 0) >= meta["quota_limit"]
            )
            if quota_spent:
                return SearchFailed(
                    f"{text} (the monthly quota is spent: it resets in "
                    f"{_days(resets[1] if len(resets) > 1 else None)}; raise it in the Brave "
                    "dashboard)",
                    cause="quota",
                )
            return SearchFailed(text, cause="rate_limited", retry_after=resets[0] if resets else None)
        return super()._failure(response)


class Tavily(_HttpBackend):
    """`POST /search` with a bearer key, basic depth (1 credit)."""

    name = "tavily"

    def __init__(self, base_url: str | None, *, key: str, **kw):
        super().__init__(base_url or TAVILY_URL, **kw)
        self._key = key

    def _search(self, query: str) -> list[SearchResult]:
        data = self._json(
            self._http.build_request(
                "POST",
                f"{self.base_url}/search",
                headers={"Authorization": f"Bearer {self._key}"},
                json={"query": trim_query(query), "max_results": MAX_RESULTS, "search_depth": "basic", "topic": "general"},
            )
        )
        return _results(data.get("results"), "content")

    def _failure(self, response: httpx.Response) -> SearchFailed:
        """Tavily's own codes: 432 the plan's limit, 433 the pay-as-you-go limit."""
        said = _body_message(response)
        text = f"tavily: HTTP {response.status_code}" + (f": {said}" if said else "")
        if response.status_code in (432, 433):
            return SearchFailed(text, cause="quota")
        if response.status_code == 401:
            return SearchFailed(f"{text} (check TAVILY_API_KEY)", cause="bad_key")
        return super()._failure(response)


def _days(seconds: float | None) -> str:
    if seconds is None:
        return "an unknown time"
    return f"{seconds / 86400:.1f} days" if seconds >= 86400 else f"{seconds / 3600:.1f} hours"


BACKENDS = ("searxng", "brave", "tavily")


def build_backend(
    name: str,
    *,
    url: str | None,
    brave_key: str | None = None,
    tavily_key: str | None = None,
    timeout: float = 15.0,
    env: Mapping[str, str] | None = None,
) -> SearchBackend:
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
