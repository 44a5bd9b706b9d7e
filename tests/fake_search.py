"""A fake web search API on 127.0.0.1: SearXNG's JSON API, Brave's and Tavily's shapes.

One HTTP server answers all three, from one index of documents (url, title, content):

- SearXNG: `GET /search?q=..&format=json` (403 unless format=json, as a default instance);
- Brave: `GET /res/v1/web/search?q=..` with `X-Subscription-Token` (401 without the key);
- Tavily: `POST /search` with `Authorization: Bearer KEY` and a JSON body (401 without it).

A document matches when every word of the query (`site:HOST` filters on the URL's host)
appears in its URL, title or content, case-insensitively; quotes are ignored. `queries`
records every search that reached the server (what a cache must save); `fail` maps a query
word to a scripted answer: an HTTP status, "hang", or one of the services' own failures,
answered in each service's shape and wording:

- "rate_limited" / "quota": 429 with Brave's `X-RateLimit-*` pairs (per second, per month)
  and its `RATE_LIMITED` error body, the monthly pair at 0 for "quota"; Tavily's 429, and its
  own 432 (plan limit) for "quota"; SearXNG's limiter 429 ("Too Many Requests", plain text);
- "engines_down": SearXNG with no results and every engine in `unresponsive_engines`.

Validation as the services do it: Brave refuses a query over 400 characters or 50 words (422
VALIDATION) and a wrong token (422 SUBSCRIPTION_TOKEN_INVALID); Tavily a query over 400
characters (400) and a wrong key (401). `searxng_limiter=True` turns on SearXNG's bot
detection as its limiter does it (searx/botdetection): an `Accept` without text/html, no
`Accept-Language`, no gzip/deflate `Accept-Encoding` or a script's User-Agent is answered 429,
and so is every API search past 4 an hour.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from loopback import serving

BRAVE_KEY = "brave-test-KEY-0123"
TAVILY_KEY = "tvly-test-KEY-0123"


@dataclass(frozen=True)
class Doc:
    url: str
    title: str
    content: str


def company_docs(rows: list[dict]) -> list[Doc]:
    """Search results for companies as an agent answer lists them: each company's homepage,
    saying where it is and that residents pay rent online, and its portal's login page."""
    docs = []
    for row in rows:
        place = f"{row.get('city')}, {row.get('state')}"
        docs.append(
            Doc(
                f"https://{row['domain']}/",
                str(row["name"]),
                f"{row['name']} manages homes in {place}. Residents: Pay Rent and the Resident Portal, "
                f"powered by {row.get('pms')}. property management",
            )
        )
        if row.get("evidence_url"):
            docs.append(
                Doc(
                    row["evidence_url"],
                    f"{row['name']} - Resident Login",
                    f"Resident portal of {row['name']}, {place}. {row.get('pms')} property management",
                )
            )
    return docs


_BOT_AGENTS = re.compile(r"(curl|wget|python-requests|python|go-http-client|java|okhttp|httpclient|ruby)", re.I)


def _brave_error(code: str, detail: str, status: int, meta: dict) -> dict:
    return {
        "type": "ErrorResponse",
        "error": {"id": "6f5c3b1e-0000-4000-8000-000000000000", "status": status, "code": code, "detail": detail, "meta": meta},
        "time": 1764633600,
    }


def _words(query: str) -> tuple[list[str], list[str]]:
    sites, words = [], []
    for word in query.replace('"', " ").lower().split():
        (sites.append(word[5:]) if word.startswith("site:") else words.append(word))
    return sites, words


@dataclass
class FakeSearch:
    docs: list[Doc] = field(default_factory=list)
    queries: list[tuple[str, str]] = field(default_factory=list)  # (api, query) that reached the server
    fail: dict[str, int | str] = field(default_factory=dict)  # query word -> HTTP status or "hang"
    hang_seconds: float = 5.0
    delay: float = 0.0  # seconds before every answer (benchmarks: a search engine's latency)
    searxng_limiter: bool = False
    searxng_api_per_hour: int = 4  # the limiter's API_MAX in its one-hour window

    def __post_init__(self):
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                fake._get(self)

            def do_POST(self):
                fake._post(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = serving(self.server)

    # -- lifecycle -------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> FakeSearch:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self) -> None:
        with self._lock:
            self.docs, self.queries, self.fail = [], [], {}
            self.searxng_limiter, self._api_searches = False, 0

    def index(self, docs: list[Doc]) -> None:
        with self._lock:
            self.docs = [*self.docs, *docs]

    def hits(self, api: str | None = None) -> int:
        with self._lock:
            return sum(1 for a, _ in self.queries if api is None or a == api)

    # -- search ----------------------------------------------------------------------------

    def find(self, query: str) -> list[Doc]:
        sites, words = _words(query)
        out = []
        for doc in self.docs:
            host = (urlsplit(doc.url).hostname or "").lower()
            text = f"{doc.url} {doc.title} {doc.content}".lower()
            if all(host == s or host.endswith("." + s) for s in sites) and all(w in text for w in words):
                out.append(doc)
        return out[:20]

    def _scripted(self, query: str) -> int | str | None:
        words = set(re.findall(r"[a-z0-9.-]+", query.lower()))
        return next((what for word, what in self.fail.items() if word.lower() in words), None)

    def _answer(self, handler: BaseHTTPRequestHandler, api: str, query: str, shape) -> None:
        with self._lock:
            self.queries.append((api, query))
        if self.delay:
            time.sleep(self.delay)
        scripted = self._scripted(query)
        if scripted == "hang":
            time.sleep(self.hang_seconds)
            scripted = 504
        if isinstance(scripted, int):
            return self._send(handler, scripted, {"error": f"scripted {scripted}"})
        if scripted in ("rate_limited", "quota"):
            return self._limited(handler, api, scripted)
        if scripted == "engines_down" and api == "searxng":
            return self._send(handler, 200, {**shape([]), "unresponsive_engines": [["bing", "timeout"], ["google", "CAPTCHA"]]})
        self._send(handler, 200, shape(self.find(query)))

    def _limited(self, handler: BaseHTTPRequestHandler, api: str, what: str) -> None:
        if api == "searxng":
            return self._send_text(handler, 429, "Too Many Requests")
        if api == "tavily":
            if what == "quota":
                return self._send(
                    handler,
                    432,
                    {
                        "detail": {
                            "error": "This request exceeds your plan's set usage limit. "
                            "Please upgrade your plan or contact support@tavily.com"
                        }
                    },
                )
            return self._send(
                handler,
                429,
                {"detail": {"error": "Your request has been blocked due to excessive requests. Please reduce rate of requests."}},
            )
        monthly_left = "0" if what == "quota" else "1200"
        headers = {
            "X-RateLimit-Limit": "1, 15000",
            "X-RateLimit-Policy": "1;w=1, 15000;w=2592000",
            "X-RateLimit-Remaining": f"0, {monthly_left}",
            "X-RateLimit-Reset": "1, 1419704",
        }
        meta = {
            "plan": "Free",
            "rate_limit": 1,
            "rate_current": 2,
            "quota_limit": 15000,
            "quota_current": 15000 if what == "quota" else 13800,
            "component": "rate_limiter",
        }
        self._send(handler, 429, _brave_error("RATE_LIMITED", "Request rate limit exceeded for plan.", 429, meta), headers)

    def _send(self, handler: BaseHTTPRequestHandler, status: int, payload: dict, headers: dict[str, str] | None = None) -> None:
        self._send_bytes(handler, status, json.dumps(payload).encode(), "application/json", headers)

    def _send_text(self, handler: BaseHTTPRequestHandler, status: int, text: str, kind: str = "text/plain") -> None:
        self._send_bytes(handler, status, text.encode(), kind, None)

    def _send_bytes(self, handler, status: int, data: bytes, kind: str, headers: dict[str, str] | None) -> None:
        try:
            handler.send_response(status)
            handler.send_header("content-type", kind)
            handler.send_header("content-length", str(len(data)))
            for name, value in (headers or {}).items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass

    def _searxng_blocks(self, handler: BaseHTTPRequestHandler) -> bool:
        """SearXNG's limiter (searx/botdetection) in front of /search."""
        accept = handler.headers.get("accept") or ""
        encodings = [e.split(";")[0].strip() for e in (handler.headers.get("accept-encoding") or "").split(",")]
        agent = handler.headers.get("user-agent") or ""
        if ("text/html" not in accept and "*/*" not in accept) or not (handler.headers.get("accept-language") or "").strip():
            return True
        if not ({"gzip", "deflate"} & set(encodings)) or not agent or _BOT_AGENTS.match(agent):
            return True
        with self._lock:
            self._api_searches = getattr(self, "_api_searches", 0) + 1
            return self._api_searches > self.searxng_api_per_hour

    def _get(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        query = params.get("q", "")
        if parts.path == "/search":  # SearXNG
            if self.searxng_limiter and self._searxng_blocks(handler):
                with self._lock:
                    self.queries.append(("searxng-blocked", query))
                return self._send_text(handler, 429, "Too Many Requests")
            if params.get("format") != "json":  # werkzeug's own 403 page, not JSON
                return self._send_text(
                    handler,
                    403,
                    "<!doctype html>\n<html lang=en>\n<title>403 Forbidden</title>\n"
                    "<h1>Forbidden</h1>\n<p>You don&#39;t have the permission to access the "
                    "requested resource. It is either read-protected or not readable by the "
                    "server.</p>\n",
                    "text/html; charset=utf-8",
                )
            return self._answer(
                handler,
                "searxng",
                query,
                lambda docs: {
                    "query": query,
                    "number_of_results": 0,
                    "answers": [],
                    "suggestions": [],
                    "infoboxes": [],
                    "unresponsive_engines": [],
                    "results": [
                        {
                            "url": d.url,
                            "title": d.title,
                            "content": d.content,
                            "engine": "fake",
                            "engines": ["fake"],
                            "score": 1.0,
                            "category": "general",
                        }
                        for d in docs
                    ],
                },
            )
        if parts.path == "/res/v1/web/search":  # Brave
            if handler.headers.get("x-subscription-token") != BRAVE_KEY:
                return self._send(
                    handler,
                    422,
                    _brave_error(
                        "SUBSCRIPTION_TOKEN_INVALID",
                        "The provided subscription token is invalid.",
                        422,
                        {"component": "authentication"},
                    ),
                )
            if len(query) > 400 or len(query.split()) > 50:
                with self._lock:
                    self.queries.append(("brave-refused", query))
                return self._send(
                    handler,
                    422,
                    _brave_error(
                        "VALIDATION",
                        "Unable to validate request parameter(s)",
                        422,
                        {"errors": [{"type": "value_error", "loc": ["query", "q"], "msg": "Value error, query too long"}]},
                    ),
                )
            return self._answer(
                handler,
                "brave",
                query,
                lambda docs: {
                    "type": "search",
                    "query": {"original": query},
                    "web": {
                        "type": "search",
                        "results": [{"title": d.title, "url": d.url, "description": d.content} for d in docs],
                    },
                },
            )
        self._send(handler, 404, {"error": "no such endpoint"})

    def _post(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        try:
            body = json.loads(handler.rfile.read(length) or b"{}")
        except ValueError:
            body = {}
        if urlsplit(handler.path).path != "/search":
            return self._send(handler, 404, {"error": "no such endpoint"})
        if handler.headers.get("authorization") != f"Bearer {TAVILY_KEY}":
            return self._send(handler, 401, {"detail": {"error": "Unauthorized: missing or invalid API key."}})
        query = str(body.get("query") or "")
        if len(query) > 400:
            return self._send(handler, 400, {"detail": {"error": "Query is too long. Max query length is 400 characters."}})
        limit = int(body.get("max_results") or 5)
        self._answer(
            handler,
            "tavily",
            query,
            lambda docs: {
                "query": query,
                "answer": None,
                "response_time": 0.01,
                "results": [{"title": d.title, "url": d.url, "content": d.content, "score": 0.9} for d in docs[:limit]],
            },
        )
