"""The searching agent: one batch is one OpenAI Agents SDK run with tools, ending in a
`LeadListOutput`.

Why the SDK: it brings the tool loop, turn limits, strict tool schemas and MCP clients, on
Chat Completions (any OpenAI-compatible server) and on the Responses API (OpenAI's hosted
`web_search`). Its trace export is turned off: it would post tool I/O to api.openai.com.

Why a `submit_leads` tool instead of structured output: the SDK sends the JSON schema as
`response_format` with every turn, and servers that enforce it by grammar (Ollama, vLLM)
then drop tool calls. Submitting through a tool works everywhere; the run stops at it.

Counting: every model call and its tokens (run hooks, so a failed run still reports what it
spent), every tool call (hosted web searches and MCP tools included), searches, search cache
hits and fetched bytes go into the batch's `Usage`. Per batch: `max_turns` model calls, a tool
call budget and a page byte budget (`tools.BatchTools`).

Errors are classified as `openai_agent` classifies them (its helpers), with what the run
spent so far: HTTP errors by status, connection errors transient, an agent that does not
finish within its turns or answers something unusable deterministic, a search backend that
refuses its key and a configuration the SDK rejects final. The client makes no retries
(`max_retries=0`): retries are the caller's (`tasks/discover.py`).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import time
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack
from typing import Any, Literal

import openai
from agents import (
    Agent,
    FunctionToolResult,
    ModelSettings,
    OpenAIChatCompletionsModel,
    OpenAIResponsesModel,
    RunConfig,
    RunHooks,
    Runner,
    Tool,
    ToolsToFinalOutputResult,
    WebSearchTool,
    function_tool,
    set_tracing_disabled,
)
from agents.exceptions import AgentsException, MaxTurnsExceeded, ModelTimeoutError, UserError
from agents.mcp import MCPServerStdio, MCPServerStdioParams
from pydantic import ValidationError

from leadflow import settings
from leadflow.discovery import DiscoveryFailed
from leadflow.discovery.openai_agent import _describe, _status_failure, _unusable, provider_args
from leadflow.discovery.prompt import SUBMIT_TOOL, batch_prompt, tool_instructions
from leadflow.discovery.tools import BatchTools, SearchRefused
from leadflow.discovery.tools import response_urls as _urls
from leadflow.domain.errors import in_chain
from leadflow.domain.models import BatchRequest, Candidate, DiscoveryResult, LeadListOutput, Usage
from leadflow.search import CachedSearch
from leadflow.web import Fetcher

set_tracing_disabled(True)  # and RunConfig(tracing_disabled=True) on every run

SUBMIT = SUBMIT_TOOL  # the tool whose call is the final answer
TOOL_TIMEOUT_SECONDS = 60.0  # one tool call at most (a fetch has its own, shorter deadline)
MCP_TIMEOUT_SECONDS = 20.0


class _Tally(RunHooks):
    """What the run spent, seen from the SDK's hooks: kept even when the run fails."""

    def __init__(self, tools: BatchTools):
        self.tools = tools
        self.usage = Usage()
        self.hosted_searches = 0

    async def on_llm_start(self, context, agent, system_prompt, input_items) -> None:
        self.usage = self.usage + Usage(llm_calls=1)  # one HTTP request: the client does not retry

    async def on_llm_end(self, context, agent, response) -> None:
        u = response.usage
        cached = getattr(getattr(u, "input_tokens_details", None), "cached_tokens", 0) or 0
        self.usage = self.usage + Usage(
            prompt_tokens=u.input_tokens or 0, completion_tokens=u.output_tokens or 0, cached_tokens=cached
        )
        for item in response.output:  # every tool call the model asked for, malformed or unknown ones too
            data = item.model_dump() if hasattr(item, "model_dump") else item
            kind = data.get("type") if isinstance(data, dict) else None
            if kind == "web_search_call":
                self.hosted_searches += 1
            if kind == "web_search_call" or (kind == "function_call" and data.get("name") != SUBMIT):
                self.tools.called()  # before the tools run: they refuse past the budget
            self.tools.saw(_urls(data))


def _run_coroutine(coro):
    """Run `coro` to completion from sync code; in a thread of its own when this thread
    already runs an event loop (an async flow)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(coro)
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


class ToolAgentDiscoverer:
    """A batch = one agent run with web search, page fetching and PMS evidence tools."""

    def __init__(
        self,
        *,
        model: str,
        fetcher: Fetcher,
        search: CachedSearch | None = None,
        api_key: str | None = None,
        base_url: str | None = None,
        api: Literal["chat", "responses"] = "chat",
        hosted_search: bool = False,
        timeout: float = 300.0,
        max_turns: int = 12,
        max_tool_calls: int = 40,
        max_fetch_bytes: int = 4_000_000,
        mcp_servers: list[dict] | None = None,
    ):
        if hosted_search and api != "responses":
            raise ValueError("OpenAI's hosted web search needs the Responses API")
        self.model, self.api, self.hosted_search = model, api, hosted_search
        self.fetcher, self.search = fetcher, search
        self.max_turns, self.max_tool_calls, self.max_fetch_bytes = max_turns, max_tool_calls, max_fetch_bytes
        self.mcp_servers = mcp_servers or []
        self._api_key, self._base_url, self._timeout = api_key, base_url, timeout

    def __repr__(self) -> str:  # never show the key
        search = "hosted" if self.hosted_search else (self.search.name if self.search else None)
        return f"ToolAgentDiscoverer(model={self.model!r}, api={self.api!r}, search={search!r}, base_url={self._base_url!r})"

    def discover(self, request: BatchRequest) -> DiscoveryResult:
        started = time.perf_counter()
        tools = BatchTools(self.fetcher, self.search, max_tool_calls=self.max_tool_calls, max_fetch_bytes=self.max_fetch_bytes)
        tally = _Tally(tools)

        def spent() -> Usage:
            return tally.usage + Usage(
                tool_calls=tools.tool_calls,
                fetched_bytes=tools.fetched_bytes,
                searches=tools.searches + tally.hosted_searches,
                search_cache_hits=tools.search_cache_hits,
                searches_failed=tools.searches_failed,
                hosted_searches=tally.hosted_searches,
                search_error=tools.search_error,
                search_failures=dict(tools.search_failures),
            )

        try:
            final = _run_coroutine(self._run(request, tools, tally))
        except Exception as exc:  # noqa: BLE001 - every failure is classified, with what it cost
            raise _classify(exc, spent(), self.max_turns, tools) from None
        usage = spent()
        try:
            output = _final_output(final)
        except ValidationError as exc:
            raise _unusable(exc, usage) from None
        return DiscoveryResult(
            candidates=output.companies,
            usage=usage,
            model=self.model,
            notes=output.notes,
            latency_ms=int((time.perf_counter() - started) * 1000),
            cited=tools.cited(output.companies),
        )

    async def _run(self, request: BatchRequest, tools: BatchTools, tally: _Tally) -> Any:
        client = openai.AsyncOpenAI(api_key=self._api_key, base_url=self._base_url, timeout=self._timeout, max_retries=0)
        async with client, AsyncExitStack() as stack:
            servers = []
            for config in self.mcp_servers:
                params: MCPServerStdioParams = {"command": config["command"], "args": list(config.get("args") or [])}
                if config.get("env"):
                    params["env"] = dict(config["env"])
                server = MCPServerStdio(
                    params=params, name=config["name"], cache_tools_list=True, client_session_timeout_seconds=MCP_TIMEOUT_SECONDS
                )
                try:
                    servers.append(await stack.enter_async_context(server))
                except Exception as exc:  # noqa: BLE001 - a server that cannot start is configuration
                    raise UserError(f"MCP server {config['name']!r} did not start: {type(exc).__name__}") from None
            model = (
                OpenAIResponsesModel(self.model, openai_client=client)
                if self.api == "responses"
                else OpenAIChatCompletionsModel(self.model, openai_client=client)
            )
            agent = Agent(
                name="leadflow",
                model=model,
                instructions=tool_instructions(
                    request.criteria.pms, hosted_search=self.hosted_search, own_search=self.search is not None
                ),
                tools=self._tools(tools, request),
                mcp_servers=servers,
                tool_use_behavior=_submitted,
                model_settings=ModelSettings(
                    response_include=["web_search_call.action.sources"] if self.hosted_search else None,
                    store=settings.load().provider_store,  # the SDK would ask OpenAI to keep every turn
                    parallel_tool_calls=False,  # strict tool schemas hold only for one call at a time
                    extra_args=provider_args(request, self._base_url) or None,
                ),
            )
            result = await Runner.run(
                agent,
                batch_prompt(request),
                max_turns=self.max_turns,
                hooks=tally,
                run_config=RunConfig(
                    tracing_disabled=True, tool_not_found_behavior="return_error_to_model", workflow_name="leadflow batch"
                ),
            )
            return result.final_output

    def _tools(self, tools: BatchTools, request: BatchRequest) -> list[Tool]:
        # async wrappers: the SDK's tool timeout applies to async tools only; the I/O runs in a thread
        async def web_search(query: str) -> str:
            return await asyncio.to_thread(tools.web_search, query)

        async def fetch_page(url: str) -> str:
            return await asyncio.to_thread(tools.fetch_page, url)

        async def which_pms(url: str) -> str:
            return await asyncio.to_thread(tools.which_pms, url)

        async def submit_leads(companies: list[Candidate], notes: str | None) -> str:
            return LeadListOutput(companies=companies, notes=notes).model_dump_json()  # the SDK passes on text

        def keep_refusals(_ctx, error: Exception) -> str:
            """A tool error goes back to the model, except a search backend refusing its key."""
            refused = in_chain(error, SearchRefused)
            if refused is not None:
                raise refused
            if isinstance(error, AgentsException):  # e.g. "Invalid JSON input for tool fetch_page"
                return f"The tool call was not valid: {str(error)[:200]}"
            return f"The tool failed ({type(error).__name__}); try something else."

        def bounded(fn: Callable[[str], Awaitable[str]], description: str | None) -> Tool:
            return function_tool(
                fn, description_override=description, timeout=TOOL_TIMEOUT_SECONDS, failure_error_function=keep_refusals
            )

        out: list[Tool] = [
            bounded(fetch_page, BatchTools.fetch_page.__doc__),
            bounded(which_pms, BatchTools.which_pms.__doc__),
            function_tool(
                submit_leads,
                name_override=SUBMIT,
                failure_error_function=keep_refusals,
                description_override="Submit this batch's companies (the final answer; ends the batch).",
            ),
        ]
        if self.search is not None:
            out.insert(0, bounded(web_search, BatchTools.web_search.__doc__))
        if self.hosted_search:
            out.insert(
                0,
                WebSearchTool(
                    user_location={"type": "approximate", "country": "US", "region": request.criteria.state},
                    search_context_size="medium",
                ),
            )
        return out


def _submitted(_context, results: list[FunctionToolResult]) -> ToolsToFinalOutputResult:
    """The run ends at a submit_leads call that validated; a malformed one goes back to the
    model as a tool error, like any other tool's."""
    for result in results:
        if result.tool.name == SUBMIT:
            try:
                output = LeadListOutput.model_validate_json(str(result.output))
            except ValidationError:  # the failure function's error text: the model sees it
                continue
            # as text: the agent has no output_type (no response_format), so its final output is a str
            return ToolsToFinalOutputResult(is_final_output=True, final_output=output.model_dump_json())
    return ToolsToFinalOutputResult(is_final_output=False)


def _final_output(final: Any) -> LeadListOutput:
    """submit_leads' JSON; a model that answered in plain text may still have written it."""
    if isinstance(final, LeadListOutput):
        return final
    text = str(final or "").strip()
    if text.startswith("```"):
        text = text.strip("`").removeprefix("json").strip()
    return LeadListOutput.model_validate_json(text or "null")


def _classify(exc: Exception, usage: Usage, max_turns: int, tools: BatchTools) -> DiscoveryFailed:
    """openai_agent's classes, with what the run spent (its helpers count one call: replaced)."""
    cause = in_chain(exc, SearchRefused, openai.OpenAIError)
    if isinstance(cause, SearchRefused):
        return DiscoveryFailed(f"the agent could not search: {cause}", transient=False, usage=usage)
    if isinstance(exc, MaxTurnsExceeded):
        return DiscoveryFailed(
            f"agent did not finish within {max_turns} turns ({tools.tool_calls} tool calls)",
            transient=True,
            deterministic=True,
            usage=usage,
        )
    if isinstance(exc, ModelTimeoutError):
        return DiscoveryFailed(f"agent call failed: {exc}", transient=True, usage=usage)
    if isinstance(cause, openai.APIStatusError):
        failure = _status_failure(cause)
    elif isinstance(cause, openai.APIConnectionError):
        failure = DiscoveryFailed(f"agent call failed: {_describe(cause)}", transient=True)
    elif isinstance(exc, UserError):
        failure = DiscoveryFailed(f"agent rejected: {str(exc)[:300]}", transient=False)
    elif isinstance(exc, (AgentsException, ValidationError, json.JSONDecodeError)):
        failure = _unusable(exc, usage)  # malformed output, refusal, a tool call the SDK cannot run
    elif isinstance(cause, openai.OpenAIError):
        failure = DiscoveryFailed(f"agent call rejected: {_describe(cause)}", transient=False)
    else:
        failure = DiscoveryFailed(f"agent failed: {_describe(exc)}", transient=True)
    failure.usage = usage
    return failure
