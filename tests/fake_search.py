"""A fake web search API on 127.0.0.1: SearXNG's JSON API, Brave's and Tavily's shapes.

One HTTP server answers all three, from one index of documents (url, title, content):

- SearXNG: `GET /search?q=..&format=json` (403 unless format=json, as a default instance);
- Brave: `GET /res/v1/web/search?q=..` with `X-Subscription-Token` (401 without the key);
- Tavily: `POST /search` with `Authorization: Bearer KEY` and a JSON body (401 without it).

A document matches when every word of the query (`site:HOST` filters on the URL's host)
appears in its URL, title or content, case-insensitively; quotes are ignored. `queries`
records every search that reached the server (what a cache must save); `fail` maps a query
word to a scripted answer (an HTTP status, or "hang").
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

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
        docs.append(Doc(f"https://{row['domain']}/", str(row["name"]),
                        f"{row['name']} manages homes in {place}. Residents: Pay Rent and the Resident Portal, "
                        f"powered by {row.get('pms')}. property management"))
        if row.get("evidence_url"):
            docs.append(Doc(row["evidence_url"], f"{row['name']} - Resident Login",
                            f"Resident portal of {row['name']}, {place}. {row.get('pms')} property management"))
    return docs


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
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

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
        self._send(handler, 200, shape(self.find(query)))

    def _send(self, handler: BaseHTTPRequestHandler, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        try:
            handler.send_response(status)
            handler.send_header("content-type", "application/json")
            handler.send_header("content-length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except OSError:
            pass

    def _get(self, handler: BaseHTTPRequestHandler) -> None:
        parts = urlsplit(handler.path)
        params = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        query = params.get("q", "")
        if parts.path == "/search":  # SearXNG
            if params.get("format") != "json":
                return self._send(handler, 403, {"error": "format not allowed"})
            return self._answer(handler, "searxng", query, lambda docs: {
                "query": query, "number_of_results": 0, "answers": [], "suggestions": [], "infoboxes": [],
                "unresponsive_engines": [],
                "results": [{"url": d.url, "title": d.title, "content": d.content, "engine": "fake",
                             "engines": ["fake"], "score": 1.0, "category": "general"} for d in docs]})
        if parts.path == "/res/v1/web/search":  # Brave
            if handler.headers.get("x-subscription-token") != BRAVE_KEY:
                return self._send(handler, 401, {"error": "bad token"})
            return self._answer(handler, "brave", query, lambda docs: {
                "type": "search", "query": {"original": query},
                "web": {"type": "search", "results": [{"title": d.title, "url": d.url, "description": d.content}
                                                      for d in docs]}})
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
            return self._send(handler, 401, {"detail": {"error": "Unauthorized"}})
        query = str(body.get("query") or "")
        limit = int(body.get("max_results") or 5)
        self._answer(handler, "tavily", query, lambda docs: {
            "query": query, "answer": None, "response_time": 0.01,
            "results": [{"title": d.title, "url": d.url, "content": d.content, "score": 0.9} for d in docs[:limit]]})
