"""A real OpenAI-compatible HTTP server on 127.0.0.1 for tests and benchmarks.

It speaks `POST /v1/chat/completions` (and `/v1/responses`) well enough for the real
`openai` SDK's structured-output helpers. What it answers is decided by a *script*: a
callable that gets the parsed batch request and returns a list of company dicts, or raises
`Reply` to send a specific HTTP status / refusal / raw content / error code / headers, or to
answer late (`hang`, for client timeouts).

It also keeps what a test of throttling needs: `in_flight` (requests being answered now) and
`max_in_flight` (the high-water mark since the last `reset`).
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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

    def __init__(self, status: int = 200, *, refusal: str | None = None, content: str | None = None,
                 finish_reason: str = "stop", code: str | None = None, headers: dict[str, str] | None = None,
                 hang: float = 0.0):
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


Script = Callable[[AgentCall], list[dict]]


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
    messages = [m for m in raw if isinstance(m, dict)]
    prompt = "\n".join(t for t in (_text(m.get("content")) for m in messages) if t)
    user = [_text(m.get("content")) for m in messages if m.get("role", "user") == "user"]
    try:
        req = read_request(user[-1] if user else prompt)
    except ValueError:  # not a leadflow batch prompt: an empty request
        return AgentCall(body=body, prompt=prompt, pms="", state="", want=0, excluded=[], slice=None, number=number)
    return AgentCall(
        body=body, prompt=prompt, pms=req.pms, state=req.state, want=req.find,
        excluded=list(req.exclude_domains), slice=getattr(req, "slice", None), number=number,
        region=req.region, places=list(req.places),
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
        "name": f"{letter}{n:05d} Property Management", "domain": f"{slug}.test", "city": city,
        "state": call.state, "pms": call.pms,
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
    completion_tokens_per_company: int = 40
    cached_tokens: int = 0  # reported as prompt_tokens_details / input_tokens_details.cached_tokens
    # (prompt tokens, cached tokens) of a call, instead of the fixed figures above (benchmarks)
    count_tokens: Callable[[AgentCall], tuple[int, int]] | None = None
    in_flight: int = 0  # requests being answered right now
    max_in_flight: int = 0  # the most at once since the last reset

    def __post_init__(self):
        self._lock = threading.Lock()
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
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> FakeOpenAI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def reset(self, script: Script = full_batches) -> None:
        with self._lock:
            self.script, self.calls = script, []
            self.max_in_flight = self.in_flight

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
            script = self.script
        if self.delay:
            time.sleep(self.delay)
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
                "id": f"chatcmpl-{call.number}", "object": "chat.completion", "created": int(time.time()),
                "model": body.get("model", "test-model"),
                "choices": [{"index": 0, "finish_reason": finish, "logprobs": None, "message": {
                    "role": "assistant", "content": None if refusal else content, "refusal": refusal}}],
                "usage": self._usage(companies, call),
            }
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

    def _responses_payload(self, body: dict, content: str | None, refusal: str | None,
                           call: AgentCall | None = None) -> dict:
        usage = self._usage(json.loads(content)["companies"] if content else [], call)
        part = ({"type": "refusal", "refusal": refusal} if refusal
                else {"type": "output_text", "text": content, "annotations": []})
        return {
            "id": "resp_1", "object": "response", "created_at": int(time.time()), "status": "completed",
            "model": body.get("model", "test-model"), "output": [
                {"type": "message", "id": "msg_1", "status": "completed", "role": "assistant", "content": [part]}],
            "parallel_tool_calls": True, "tool_choice": "auto", "tools": [],
            "usage": {"input_tokens": usage["prompt_tokens"], "output_tokens": usage["completion_tokens"],
                      "total_tokens": usage["total_tokens"],
                      "input_tokens_details": {"cached_tokens": usage.get("prompt_tokens_details", {}).get("cached_tokens", 0)},
                      "output_tokens_details": {"reasoning_tokens": 0}},
        }
