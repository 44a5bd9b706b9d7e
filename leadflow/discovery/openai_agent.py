"""Discovery through the `openai` SDK: any OpenAI-compatible server, structured output.

Chat Completions with a JSON schema is the default because every compatible server
(Ollama, vLLM, LM Studio, ...) speaks it. `api="responses"` uses OpenAI's Responses API
with the hosted `web_search` tool. HTTP-level retries are the SDK's (`max_retries`);
attempt-level retries (refusals, truncation, bad JSON, exhausted HTTP retries) are
Prefect's, driven by `DiscoveryFailed.transient`.
"""

from __future__ import annotations

import time
from typing import Literal

import openai
from pydantic import ValidationError

from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.prompt import SYSTEM_PROMPT, batch_prompt
from leadflow.models import BatchRequest, DiscoveryResult, LeadListOutput, Usage

TRANSIENT_ERRORS = (
    openai.APIConnectionError,  # includes APITimeoutError
    openai.RateLimitError,
    openai.InternalServerError,
    openai.ConflictError,
    openai.LengthFinishReasonError,
    openai.ContentFilterFinishReasonError,
    openai.APIResponseValidationError,
)


def _describe(exc: Exception) -> str:
    """Error text without request details; the SDK never puts the key in messages, but be sure."""
    status = getattr(exc, "status_code", None)
    name = type(exc).__name__
    return f"{name} (HTTP {status})" if status else f"{name}: {str(exc)[:300]}"


def _chat_usage(completion) -> Usage:
    u = getattr(completion, "usage", None)
    return Usage(llm_calls=1, prompt_tokens=u.prompt_tokens if u else 0,
                 completion_tokens=u.completion_tokens if u else 0)


class OpenAIDiscoverer:
    """One batch = one structured-output call. Holds no client: it is built per call."""

    def __init__(
        self, *, model: str, api_key: str | None = None, base_url: str | None = None,
        api: Literal["chat", "responses"] = "chat", timeout: float = 300.0, max_retries: int = 2,
    ):
        self.model = model
        self.api = api
        self._api_key = api_key
        self._base_url = base_url
        self._timeout = timeout
        self._max_retries = max_retries

    def __repr__(self) -> str:  # never show the key
        return f"OpenAIDiscoverer(model={self.model!r}, api={self.api!r}, base_url={self._base_url!r})"

    def _client(self) -> openai.OpenAI:
        return openai.OpenAI(
            api_key=self._api_key, base_url=self._base_url, timeout=self._timeout,
            max_retries=self._max_retries,
        )

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        started = time.perf_counter()
        try:
            with self._client() as client:
                output, usage = (self._chat if self.api == "chat" else self._responses)(client, request)
        except DiscoveryFailed:
            raise
        except (openai.LengthFinishReasonError, openai.ContentFilterFinishReasonError) as exc:
            why = "truncated at the length limit" if isinstance(exc, openai.LengthFinishReasonError) else "content filter"
            raise DiscoveryFailed(f"agent output unusable: {type(exc).__name__} ({why})", transient=True,
                                  usage=_chat_usage(exc.completion)) from None
        except TRANSIENT_ERRORS as exc:
            raise DiscoveryFailed(f"agent call failed: {_describe(exc)}", transient=True, usage=Usage(llm_calls=1)) from None
        except ValidationError as exc:
            raise DiscoveryFailed(
                f"agent output did not match the LeadListOutput schema ({exc.error_count()} errors)",
                transient=True, usage=Usage(llm_calls=1),  # tokens unknown: the SDK raised before returning them
            ) from None
        except openai.OpenAIError as exc:
            raise DiscoveryFailed(f"agent call rejected: {_describe(exc)}", transient=False, usage=Usage(llm_calls=1)) from None
        return DiscoveryResult(
            candidates=output.companies, usage=usage, model=self.model, notes=output.notes,
            latency_ms=int((time.perf_counter() - started) * 1000),
        )

    def _messages(self, request: BatchRequest) -> list[dict]:
        return [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": batch_prompt(request)},
        ]

    def _chat(self, client: openai.OpenAI, request: BatchRequest) -> tuple[LeadListOutput, Usage]:
        completion = client.chat.completions.parse(
            model=self.model, messages=self._messages(request), response_format=LeadListOutput,
        )
        usage = _chat_usage(completion)
        message = completion.choices[0].message
        if message.refusal:
            raise DiscoveryFailed(f"agent refused: {message.refusal[:200]}", transient=True, usage=usage)
        if message.parsed is None:
            raise DiscoveryFailed("agent returned no structured output", transient=True, usage=usage)
        return message.parsed, usage

    def _responses(self, client: openai.OpenAI, request: BatchRequest) -> tuple[LeadListOutput, Usage]:
        response = client.responses.parse(
            model=self.model, input=self._messages(request), text_format=LeadListOutput,
            tools=[{"type": "web_search", "search_context_size": "medium",
                    "user_location": {"type": "approximate", "country": "US",
                                      "region": request.criteria.state}}],
        )
        usage = Usage(
            llm_calls=1,
            prompt_tokens=response.usage.input_tokens if response.usage else 0,
            completion_tokens=response.usage.output_tokens if response.usage else 0,
        )
        if response.output_parsed is None:
            raise DiscoveryFailed("agent returned no structured output (refusal or empty)", transient=True,
                                  usage=usage)
        return response.output_parsed, usage
