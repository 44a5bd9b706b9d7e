"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks.

It speaks `POST /v1/chat/completions` (and `/v1/responses`) well enough for the real
`openai` SDK's structured-output helpers. What it answers is decided by a *script*: a
callable that gets the parsed batch request and returns a list of company dicts, or raises
`Reply` to send a specific HTTP status / refusal / raw content / error code / headers, or to
answer late (`hang`, for client timeouts).

It also keeps what a test of throttling needs: `in_flight` (requests being answered now) and
`max_in_flight` (the high-water mark since the last `reset`). `delay` holds every call that
long, or until `release()` (and `reset()`): a test may hold a call for minutes and end at once.

**A tool-calling agent.** When a request offers the `submit_leads` tool (leadflow's searching
agent, `leadflow/discovery/tool_agent.py`), `tool_script` answers instead of `script`: it gets
the call, with the tool results of the conversation so far in `call.results`, and returns the
next turn as a list of steps, answered the way real servers do:

- `ToolCall(name, arguments)`: Chat Completions `tool_calls` (finish_reason `tool_calls`) or a
  Responses `function_call` item; `arguments` may be a raw (malformed) string;
- `HostedSearch(query)` (Responses only): a `web_search_call` item whose `action.sources` are
  what `hosted_search(query)` finds, the way OpenAI's hosted tool reports a search;
- `Cite(text, urls)` (Responses only): an assistant message whose `output_text` carries
  `url_citation` annotations.

`submit(rows)` is the final step. `searching_agent` is a default script that searches,
fetches and submits what the fetched pages prove.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from loopback import serving

from leadflow.discovery.prompt import read_request

PORTALS = {
    "Buildium": "https://{a}.managebuilding.com/Resident/portal/login",
    "AppFolio": "https://{a}.appfolio.com/connect",
    "Rent Manager": "https://{a}.rmresident.com/",
    "Propertyware": "https://app.propertyware.com/pw/portals/{a}/tenant.action",
    "Rentvine": "https://{a}.rentvine.com/portals/resident/",
}


class Reply(Exception):
    """Raise from a script to answer with something other than companies."""

    def __init__(
        self,
        status: int = 200,
        *,
        refusal: str | None = None,
        content: str | None = None,
        finish_reason: str = "stop",
        code: str | None = None,
        headers: dict[str, str] | None = None,
        hang: float = 0.0,
    ):
        """`code`: the error body's `code` and `type` (e.g. "insufficient_quota"); `headers`: sent
        instead of the default `retry-after-ms: 10` of a 429/500/503; `hang`: seconds to wait
        before answering (longer than the client's timeout: the client times out)."""
        self.status, self.refusal, self.content, self.finish_reason = status, refusal, content, finish_reason
        self.code, self.headers, self.hang = code, headers, hang


@dataclass
class AgentCall:
    """What one request asked for, read from the batch prompt's request block."""

    body: dict
    prompt: str
    pms: str
    state: str
    want: int
    excluded: list[str]
    slice: str | None
    number: int  # 1-based call counter across the server's life
    authorization: str | None = None
    at: float = 0.0  # time.monotonic() when the request arrived
    region: str | None = None  # the request block's `region` (None: the whole state)
    places: list[str] = field(default_factory=list)  # the request block's `places`
    tools: list[str] = field(default_factory=list)  # tools offered: function names, hosted tool types
    results: list[ToolResult] = field(default_factory=list)  # the conversation's tool calls so far


Script = Callable[[AgentCall], list[dict]]


@dataclass
class ToolResult:
    """One tool call of the conversation so far and what the tool answered."""

    name: str
    arguments: dict | str  # parsed JSON, or the raw string when it is not JSON
    output: str
    call_id: str = ""

    def data(self) -> dict:
        """The output as JSON (leadflow's tools answer in JSON); {} when it is not."""
        try:
            value = json.loads(self.output)
        except (TypeError, ValueError):
            return {}
        return value if isinstance(value, dict) else {}


@dataclass
class ToolCall:
    name: str
    arguments: dict | str = field(default_factory=dict)


@dataclass
class HostedSearch:
    query: str


@dataclass
class Cite:
    text: str
    urls: list[str]


def submit(rows: list[dict], notes: str | None = None) -> ToolCall:
    return ToolCall("submit_leads", {"companies": rows, "notes": notes})


ToolScript = Callable[[AgentCall], list]


def _arguments(raw) -> dict | str:
    if isinstance(raw, dict):
        return raw
    try:
        value = json.loads(raw)
    except (TypeError, ValueError):
        return str(raw)
    return value if isinstance(value, dict) else str(raw)


def tool_results(body: dict) -> list[ToolResult]:
    """The tool calls of a conversation, with their outputs, in order (Chat `tool_calls` +
    `tool` messages, or Responses `function_call` + `function_call_output` items)."""
    calls: dict[str, tuple[str, dict | str]] = {}
    outputs: dict[str, str] = {}
    order: list[str] = []
    raw = body.get("messages") or body.get("input") or []
    for item in raw if isinstance(raw, list) else []:
        if not isinstance(item, dict):
            continue
        for tc in item.get("tool_calls") or []:  # Chat: the assistant's calls
            fn = tc.get("function") or {}
            calls[tc.get("id", "")] = (fn.get("name", ""), _arguments(fn.get("arguments")))
            order.append(tc.get("id", ""))
        if item.get("role") == "tool":
            outputs[item.get("tool_call_id", "")] = _text(item.get("content"))
        if item.get("type") == "function_call":  # Responses
            calls[item.get("call_id", "")] = (item.get("name", ""), _arguments(item.get("arguments")))
            order.append(item.get("call_id", ""))
        if item.get("type") == "function_call_output":
            out = item.get("output")
            outputs[item.get("call_id", "")] = out if isinstance(out, str) else _text(out)
    return [ToolResult(calls[i][0], calls[i][1], outputs.get(i, ""), i) for i in order]


def _text(content) -> str:
    """A message's text: a plain string, or the text parts of a list of content parts."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p.get("text", "") for p in content if isinstance(p, dict) and isinstance(p.get("text"), str))
    return ""


def _parse(body: dict, number: int) -> AgentCall:
    """Read the call from the prompt's request block (`read_request`), not from its prose.

    Chat Completions sends `messages`, the Responses API `input`; both are lists of
    role/content messages (Responses may also send one string). The request block ends the
    last user message."""
    raw = body.get("messages") or body.get("input") or []
    if isinstance(raw, str):  # Responses also accepts a bare string as the input
        raw = [{"role": "user", "content": raw}]
    messages = [m for m in raw if isinstance(m, dict) and m.get("type", "message") == "message"]
    prompt = "\n".join(t for t in (_text(m.get("content")) for m in messages) if t)
    user = [_text(m.get("content")) for m in messages if m.get("role", "user") == "user"]
    tools = [
        t.get("name") or (t.get("function") or {}).get("name") or t.get("type", "")
        for t in body.get("tools") or []
        if isinstance(t, dict)
    ]
    try:
        req = read_request(user[-1] if user else prompt)
    except ValueError:  # not a leadflow batch prompt: an empty request
        return AgentCall(
            body=body,
            prompt=prompt,
            pms="",
            state="",
            want=0,
            excluded=[],
            slice=None,
            number=number,
            tools=tools,
            results=tool_results(body),
        )
    return AgentCall(
        body=body,
        prompt=prompt,
        pms=req.pms,
        state=req.state,
        want=req.find,
        excluded=list(req.exclude_domains),
        slice=getattr(req, "slice", None),
        number=number,
        region=req.region,
        places=list(req.places),
        tools=tools,
        results=tool_results(body),
    )


def company(call: AgentCall, n: int, **override) -> dict:
    """A valid, fictional company for the call's criteria; `n` makes it unique (and the call's
    region: batches of different regions find different companies, in the region's places)."""
    letter = (call.slice or "A-Z")[0]
    tag = letter  # what makes the domain the call's own: a tag of the region, when it names one
    if call.region:
        tag = re.sub(r"[^A-Za-z0-9]", "", call.region)[:16] or letter
        letter = tag[0]
    slug = f"{tag.lower()}{n:05d}-{call.state.lower()}-pm"
    city = call.places[n % len(call.places)] if call.places else f"City{n % 7}"
    row = {
        "name": f"{letter}{n:05d} Property Management",
        "domain": f"{slug}.test",
        "city": city,
        "state": call.state,
        "pms": call.pms,
        "evidence_url": PORTALS.get(call.pms, "https://{a}.managebuilding.com/").format(a=slug.replace("-", "")),
    }
    row.update(override)
    return row


def fresh(call: AgentCall, count: int, start: int = 0) -> list[dict]:
    """`count` valid companies whose domains are not in the call's exclusion list."""
    out, n = [], start
    excluded = set(call.excluded)
    while len(out) < count:
        n += 1
        row = company(call, n)
        if row["domain"] not in excluded:
            out.append(row)
    return out


def full_batches(call: AgentCall) -> list[dict]:
    return fresh(call, call.want)


@dataclass
class FakeOpenAI:
    script: Script = full_batches
    calls: list[AgentCall] = field(default_factory=list)
    delay: float = 0.0
    # Called with every answer's companies before it is sent (the fake web publishes them).
    on_companies: Callable[[list[dict]], None] | None = None
    prompt_tokens: int = 120
    searches_per_answer: int = 2  # hosted web_search calls in a one-request Responses answer
    completion_tokens_per_company: int = 40
    cached_tokens: int = 0  # reported as prompt_tokens_details / input_tokens_details.cached_tokens
    # (prompt tokens, cached tokens) of a call, instead of the fixed figures above (benchmarks)
    count_tokens: Callable[[AgentCall], tuple[int, int]] | None = None
    in_flight: int = 0  # requests being answered right now
    max_in_flight: int = 0  # the most at once since the last reset
    tool_script: ToolScript | None = None  # the agent's next turn, when leadflow's tools are offered
    hosted_search: Callable[[str], list[str]] = lambda query: []  # what OpenAI's hosted web_search finds (URLs)
    tool_call_tokens: int = 20  # completion tokens of a turn per tool call

    def __post_init__(self):
        self._lock = threading.Lock()
        self._release = threading.Event()  # set: the calls held by `delay` answer now
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length) or b"{}")
                fake._handle(self, body, self.headers.get("authorization"))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = serving(self.server)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self, script: Script = full_batches, tool_script: ToolScript | None = None) -> None:
        self.release()
        with self._lock:
            self.script, self.calls, self.tool_script = script, [], tool_script
            self.max_in_flight = self.in_flight

    def release(self, drain: float = 5.0) -> None:
        """Answer every call still held by `delay` now (its client may be long gone), and wait
        up to `drain` seconds for them to be out of `in_flight`."""
        with self._lock:
            self._release.set()
            self._release = threading.Event()
        deadline = time.monotonic() + drain
        while self.in_flight and time.monotonic() < deadline:
            time.sleep(0.01)

    def _handle(self, handler: BaseHTTPRequestHandler, body: dict, authorization: str | None) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._answer(handler, body, authorization)
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler: BaseHTTPRequestHandler, body: dict, authorization: str | None) -> None:
        with self._lock:
            call = _parse(body, len(self.calls) + 1)
            call.authorization = authorization
            call.at = time.monotonic()
            self.calls.append(call)
            script, release = self.script, self._release
        if self.delay:
            release.wait(self.delay)  # the call takes `delay` seconds, or until `release()`
        if "submit_leads" in call.tools and self.tool_script is not None:
            return self._tool_turn(handler, body, call)
        status, refusal, content, finish = 200, None, None, "stop"
        code, headers, hang = None, None, 0.0
        try:
            companies = script(call)
            if self.on_companies is not None:
                self.on_companies(companies)
            content = json.dumps({"companies": companies, "notes": None})
        except Reply as r:
            status, refusal, content, finish = r.status, r.refusal, r.content, r.finish_reason
            code, headers, hang = r.code, r.headers, r.hang
            companies = []
        if hang:
            time.sleep(hang)
        if status != 200:
            payload = {"error": {"message": f"scripted {status}", "type": code or "test", "code": code}}
        elif handler.path.endswith("/responses"):
            payload = self._responses_payload(body, content, refusal, call)
        else:
            payload = {
                "id": f"chatcmpl-{call.number}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "test-model"),
                "choices": [
                    {
                        "index": 0,
                        "finish_reason": finish,
                        "logprobs": None,
                        "message": {"role": "assistant", "content": None if refusal else content, "refusal": refusal},
                    }
                ],
                "usage": self._usage(companies, call),
            }
        self._send(handler, status, payload, headers)

    def _send(self, handler: BaseHTTPRequestHandler, status: int, payload: dict, headers: dict | None) -> None:
        data = json.dumps(payload).encode()
        if headers is None:
            headers = {"retry-after-ms": "10"} if status in (429, 500, 503) else {}
        try:
            handler.send_response(status)
            handler.send_header("content-type", "application/json")
            handler.send_header("content-length", str(len(data)))
            for name, value in headers.items():
                handler.send_header(name, value)
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up waiting (hang)
            pass

    def _usage(self, companies: list, call: AgentCall | None = None) -> dict:
        out = self.completion_tokens_per_company * max(1, len(companies))
        prompt, cached = self.prompt_tokens, self.cached_tokens
        if self.count_tokens is not None and call is not None:
            prompt, cached = self.count_tokens(call)
        usage = {"prompt_tokens": prompt, "completion_tokens": out, "total_tokens": prompt + out}
        if cached:
            usage["prompt_tokens_details"] = {"cached_tokens": cached}
        return usage

    def _responses_payload(self, body: dict, content: str | None, refusal: str | None, call: AgentCall | None = None) -> dict:
        companies = json.loads(content)["companies"] if content else []
        usage = self._usage(companies, call)
        # with OpenAI's hosted web_search, the answer's searches come first, as web_search_call
        # items (sources only when `include` asks), and the text cites the pages it used
        searches, annotations = [], []
        if any(t.get("type") == "web_search" for t in body.get("tools") or []):
            homes = [f"https://{c['domain']}/" for c in companies if c.get("domain")]
            sources = "web_search_call.action.sources" in (body.get("include") or [])
            for n in range(self.searches_per_answer):
                action = {
                    "type": "search",
                    "query": f"property management {n}",
                    **({"sources": [{"type": "url", "url": u} for u in homes]} if sources else {}),
                }
                searches.append({"type": "web_search_call", "id": f"ws_{n}", "status": "completed", "action": action})
            annotations = [{"type": "url_citation", "url": u, "title": u, "start_index": 0, "end_index": 1} for u in homes]
        part = (
            {"type": "refusal", "refusal": refusal}
            if refusal
            else {"type": "output_text", "text": content, "annotations": annotations}
        )
        return {
            "id": "resp_1",
            "object": "response",
            "created_at": int(time.time()),
            "status": "completed",
            "model": body.get("model", "test-model"),
            "output": [
                *searches,
                {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [part]},
            ],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "usage": {
                "input_tokens": usage["prompt_tokens"],
                "output_tokens": usage["completion_tokens"],
                "total_tokens": usage["total_tokens"],
                "input_tokens_details": {"cached_tokens": usage.get("prompt_tokens_details", {}).get("cached_tokens", 0)},
                "output_tokens_details": {"reasoning_tokens": 0},
            },
        }

    # -- the tool-calling agent ------------------------------------------------------------

    def _tool_turn(self, handler: BaseHTTPRequestHandler, body: dict, call: AgentCall) -> None:
        try:
            steps = self.tool_script(call)  # type: ignore[misc]
        except Reply as r:
            if r.hang:
                time.sleep(r.hang)
            if r.status != 200:
                return self._send(
                    handler,
                    r.status,
                    {"error": {"message": f"scripted {r.status}", "type": r.code or "test", "code": r.code}},
                    r.headers,
                )
            steps = [Cite(r.content or "", [])]  # a plain-text answer
        prompt, cached = self.prompt_tokens, self.cached_tokens
        if self.count_tokens is not None:
            prompt, cached = self.count_tokens(call)
        out = self.tool_call_tokens * max(1, len(steps))
        n = call.number
        if handler.path.endswith("/responses"):
            items = []
            for i, step in enumerate(steps):
                if isinstance(step, ToolCall):
                    args = step.arguments if isinstance(step.arguments, str) else json.dumps(step.arguments)
                    items.append(
                        {
                            "type": "function_call",
                            "id": f"fc_{n}_{i}",
                            "call_id": f"call_{n}_{i}",
                            "name": step.name,
                            "arguments": args,
                            "status": "completed",
                        }
                    )
                elif isinstance(step, HostedSearch):
                    items.append(
                        {
                            "type": "web_search_call",
                            "id": f"ws_{n}_{i}",
                            "status": "completed",
                            "action": {
                                "type": "search",
                                "query": step.query,
                                "sources": [{"type": "url", "url": u} for u in self.hosted_search(step.query)],
                            },
                        }
                    )
                elif isinstance(step, Cite):
                    items.append(
                        {
                            "type": "message",
                            "id": f"msg_{n}_{i}",
                            "status": "completed",
                            "role": "assistant",
                            "content": [
                                {
                                    "type": "output_text",
                                    "text": step.text,
                                    "annotations": [
                                        {
                                            "type": "url_citation",
                                            "url": u,
                                            "title": u,
                                            "start_index": 0,
                                            "end_index": len(step.text),
                                        }
                                        for u in step.urls
                                    ],
                                }
                            ],
                        }
                    )
            payload = {
                "id": f"resp_{n}",
                "object": "response",
                "created_at": int(time.time()),
                "status": "completed",
                "model": body.get("model", "test-model"),
                "output": items,
                "parallel_tool_calls": True,
                "tool_choice": "auto",
                "tools": [],
                "usage": {
                    "input_tokens": prompt,
                    "output_tokens": out,
                    "total_tokens": prompt + out,
                    "input_tokens_details": {"cached_tokens": cached},
                    "output_tokens_details": {"reasoning_tokens": 0},
                },
            }
        else:
            calls = [s for s in steps if isinstance(s, ToolCall)]
            text = " ".join(s.text for s in steps if isinstance(s, Cite)) or None
            message = {"role": "assistant", "content": text if not calls else None, "refusal": None}
            if calls:
                message["tool_calls"] = [
                    {
                        "id": f"call_{n}_{i}",
                        "type": "function",
                        "function": {
                            "name": c.name,
                            "arguments": c.arguments if isinstance(c.arguments, str) else json.dumps(c.arguments),
                        },
                    }
                    for i, c in enumerate(calls)
                ]
            usage = {"prompt_tokens": prompt, "completion_tokens": out, "total_tokens": prompt + out}
            if cached:
                usage["prompt_tokens_details"] = {"cached_tokens": cached}
            payload = {
                "id": f"chatcmpl-{n}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": body.get("model", "test-model"),
                "usage": usage,
                "choices": [
                    {"index": 0, "finish_reason": "tool_calls" if calls else "stop", "logprobs": None, "message": message}
                ],
            }
        self._send(handler, 200, payload, None)


_PLACE = re.compile(r"in ([^,.]+), ([A-Z]{2})\b")


def searching_agent(call: AgentCall) -> list:
    """What a tool-using model does, in three turns: search the web for the PMS's "pay rent"
    pages in the state; fetch the companies' own websites among the results (not excluded);
    submit those whose pages link a portal of the PMS, with the city the search snippet gave."""
    searches = [r for r in call.results if r.name == "web_search" and r.data().get("results") is not None]
    fetched = [r for r in call.results if r.name == "fetch_page"]
    if not searches and not any(r.name == "web_search" for r in call.results):
        return [ToolCall("web_search", {"query": f'{call.pms} "pay rent" property management {call.state}'})]
    results = [x for r in searches for x in r.data()["results"]]
    if not fetched:
        homes = [
            x["url"] for x in results if not x.get("proves_pms") and (urlsplit(x["url"]).hostname or "") not in call.excluded
        ][: call.want]
        return [ToolCall("fetch_page", {"url": u}) for u in homes] or [submit([], "nothing found")]
    snippets = {urlsplit(x["url"]).hostname: x for x in results}
    rows = []
    for r in fetched:
        page = r.data()
        portal = next((p["url"] for p in page.get("portal_links", []) if p.get("proves_pms") == call.pms), None)
        host = urlsplit(page.get("final_url") or "").hostname
        if not portal or not host:
            continue
        hit = snippets.get(host, {})
        place = _PLACE.search(hit.get("snippet", ""))
        rows.append(
            {
                "name": hit.get("title") or host,
                "domain": host,
                "city": place.group(1) if place else None,
                "state": place.group(2) if place else call.state,
                "pms": call.pms,
                "evidence_url": portal,
            }
        )
    return [submit(rows[: call.want], f"{len(rows)} found by search")]
