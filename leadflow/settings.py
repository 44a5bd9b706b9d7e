"""Configuration from the environment: the one place leadflow reads it, validated at once.

A bad value is bad input (exit 2) naming the variable. Prefect's own variables are written,
not read, in `leadflow.runtime_env`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from leadflow.domain.errors import InvalidInput, invalid_input
from leadflow.domain.options import DEFAULT_BATCH_SIZE, MAX_BATCH_SIZE

DEFAULT_MODEL = "gpt-4.1-mini"  # cheap, structured output and web search
# OpenAI's pricing: "for gpt-4o-mini and gpt-4.1-mini with the web search non-preview tool, search
# content tokens are charged as a fixed block of 8,000 input tokens per call".
FIXED_BLOCK_MODELS = ("gpt-4o-mini", "gpt-4.1-mini")
FIXED_SEARCH_CONTENT_TOKENS = 8000
DEFAULT_MAX_REQUESTS_PER_BATCH = 4  # the paid-request budget of one batch, retries included
SearchBackendName = Literal["auto", "openai", "searxng", "brave", "tavily", "none"]


class Settings(BaseSettings):
    """Every environment variable leadflow understands (docs/configuration.md)."""

    model_config = SettingsConfigDict(extra="ignore", env_ignore_empty=True, frozen=True)

    home: Path = Field(default_factory=lambda: Path.home() / ".leadflow", alias="LEADFLOW_HOME")
    database_url: str | None = Field(None, alias="LEADFLOW_DATABASE_URL")
    batch_size: int = Field(DEFAULT_BATCH_SIZE, ge=1, le=MAX_BATCH_SIZE, alias="LEAD_LIST_BATCH_SIZE")
    model: str = Field(DEFAULT_MODEL, min_length=1, max_length=100, alias="LEADFLOW_MODEL")
    openai_api: Literal["chat", "responses"] = Field("chat", alias="LEADFLOW_OPENAI_API")
    openai_api_key: SecretStr | None = Field(None, alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, alias="OPENAI_BASE_URL")
    openai_timeout: float = Field(300.0, gt=0, alias="LEADFLOW_OPENAI_TIMEOUT")
    retry_backoff_seconds: float = Field(5.0, ge=0, le=3600, alias="LEADFLOW_RETRY_BACKOFF_SECONDS")
    # Paid agent requests per batch, retries included (tasks/discover.py); the SDK itself makes none.
    # Loops in a row whose every batch failed (transiently: 429s, 5xx, timeouts) before the run fails.
    failed_loops: int = Field(3, ge=1, le=20, alias="LEADFLOW_FAILED_LOOPS")
    max_requests_per_batch: int = Field(DEFAULT_MAX_REQUESTS_PER_BATCH, ge=1, le=10, alias="LEADFLOW_MAX_REQUESTS_PER_BATCH")
    price_input_per_mtok: float | None = Field(None, ge=0, alias="LEADFLOW_PRICE_INPUT_PER_MTOK")
    price_output_per_mtok: float | None = Field(None, ge=0, alias="LEADFLOW_PRICE_OUTPUT_PER_MTOK")
    # OpenAI's hosted web_search is billed per call, plus (for some models) a fixed block of
    # search-content input tokens per call: docs/configuration.md.
    price_web_search_per_1k: float = Field(10.0, ge=0, le=1000, alias="LEADFLOW_PRICE_WEB_SEARCH_PER_1K")
    web_search_content_tokens: int | None = Field(None, ge=0, le=1_000_000, alias="LEADFLOW_WEB_SEARCH_CONTENT_TOKENS")
    # Whether the provider may keep requests and answers (OpenAI's `store`): off, prospect data stays home.
    provider_store: bool = Field(False, alias="LEADFLOW_PROVIDER_STORE")
    verify_timeout: float = Field(10.0, gt=0, le=300, alias="LEADFLOW_VERIFY_TIMEOUT")
    verify_delay: float = Field(1.0, ge=0, le=60, alias="LEADFLOW_VERIFY_DELAY")
    verify_concurrency: int = Field(8, ge=1, le=64, alias="LEADFLOW_VERIFY_CONCURRENCY")
    check_cache_days: float = Field(7.0, ge=0, le=365, alias="LEADFLOW_CHECK_CACHE_DAYS")
    # How long a running flow waits through a lead store outage (a restart, a failover) before it stops.
    store_outage_seconds: float = Field(60.0, ge=0, le=3600, alias="LEADFLOW_STORE_OUTAGE_SECONDS")
    lease_seconds: float = Field(120.0, ge=10, le=3600, alias="LEADFLOW_LEASE_SECONDS")
    prefect_api_url: str | None = Field(None, alias="PREFECT_API_URL")
    # Without PREFECT_API_URL: minutes the background Prefect server stays up with nothing to do
    # (leadflow/cli/local_server.py); 0 starts Prefect's temporary server in every command instead.
    server_idle_minutes: float = Field(20.0, ge=0, le=10080, alias="LEADFLOW_SERVER_IDLE_MINUTES")
    prefect_api_auth_string: SecretStr | None = Field(None, alias="PREFECT_API_AUTH_STRING")
    # The searching agent (leadflow/discovery/tool_agent.py, leadflow/search/); docs/agents.md, "Agent modes".
    search_backend: SearchBackendName = Field("auto", alias="LEADFLOW_SEARCH_BACKEND")
    search_url: str | None = Field(None, max_length=500, alias="LEADFLOW_SEARCH_URL")
    brave_api_key: SecretStr | None = Field(None, alias="BRAVE_API_KEY")
    tavily_api_key: SecretStr | None = Field(None, alias="TAVILY_API_KEY")
    search_timeout: float = Field(15.0, gt=0, le=120, alias="LEADFLOW_SEARCH_TIMEOUT")
    search_cache_days: float = Field(7.0, ge=0, le=365, alias="LEADFLOW_SEARCH_CACHE_DAYS")
    agent_max_turns: int = Field(12, ge=2, le=100, alias="LEADFLOW_AGENT_MAX_TURNS")
    agent_max_tool_calls: int = Field(40, ge=1, le=500, alias="LEADFLOW_AGENT_MAX_TOOL_CALLS")
    agent_max_fetch_bytes: int = Field(4_000_000, ge=10_000, le=100_000_000, alias="LEADFLOW_AGENT_MAX_FETCH_BYTES")
    mcp_servers: str | None = Field(None, alias="LEADFLOW_MCP_SERVERS")  # JSON: [{"name", "command", "args", "env"}]
    failpoint: str | None = Field(None, alias="LEADFLOW_FAILPOINT")  # tests only: leadflow/failpoints.py

    @model_validator(mode="after")
    def _prices_come_in_pairs(self) -> Settings:
        if (self.price_input_per_mtok is None) != (self.price_output_per_mtok is None):
            missing = "OUTPUT" if self.price_output_per_mtok is None else "INPUT"
            raise InvalidInput(f"LEADFLOW_PRICE_{missing}_PER_MTOK", "set both token prices, or neither")
        return self

    def store_url(self) -> str:
        """LEADFLOW_DATABASE_URL, else a SQLite file in LEADFLOW_HOME (its folder created)."""
        if self.database_url:
            return self.database_url
        home = self.home.expanduser()
        home.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{home / 'leads.db'}"

    def token_prices(self) -> tuple[float, float] | None:
        """USD per million prompt / completion tokens, when the user configured them."""
        if self.price_input_per_mtok is None or self.price_output_per_mtok is None:
            return None
        return self.price_input_per_mtok, self.price_output_per_mtok

    def hosted_search_usd(self, model: str | None) -> float | None:
        """USD per hosted web search: the per-call fee, plus the fixed block of search-content
        tokens that gpt-4o-mini and gpt-4.1-mini are billed per call (at the input token price;
        None without token prices: a cost that leaves tokens out would mislead)."""
        prices = self.token_prices()
        if prices is None:
            return None
        tokens = self.web_search_content_tokens
        if tokens is None:
            tokens = FIXED_SEARCH_CONTENT_TOKENS if (model or "").startswith(FIXED_BLOCK_MODELS) else 0
        return self.price_web_search_per_1k / 1000 + tokens * prices[0] / 1e6

    def search(self, *, base_url: str | None = ..., keyed: bool | None = None) -> str:  # type: ignore[assignment]
        """The search the agent gets (docs/agents.md, "Agent modes"): `openai` (hosted web search,
        Responses API), `searxng`, `brave`, `tavily`, or `none` (the model answers from memory).
        `auto`: OpenAI itself (no base URL, or api.openai.com) searches with its hosted tool;
        any other server uses the first configured backend: LEADFLOW_SEARCH_URL (SearXNG),
        BRAVE_API_KEY, TAVILY_API_KEY. `base_url` and `keyed` (a key is known) default to the
        environment's; a discovery block passes its own."""
        if self.search_backend != "auto":
            return self.search_backend
        base_url = self.openai_base_url if base_url is ... else base_url
        keyed = bool(self.openai_api_key) if keyed is None else keyed
        if not base_url or "api.openai.com" in base_url.lower():
            return "openai" if keyed else "none"
        if self.search_url:
            return "searxng"
        if self.brave_api_key:
            return "brave"
        return "tavily" if self.tavily_api_key else "none"

    def mcp_server_configs(self) -> list[dict]:
        """LEADFLOW_MCP_SERVERS parsed: stdio servers the agent may use, each
        {"name", "command", "args": [...], "env": {...}}; bad JSON is bad input."""
        if not self.mcp_servers:
            return []
        try:
            servers = json.loads(self.mcp_servers)
        except json.JSONDecodeError as exc:
            raise InvalidInput("LEADFLOW_MCP_SERVERS", f"not JSON: {exc.msg}") from None
        if isinstance(servers, dict):
            servers = [servers]
        if not isinstance(servers, list) or not all(
            isinstance(s, dict) and isinstance(s.get("name"), str) and isinstance(s.get("command"), str) for s in servers
        ):
            raise InvalidInput("LEADFLOW_MCP_SERVERS", 'expected [{"name": ..., "command": ..., "args": [...]}]')
        return servers

    def agent_configured(self) -> bool:
        """A key, or a local OpenAI-compatible server that needs none."""
        return bool(self.openai_api_key or self.openai_base_url)


_NAMES = frozenset({"HOME", *(f.alias.upper() for f in Settings.model_fields.values() if f.alias)})
_last: tuple[tuple, Settings] | None = None  # (the variables it was read from, the settings)


def load() -> Settings:
    """The settings of the environment as it is now. Read again only when one of its variables
    changed (tests change them between calls; hot paths call this per batch)."""
    global _last
    seen = tuple(sorted((k, v) for k, v in os.environ.items() if k.upper() in _NAMES))
    last = _last
    if last is not None and last[0] == seen:
        return last[1]
    try:
        config = Settings()
    except ValidationError as exc:
        raise invalid_input(exc, Settings) from None  # errors are located by variable name
    _last = (seen, config)
    return config


def database_url() -> str:
    return load().store_url()
