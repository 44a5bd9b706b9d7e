"""Discovery through the `openai` SDK: any OpenAI-compatible server, structured output.

Chat Completions with a JSON schema is the default because every compatible server
(Ollama, vLLM, LM Studio, ...) speaks it. `api="responses"` uses OpenAI's Responses API
with the hosted `web_search` tool.

One `discover` call is exactly one HTTP request: the SDK makes no retries of its own
(`max_retries=0`). Retries are the caller's (`tasks/discover.py`, within the batch's paid-request
budget), so every request is seen, counted and paid for once in the batch's `llm_calls`.
This module only classifies what went wrong (`DiscoveryFailed`):

- rejected (`transient=False`): quota exhausted (429 `insufficient_quota`), 400, 401, 403,
  404, 422 and every other 4xx but 408/409/429;
- transient: timeouts, connection errors, 5xx, 408, 409, a plain 429, with the server's
  `Retry-After` (`retry_after_seconds`);
- deterministic: schema mismatch, truncation (`finish_reason: length`), refusal, content filter,
  a malformed answer; tokens are counted from the raw answer, since the SDK raises before
  handing back a completion it cannot parse.
"""

from __future__ import annotations

import email.utils
import hashlib
import math
import time
from collections.abc import Mapping
from datetime import UTC
from functools import lru_cache
from typing import TYPE_CHECKING, Literal, cast

import openai
from pydantic import ValidationError

if TYPE_CHECKING:
    from openai.types.chat import ChatCompletionMessageParam
    from openai.types.responses import ResponseInputParam

from leadflow import settings
from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.prompt import SYSTEM_PROMPT, batch_prompt
from leadflow.discovery.tools import cited_by_company
from leadflow.discovery.tools import response_urls as _urls
from leadflow.domain.models import BatchRequest, DiscoveryResult, LeadListOutput, Usage

RETRY_AFTER_CAP_SECONDS = 120.0  # the longest server-asked wait honoured (the SDK's own limit)
QUOTA_CODES = frozenset({"insufficient_quota", "billing_hard_limit_reached", "billing_not_active"})
RETRIED_STATUSES = frozenset({408, 409, 429})  # and every 5xx

# The answer arrived (and was paid for) but cannot be used as it is.
UNUSABLE_ANSWERS = (
    openai.LengthFinishReasonError,
    openai.ContentFilterFinishReasonError,
    openai.APIResponseValidationError,
    ValidationError,
)


def retry_after_seconds(headers: Mapping[str, str] | None, *, now: float | None = None) -> float | None:
    """The wait a server asked for: `retry-after-ms`, else `retry-after` as seconds or as an
    HTTP date; never negative, at most RETRY_AFTER_CAP_SECONDS. None when absent or unreadable."""
    if not headers:
        return None
    lowered = {str(k).lower(): v for k, v in headers.items()}
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        try:
            seconds = float(lowered[name]) / divisor
        except (KeyError, TypeError, ValueError):
            continue
        if not math.isnan(seconds):
            return min(max(seconds, 0.0), RETRY_AFTER_CAP_SECONDS)
    value = lowered.get("retry-after")
    if not value:
        return None
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    seconds = when.timestamp() - (time.time() if now is None else now)
    return min(max(seconds, 0.0), RETRY_AFTER_CAP_SECONDS)


def _describe(exc: Exception) -> str:
    """Error text without request details; the SDK never puts the key in messages, but be sure."""
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if status else f"{name}: {str(exc)[:300]}"


def _server_message(exc: openai.APIStatusError) -> str:
    """The server's own one-line explanation (e.g. "model not found"), capped."""
    body = exc.body if isinstance(exc.body, dict) else {}
    message = body.get("message")
    return " ".join(message.split())[:200] if isinstance(message, str) else ""


def _status_failure(exc: openai.APIStatusError) -> DiscoveryFailed:
    """An HTTP error answer: quota and bad requests are final, the rest is worth a retry."""
    status, spent = exc.status_code, Usage(llm_calls=1)
    code = exc.code if exc.code in QUOTA_CODES else exc.type if exc.type in QUOTA_CODES else None
    if status == 429 and code:
        return DiscoveryFailed(
            f"agent quota exhausted: {type(exc).__name__} (HTTP 429, {code}); add credit or raise the limit, then resume the run",
            transient=False,
            usage=spent,
        )
    if status in RETRIED_STATUSES or status >= 500:
        return DiscoveryFailed(
            f"agent call failed: {_describe(exc)}",
            transient=True,
            usage=spent,
            retry_after=retry_after_seconds(exc.response.headers),
        )
    said = _server_message(exc) if status not in (401, 403) else ""  # auth errors may echo a masked key
    fix = FIXES.get(status, FIXES[400] if 400 <= status < 500 else "")
    return DiscoveryFailed(
        f"agent call rejected: {_describe(exc)}" + (f": {said}" if said else "") + (f"; {fix}" if fix else ""),
        transient=False,
        usage=spent,
    )


# What to fix when the server refuses a request for good: the run's reason says it, so the
# summary, the UI and the CLI tell the user what to change before resuming.
FIXES = {
    401: "the server refused the API key: check OPENAI_API_KEY (or the discovery block's key)",
    403: "the key may not use this model or project: check LEADFLOW_MODEL and the key's permissions",
    404: "the server knows no such model or endpoint: check LEADFLOW_MODEL and OPENAI_BASE_URL",
    400: "the server refused the request: check that LEADFLOW_MODEL supports tool calls and structured output",
}


def _unusable(exc: Exception, usage: Usage) -> DiscoveryFailed:
    if isinstance(exc, openai.LengthFinishReasonError):
        why = f"agent output unusable: {type(exc).__name__} (truncated at the length limit)"
    elif isinstance(exc, openai.ContentFilterFinishReasonError):
        why = f"agent output unusable: {type(exc).__name__} (content filter)"
    elif isinstance(exc, ValidationError):
        why = f"agent output did not match the LeadListOutput schema ({exc.error_count()} errors)"
    else:
        why = f"agent answer malformed: {_describe(exc)}"
    return DiscoveryFailed(why, transient=True, deterministic=True, usage=usage)


def _reported_usage(http_response) -> Usage:
    """One request, and the tokens the server reported for it (Chat or Responses shape),
    including the prompt tokens it served from its prompt cache (cached_tokens; 0 when the
    server does not say: OpenAI caches prompts of at least 1,024 tokens, by their prefix)."""
    try:
        u = http_response.json().get("usage") or {}
    except Exception:  # not JSON, not an object: the call still counts
        u = {}
    if not isinstance(u, dict):
        u = {}

    def tokens(*names: str) -> int:
        for name in names:
            if isinstance(u.get(name), int):
                return u[name]
        return 0

    def cached() -> int:  # Chat: prompt_tokens_details.cached_tokens; Responses: input_tokens_details.cached_tokens
        for name in ("prompt_tokens_details", "input_tokens_details"):
            details = u.get(name)
            if isinstance(details, dict) and isinstance(details.get("cached_tokens"), int):
                return max(0, details["cached_tokens"])
        return 0

    return Usage(
        llm_calls=1,
        prompt_tokens=tokens("prompt_tokens", "input_tokens"),
        completion_tokens=tokens("completion_tokens", "output_tokens"),
        cached_tokens=cached(),
    )


@lru_cache(maxsize=8)
def shared_client(api_key: str | None, base_url: str | None, timeout: float) -> openai.OpenAI:
    """One SDK client per server, key and timeout in a process: building one costs tens of
    milliseconds (TLS context), and a kept-alive connection saves a handshake per batch. The
    SDK's clients are thread-safe; parallel batches share it."""
    return openai.OpenAI(api_key=api_key, base_url=base_url, timeout=timeout, max_retries=0)


def provider_args(request: BatchRequest, base_url: str | None) -> dict:
    """Request fields for OpenAI itself: one prompt cache key per PMS and state, so every batch
    of every run for the same criteria reuses the cached prompt prefix that `prompt.py` orders
    for it (other servers do not know the field)."""
    if base_url and "api.openai.com" not in base_url.lower():
        return {}
    key = hashlib.sha256(f"leadflow:{request.criteria.pms}:{request.criteria.state}".encode()).hexdigest()[:32]
    return {"prompt_cache_key": f"leadflow-{key}"}


class OpenAIDiscoverer:
    """One batch = one structured-output request, on the process's shared client."""

    def __init__(
        self,
        *,
        model: str,
        api_key: str | None = None,
        base_url: str | None = None,
        api: Literal["chat", "responses"] = "chat",
        timeout: float = 300.0,
    ):
        self.model = model
        self.api = api
        self._api_key = api_key
        self._base_url = base_url
        self._timeout = timeout  # the SDK makes no retries: they would be requests outside the budget

    def __repr__(self) -> str:  # never show the key
        return f"OpenAIDiscoverer(model={self.model!r}, api={self.api!r}, base_url={self._base_url!r})"

    def _client(self) -> openai.OpenAI:
        return shared_client(self._api_key, self._base_url, self._timeout)

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        started = time.perf_counter()
        try:
            output, usage, cited = (self._chat if self.api == "chat" else self._responses)(self._client(), request)
        except DiscoveryFailed:
            raise
        except openai.APIStatusError as exc:
            raise _status_failure(exc) from None
        except openai.APIConnectionError as exc:  # includes APITimeoutError; the request may have been paid
            raise DiscoveryFailed(f"agent call failed: {_describe(exc)}", transient=True, usage=Usage(llm_calls=1)) from None
        except UNUSABLE_ANSWERS as exc:  # raised outside parsing (no raw answer): tokens unknown
            raise _unusable(exc, Usage(llm_calls=1)) from None
        except openai.OpenAIError as exc:  # client-side configuration (e.g. no key): no request worth retrying
            raise DiscoveryFailed(f"agent call rejected: {_describe(exc)}", transient=False, usage=Usage(llm_calls=1)) from None
        return DiscoveryResult(
            candidates=output.companies,
            usage=usage,
            model=self.model,
            notes=output.notes,
            latency_ms=int((time.perf_counter() - started) * 1000),
            cited=cited,
        )

    def _messages(self, request: BatchRequest) -> list[ChatCompletionMessageParam]:
        return [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": batch_prompt(request)},
        ]

    def _chat(self, client: openai.OpenAI, request: BatchRequest) -> tuple[LeadListOutput, Usage, dict]:
        raw = client.chat.completions.with_raw_response.parse(
            model=self.model,
            messages=self._messages(request),
            response_format=LeadListOutput,
            store=settings.load().provider_store,
            extra_body=provider_args(request, self._base_url) or None,
        )
        usage = _reported_usage(raw.http_response)
        try:
            completion = raw.parse()
        except UNUSABLE_ANSWERS as exc:
            raise _unusable(exc, usage) from None
        if not completion.choices:
            raise DiscoveryFailed("agent returned no choices", transient=True, deterministic=True, usage=usage)
        message = completion.choices[0].message
        if message.refusal:
            raise DiscoveryFailed(f"agent refused: {message.refusal[:200]}", transient=True, deterministic=True, usage=usage)
        if message.parsed is None:
            raise DiscoveryFailed("agent returned no structured output", transient=True, deterministic=True, usage=usage)
        return message.parsed, usage, {}

    def _responses(self, client: openai.OpenAI, request: BatchRequest) -> tuple[LeadListOutput, Usage, dict]:
        raw = client.responses.with_raw_response.parse(
            # the same role/content messages are valid Responses API input items
            model=self.model,
            input=cast("ResponseInputParam", self._messages(request)),
            text_format=LeadListOutput,
            tools=[
                {
                    "type": "web_search",
                    "search_context_size": "medium",
                    "user_location": {"type": "approximate", "country": "US", "region": request.criteria.state},
                }
            ],
            include=["web_search_call.action.sources"],
            store=settings.load().provider_store,
            extra_body=provider_args(request, self._base_url) or None,
        )
        usage = _reported_usage(raw.http_response)
        try:
            response = raw.parse()
        except UNUSABLE_ANSWERS as exc:
            raise _unusable(exc, usage) from None
        items = [item.model_dump() for item in response.output or []]
        searched = sum(item.get("type") == "web_search_call" for item in items)  # billed per call
        usage = usage + Usage(searches=searched, hosted_searches=searched, tool_calls=searched)
        if response.output_parsed is None:
            raise DiscoveryFailed(
                "agent returned no structured output (refusal or empty)", transient=True, deterministic=True, usage=usage
            )
        return response.output_parsed, usage, cited_by_company(response.output_parsed.companies, _urls(items))
